# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(480, 300)
        ChangePasswordDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ChangePasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.currentLabel = QLabel(ChangePasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(ChangePasswordDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.passwordLabel = QLabel(ChangePasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ChangePasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(ChangePasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ChangePasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(ChangePasswordDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(ChangePasswordDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthHint = QLabel(ChangePasswordDialog)
        self.strengthHint.setObjectName(u"strengthHint")
        self.strengthHint.setText(u"")

        self.strengthLayout.addWidget(self.strengthHint)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.strengthLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ChangePasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(ChangePasswordDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change my password", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
        self.passwordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat new password:", None))
        self.strengthLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Strength:", None))
    # retranslateUi

