# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_edit_person_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EditPersonDialog(object):
    def setupUi(self, EditPersonDialog):
        if not EditPersonDialog.objectName():
            EditPersonDialog.setObjectName(u"EditPersonDialog")
        EditPersonDialog.resize(560, 600)
        EditPersonDialog.setModal(True)
        self.mainLayout = QVBoxLayout(EditPersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(EditPersonDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.givenLabel = QLabel(EditPersonDialog)
        self.givenLabel.setObjectName(u"givenLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenEdit = QLineEdit(EditPersonDialog)
        self.givenEdit.setObjectName(u"givenEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenEdit)

        self.familyLabel = QLabel(EditPersonDialog)
        self.familyLabel.setObjectName(u"familyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyEdit = QLineEdit(EditPersonDialog)
        self.familyEdit.setObjectName(u"familyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyEdit)

        self.originalLabel = QLabel(EditPersonDialog)
        self.originalLabel.setObjectName(u"originalLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.originalLabel)

        self.originalEdit = QLineEdit(EditPersonDialog)
        self.originalEdit.setObjectName(u"originalEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.originalEdit)

        self.phoneLabel = QLabel(EditPersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(EditPersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.birthYearLabel = QLabel(EditPersonDialog)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearEdit = QLineEdit(EditPersonDialog)
        self.birthYearEdit.setObjectName(u"birthYearEdit")
        self.birthYearEdit.setMaxLength(4)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthYearEdit)

        self.genderLabel = QLabel(EditPersonDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(EditPersonDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.countryLabel = QLabel(EditPersonDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(EditPersonDialog)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.languagesLabel = QLabel(EditPersonDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesLayout = QVBoxLayout()
        self.languagesLayout.setObjectName(u"languagesLayout")
        self.languagesFilter = QLineEdit(EditPersonDialog)
        self.languagesFilter.setObjectName(u"languagesFilter")
        self.languagesFilter.setClearButtonEnabled(True)

        self.languagesLayout.addWidget(self.languagesFilter)

        self.languagesList = QListWidget(EditPersonDialog)
        self.languagesList.setObjectName(u"languagesList")

        self.languagesLayout.addWidget(self.languagesList)

        self.languagesChosen = QLabel(EditPersonDialog)
        self.languagesChosen.setObjectName(u"languagesChosen")
        self.languagesChosen.setText(u"")
        self.languagesChosen.setWordWrap(True)

        self.languagesLayout.addWidget(self.languagesChosen)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.languagesLayout)

        self.preferredLabel = QLabel(EditPersonDialog)
        self.preferredLabel.setObjectName(u"preferredLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.preferredLabel)

        self.preferredCombo = QComboBox(EditPersonDialog)
        self.preferredCombo.setObjectName(u"preferredCombo")
        self.preferredCombo.setEditable(True)
        self.preferredCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.preferredCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EditPersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EditPersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

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

        self.retranslateUi(EditPersonDialog)

        QMetaObject.connectSlotsByName(EditPersonDialog)
    # setupUi

    def retranslateUi(self, EditPersonDialog):
        EditPersonDialog.setWindowTitle(QCoreApplication.translate("EditPersonDialog", u"Correct details", None))
        self.givenLabel.setText(QCoreApplication.translate("EditPersonDialog", u"&Given names:", None))
        self.familyLabel.setText(QCoreApplication.translate("EditPersonDialog", u"&Family name:", None))
        self.originalLabel.setText(QCoreApplication.translate("EditPersonDialog", u"Name in original &script:", None))
        self.phoneLabel.setText(QCoreApplication.translate("EditPersonDialog", u"P&hone:", None))
        self.birthYearLabel.setText(QCoreApplication.translate("EditPersonDialog", u"&Birth year:", None))
        self.birthYearEdit.setPlaceholderText(QCoreApplication.translate("EditPersonDialog", u"e.g. 1990", None))
        self.genderLabel.setText(QCoreApplication.translate("EditPersonDialog", u"G&ender:", None))
        self.countryLabel.setText(QCoreApplication.translate("EditPersonDialog", u"&Country of birth:", None))
        self.languagesLabel.setText(QCoreApplication.translate("EditPersonDialog", u"&Languages spoken:", None))
        self.languagesFilter.setPlaceholderText(QCoreApplication.translate("EditPersonDialog", u"Type to filter, Space to tick", None))
#if QT_CONFIG(accessibility)
        self.languagesList.setAccessibleName(QCoreApplication.translate("EditPersonDialog", u"Languages spoken", None))
#endif // QT_CONFIG(accessibility)
        self.preferredLabel.setText(QCoreApplication.translate("EditPersonDialog", u"&Preferred language:", None))
    # retranslateUi

