# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_interest_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ProfileInterestDialog(object):
    def setupUi(self, ProfileInterestDialog):
        if not ProfileInterestDialog.objectName():
            ProfileInterestDialog.setObjectName(u"ProfileInterestDialog")
        ProfileInterestDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileInterestDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ProfileInterestDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ProfileInterestDialog)
        self.name.setObjectName(u"name")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.keywordsLabel = QLabel(ProfileInterestDialog)
        self.keywordsLabel.setObjectName(u"keywordsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keywordsLabel)

        self.keywords = QLineEdit(ProfileInterestDialog)
        self.keywords.setObjectName(u"keywords")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keywords)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileInterestDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileInterestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.keywordsLabel.setBuddy(self.keywords)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.keywords)
        QWidget.setTabOrder(self.keywords, self.buttonBox)

        self.retranslateUi(ProfileInterestDialog)

        QMetaObject.connectSlotsByName(ProfileInterestDialog)
    # setupUi

    def retranslateUi(self, ProfileInterestDialog):
        ProfileInterestDialog.setWindowTitle(QCoreApplication.translate("ProfileInterestDialog", u"Interest", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileInterestDialog", u"&Interest:", None))
        self.keywordsLabel.setText(QCoreApplication.translate("ProfileInterestDialog", u"&Keywords (comma-separated):", None))
    # retranslateUi

