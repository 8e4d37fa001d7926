# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_education_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from entryhub_desk.views.profile.partial_date_edit import PartialDateEdit

class Ui_ProfileEducationDialog(object):
    def setupUi(self, ProfileEducationDialog):
        if not ProfileEducationDialog.objectName():
            ProfileEducationDialog.setObjectName(u"ProfileEducationDialog")
        ProfileEducationDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileEducationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.institutionLabel = QLabel(ProfileEducationDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institution = QLineEdit(ProfileEducationDialog)
        self.institution.setObjectName(u"institution")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.institution)

        self.countryLabel = QLabel(ProfileEducationDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QComboBox(ProfileEducationDialog)
        self.country.setObjectName(u"country")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.country)

        self.fieldLabel = QLabel(ProfileEducationDialog)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.field = QLineEdit(ProfileEducationDialog)
        self.field.setObjectName(u"field")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.field)

        self.titleLabel = QLabel(ProfileEducationDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ProfileEducationDialog)
        self.title.setObjectName(u"title")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title)

        self.isced_levelLabel = QLabel(ProfileEducationDialog)
        self.isced_levelLabel.setObjectName(u"isced_levelLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.isced_levelLabel)

        self.isced_level = QComboBox(ProfileEducationDialog)
        self.isced_level.setObjectName(u"isced_level")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.isced_level)

        self.eqfLabel = QLabel(ProfileEducationDialog)
        self.eqfLabel.setObjectName(u"eqfLabel")
        self.eqfLabel.setText(u"")
        self.eqfLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.eqfLabel)

        self.startLabel = QLabel(ProfileEducationDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = PartialDateEdit(ProfileEducationDialog)
        self.start.setObjectName(u"start")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(ProfileEducationDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = PartialDateEdit(ProfileEducationDialog)
        self.end.setObjectName(u"end")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.end)

        self.completed = QCheckBox(ProfileEducationDialog)
        self.completed.setObjectName(u"completed")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.completed)

        self.documents_available = QCheckBox(ProfileEducationDialog)
        self.documents_available.setObjectName(u"documents_available")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.documents_available)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileEducationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileEducationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.institutionLabel.setBuddy(self.institution)
        self.countryLabel.setBuddy(self.country)
        self.fieldLabel.setBuddy(self.field)
        self.titleLabel.setBuddy(self.title)
        self.isced_levelLabel.setBuddy(self.isced_level)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.institution, self.country)
        QWidget.setTabOrder(self.country, self.field)
        QWidget.setTabOrder(self.field, self.title)
        QWidget.setTabOrder(self.title, self.isced_level)
        QWidget.setTabOrder(self.isced_level, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.completed)
        QWidget.setTabOrder(self.completed, self.documents_available)
        QWidget.setTabOrder(self.documents_available, self.buttonBox)

        self.retranslateUi(ProfileEducationDialog)

        QMetaObject.connectSlotsByName(ProfileEducationDialog)
    # setupUi

    def retranslateUi(self, ProfileEducationDialog):
        ProfileEducationDialog.setWindowTitle(QCoreApplication.translate("ProfileEducationDialog", u"Education", None))
        self.institutionLabel.setText(QCoreApplication.translate("ProfileEducationDialog", u"&Institution:", None))
        self.countryLabel.setText(QCoreApplication.translate("ProfileEducationDialog", u"C&ountry:", None))
        self.fieldLabel.setText(QCoreApplication.translate("ProfileEducationDialog", u"&Field of study:", None))
        self.titleLabel.setText(QCoreApplication.translate("ProfileEducationDialog", u"&Title:", None))
        self.isced_levelLabel.setText(QCoreApplication.translate("ProfileEducationDialog", u"&Level of education:", None))
        self.startLabel.setText(QCoreApplication.translate("ProfileEducationDialog", u"&Start:", None))
        self.endLabel.setText(QCoreApplication.translate("ProfileEducationDialog", u"&End:", None))
        self.completed.setText(QCoreApplication.translate("ProfileEducationDialog", u"&Completed", None))
        self.documents_available.setText(QCoreApplication.translate("ProfileEducationDialog", u"&Documents available", None))
    # retranslateUi

