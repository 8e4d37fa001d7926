# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(620, 460)
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.namesPage = QWizardPage()
        self.namesPage.setObjectName(u"namesPage")
        self.namesLayout = QFormLayout(self.namesPage)
        self.namesLayout.setObjectName(u"namesLayout")
        self.hubNameLabel = QLabel(self.namesPage)
        self.hubNameLabel.setObjectName(u"hubNameLabel")

        self.namesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hubNameLabel)

        self.hubNameEdit = QLineEdit(self.namesPage)
        self.hubNameEdit.setObjectName(u"hubNameEdit")

        self.namesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hubNameEdit)

        self.coordinatorLabel = QLabel(self.namesPage)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.namesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.coordinatorEdit = QLineEdit(self.namesPage)
        self.coordinatorEdit.setObjectName(u"coordinatorEdit")

        self.namesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coordinatorEdit)

        self.namesHint = QLabel(self.namesPage)
        self.namesHint.setObjectName(u"namesHint")
        self.namesHint.setWordWrap(True)

        self.namesLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.namesHint)

        SetupWizard.addPage(self.namesPage)
        self.passwordPage = QWizardPage()
        self.passwordPage.setObjectName(u"passwordPage")
        self.passwordLayout = QFormLayout(self.passwordPage)
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLabel = QLabel(self.passwordPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.passwordPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.passwordPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passwordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.passwordPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(self.passwordPage)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.passwordLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(self.passwordPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthHint = QLabel(self.passwordPage)
        self.strengthHint.setObjectName(u"strengthHint")

        self.strengthLayout.addWidget(self.strengthHint)


        self.passwordLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strengthLayout)

        self.passwordError = QLabel(self.passwordPage)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)

        self.passwordLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.passwordError)

        self.busyBar = QProgressBar(self.passwordPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.passwordLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.busyBar)

        SetupWizard.addPage(self.passwordPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryIntro = QLabel(self.recoveryPage)
        self.recoveryIntro.setObjectName(u"recoveryIntro")
        self.recoveryIntro.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryIntro)

        self.recoveryKeyLabel = QLabel(self.recoveryPage)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")
        self.recoveryKeyLabel.setText(u"")
        self.recoveryKeyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryKeyLabel.setWordWrap(True)
        self.recoveryKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recoveryKeyLabel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.recoveryLayout.addWidget(self.recoveryKeyLabel)

        self.writtenDownCheck = QCheckBox(self.recoveryPage)
        self.writtenDownCheck.setObjectName(u"writtenDownCheck")

        self.recoveryLayout.addWidget(self.writtenDownCheck)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        SetupWizard.addPage(self.recoveryPage)
#if QT_CONFIG(shortcut)
        self.hubNameLabel.setBuddy(self.hubNameEdit)
        self.coordinatorLabel.setBuddy(self.coordinatorEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hubNameEdit, self.coordinatorEdit)
        QWidget.setTabOrder(self.coordinatorEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.recoveryKeyLabel)
        QWidget.setTabOrder(self.recoveryKeyLabel, self.writtenDownCheck)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up Entry Hub Desk", None))
        self.namesPage.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome", None))
        self.namesPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"This desk keeps its data encrypted. Name the hub and the first coordinator, who will manage the staff accounts.", None))
        self.hubNameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Hub name:", None))
        self.hubNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Entry Hub Ume\u00e5", None))
        self.coordinatorLabel.setText(QCoreApplication.translate("SetupWizard", u"&Your name (coordinator):", None))
        self.namesHint.setText(QCoreApplication.translate("SetupWizard", u"Staff log in with their name and their own password.", None))
        self.passwordPage.setTitle(QCoreApplication.translate("SetupWizard", u"Your password", None))
        self.passwordPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Choose a password of at least 10 characters. Several unrelated words make a strong password that is easy to remember.", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupWizard", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("SetupWizard", u"&Repeat password:", None))
        self.strengthLabel.setText(QCoreApplication.translate("SetupWizard", u"Strength:", None))
        self.strengthHint.setText("")
        self.passwordError.setText("")
        self.recoveryPage.setTitle(QCoreApplication.translate("SetupWizard", u"Your recovery key", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"If every coordinator forgets their password, this key is the only way back into the data. It is shown only now.", None))
        self.recoveryIntro.setText(QCoreApplication.translate("SetupWizard", u"Write the key down on paper and keep it locked away, apart from the computer:", None))
        self.writtenDownCheck.setText(QCoreApplication.translate("SetupWizard", u"I have &written it down", None))
    # retranslateUi

