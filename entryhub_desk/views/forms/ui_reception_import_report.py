# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_import_report.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportReportDialog(object):
    def setupUi(self, ImportReportDialog):
        if not ImportReportDialog.objectName():
            ImportReportDialog.setObjectName(u"ImportReportDialog")
        ImportReportDialog.resize(640, 520)
        ImportReportDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ImportReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportReportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.unknownLabel = QLabel(ImportReportDialog)
        self.unknownLabel.setObjectName(u"unknownLabel")
        self.unknownLabel.setText(u"")
        self.unknownLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.unknownLabel)

        self.badRowsLabel = QLabel(ImportReportDialog)
        self.badRowsLabel.setObjectName(u"badRowsLabel")

        self.mainLayout.addWidget(self.badRowsLabel)

        self.badRowsTree = QTreeWidget(ImportReportDialog)
        self.badRowsTree.headerItem().setText(0, "")
        self.badRowsTree.setObjectName(u"badRowsTree")
        self.badRowsTree.setRootIsDecorated(True)
        self.badRowsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.badRowsTree)

        self.duplicatesLabel = QLabel(ImportReportDialog)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.duplicatesLabel)

        self.duplicatesTree = QTreeWidget(ImportReportDialog)
        self.duplicatesTree.headerItem().setText(0, "")
        self.duplicatesTree.setObjectName(u"duplicatesTree")
        self.duplicatesTree.setRootIsDecorated(True)
        self.duplicatesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.duplicatesTree)

        self.buttonBox = QDialogButtonBox(ImportReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.badRowsTree, self.duplicatesTree)

        self.retranslateUi(ImportReportDialog)

        QMetaObject.connectSlotsByName(ImportReportDialog)
    # setupUi

    def retranslateUi(self, ImportReportDialog):
        ImportReportDialog.setWindowTitle(QCoreApplication.translate("ImportReportDialog", u"Import report", None))
        self.badRowsLabel.setText(QCoreApplication.translate("ImportReportDialog", u"Rows not imported:", None))
#if QT_CONFIG(accessibility)
        self.badRowsTree.setAccessibleName(QCoreApplication.translate("ImportReportDialog", u"Rows not imported", None))
#endif // QT_CONFIG(accessibility)
        self.duplicatesLabel.setText(QCoreApplication.translate("ImportReportDialog", u"Not imported because the person is probably registered already (nothing was merged; register a row at the desk if it is a new person):", None))
#if QT_CONFIG(accessibility)
        self.duplicatesTree.setAccessibleName(QCoreApplication.translate("ImportReportDialog", u"Possible duplicates", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

