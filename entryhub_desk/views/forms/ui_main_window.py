# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1000, 680)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionLogOut = QAction(MainWindow)
        self.actionLogOut.setObjectName(u"actionLogOut")
#if QT_CONFIG(shortcut)
        self.actionLogOut.setShortcut(u"Ctrl+Shift+L")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionSwedish = QAction(MainWindow)
        self.actionSwedish.setObjectName(u"actionSwedish")
        self.actionSwedish.setCheckable(True)
        self.actionSwedish.setText(u"&Svenska")
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"&English")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.rootStack = QStackedWidget(self.centralWidget)
        self.rootStack.setObjectName(u"rootStack")
        self.workPage = QWidget()
        self.workPage.setObjectName(u"workPage")
        self.workLayout = QHBoxLayout(self.workPage)
        self.workLayout.setObjectName(u"workLayout")
        self.navigation = QListWidget(self.workPage)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMaximumSize(QSize(220, 16777215))

        self.workLayout.addWidget(self.navigation)

        self.sections = QStackedWidget(self.workPage)
        self.sections.setObjectName(u"sections")

        self.workLayout.addWidget(self.sections)

        self.rootStack.addWidget(self.workPage)

        self.centralLayout.addWidget(self.rootStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuDesk = QMenu(self.menuBar)
        self.menuDesk.setObjectName(u"menuDesk")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menuView)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuDesk.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuDesk.addAction(self.actionLock)
        self.menuDesk.addAction(self.actionLogOut)
        self.menuDesk.addSeparator()
        self.menuDesk.addAction(self.actionQuit)
        self.menuView.addAction(self.menuLanguage.menuAction())
        self.menuLanguage.addAction(self.actionSwedish)
        self.menuLanguage.addAction(self.actionEnglish)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Entry Hub Desk", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(tooltip)
        self.actionLock.setToolTip(QCoreApplication.translate("MainWindow", u"Lock the desk until your password is typed again", None))
#endif // QT_CONFIG(tooltip)
        self.actionLogOut.setText(QCoreApplication.translate("MainWindow", u"Log &out", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Entry Hub Desk", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.menuDesk.setTitle(QCoreApplication.translate("MainWindow", u"&Desk", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

