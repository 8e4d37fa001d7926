# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_new_visitor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewVisitorDialog(object):
    def setupUi(self, NewVisitorDialog):
        if not NewVisitorDialog.objectName():
            NewVisitorDialog.setObjectName(u"NewVisitorDialog")
        NewVisitorDialog.resize(860, 620)
        NewVisitorDialog.setModal(True)
        self.mainLayout = QVBoxLayout(NewVisitorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.givenLabel = QLabel(NewVisitorDialog)
        self.givenLabel.setObjectName(u"givenLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenEdit = QLineEdit(NewVisitorDialog)
        self.givenEdit.setObjectName(u"givenEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenEdit)

        self.familyLabel = QLabel(NewVisitorDialog)
        self.familyLabel.setObjectName(u"familyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyEdit = QLineEdit(NewVisitorDialog)
        self.familyEdit.setObjectName(u"familyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyEdit)

        self.originalLabel = QLabel(NewVisitorDialog)
        self.originalLabel.setObjectName(u"originalLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.originalLabel)

        self.originalEdit = QLineEdit(NewVisitorDialog)
        self.originalEdit.setObjectName(u"originalEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.originalEdit)

        self.phoneLabel = QLabel(NewVisitorDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(NewVisitorDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.birthYearLabel = QLabel(NewVisitorDialog)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearEdit = QLineEdit(NewVisitorDialog)
        self.birthYearEdit.setObjectName(u"birthYearEdit")
        self.birthYearEdit.setMaxLength(4)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthYearEdit)

        self.genderLabel = QLabel(NewVisitorDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(NewVisitorDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.countryLabel = QLabel(NewVisitorDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(NewVisitorDialog)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.languagesLabel = QLabel(NewVisitorDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesLayout = QVBoxLayout()
        self.languagesLayout.setObjectName(u"languagesLayout")
        self.languagesFilter = QLineEdit(NewVisitorDialog)
        self.languagesFilter.setObjectName(u"languagesFilter")
        self.languagesFilter.setClearButtonEnabled(True)

        self.languagesLayout.addWidget(self.languagesFilter)

        self.languagesList = QListWidget(NewVisitorDialog)
        self.languagesList.setObjectName(u"languagesList")

        self.languagesLayout.addWidget(self.languagesList)

        self.languagesChosen = QLabel(NewVisitorDialog)
        self.languagesChosen.setObjectName(u"languagesChosen")
        self.languagesChosen.setText(u"")
        self.languagesChosen.setWordWrap(True)

        self.languagesLayout.addWidget(self.languagesChosen)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.languagesLayout)

        self.preferredLabel = QLabel(NewVisitorDialog)
        self.preferredLabel.setObjectName(u"preferredLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.preferredLabel)

        self.preferredCombo = QComboBox(NewVisitorDialog)
        self.preferredCombo.setObjectName(u"preferredCombo")
        self.preferredCombo.setEditable(True)
        self.preferredCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.preferredCombo)


        self.columns.addLayout(self.formLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.duplicatesGroup = QGroupBox(NewVisitorDialog)
        self.duplicatesGroup.setObjectName(u"duplicatesGroup")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesGroup)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesLabel = QLabel(self.duplicatesGroup)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setWordWrap(True)

        self.duplicatesLayout.addWidget(self.duplicatesLabel)

        self.duplicatesList = QListWidget(self.duplicatesGroup)
        self.duplicatesList.setObjectName(u"duplicatesList")

        self.duplicatesLayout.addWidget(self.duplicatesList)

        self.openDuplicateButton = QPushButton(self.duplicatesGroup)
        self.openDuplicateButton.setObjectName(u"openDuplicateButton")

        self.duplicatesLayout.addWidget(self.openDuplicateButton)

        self.newPersonBox = QCheckBox(self.duplicatesGroup)
        self.newPersonBox.setObjectName(u"newPersonBox")

        self.duplicatesLayout.addWidget(self.newPersonBox)


        self.sideLayout.addWidget(self.duplicatesGroup)

        self.consentGroup = QGroupBox(NewVisitorDialog)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QVBoxLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.noticeLabel = QLabel(self.consentGroup)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.consentLayout.addWidget(self.noticeLabel)

        self.consentGrid = QGridLayout()
        self.consentGrid.setObjectName(u"consentGrid")
        self.keepLabel = QLabel(self.consentGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.consentGrid.addWidget(self.keepLabel, 0, 0, 1, 1)

        self.keepGiven = QRadioButton(self.consentGroup)
        self.keepGroup = QButtonGroup(NewVisitorDialog)
        self.keepGroup.setObjectName(u"keepGroup")
        self.keepGroup.addButton(self.keepGiven)
        self.keepGiven.setObjectName(u"keepGiven")

        self.consentGrid.addWidget(self.keepGiven, 0, 1, 1, 1)

        self.keepRefused = QRadioButton(self.consentGroup)
        self.keepGroup.addButton(self.keepRefused)
        self.keepRefused.setObjectName(u"keepRefused")

        self.consentGrid.addWidget(self.keepRefused, 0, 2, 1, 1)

        self.contactLabel = QLabel(self.consentGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.consentGrid.addWidget(self.contactLabel, 1, 0, 1, 1)

        self.contactGiven = QRadioButton(self.consentGroup)
        self.contactGroup = QButtonGroup(NewVisitorDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroup.addButton(self.contactGiven)
        self.contactGiven.setObjectName(u"contactGiven")

        self.consentGrid.addWidget(self.contactGiven, 1, 1, 1, 1)

        self.contactRefused = QRadioButton(self.consentGroup)
        self.contactGroup.addButton(self.contactRefused)
        self.contactRefused.setObjectName(u"contactRefused")

        self.consentGrid.addWidget(self.contactRefused, 1, 2, 1, 1)

        self.employersLabel = QLabel(self.consentGroup)
        self.employersLabel.setObjectName(u"employersLabel")

        self.consentGrid.addWidget(self.employersLabel, 2, 0, 1, 1)

        self.employersGiven = QRadioButton(self.consentGroup)
        self.employersGroup = QButtonGroup(NewVisitorDialog)
        self.employersGroup.setObjectName(u"employersGroup")
        self.employersGroup.addButton(self.employersGiven)
        self.employersGiven.setObjectName(u"employersGiven")

        self.consentGrid.addWidget(self.employersGiven, 2, 1, 1, 1)

        self.employersRefused = QRadioButton(self.consentGroup)
        self.employersGroup.addButton(self.employersRefused)
        self.employersRefused.setObjectName(u"employersRefused")

        self.consentGrid.addWidget(self.employersRefused, 2, 2, 1, 1)

        self.hubsLabel = QLabel(self.consentGroup)
        self.hubsLabel.setObjectName(u"hubsLabel")

        self.consentGrid.addWidget(self.hubsLabel, 3, 0, 1, 1)

        self.hubsGiven = QRadioButton(self.consentGroup)
        self.hubsGroup = QButtonGroup(NewVisitorDialog)
        self.hubsGroup.setObjectName(u"hubsGroup")
        self.hubsGroup.addButton(self.hubsGiven)
        self.hubsGiven.setObjectName(u"hubsGiven")

        self.consentGrid.addWidget(self.hubsGiven, 3, 1, 1, 1)

        self.hubsRefused = QRadioButton(self.consentGroup)
        self.hubsGroup.addButton(self.hubsRefused)
        self.hubsRefused.setObjectName(u"hubsRefused")

        self.consentGrid.addWidget(self.hubsRefused, 3, 2, 1, 1)

        self.matchLabel = QLabel(self.consentGroup)
        self.matchLabel.setObjectName(u"matchLabel")

        self.consentGrid.addWidget(self.matchLabel, 4, 0, 1, 1)

        self.matchGiven = QRadioButton(self.consentGroup)
        self.matchGroup = QButtonGroup(NewVisitorDialog)
        self.matchGroup.setObjectName(u"matchGroup")
        self.matchGroup.addButton(self.matchGiven)
        self.matchGiven.setObjectName(u"matchGiven")

        self.consentGrid.addWidget(self.matchGiven, 4, 1, 1, 1)

        self.matchRefused = QRadioButton(self.consentGroup)
        self.matchGroup.addButton(self.matchRefused)
        self.matchRefused.setObjectName(u"matchRefused")

        self.consentGrid.addWidget(self.matchRefused, 4, 2, 1, 1)


        self.consentLayout.addLayout(self.consentGrid)


        self.sideLayout.addWidget(self.consentGroup)

        self.checkInBox = QCheckBox(NewVisitorDialog)
        self.checkInBox.setObjectName(u"checkInBox")
        self.checkInBox.setChecked(True)

        self.sideLayout.addWidget(self.checkInBox)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)


        self.columns.addLayout(self.sideLayout)


        self.mainLayout.addLayout(self.columns)

        self.errorLabel = QLabel(NewVisitorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewVisitorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.givenLabel.setBuddy(self.givenEdit)
        self.familyLabel.setBuddy(self.familyEdit)
        self.originalLabel.setBuddy(self.originalEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.birthYearLabel.setBuddy(self.birthYearEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.countryLabel.setBuddy(self.countryCombo)
        self.languagesLabel.setBuddy(self.languagesFilter)
        self.preferredLabel.setBuddy(self.preferredCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenEdit, self.familyEdit)
        QWidget.setTabOrder(self.familyEdit, self.originalEdit)
        QWidget.setTabOrder(self.originalEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.birthYearEdit)
        QWidget.setTabOrder(self.birthYearEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.languagesFilter)
        QWidget.setTabOrder(self.languagesFilter, self.languagesList)
        QWidget.setTabOrder(self.languagesList, self.preferredCombo)
        QWidget.setTabOrder(self.preferredCombo, self.duplicatesList)
        QWidget.setTabOrder(self.duplicatesList, self.openDuplicateButton)
        QWidget.setTabOrder(self.openDuplicateButton, self.newPersonBox)
        QWidget.setTabOrder(self.newPersonBox, self.keepGiven)
        QWidget.setTabOrder(self.keepGiven, self.keepRefused)
        QWidget.setTabOrder(self.keepRefused, self.contactGiven)
        QWidget.setTabOrder(self.contactGiven, self.contactRefused)
        QWidget.setTabOrder(self.contactRefused, self.employersGiven)
        QWidget.setTabOrder(self.employersGiven, self.employersRefused)
        QWidget.setTabOrder(self.employersRefused, self.hubsGiven)
        QWidget.setTabOrder(self.hubsGiven, self.hubsRefused)
        QWidget.setTabOrder(self.hubsRefused, self.matchGiven)
        QWidget.setTabOrder(self.matchGiven, self.matchRefused)
        QWidget.setTabOrder(self.matchRefused, self.checkInBox)

        self.retranslateUi(NewVisitorDialog)

        QMetaObject.connectSlotsByName(NewVisitorDialog)
    # setupUi

    def retranslateUi(self, NewVisitorDialog):
        NewVisitorDialog.setWindowTitle(QCoreApplication.translate("NewVisitorDialog", u"New visitor", None))
        self.givenLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"&Given names:", None))
        self.familyLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"&Family name:", None))
        self.originalLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"Name in original &script:", None))
        self.phoneLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"P&hone:", None))
        self.birthYearLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"&Birth year:", None))
        self.birthYearEdit.setPlaceholderText(QCoreApplication.translate("NewVisitorDialog", u"e.g. 1990", None))
        self.genderLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"G&ender:", None))
        self.countryLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"&Country of birth:", None))
        self.languagesLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"&Languages spoken:", None))
        self.languagesFilter.setPlaceholderText(QCoreApplication.translate("NewVisitorDialog", u"Type to filter, Space to tick", None))
