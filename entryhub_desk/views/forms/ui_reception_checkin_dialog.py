# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_checkin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CheckInDialog(object):
    def setupUi(self, CheckInDialog):
        if not CheckInDialog.objectName():
            CheckInDialog.setObjectName(u"CheckInDialog")
        CheckInDialog.resize(520, 520)
        CheckInDialog.setModal(True)
        self.mainLayout = QVBoxLayout(CheckInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(CheckInDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"")
        self.personLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.personLabel)

        self.alreadyGroup = QGroupBox(CheckInDialog)
        self.alreadyGroup.setObjectName(u"alreadyGroup")
        self.alreadyLayout = QVBoxLayout(self.alreadyGroup)
        self.alreadyLayout.setObjectName(u"alreadyLayout")
        self.alreadyLabel = QLabel(self.alreadyGroup)
        self.alreadyLabel.setObjectName(u"alreadyLabel")
        self.alreadyLabel.setText(u"")
        self.alreadyLabel.setWordWrap(True)

        self.alreadyLayout.addWidget(self.alreadyLabel)

        self.alreadyButtons = QHBoxLayout()
        self.alreadyButtons.setObjectName(u"alreadyButtons")
        self.reopenButton = QPushButton(self.alreadyGroup)
        self.reopenButton.setObjectName(u"reopenButton")

        self.alreadyButtons.addWidget(self.reopenButton)

        self.againButton = QPushButton(self.alreadyGroup)
        self.againButton.setObjectName(u"againButton")

        self.alreadyButtons.addWidget(self.againButton)

        self.alreadySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.alreadyButtons.addItem(self.alreadySpacer)


        self.alreadyLayout.addLayout(self.alreadyButtons)


        self.mainLayout.addWidget(self.alreadyGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.purposesLabel = QLabel(CheckInDialog)
        self.purposesLabel.setObjectName(u"purposesLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposesLabel)

        self.purposesList = QListWidget(CheckInDialog)
        self.purposesList.setObjectName(u"purposesList")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposesList)

        self.otherLabel = QLabel(CheckInDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.otherLabel)

        self.otherEdit = QLineEdit(CheckInDialog)
        self.otherEdit.setObjectName(u"otherEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.otherEdit)

        self.noteLabel = QLabel(CheckInDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CheckInDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.referralLabel = QLabel(CheckInDialog)
        self.referralLabel.setObjectName(u"referralLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referralLabel)

        self.referralEdit = QLineEdit(CheckInDialog)
        self.referralEdit.setObjectName(u"referralEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referralEdit)

        self.handledByLabel = QLabel(CheckInDialog)
        self.handledByLabel.setObjectName(u"handledByLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handledByLabel)

        self.handledByCombo = QComboBox(CheckInDialog)
        self.handledByCombo.setObjectName(u"handledByCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handledByCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CheckInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CheckInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.purposesLabel.setBuddy(self.purposesList)
        self.otherLabel.setBuddy(self.otherEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.referralLabel.setBuddy(self.referralEdit)
        self.handledByLabel.setBuddy(self.handledByCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reopenButton, self.againButton)
        QWidget.setTabOrder(self.againButton, self.purposesList)
        QWidget.setTabOrder(self.purposesList, self.otherEdit)
        QWidget.setTabOrder(self.otherEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.referralEdit)
        QWidget.setTabOrder(self.referralEdit, self.handledByCombo)

        self.retranslateUi(CheckInDialog)

        QMetaObject.connectSlotsByName(CheckInDialog)
    # setupUi

    def retranslateUi(self, CheckInDialog):
        CheckInDialog.setWindowTitle(QCoreApplication.translate("CheckInDialog", u"Check in", None))
        self.alreadyGroup.setTitle(QCoreApplication.translate("CheckInDialog", u"Already checked in today", None))
        self.reopenButton.setText(QCoreApplication.translate("CheckInDialog", u"Re&open that visit", None))
        self.againButton.setText(QCoreApplication.translate("CheckInDialog", u"Check in &again", None))
        self.purposesLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Purposes:", None))
#if QT_CONFIG(accessibility)
        self.purposesList.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Purposes of the visit", None))
#endif // QT_CONFIG(accessibility)
        self.otherLabel.setText(QCoreApplication.translate("CheckInDialog", u"O&ther purpose:", None))
        self.noteLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Note:", None))
        self.referralLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Referral to:", None))
        self.referralEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"A network, mentor or employer (optional)", None))
        self.handledByLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Handled by:", None))
    # retranslateUi

