# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecoverDialog(object):
    def setupUi(self, RecoverDialog):
        if not RecoverDialog.objectName():
            RecoverDialog.setObjectName(u"RecoverDialog")
        RecoverDialog.resize(520, 360)
        RecoverDialog.setModal(True)
        self.mainLayout = QVBoxLayout(RecoverDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RecoverDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.keyLabel = QLabel(RecoverDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(RecoverDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setPlaceholderText(u"XXXXX?-XXXXX?-XXXXX?-XXXXX?-XXXXX?-XXXXX?")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.nameLabel = QLabel(RecoverDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(RecoverDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.passwordLabel = QLabel(RecoverDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(RecoverDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(RecoverDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(RecoverDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(RecoverDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(RecoverDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthHint = QLabel(RecoverDialog)
        self.strengthHint.setObjectName(u"strengthHint")
        self.strengthHint.setText(u"")

        self.strengthLayout.addWidget(self.strengthHint)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.strengthLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RecoverDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(RecoverDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(RecoverDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.keyLabel.setBuddy(self.keyEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keyEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(RecoverDialog)

        QMetaObject.connectSlotsByName(RecoverDialog)
    # setupUi

    def retranslateUi(self, RecoverDialog):
        RecoverDialog.setWindowTitle(QCoreApplication.translate("RecoverDialog", u"Recover access", None))
        self.introLabel.setText(QCoreApplication.translate("RecoverDialog", u"Type the recovery key you wrote down at set-up, the name of a coordinator and a new password for that coordinator.", None))
        self.keyLabel.setText(QCoreApplication.translate("RecoverDialog", u"Recovery &key:", None))
        self.nameLabel.setText(QCoreApplication.translate("RecoverDialog", u"&Coordinator:", None))
        self.passwordLabel.setText(QCoreApplication.translate("RecoverDialog", u"&New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("RecoverDialog", u"&Repeat password:", None))
        self.strengthLabel.setText(QCoreApplication.translate("RecoverDialog", u"Strength:", None))
    # retranslateUi

