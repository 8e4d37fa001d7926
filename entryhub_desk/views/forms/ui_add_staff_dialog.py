# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_staff_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AddStaffDialog(object):
    def setupUi(self, AddStaffDialog):
        if not AddStaffDialog.objectName():
            AddStaffDialog.setObjectName(u"AddStaffDialog")
        AddStaffDialog.resize(480, 300)
        AddStaffDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AddStaffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(AddStaffDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AddStaffDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(AddStaffDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AddStaffDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(AddStaffDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AddStaffDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(AddStaffDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(AddStaffDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(AddStaffDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(AddStaffDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthHint = QLabel(AddStaffDialog)
        self.strengthHint.setObjectName(u"strengthHint")
        self.strengthHint.setText(u"")

        self.strengthLayout.addWidget(self.strengthHint)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.strengthLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AddStaffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(AddStaffDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(AddStaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(AddStaffDialog)

        QMetaObject.connectSlotsByName(AddStaffDialog)
    # setupUi

    def retranslateUi(self, AddStaffDialog):
        AddStaffDialog.setWindowTitle(QCoreApplication.translate("AddStaffDialog", u"Add staff member", None))
        self.nameLabel.setText(QCoreApplication.translate("AddStaffDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("AddStaffDialog", u"R&ole:", None))
        self.passwordLabel.setText(QCoreApplication.translate("AddStaffDialog", u"Initial &password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("AddStaffDialog", u"&Repeat password:", None))
        self.strengthLabel.setText(QCoreApplication.translate("AddStaffDialog", u"Strength:", None))
    # retranslateUi

