# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QStackedWidget,
    QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ProfilePage(object):
    def setupUi(self, ProfilePage):
        if not ProfilePage.objectName():
            ProfilePage.setObjectName(u"ProfilePage")
        ProfilePage.resize(760, 560)
        self.mainLayout = QVBoxLayout(ProfilePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ProfilePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.mainLayout.addWidget(self.titleLabel)

        self.completenessLayout = QHBoxLayout()
        self.completenessLayout.setObjectName(u"completenessLayout")
        self.completenessBar = QProgressBar(ProfilePage)
        self.completenessBar.setObjectName(u"completenessBar")
        self.completenessBar.setMaximumSize(QSize(180, 16777215))

        self.completenessLayout.addWidget(self.completenessBar)

        self.completenessLabel = QLabel(ProfilePage)
        self.completenessLabel.setObjectName(u"completenessLabel")
        self.completenessLabel.setText(u"")
        self.completenessLabel.setWordWrap(True)

        self.completenessLayout.addWidget(self.completenessLabel)


        self.mainLayout.addLayout(self.completenessLayout)

        self.draftsFrame = QFrame(ProfilePage)
        self.draftsFrame.setObjectName(u"draftsFrame")
        self.draftsFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.draftsLayout = QHBoxLayout(self.draftsFrame)
        self.draftsLayout.setObjectName(u"draftsLayout")
        self.draftsLabel = QLabel(self.draftsFrame)
        self.draftsLabel.setObjectName(u"draftsLabel")
        self.draftsLabel.setText(u"")
        self.draftsLabel.setWordWrap(True)

        self.draftsLayout.addWidget(self.draftsLabel)

        self.resumeDraftButton = QPushButton(self.draftsFrame)
        self.resumeDraftButton.setObjectName(u"resumeDraftButton")

        self.draftsLayout.addWidget(self.resumeDraftButton)

        self.discardDraftButton = QPushButton(self.draftsFrame)
        self.discardDraftButton.setObjectName(u"discardDraftButton")

        self.draftsLayout.addWidget(self.discardDraftButton)


        self.mainLayout.addWidget(self.draftsFrame)

        self.modeStack = QStackedWidget(ProfilePage)
        self.modeStack.setObjectName(u"modeStack")
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorLayout = QVBoxLayout(self.editorPage)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.editorPage)
        self.tabs.setObjectName(u"tabs")

        self.editorLayout.addWidget(self.tabs)

        self.modeStack.addWidget(self.editorPage)
        self.summaryPage = QWidget()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(0, 0, 0, 0)
        self.readOnlyLabel = QLabel(self.summaryPage)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.readOnlyLabel)

        self.summaryView = QTextBrowser(self.summaryPage)
        self.summaryView.setObjectName(u"summaryView")

        self.summaryLayout.addWidget(self.summaryView)

        self.modeStack.addWidget(self.summaryPage)

        self.mainLayout.addWidget(self.modeStack)

        QWidget.setTabOrder(self.resumeDraftButton, self.discardDraftButton)
        QWidget.setTabOrder(self.discardDraftButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.summaryView)

        self.retranslateUi(ProfilePage)

        QMetaObject.connectSlotsByName(ProfilePage)
    # setupUi

    def retranslateUi(self, ProfilePage):
        self.resumeDraftButton.setText(QCoreApplication.translate("ProfilePage", u"Resu&me editing", None))
        self.discardDraftButton.setText(QCoreApplication.translate("ProfilePage", u"Discard the dra&fts", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Profile sections", None))
#endif // QT_CONFIG(accessibility)
        self.readOnlyLabel.setText(QCoreApplication.translate("ProfilePage", u"Read only: your role may look at the profile but not change it.", None))
#if QT_CONFIG(accessibility)
        self.summaryView.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Profile summary", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

