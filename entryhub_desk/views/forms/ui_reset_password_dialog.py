# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reset_password_dialog.ui'
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

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.resize(480, 300)
        ResetPasswordDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ResetPasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ResetPasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordLabel = QLabel(ResetPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ResetPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(ResetPasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ResetPasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(ResetPasswordDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(ResetPasswordDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthHint = QLabel(ResetPasswordDialog)
        self.strengthHint.setObjectName(u"strengthHint")
        self.strengthHint.setText(u"")

        self.strengthLayout.addWidget(self.strengthHint)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strengthLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ResetPasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(ResetPasswordDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(ResetPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(ResetPasswordDialog)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
        self.passwordLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"&New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Repeat password:", None))
        self.strengthLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"Strength:", None))
    # retranslateUi

