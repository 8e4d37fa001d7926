# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockPage(object):
    def setupUi(self, LockPage):
        if not LockPage.objectName():
            LockPage.setObjectName(u"LockPage")
        LockPage.resize(600, 400)
        self.mainLayout = QVBoxLayout(LockPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(LockPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.titleLabel)

        self.messageLayout = QHBoxLayout()
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLeadingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messageLayout.addItem(self.messageLeadingSpacer)

        self.messageLabel = QLabel(LockPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setMinimumSize(QSize(520, 0))
        self.messageLabel.setMaximumSize(QSize(520, 16777215))
        self.messageLabel.setText(u"")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)

        self.messageLayout.addWidget(self.messageLabel)

        self.messageTrailingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messageLayout.addItem(self.messageTrailingSpacer)


        self.mainLayout.addLayout(self.messageLayout)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leadingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leadingSpacer)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(LockPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameCombo = QComboBox(LockPage)
        self.nameCombo.setObjectName(u"nameCombo")
        self.nameCombo.setEditable(True)
        self.nameCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameCombo)

        self.passwordLabel = QLabel(LockPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LockPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMinimumSize(QSize(240, 0))
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.centerLayout.addLayout(self.formLayout)

        self.trailingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.trailingSpacer)


        self.mainLayout.addLayout(self.centerLayout)

        self.errorLabel = QLabel(LockPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLeadingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLeadingSpacer)

        self.logOutButton = QPushButton(LockPage)
        self.logOutButton.setObjectName(u"logOutButton")

        self.buttonLayout.addWidget(self.logOutButton)

        self.unlockButton = QPushButton(LockPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.buttonTrailingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonTrailingSpacer)


        self.mainLayout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.nameCombo)
        QWidget.setTabOrder(self.nameCombo, self.logOutButton)

        self.retranslateUi(LockPage)

        QMetaObject.connectSlotsByName(LockPage)
    # setupUi

    def retranslateUi(self, LockPage):
        self.titleLabel.setText(QCoreApplication.translate("LockPage", u"The desk is locked", None))
        self.nameLabel.setText(QCoreApplication.translate("LockPage", u"&Name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockPage", u"&Password:", None))
        self.logOutButton.setText(QCoreApplication.translate("LockPage", u"Log &out", None))
        self.unlockButton.setText(QCoreApplication.translate("LockPage", u"&Unlock", None))
        pass
    # retranslateUi

