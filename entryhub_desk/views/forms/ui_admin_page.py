# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        AdminPage.resize(720, 560)
        self.mainLayout = QVBoxLayout(AdminPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AdminPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.staffGroup = QGroupBox(AdminPage)
        self.staffGroup.setObjectName(u"staffGroup")
        self.staffLayout = QVBoxLayout(self.staffGroup)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffTable = QTableView(self.staffGroup)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setSortingEnabled(True)
        self.staffTable.horizontalHeader().setStretchLastSection(True)
        self.staffTable.verticalHeader().setVisible(False)

        self.staffLayout.addWidget(self.staffTable)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addStaffButton = QPushButton(self.staffGroup)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffButtons.addWidget(self.addStaffButton)

        self.disableButton = QPushButton(self.staffGroup)
        self.disableButton.setObjectName(u"disableButton")

        self.staffButtons.addWidget(self.disableButton)

        self.resetButton = QPushButton(self.staffGroup)
        self.resetButton.setObjectName(u"resetButton")

        self.staffButtons.addWidget(self.resetButton)

        self.staffButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffButtonSpacer)


        self.staffLayout.addLayout(self.staffButtons)

        self.staffError = QLabel(self.staffGroup)
        self.staffError.setObjectName(u"staffError")
        self.staffError.setText(u"")
        self.staffError.setWordWrap(True)

        self.staffLayout.addWidget(self.staffError)

        self.busyBar = QProgressBar(self.staffGroup)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.staffLayout.addWidget(self.busyBar)


        self.mainLayout.addWidget(self.staffGroup)

        self.deskGroup = QGroupBox(AdminPage)
        self.deskGroup.setObjectName(u"deskGroup")
        self.deskLayout = QFormLayout(self.deskGroup)
        self.deskLayout.setObjectName(u"deskLayout")
        self.idleLabel = QLabel(self.deskGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.deskLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.deskGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(120)
        self.idleSpin.setValue(5)

        self.deskLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.rekeyLabel = QLabel(self.deskGroup)
        self.rekeyLabel.setObjectName(u"rekeyLabel")
        self.rekeyLabel.setWordWrap(True)

        self.deskLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rekeyLabel)

        self.rekeyButton = QPushButton(self.deskGroup)
        self.rekeyButton.setObjectName(u"rekeyButton")

        self.deskLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rekeyButton)


        self.mainLayout.addWidget(self.deskGroup)

        self.accountGroup = QGroupBox(AdminPage)
        self.accountGroup.setObjectName(u"accountGroup")
        self.accountLayout = QHBoxLayout(self.accountGroup)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountLabel = QLabel(self.accountGroup)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setText(u"")

        self.accountLayout.addWidget(self.accountLabel)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountLayout.addItem(self.accountSpacer)

        self.changePasswordButton = QPushButton(self.accountGroup)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.accountLayout.addWidget(self.changePasswordButton)


        self.mainLayout.addWidget(self.accountGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffTable, self.addStaffButton)
        QWidget.setTabOrder(self.addStaffButton, self.disableButton)
        QWidget.setTabOrder(self.disableButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.rekeyButton)
        QWidget.setTabOrder(self.rekeyButton, self.changePasswordButton)

        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        self.titleLabel.setText(QCoreApplication.translate("AdminPage", u"Administration", None))
        self.staffGroup.setTitle(QCoreApplication.translate("AdminPage", u"Staff", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("AdminPage", u"Staff members", None))
#endif // QT_CONFIG(accessibility)
        self.addStaffButton.setText(QCoreApplication.translate("AdminPage", u"&Add staff member\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("AdminPage", u"D&isable", None))
        self.resetButton.setText(QCoreApplication.translate("AdminPage", u"&Reset password\u2026", None))
        self.deskGroup.setTitle(QCoreApplication.translate("AdminPage", u"This desk", None))
        self.idleLabel.setText(QCoreApplication.translate("AdminPage", u"&Minutes before the desk locks itself:", None))
        self.rekeyLabel.setText(QCoreApplication.translate("AdminPage", u"Give the data file a new key, so that copies made before a member left cannot be opened with the old one.", None))
        self.rekeyButton.setText(QCoreApplication.translate("AdminPage", u"Change the data &key\u2026", None))
        self.accountGroup.setTitle(QCoreApplication.translate("AdminPage", u"My account", None))
        self.changePasswordButton.setText(QCoreApplication.translate("AdminPage", u"&Change my password\u2026", None))
        pass
    # retranslateUi

