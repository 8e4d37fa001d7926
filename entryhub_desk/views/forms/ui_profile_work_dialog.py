# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_work_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from entryhub_desk.views.profile.partial_date_edit import PartialDateEdit
from entryhub_desk.views.profile.picker import Picker

class Ui_ProfileWorkDialog(object):
    def setupUi(self, ProfileWorkDialog):
        if not ProfileWorkDialog.objectName():
            ProfileWorkDialog.setObjectName(u"ProfileWorkDialog")
        ProfileWorkDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileWorkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(ProfileWorkDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ProfileWorkDialog)
        self.title.setObjectName(u"title")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.occupationLabel = QLabel(ProfileWorkDialog)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupation = Picker(ProfileWorkDialog)
        self.occupation.setObjectName(u"occupation")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occupation)

        self.employerLabel = QLabel(ProfileWorkDialog)
        self.employerLabel.setObjectName(u"employerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employer = QLineEdit(ProfileWorkDialog)
        self.employer.setObjectName(u"employer")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employer)

        self.placeLabel = QLabel(ProfileWorkDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(ProfileWorkDialog)
        self.place.setObjectName(u"place")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.countryLabel = QLabel(ProfileWorkDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QComboBox(ProfileWorkDialog)
        self.country.setObjectName(u"country")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.country)

        self.startLabel = QLabel(ProfileWorkDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = PartialDateEdit(ProfileWorkDialog)
        self.start.setObjectName(u"start")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(ProfileWorkDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = PartialDateEdit(ProfileWorkDialog)
        self.end.setObjectName(u"end")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end)

        self.tasksLabel = QLabel(ProfileWorkDialog)
        self.tasksLabel.setObjectName(u"tasksLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.tasksLabel)

        self.tasks = QPlainTextEdit(ProfileWorkDialog)
        self.tasks.setObjectName(u"tasks")
        self.tasks.setTabChangesFocus(True)
        self.tasks.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tasks)

        self.descriptionLabel = QLabel(ProfileWorkDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(ProfileWorkDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.description)

        self.work_typeLabel = QLabel(ProfileWorkDialog)
        self.work_typeLabel.setObjectName(u"work_typeLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.work_typeLabel)

        self.work_type = QComboBox(ProfileWorkDialog)
        self.work_type.setObjectName(u"work_type")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.work_type)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileWorkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileWorkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.occupationLabel.setBuddy(self.occupation)
        self.employerLabel.setBuddy(self.employer)
        self.placeLabel.setBuddy(self.place)
        self.countryLabel.setBuddy(self.country)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.tasksLabel.setBuddy(self.tasks)
        self.descriptionLabel.setBuddy(self.description)
        self.work_typeLabel.setBuddy(self.work_type)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.occupation)
        QWidget.setTabOrder(self.occupation, self.employer)
        QWidget.setTabOrder(self.employer, self.place)
        QWidget.setTabOrder(self.place, self.country)
        QWidget.setTabOrder(self.country, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.tasks)
        QWidget.setTabOrder(self.tasks, self.description)
        QWidget.setTabOrder(self.description, self.work_type)
        QWidget.setTabOrder(self.work_type, self.buttonBox)

        self.retranslateUi(ProfileWorkDialog)

        QMetaObject.connectSlotsByName(ProfileWorkDialog)
    # setupUi

    def retranslateUi(self, ProfileWorkDialog):
        ProfileWorkDialog.setWindowTitle(QCoreApplication.translate("ProfileWorkDialog", u"Work", None))
        self.titleLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&Job title:", None))
        self.occupationLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&Occupation (ESCO):", None))
        self.employerLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&Employer:", None))
        self.placeLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&Place:", None))
        self.countryLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"Cou&ntry:", None))
        self.startLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&From:", None))
        self.endLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&To:", None))
        self.tasksLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"T&asks (one a line):", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&Description:", None))
        self.work_typeLabel.setText(QCoreApplication.translate("ProfileWorkDialog", u"&Kind of work:", None))
    # retranslateUi

