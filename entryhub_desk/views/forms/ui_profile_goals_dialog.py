# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_goals_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from entryhub_desk.views.profile.partial_date_edit import PartialDateEdit
from entryhub_desk.views.profile.picker import PickerList

class Ui_ProfileGoalsDialog(object):
    def setupUi(self, ProfileGoalsDialog):
        if not ProfileGoalsDialog.objectName():
            ProfileGoalsDialog.setObjectName(u"ProfileGoalsDialog")
        ProfileGoalsDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileGoalsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.wants = QGroupBox(ProfileGoalsDialog)
        self.wants.setObjectName(u"wants")
        self.wantsLayout = QGridLayout(self.wants)
        self.wantsLayout.setObjectName(u"wantsLayout")
        self.wantsJob = QCheckBox(self.wants)
        self.wantsJob.setObjectName(u"wantsJob")
        self.wantsJob.setProperty(u"code", u"job")

        self.wantsLayout.addWidget(self.wantsJob, 0, 0, 1, 1)

        self.wantsEducation = QCheckBox(self.wants)
        self.wantsEducation.setObjectName(u"wantsEducation")
        self.wantsEducation.setProperty(u"code", u"education")

        self.wantsLayout.addWidget(self.wantsEducation, 0, 1, 1, 1)

        self.wantsSwedishCourse = QCheckBox(self.wants)
        self.wantsSwedishCourse.setObjectName(u"wantsSwedishCourse")
        self.wantsSwedishCourse.setProperty(u"code", u"swedish_course")

        self.wantsLayout.addWidget(self.wantsSwedishCourse, 0, 2, 1, 1)

        self.wantsValidation = QCheckBox(self.wants)
        self.wantsValidation.setObjectName(u"wantsValidation")
        self.wantsValidation.setProperty(u"code", u"validation")

        self.wantsLayout.addWidget(self.wantsValidation, 1, 0, 1, 1)

        self.wantsBusiness = QCheckBox(self.wants)
        self.wantsBusiness.setObjectName(u"wantsBusiness")
        self.wantsBusiness.setProperty(u"code", u"business")

        self.wantsLayout.addWidget(self.wantsBusiness, 1, 1, 1, 1)


        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.wants)

        self.desired_occupationsLabel = QLabel(ProfileGoalsDialog)
        self.desired_occupationsLabel.setObjectName(u"desired_occupationsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.desired_occupationsLabel)

        self.desired_occupations = PickerList(ProfileGoalsDialog)
        self.desired_occupations.setObjectName(u"desired_occupations")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.desired_occupations)

        self.available_fromLabel = QLabel(ProfileGoalsDialog)
        self.available_fromLabel.setObjectName(u"available_fromLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.available_fromLabel)

        self.available_from = PartialDateEdit(ProfileGoalsDialog)
        self.available_from.setObjectName(u"available_from")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.available_from)

        self.hours_per_weekLabel = QLabel(ProfileGoalsDialog)
        self.hours_per_weekLabel.setObjectName(u"hours_per_weekLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hours_per_weekLabel)

        self.hours_per_week = QSpinBox(ProfileGoalsDialog)
        self.hours_per_week.setObjectName(u"hours_per_week")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hours_per_week)

        self.summaryLabel = QLabel(ProfileGoalsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(ProfileGoalsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary)

        self.appraisalLabel = QLabel(ProfileGoalsDialog)
        self.appraisalLabel.setObjectName(u"appraisalLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.appraisalLabel)

        self.appraisal = QPlainTextEdit(ProfileGoalsDialog)
        self.appraisal.setObjectName(u"appraisal")
        self.appraisal.setTabChangesFocus(True)
        self.appraisal.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.appraisal)

        self.work_permitLabel = QLabel(ProfileGoalsDialog)
        self.work_permitLabel.setObjectName(u"work_permitLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.work_permitLabel)

        self.work_permit = QComboBox(ProfileGoalsDialog)
        self.work_permit.setObjectName(u"work_permit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.work_permit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileGoalsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileGoalsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.desired_occupationsLabel.setBuddy(self.desired_occupations)
        self.available_fromLabel.setBuddy(self.available_from)
        self.hours_per_weekLabel.setBuddy(self.hours_per_week)
        self.summaryLabel.setBuddy(self.summary)
        self.appraisalLabel.setBuddy(self.appraisal)
        self.work_permitLabel.setBuddy(self.work_permit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.wantsJob, self.wantsEducation)
        QWidget.setTabOrder(self.wantsEducation, self.wantsSwedishCourse)
        QWidget.setTabOrder(self.wantsSwedishCourse, self.wantsValidation)
        QWidget.setTabOrder(self.wantsValidation, self.wantsBusiness)
        QWidget.setTabOrder(self.wantsBusiness, self.desired_occupations)
        QWidget.setTabOrder(self.desired_occupations, self.available_from)
        QWidget.setTabOrder(self.available_from, self.hours_per_week)
        QWidget.setTabOrder(self.hours_per_week, self.summary)
        QWidget.setTabOrder(self.summary, self.appraisal)
        QWidget.setTabOrder(self.appraisal, self.work_permit)
        QWidget.setTabOrder(self.work_permit, self.buttonBox)

        self.retranslateUi(ProfileGoalsDialog)

        QMetaObject.connectSlotsByName(ProfileGoalsDialog)
    # setupUi

    def retranslateUi(self, ProfileGoalsDialog):
        ProfileGoalsDialog.setWindowTitle(QCoreApplication.translate("ProfileGoalsDialog", u"Goals", None))
        self.wants.setTitle(QCoreApplication.translate("ProfileGoalsDialog", u"Wants", None))
        self.wantsJob.setText(QCoreApplication.translate("ProfileGoalsDialog", u"a &job", None))
        self.wantsEducation.setText(QCoreApplication.translate("ProfileGoalsDialog", u"e&ducation", None))
        self.wantsSwedishCourse.setText(QCoreApplication.translate("ProfileGoalsDialog", u"a &Swedish course", None))
        self.wantsValidation.setText(QCoreApplication.translate("ProfileGoalsDialog", u"&validation of skills", None))
        self.wantsBusiness.setText(QCoreApplication.translate("ProfileGoalsDialog", u"to start a &business", None))
        self.desired_occupationsLabel.setText(QCoreApplication.translate("ProfileGoalsDialog", u"Desired &occupations:", None))
        self.available_fromLabel.setText(QCoreApplication.translate("ProfileGoalsDialog", u"Available &from:", None))
        self.hours_per_weekLabel.setText(QCoreApplication.translate("ProfileGoalsDialog", u"&Hours per week:", None))
        self.summaryLabel.setText(QCoreApplication.translate("ProfileGoalsDialog", u"Su&mmary for the CV:", None))
        self.appraisalLabel.setText(QCoreApplication.translate("ProfileGoalsDialog", u"Adviser's &appraisal:", None))
        self.work_permitLabel.setText(QCoreApplication.translate("ProfileGoalsDialog", u"Work &permit:", None))
    # retranslateUi

