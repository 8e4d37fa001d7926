# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_next_step_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from entryhub_desk.views.profile.partial_date_edit import PartialDateEdit

class Ui_ProfileNextStepDialog(object):
    def setupUi(self, ProfileNextStepDialog):
        if not ProfileNextStepDialog.objectName():
            ProfileNextStepDialog.setObjectName(u"ProfileNextStepDialog")
        ProfileNextStepDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileNextStepDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.textLabel = QLabel(ProfileNextStepDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QLineEdit(ProfileNextStepDialog)
        self.text.setObjectName(u"text")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)

        self.dueLabel = QLabel(ProfileNextStepDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.due = PartialDateEdit(ProfileNextStepDialog)
        self.due.setObjectName(u"due")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.due)

        self.done = QCheckBox(ProfileNextStepDialog)
        self.done.setObjectName(u"done")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.done)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileNextStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileNextStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
        self.dueLabel.setBuddy(self.due)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text, self.due)
        QWidget.setTabOrder(self.due, self.done)
        QWidget.setTabOrder(self.done, self.buttonBox)

        self.retranslateUi(ProfileNextStepDialog)

        QMetaObject.connectSlotsByName(ProfileNextStepDialog)
    # setupUi

    def retranslateUi(self, ProfileNextStepDialog):
        ProfileNextStepDialog.setWindowTitle(QCoreApplication.translate("ProfileNextStepDialog", u"Next step", None))
        self.textLabel.setText(QCoreApplication.translate("ProfileNextStepDialog", u"&Next step:", None))
        self.dueLabel.setText(QCoreApplication.translate("ProfileNextStepDialog", u"&Date:", None))
        self.done.setText(QCoreApplication.translate("ProfileNextStepDialog", u"D&one", None))
    # retranslateUi