#if QT_CONFIG(accessibility)
        self.languagesList.setAccessibleName(QCoreApplication.translate("NewVisitorDialog", u"Languages spoken", None))
#endif // QT_CONFIG(accessibility)
        self.preferredLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"&Preferred language:", None))
        self.duplicatesGroup.setTitle(QCoreApplication.translate("NewVisitorDialog", u"Already registered?", None))
        self.duplicatesLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"These visitors may be the same person. Ask, and open the record instead of registering again:", None))
#if QT_CONFIG(accessibility)
        self.duplicatesList.setAccessibleName(QCoreApplication.translate("NewVisitorDialog", u"Similar visitors", None))
#endif // QT_CONFIG(accessibility)
        self.openDuplicateButton.setText(QCoreApplication.translate("NewVisitorDialog", u"&Open this visitor instead", None))
        self.newPersonBox.setText(QCoreApplication.translate("NewVisitorDialog", u"This is a &new person (none of these)", None))
        self.consentGroup.setTitle(QCoreApplication.translate("NewVisitorDialog", u"Consen&t", None))
        self.keepLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"Keep a profile at the hub", None))
        self.keepGiven.setText(QCoreApplication.translate("NewVisitorDialog", u"Given", None))
        self.keepRefused.setText(QCoreApplication.translate("NewVisitorDialog", u"Refused", None))
        self.contactLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"Contact for follow-up", None))
        self.contactGiven.setText(QCoreApplication.translate("NewVisitorDialog", u"Given", None))
        self.contactRefused.setText(QCoreApplication.translate("NewVisitorDialog", u"Refused", None))
        self.employersLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"Share the profile with employers", None))
        self.employersGiven.setText(QCoreApplication.translate("NewVisitorDialog", u"Given", None))
        self.employersRefused.setText(QCoreApplication.translate("NewVisitorDialog", u"Refused", None))
        self.hubsLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"Share across hubs of the network", None))
        self.hubsGiven.setText(QCoreApplication.translate("NewVisitorDialog", u"Given", None))
        self.hubsRefused.setText(QCoreApplication.translate("NewVisitorDialog", u"Refused", None))
        self.matchLabel.setText(QCoreApplication.translate("NewVisitorDialog", u"Match with employers' openings", None))
        self.matchGiven.setText(QCoreApplication.translate("NewVisitorDialog", u"Given", None))
        self.matchRefused.setText(QCoreApplication.translate("NewVisitorDialog", u"Refused", None))
        self.checkInBox.setText(QCoreApplication.translate("NewVisitorDialog", u"Chec&k in after registering", None))
    # retranslateUi

