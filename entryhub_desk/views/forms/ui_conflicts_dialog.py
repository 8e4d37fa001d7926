# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(760, 420)
        self.mainLayout = QVBoxLayout(ConflictsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.conflictsTable = QTableView(ConflictsDialog)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.conflictsTable)

        self.pickButtons = QHBoxLayout()
        self.pickButtons.setObjectName(u"pickButtons")
        self.keepCurrent = QPushButton(ConflictsDialog)
        self.keepCurrent.setObjectName(u"keepCurrent")

        self.pickButtons.addWidget(self.keepCurrent)

        self.useOther = QPushButton(ConflictsDialog)
        self.useOther.setObjectName(u"useOther")

        self.pickButtons.addWidget(self.useOther)

        self.pickButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickButtons.addItem(self.pickButtonSpacer)

        self.pickButtons.setStretch(2, 1)

        self.mainLayout.addLayout(self.pickButtons)

        self.errorLabel = QLabel(ConflictsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.conflictsTable, self.keepCurrent)
        QWidget.setTabOrder(self.keepCurrent, self.useOther)

        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts to review", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictsDialog", u"These fields were changed on two desks before they synced. The current value won by time; the other value was kept here. Pick the right one: it reaches every desk at the next sync.", None))
        self.keepCurrent.setText(QCoreApplication.translate("ConflictsDialog", u"&Keep current value", None))
        self.useOther.setText(QCoreApplication.translate("ConflictsDialog", u"&Use other value", None))
    # retranslateUi

