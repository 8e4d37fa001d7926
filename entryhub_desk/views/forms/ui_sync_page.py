# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(640, 480)
        self.mainLayout = QVBoxLayout(SyncPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stateGroup = QGroupBox(SyncPage)
        self.stateGroup.setObjectName(u"stateGroup")
        self.stateLayout = QFormLayout(self.stateGroup)
        self.stateLayout.setObjectName(u"stateLayout")
        self.serverLabel = QLabel(self.stateGroup)
        self.serverLabel.setObjectName(u"serverLabel")

        self.stateLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverValue = QLabel(self.stateGroup)
        self.serverValue.setObjectName(u"serverValue")

        self.stateLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverValue)

        self.hubLabel = QLabel(self.stateGroup)
        self.hubLabel.setObjectName(u"hubLabel")

        self.stateLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hubLabel)

        self.hubValue = QLabel(self.stateGroup)
        self.hubValue.setObjectName(u"hubValue")

        self.stateLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hubValue)

        self.stateLabel = QLabel(self.stateGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.stateLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateValue = QLabel(self.stateGroup)
        self.stateValue.setObjectName(u"stateValue")

        self.stateLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.lastSyncLabel = QLabel(self.stateGroup)
        self.lastSyncLabel.setObjectName(u"lastSyncLabel")

        self.stateLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastSyncLabel)

        self.lastSyncValue = QLabel(self.stateGroup)
        self.lastSyncValue.setObjectName(u"lastSyncValue")

        self.stateLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastSyncValue)

        self.waitingLabel = QLabel(self.stateGroup)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.stateLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.waitingLabel)

        self.waitingValue = QLabel(self.stateGroup)
        self.waitingValue.setObjectName(u"waitingValue")

        self.stateLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.waitingValue)

        self.conflictsLabel = QLabel(self.stateGroup)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.stateLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.conflictsLabel)

        self.conflictsValue = QLabel(self.stateGroup)
        self.conflictsValue.setObjectName(u"conflictsValue")

        self.stateLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.conflictsValue)


        self.mainLayout.addWidget(self.stateGroup)

        self.syncButtons = QHBoxLayout()
        self.syncButtons.setObjectName(u"syncButtons")
        self.syncNow = QPushButton(SyncPage)
        self.syncNow.setObjectName(u"syncNow")

        self.syncButtons.addWidget(self.syncNow)

        self.reviewConflicts = QPushButton(SyncPage)
        self.reviewConflicts.setObjectName(u"reviewConflicts")

        self.syncButtons.addWidget(self.reviewConflicts)

        self.syncButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.syncButtons.addItem(self.syncButtonSpacer)

        self.syncButtons.setStretch(2, 1)

        self.mainLayout.addLayout(self.syncButtons)

        self.enrolGroup = QGroupBox(SyncPage)
        self.enrolGroup.setObjectName(u"enrolGroup")
        self.enrolLayout = QFormLayout(self.enrolGroup)
        self.enrolLayout.setObjectName(u"enrolLayout")
        self.serverUrlLabel = QLabel(self.enrolGroup)
        self.serverUrlLabel.setObjectName(u"serverUrlLabel")

        self.enrolLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverUrlLabel)

        self.serverUrl = QLineEdit(self.enrolGroup)
        self.serverUrl.setObjectName(u"serverUrl")
        self.serverUrl.setPlaceholderText(u"https://")

        self.enrolLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverUrl)

        self.enrolCodeLabel = QLabel(self.enrolGroup)
        self.enrolCodeLabel.setObjectName(u"enrolCodeLabel")

        self.enrolLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.enrolCodeLabel)

        self.enrolCode = QLineEdit(self.enrolGroup)
        self.enrolCode.setObjectName(u"enrolCode")

        self.enrolLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enrolCode)

        self.enrol = QPushButton(self.enrolGroup)
        self.enrol.setObjectName(u"enrol")

        self.enrolLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.enrol)


        self.mainLayout.addWidget(self.enrolGroup)

        self.errorLabel = QLabel(SyncPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.serverUrlLabel.setBuddy(self.serverUrl)
        self.enrolCodeLabel.setBuddy(self.enrolCode)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.syncNow, self.reviewConflicts)
        QWidget.setTabOrder(self.reviewConflicts, self.serverUrl)
        QWidget.setTabOrder(self.serverUrl, self.enrolCode)
        QWidget.setTabOrder(self.enrolCode, self.enrol)

        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.stateGroup.setTitle(QCoreApplication.translate("SyncPage", u"Sync with the network", None))
        self.serverLabel.setText(QCoreApplication.translate("SyncPage", u"Server:", None))
        self.hubLabel.setText(QCoreApplication.translate("SyncPage", u"Hub:", None))
        self.stateLabel.setText(QCoreApplication.translate("SyncPage", u"State:", None))
        self.lastSyncLabel.setText(QCoreApplication.translate("SyncPage", u"Last synced:", None))
        self.waitingLabel.setText(QCoreApplication.translate("SyncPage", u"Changes waiting:", None))
        self.conflictsLabel.setText(QCoreApplication.translate("SyncPage", u"Conflicts to review:", None))
        self.syncNow.setText(QCoreApplication.translate("SyncPage", u"&Sync now", None))
        self.reviewConflicts.setText(QCoreApplication.translate("SyncPage", u"&Review conflicts\u2026", None))
        self.enrolGroup.setTitle(QCoreApplication.translate("SyncPage", u"Enrol this desk", None))
        self.serverUrlLabel.setText(QCoreApplication.translate("SyncPage", u"Server &address:", None))
        self.enrolCodeLabel.setText(QCoreApplication.translate("SyncPage", u"Enrolment &code:", None))
        self.enrol.setText(QCoreApplication.translate("SyncPage", u"&Enrol", None))
        pass
    # retranslateUi

