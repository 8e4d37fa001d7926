# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_skill_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from entryhub_desk.views.profile.picker import Picker

class Ui_ProfileSkillDialog(object):
    def setupUi(self, ProfileSkillDialog):
        if not ProfileSkillDialog.objectName():
            ProfileSkillDialog.setObjectName(u"ProfileSkillDialog")
        ProfileSkillDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileSkillDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.skillLabel = QLabel(ProfileSkillDialog)
        self.skillLabel.setObjectName(u"skillLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.skillLabel)

        self.skill = Picker(ProfileSkillDialog)
        self.skill.setObjectName(u"skill")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.skill)

        self.levelLabel = QLabel(ProfileSkillDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(ProfileSkillDialog)
        self.level.setObjectName(u"level")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.level)

        self.shown_byLabel = QLabel(ProfileSkillDialog)
        self.shown_byLabel.setObjectName(u"shown_byLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shown_byLabel)

        self.shown_by = QComboBox(ProfileSkillDialog)
        self.shown_by.setObjectName(u"shown_by")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shown_by)

        self.keywordsLabel = QLabel(ProfileSkillDialog)
        self.keywordsLabel.setObjectName(u"keywordsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keywordsLabel)

        self.keywords = QLineEdit(ProfileSkillDialog)
        self.keywords.setObjectName(u"keywords")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keywords)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileSkillDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileSkillDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.skillLabel.setBuddy(self.skill)
        self.levelLabel.setBuddy(self.level)
        self.shown_byLabel.setBuddy(self.shown_by)
        self.keywordsLabel.setBuddy(self.keywords)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.skill, self.level)
        QWidget.setTabOrder(self.level, self.shown_by)
        QWidget.setTabOrder(self.shown_by, self.keywords)
        QWidget.setTabOrder(self.keywords, self.buttonBox)

        self.retranslateUi(ProfileSkillDialog)

        QMetaObject.connectSlotsByName(ProfileSkillDialog)
    # setupUi

    def retranslateUi(self, ProfileSkillDialog):
        ProfileSkillDialog.setWindowTitle(QCoreApplication.translate("ProfileSkillDialog", u"Skill", None))
        self.skillLabel.setText(QCoreApplication.translate("ProfileSkillDialog", u"&Skill (ESCO):", None))
        self.levelLabel.setText(QCoreApplication.translate("ProfileSkillDialog", u"&Level:", None))
        self.shown_byLabel.setText(QCoreApplication.translate("ProfileSkillDialog", u"&How shown:", None))
        self.keywordsLabel.setText(QCoreApplication.translate("ProfileSkillDialog", u"&Keywords (comma-separated):", None))
    # retranslateUi

