# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_entry_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QListView, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ProfileEntryList(object):
    def setupUi(self, ProfileEntryList):
        if not ProfileEntryList.objectName():
            ProfileEntryList.setObjectName(u"ProfileEntryList")
        ProfileEntryList.resize(640, 420)
        self.mainLayout = QVBoxLayout(ProfileEntryList)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(ProfileEntryList)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.entryList = QListView(ProfileEntryList)
        self.entryList.setObjectName(u"entryList")
        self.entryList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entryList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entryList.setWordWrap(True)
        self.entryList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.entryList)

        self.emptyLabel = QLabel(ProfileEntryList)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(ProfileEntryList)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ProfileEntryList)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(ProfileEntryList)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(ProfileEntryList)
        self.upButton.setObjectName(u"upButton")

        self.buttonLayout.addWidget(self.upButton)

        self.downButton = QPushButton(ProfileEntryList)
        self.downButton.setObjectName(u"downButton")

        self.buttonLayout.addWidget(self.downButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.entryList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)

        self.retranslateUi(ProfileEntryList)

        QMetaObject.connectSlotsByName(ProfileEntryList)
    # setupUi

    def retranslateUi(self, ProfileEntryList):
        self.hintLabel.setText(QCoreApplication.translate("ProfileEntryList", u"Insert adds an entry, Enter or F2 edits it, Delete removes it, Ctrl+Up and Ctrl+Down move it.", None))
#if QT_CONFIG(accessibility)
        self.entryList.setAccessibleName(QCoreApplication.translate("ProfileEntryList", u"Entries", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("ProfileEntryList", u"Nothing here yet.", None))
        self.addButton.setText(QCoreApplication.translate("ProfileEntryList", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ProfileEntryList", u"&Edit\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("ProfileEntryList", u"&Remove\u2026", None))
        self.upButton.setText(QCoreApplication.translate("ProfileEntryList", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("ProfileEntryList", u"Move do&wn", None))
        pass
    # retranslateUi

