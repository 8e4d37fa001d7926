# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_credential_dialog.ui'
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

from entryhub_desk.views.profile.partial_date_edit import PartialDateEdit

class Ui_ProfileCredentialDialog(object):
    def setupUi(self, ProfileCredentialDialog):
        if not ProfileCredentialDialog.objectName():
            ProfileCredentialDialog.setObjectName(u"ProfileCredentialDialog")
        ProfileCredentialDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileCredentialDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ProfileCredentialDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ProfileCredentialDialog)
        self.name.setObjectName(u"name")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.issuerLabel = QLabel(ProfileCredentialDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuer = QLineEdit(ProfileCredentialDialog)
        self.issuer.setObjectName(u"issuer")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuer)

        self.issuedLabel = QLabel(ProfileCredentialDialog)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issued = PartialDateEdit(ProfileCredentialDialog)
        self.issued.setObjectName(u"issued")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issued)

        self.issuing_countryLabel = QLabel(ProfileCredentialDialog)
        self.issuing_countryLabel.setObjectName(u"issuing_countryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuing_countryLabel)

        self.issuing_country = QComboBox(ProfileCredentialDialog)
        self.issuing_country.setObjectName(u"issuing_country")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuing_country)

        self.statusLabel = QLabel(ProfileCredentialDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ProfileCredentialDialog)
        self.status.setObjectName(u"status")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.authorityLabel = QLabel(ProfileCredentialDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authority = QLineEdit(ProfileCredentialDialog)
        self.authority.setObjectName(u"authority")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authority)

        self.recognised_asLabel = QLabel(ProfileCredentialDialog)
        self.recognised_asLabel.setObjectName(u"recognised_asLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recognised_asLabel)

        self.recognised_as = QLineEdit(ProfileCredentialDialog)
        self.recognised_as.setObjectName(u"recognised_as")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recognised_as)

        self.decision_dateLabel = QLabel(ProfileCredentialDialog)
        self.decision_dateLabel.setObjectName(u"decision_dateLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decision_dateLabel)

        self.decision_date = PartialDateEdit(ProfileCredentialDialog)
        self.decision_date.setObjectName(u"decision_date")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decision_date)

        self.bridgingLabel = QLabel(ProfileCredentialDialog)
        self.bridgingLabel.setObjectName(u"bridgingLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.bridgingLabel)

        self.bridging = QComboBox(ProfileCredentialDialog)
        self.bridging.setObjectName(u"bridging")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.bridging)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileCredentialDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileCredentialDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.issuerLabel.setBuddy(self.issuer)
        self.issuedLabel.setBuddy(self.issued)
        self.issuing_countryLabel.setBuddy(self.issuing_country)
        self.statusLabel.setBuddy(self.status)
        self.authorityLabel.setBuddy(self.authority)
        self.recognised_asLabel.setBuddy(self.recognised_as)
        self.decision_dateLabel.setBuddy(self.decision_date)
        self.bridgingLabel.setBuddy(self.bridging)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.issuer)
        QWidget.setTabOrder(self.issuer, self.issued)
        QWidget.setTabOrder(self.issued, self.issuing_country)
        QWidget.setTabOrder(self.issuing_country, self.status)
        QWidget.setTabOrder(self.status, self.authority)
        QWidget.setTabOrder(self.authority, self.recognised_as)
        QWidget.setTabOrder(self.recognised_as, self.decision_date)
        QWidget.setTabOrder(self.decision_date, self.bridging)
        QWidget.setTabOrder(self.bridging, self.buttonBox)

        self.retranslateUi(ProfileCredentialDialog)

        QMetaObject.connectSlotsByName(ProfileCredentialDialog)
    # setupUi

    def retranslateUi(self, ProfileCredentialDialog):
        ProfileCredentialDialog.setWindowTitle(QCoreApplication.translate("ProfileCredentialDialog", u"Credential", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"&Credential:", None))
        self.issuerLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"Issued &by:", None))
        self.issuedLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"&Issued:", None))
        self.issuing_countryLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"Issuing c&ountry:", None))
        self.statusLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"&Recognition:", None))
        self.authorityLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"&Authority:", None))
        self.recognised_asLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"Reco&gnised as:", None))
        self.decision_dateLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"&Decision date:", None))
        self.bridgingLabel.setText(QCoreApplication.translate("ProfileCredentialDialog", u"Bridging co&urse:", None))
    # retranslateUi

