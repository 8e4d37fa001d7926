# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReceptionPage(object):
    def setupUi(self, ReceptionPage):
        if not ReceptionPage.objectName():
            ReceptionPage.setObjectName(u"ReceptionPage")
        ReceptionPage.resize(900, 640)
        self.mainLayout = QVBoxLayout(ReceptionPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ReceptionPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.splitter = QSplitter(ReceptionPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.searchGroup = QGroupBox(self.splitter)
        self.searchGroup.setObjectName(u"searchGroup")
        self.searchLayout = QVBoxLayout(self.searchGroup)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.searchGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.searchGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.newVisitorButton = QPushButton(self.searchGroup)
        self.newVisitorButton.setObjectName(u"newVisitorButton")

        self.searchRow.addWidget(self.newVisitorButton)


        self.searchLayout.addLayout(self.searchRow)

        self.resultsTable = QTableView(self.searchGroup)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setTabKeyNavigation(False)
        self.resultsTable.horizontalHeader().setDefaultSectionSize(135)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)

        self.searchLayout.addWidget(self.resultsTable)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.checkInButton = QPushButton(self.searchGroup)
        self.checkInButton.setObjectName(u"checkInButton")

        self.resultButtons.addWidget(self.checkInButton)

        self.consentButton = QPushButton(self.searchGroup)
        self.consentButton.setObjectName(u"consentButton")

        self.resultButtons.addWidget(self.consentButton)

        self.detailsButton = QPushButton(self.searchGroup)
        self.detailsButton.setObjectName(u"detailsButton")

        self.resultButtons.addWidget(self.detailsButton)

        self.profileButton = QPushButton(self.searchGroup)
        self.profileButton.setObjectName(u"profileButton")

        self.resultButtons.addWidget(self.profileButton)

        self.mergeButton = QPushButton(self.searchGroup)
        self.mergeButton.setObjectName(u"mergeButton")

        self.resultButtons.addWidget(self.mergeButton)

        self.importButton = QPushButton(self.searchGroup)
        self.importButton.setObjectName(u"importButton")

        self.resultButtons.addWidget(self.importButton)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.resultSpacer)

        self.searchStatus = QLabel(self.searchGroup)
        self.searchStatus.setObjectName(u"searchStatus")
        self.searchStatus.setText(u"")

        self.resultButtons.addWidget(self.searchStatus)


        self.searchLayout.addLayout(self.resultButtons)

        self.searchError = QLabel(self.searchGroup)
        self.searchError.setObjectName(u"searchError")
        self.searchError.setText(u"")
        self.searchError.setWordWrap(True)

        self.searchLayout.addWidget(self.searchError)

        self.splitter.addWidget(self.searchGroup)
        self.visitsGroup = QGroupBox(self.splitter)
        self.visitsGroup.setObjectName(u"visitsGroup")
        self.visitsLayout = QVBoxLayout(self.visitsGroup)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsTable = QTableView(self.visitsGroup)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visitsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitsTable.setTabKeyNavigation(False)
        self.visitsTable.horizontalHeader().setDefaultSectionSize(135)
        self.visitsTable.horizontalHeader().setStretchLastSection(True)
        self.visitsTable.verticalHeader().setVisible(False)

        self.visitsLayout.addWidget(self.visitsTable)

        self.visitButtons = QHBoxLayout()
        self.visitButtons.setObjectName(u"visitButtons")
        self.waitingButton = QPushButton(self.visitsGroup)
        self.waitingButton.setObjectName(u"waitingButton")

        self.visitButtons.addWidget(self.waitingButton)

        self.meetingButton = QPushButton(self.visitsGroup)
        self.meetingButton.setObjectName(u"meetingButton")

        self.visitButtons.addWidget(self.meetingButton)

        self.doneButton = QPushButton(self.visitsGroup)
        self.doneButton.setObjectName(u"doneButton")

        self.visitButtons.addWidget(self.doneButton)

        self.correctButton = QPushButton(self.visitsGroup)
        self.correctButton.setObjectName(u"correctButton")

        self.visitButtons.addWidget(self.correctButton)

        self.visitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visitButtons.addItem(self.visitSpacer)

        self.visitsHint = QLabel(self.visitsGroup)
        self.visitsHint.setObjectName(u"visitsHint")

        self.visitButtons.addWidget(self.visitsHint)


        self.visitsLayout.addLayout(self.visitButtons)

        self.visitsError = QLabel(self.visitsGroup)
        self.visitsError.setObjectName(u"visitsError")
        self.visitsError.setText(u"")
        self.visitsError.setWordWrap(True)

        self.visitsLayout.addWidget(self.visitsError)

        self.splitter.addWidget(self.visitsGroup)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.newVisitorButton)
        QWidget.setTabOrder(self.newVisitorButton, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.checkInButton)
        QWidget.setTabOrder(self.checkInButton, self.consentButton)
        QWidget.setTabOrder(self.consentButton, self.detailsButton)
        QWidget.setTabOrder(self.detailsButton, self.profileButton)
        QWidget.setTabOrder(self.profileButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.visitsTable)
        QWidget.setTabOrder(self.visitsTable, self.waitingButton)
        QWidget.setTabOrder(self.waitingButton, self.meetingButton)
        QWidget.setTabOrder(self.meetingButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.correctButton)

        self.retranslateUi(ReceptionPage)

        QMetaObject.connectSlotsByName(ReceptionPage)
    # setupUi

    def retranslateUi(self, ReceptionPage):
        self.titleLabel.setText(QCoreApplication.translate("ReceptionPage", u"Reception", None))
        self.searchGroup.setTitle(QCoreApplication.translate("ReceptionPage", u"Find a visitor", None))
        self.searchLabel.setText(QCoreApplication.translate("ReceptionPage", u"&Search visitors:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"Name, phone number or code (XXXX-XXXX)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ReceptionPage", u"Search visitors", None))
#endif // QT_CONFIG(accessibility)
        self.newVisitorButton.setText(QCoreApplication.translate("ReceptionPage", u"&New visitor\u2026", None))
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("ReceptionPage", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        self.checkInButton.setText(QCoreApplication.translate("ReceptionPage", u"&Check in\u2026", None))
        self.consentButton.setText(QCoreApplication.translate("ReceptionPage", u"C&onsents\u2026", None))
#if QT_CONFIG(tooltip)
        self.detailsButton.setToolTip(QCoreApplication.translate("ReceptionPage", u"Correct the names, phone, birth year, gender, country or languages of the selected visitor (F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.detailsButton.setAccessibleName(QCoreApplication.translate("ReceptionPage", u"Correct the selected visitor's details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsButton.setText(QCoreApplication.translate("ReceptionPage", u"Correct d&etails\u2026", None))
        self.profileButton.setText(QCoreApplication.translate("ReceptionPage", u"Open &profile", None))
        self.mergeButton.setText(QCoreApplication.translate("ReceptionPage", u"&Merge\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ReceptionPage", u"&Import\u2026", None))
        self.visitsGroup.setTitle(QCoreApplication.translate("ReceptionPage", u"Today's visits", None))
#if QT_CONFIG(accessibility)
        self.visitsTable.setAccessibleName(QCoreApplication.translate("ReceptionPage", u"Today's visits", None))
#endif // QT_CONFIG(accessibility)
        self.waitingButton.setText(QCoreApplication.translate("ReceptionPage", u"Waiting", None))
        self.meetingButton.setText(QCoreApplication.translate("ReceptionPage", u"In a meeting", None))
        self.doneButton.setText(QCoreApplication.translate("ReceptionPage", u"Done", None))
        self.correctButton.setText(QCoreApplication.translate("ReceptionPage", u"Co&rrect\u2026", None))
        self.visitsHint.setText(QCoreApplication.translate("ReceptionPage", u"Keys: W waiting, M in a meeting, D done, Space next state.", None))
        pass
    # retranslateUi

