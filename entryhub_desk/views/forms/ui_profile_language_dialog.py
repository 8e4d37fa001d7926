# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_language_dialog.ui'
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

class Ui_ProfileLanguageDialog(object):
    def setupUi(self, ProfileLanguageDialog):
        if not ProfileLanguageDialog.objectName():
            ProfileLanguageDialog.setObjectName(u"ProfileLanguageDialog")
        ProfileLanguageDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileLanguageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.languageLabel = QLabel(ProfileLanguageDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(ProfileLanguageDialog)
        self.language.setObjectName(u"language")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.mother_tongue = QCheckBox(ProfileLanguageDialog)
        self.mother_tongue.setObjectName(u"mother_tongue")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mother_tongue)

        self.listeningLabel = QLabel(ProfileLanguageDialog)
        self.listeningLabel.setObjectName(u"listeningLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.listeningLabel)

        self.listening = QComboBox(ProfileLanguageDialog)
        self.listening.setObjectName(u"listening")
        self.listening.setEditable(True)
        self.listening.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.listening)

        self.readingLabel = QLabel(ProfileLanguageDialog)
        self.readingLabel.setObjectName(u"readingLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.readingLabel)

        self.reading = QComboBox(ProfileLanguageDialog)
        self.reading.setObjectName(u"reading")
        self.reading.setEditable(True)
        self.reading.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reading)

        self.spoken_interactionLabel = QLabel(ProfileLanguageDialog)
        self.spoken_interactionLabel.setObjectName(u"spoken_interactionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.spoken_interactionLabel)

        self.spoken_interaction = QComboBox(ProfileLanguageDialog)
        self.spoken_interaction.setObjectName(u"spoken_interaction")
        self.spoken_interaction.setEditable(True)
        self.spoken_interaction.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.spoken_interaction)

        self.spoken_productionLabel = QLabel(ProfileLanguageDialog)
        self.spoken_productionLabel.setObjectName(u"spoken_productionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.spoken_productionLabel)

        self.spoken_production = QComboBox(ProfileLanguageDialog)
        self.spoken_production.setObjectName(u"spoken_production")
        self.spoken_production.setEditable(True)
        self.spoken_production.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.spoken_production)

        self.writingLabel = QLabel(ProfileLanguageDialog)
        self.writingLabel.setObjectName(u"writingLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.writingLabel)

        self.writing = QComboBox(ProfileLanguageDialog)
        self.writing.setObjectName(u"writing")
        self.writing.setEditable(True)
        self.writing.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.writing)

        self.certificateLabel = QLabel(ProfileLanguageDialog)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.certificateLabel)

        self.certificate = QLineEdit(ProfileLanguageDialog)
        self.certificate.setObjectName(u"certificate")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.certificate)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileLanguageDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileLanguageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.listeningLabel.setBuddy(self.listening)
        self.readingLabel.setBuddy(self.reading)
        self.spoken_interactionLabel.setBuddy(self.spoken_interaction)
        self.spoken_productionLabel.setBuddy(self.spoken_production)
        self.writingLabel.setBuddy(self.writing)
        self.certificateLabel.setBuddy(self.certificate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.mother_tongue)
        QWidget.setTabOrder(self.mother_tongue, self.listening)
        QWidget.setTabOrder(self.listening, self.reading)
        QWidget.setTabOrder(self.reading, self.spoken_interaction)
        QWidget.setTabOrder(self.spoken_interaction, self.spoken_production)
        QWidget.setTabOrder(self.spoken_production, self.writing)
        QWidget.setTabOrder(self.writing, self.certificate)
        QWidget.setTabOrder(self.certificate, self.buttonBox)

        self.retranslateUi(ProfileLanguageDialog)

        QMetaObject.connectSlotsByName(ProfileLanguageDialog)
    # setupUi

    def retranslateUi(self, ProfileLanguageDialog):
        ProfileLanguageDialog.setWindowTitle(QCoreApplication.translate("ProfileLanguageDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("ProfileLanguageDialog", u"&Language:", None))
        self.mother_tongue.setText(QCoreApplication.translate("ProfileLanguageDialog", u"&Mother tongue", None))
        self.listeningLabel.setText(QCoreApplication.translate("ProfileLanguageDialog", u"Li&stening:", None))
        self.readingLabel.setText(QCoreApplication.translate("ProfileLanguageDialog", u"&Reading:", None))
        self.spoken_interactionLabel.setText(QCoreApplication.translate("ProfileLanguageDialog", u"Spoken &interaction:", None))
        self.spoken_productionLabel.setText(QCoreApplication.translate("ProfileLanguageDialog", u"Spoken &production:", None))
        self.writingLabel.setText(QCoreApplication.translate("ProfileLanguageDialog", u"&Writing:", None))
        self.certificateLabel.setText(QCoreApplication.translate("ProfileLanguageDialog", u"&Certificate:", None))
    # retranslateUi

