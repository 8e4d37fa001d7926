# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_digital_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ProfileDigitalDialog(object):
    def setupUi(self, ProfileDigitalDialog):
        if not ProfileDigitalDialog.objectName():
            ProfileDigitalDialog.setObjectName(u"ProfileDigitalDialog")
        ProfileDigitalDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ProfileDigitalDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.areaLabel = QLabel(ProfileDigitalDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QComboBox(ProfileDigitalDialog)
        self.area.setObjectName(u"area")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area)

        self.levelLabel = QLabel(ProfileDigitalDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(ProfileDigitalDialog)
        self.level.setObjectName(u"level")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.level)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfileDigitalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProfileDigitalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.area)
        self.levelLabel.setBuddy(self.level)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.area, self.level)
        QWidget.setTabOrder(self.level, self.buttonBox)

        self.retranslateUi(ProfileDigitalDialog)

        QMetaObject.connectSlotsByName(ProfileDigitalDialog)
    # setupUi

    def retranslateUi(self, ProfileDigitalDialog):
        ProfileDigitalDialog.setWindowTitle(QCoreApplication.translate("ProfileDigitalDialog", u"Digital skills", None))
        self.areaLabel.setText(QCoreApplication.translate("ProfileDigitalDialog", u"&Area:", None))
        self.levelLabel.setText(QCoreApplication.translate("ProfileDigitalDialog", u"&Level:", None))
    # retranslateUi

