# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_driving_dialog.ui'
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
    QGroupBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ProfileDrivingDialog(object):
    def setupUi(self, ProfileDrivingDialog):
        if not ProfileDrivingDialog.objectName():
            ProfileDrivingDialog.setObjectName(u"ProfileDrivingDialog")
        ProfileDrivingDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileDrivingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.categories = QGroupBox(ProfileDrivingDialog)
        self.categories.setObjectName(u"categories")
        self.categoriesLayout = QGridLayout(self.categories)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoryAM = QCheckBox(self.categories)
        self.categoryAM.setObjectName(u"categoryAM")
        self.categoryAM.setProperty(u"code", u"AM")
        self.categoryAM.setText(u"AM")

        self.categoriesLayout.addWidget(self.categoryAM, 0, 0, 1, 1)

        self.categoryA1 = QCheckBox(self.categories)
        self.categoryA1.setObjectName(u"categoryA1")
        self.categoryA1.setProperty(u"code", u"A1")
        self.categoryA1.setText(u"A1")

        self.categoriesLayout.addWidget(self.categoryA1, 0, 1, 1, 1)

        self.categoryA2 = QCheckBox(self.categories)
        self.categoryA2.setObjectName(u"categoryA2")
        self.categoryA2.setProperty(u"code", u"A2")
        self.categoryA2.setText(u"A2")

        self.categoriesLayout.addWidget(self.categoryA2, 0, 2, 1, 1)

        self.categoryA = QCheckBox(self.categories)
        self.categoryA.setObjectName(u"categoryA")
        self.categoryA.setProperty(u"code", u"A")
        self.categoryA.setText(u"A")

        self.categoriesLayout.addWidget(self.categoryA, 0, 3, 1, 1)

        self.categoryB1 = QCheckBox(self.categories)
        self.categoryB1.setObjectName(u"categoryB1")
        self.categoryB1.setProperty(u"code", u"B1")
        self.categoryB1.setText(u"B1")

        self.categoriesLayout.addWidget(self.categoryB1, 0, 4, 1, 1)

        self.categoryB = QCheckBox(self.categories)
        self.categoryB.setObjectName(u"categoryB")
        self.categoryB.setProperty(u"code", u"B")
        self.categoryB.setText(u"B")

        self.categoriesLayout.addWidget(self.categoryB, 1, 0, 1, 1)

        self.categoryBE = QCheckBox(self.categories)
        self.categoryBE.setObjectName(u"categoryBE")
        self.categoryBE.setProperty(u"code", u"BE")
        self.categoryBE.setText(u"BE")

        self.categoriesLayout.addWidget(self.categoryBE, 1, 1, 1, 1)

        self.categoryC1 = QCheckBox(self.categories)
        self.categoryC1.setObjectName(u"categoryC1")
        self.categoryC1.setProperty(u"code", u"C1")
        self.categoryC1.setText(u"C1")

        self.categoriesLayout.addWidget(self.categoryC1, 1, 2, 1, 1)

        self.categoryC1E = QCheckBox(self.categories)
        self.categoryC1E.setObjectName(u"categoryC1E")
        self.categoryC1E.setProperty(u"code", u"C1E")
        self.categoryC1E.setText(u"C1E")

        self.categoriesLayout.addWidget(self.categoryC1E, 1, 3, 1, 1)

        self.categoryC = QCheckBox(self.categories)
        self.categoryC.setObjectName(u"categoryC")
        self.categoryC.setProperty(u"code", u"C")
        self.categoryC.setText(u"C")

        self.categoriesLayout.addWidget(self.categoryC, 1, 4, 1, 1)

        self.categoryCE = QCheckBox(self.categories)
        self.categoryCE.setObjectName(u"categoryCE")
        self.categoryCE.setProperty(u"code", u"CE")
        self.categoryCE.setText(u"CE")

        self.categoriesLayout.addWidget(self.categoryCE, 2, 0, 1, 1)

        self.categoryD1 = QCheckBox(self.categories)
        self.categoryD1.setObjectName(u"categoryD1")
        self.categoryD1.setProperty(u"code", u"D1")
        self.categoryD1.setText(u"D1")

        self.categoriesLayout.addWidget(self.categoryD1, 2, 1, 1, 1)

        self.categoryD1E = QCheckBox(self.categories)
        self.categoryD1E.setObjectName(u"categoryD1E")
        self.categoryD1E.setProperty(u"code", u"D1E")
        self.categoryD1E.setText(u"D1E")

        self.categoriesLayout.addWidget(self.categoryD1E, 2, 2, 1, 1)

        self.categoryD = QCheckBox(self.categories)
        self.categoryD.setObjectName(u"categoryD")
        self.categoryD.setProperty(u"code", u"D")
        self.categoryD.setText(u"D")

        self.categoriesLayout.addWidget(self.categoryD, 2, 3, 1, 1)

        self.categoryDE = QCheckBox(self.categories)
        self.categoryDE.setObjectName(u"categoryDE")
        self.categoryDE.setProperty(u"code", u"DE")
        self.categoryDE.setText(u"DE")

        self.categoriesLayout.addWidget(self.categoryDE, 2, 4, 1, 1)


        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.categories)

        self.issuing_countryLabel = QLabel(ProfileDrivingDialog)
        self.issuing_countryLabel.setObjectName(u"issuing_countryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuing_countryLabel)

        self.issuing_country = QComboBox(ProfileDrivingDialog)
        self.issuing_country.setObjectName(u"issuing_country")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuing_country)

        self.valid_in_sweden = QCheckBox(ProfileDrivingDialog)
        self.valid_in_sweden.setObjectName(u"valid_in_sweden")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.valid_in_sweden)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileDrivingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileDrivingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.issuing_countryLabel.setBuddy(self.issuing_country)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryAM, self.categoryA1)
        QWidget.setTabOrder(self.categoryA1, self.categoryA2)
        QWidget.setTabOrder(self.categoryA2, self.categoryA)
        QWidget.setTabOrder(self.categoryA, self.categoryB1)
        QWidget.setTabOrder(self.categoryB1, self.categoryB)
        QWidget.setTabOrder(self.categoryB, self.categoryBE)
        QWidget.setTabOrder(self.categoryBE, self.categoryC1)
        QWidget.setTabOrder(self.categoryC1, self.categoryC1E)
        QWidget.setTabOrder(self.categoryC1E, self.categoryC)
        QWidget.setTabOrder(self.categoryC, self.categoryCE)
        QWidget.setTabOrder(self.categoryCE, self.categoryD1)
        QWidget.setTabOrder(self.categoryD1, self.categoryD1E)
        QWidget.setTabOrder(self.categoryD1E, self.categoryD)
        QWidget.setTabOrder(self.categoryD, self.categoryDE)
        QWidget.setTabOrder(self.categoryDE, self.issuing_country)
        QWidget.setTabOrder(self.issuing_country, self.valid_in_sweden)
        QWidget.setTabOrder(self.valid_in_sweden, self.buttonBox)

        self.retranslateUi(ProfileDrivingDialog)

        QMetaObject.connectSlotsByName(ProfileDrivingDialog)
    # setupUi

    def retranslateUi(self, ProfileDrivingDialog):
        ProfileDrivingDialog.setWindowTitle(QCoreApplication.translate("ProfileDrivingDialog", u"Driving licence", None))
        self.categories.setTitle(QCoreApplication.translate("ProfileDrivingDialog", u"Categories", None))
        self.issuing_countryLabel.setText(QCoreApplication.translate("ProfileDrivingDialog", u"Issuing c&ountry:", None))
        self.valid_in_sweden.setText(QCoreApplication.translate("ProfileDrivingDialog", u"&Valid in Sweden", None))
    # retranslateUi

