# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_business_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProfileBusinessDialog(object):
    def setupUi(self, ProfileBusinessDialog):
        if not ProfileBusinessDialog.objectName():
            ProfileBusinessDialog.setObjectName(u"ProfileBusinessDialog")
        ProfileBusinessDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileBusinessDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.ideaLabel = QLabel(ProfileBusinessDialog)
        self.ideaLabel.setObjectName(u"ideaLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ideaLabel)

        self.idea = QPlainTextEdit(ProfileBusinessDialog)
        self.idea.setObjectName(u"idea")
        self.idea.setTabChangesFocus(True)
        self.idea.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idea)

        self.sectorLabel = QLabel(ProfileBusinessDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QComboBox(ProfileBusinessDialog)
        self.sector.setObjectName(u"sector")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sector)

        self.experienceLabel = QLabel(ProfileBusinessDialog)
        self.experienceLabel.setObjectName(u"experienceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.experienceLabel)

        self.experience = QPlainTextEdit(ProfileBusinessDialog)
        self.experience.setObjectName(u"experience")
        self.experience.setTabChangesFocus(True)
        self.experience.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.experience)

        self.support_wantedLabel = QLabel(ProfileBusinessDialog)
        self.support_wantedLabel.setObjectName(u"support_wantedLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.support_wantedLabel)

        self.support_wanted = QPlainTextEdit(ProfileBusinessDialog)
        self.support_wanted.setObjectName(u"support_wanted")
        self.support_wanted.setTabChangesFocus(True)
        self.support_wanted.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.support_wanted)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileBusinessDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileBusinessDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ideaLabel.setBuddy(self.idea)
        self.sectorLabel.setBuddy(self.sector)
        self.experienceLabel.setBuddy(self.experience)
        self.support_wantedLabel.setBuddy(self.support_wanted)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idea, self.sector)
        QWidget.setTabOrder(self.sector, self.experience)
        QWidget.setTabOrder(self.experience, self.support_wanted)
        QWidget.setTabOrder(self.support_wanted, self.buttonBox)

        self.retranslateUi(ProfileBusinessDialog)

        QMetaObject.connectSlotsByName(ProfileBusinessDialog)
    # setupUi

    def retranslateUi(self, ProfileBusinessDialog):
        ProfileBusinessDialog.setWindowTitle(QCoreApplication.translate("ProfileBusinessDialog", u"Business idea", None))
        self.ideaLabel.setText(QCoreApplication.translate("ProfileBusinessDialog", u"Business &idea:", None))
        self.sectorLabel.setText(QCoreApplication.translate("ProfileBusinessDialog", u"&Sector:", None))
        self.experienceLabel.setText(QCoreApplication.translate("ProfileBusinessDialog", u"&Experience of running a business:", None))
        self.support_wantedLabel.setText(QCoreApplication.translate("ProfileBusinessDialog", u"Support &wanted:", None))
    # retranslateUi

