# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_merge_dialog.ui'
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
    QDialogButtonBox, QGroupBox, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QRadioButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(720, 620)
        MergeDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MergeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.pickGroup = QGroupBox(MergeDialog)
        self.pickGroup.setObjectName(u"pickGroup")
        self.pickLayout = QVBoxLayout(self.pickGroup)
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickEdit = QLineEdit(self.pickGroup)
        self.pickEdit.setObjectName(u"pickEdit")
        self.pickEdit.setClearButtonEnabled(True)

        self.pickLayout.addWidget(self.pickEdit)

        self.pickList = QListWidget(self.pickGroup)
        self.pickList.setObjectName(u"pickList")

        self.pickLayout.addWidget(self.pickList)


        self.mainLayout.addWidget(self.pickGroup)

        self.compareTable = QTableWidget(MergeDialog)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mainLayout.addWidget(self.compareTable)

        self.suggestionLabel = QLabel(MergeDialog)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setText(u"")
        self.suggestionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.suggestionLabel)

        self.keepGroup = QGroupBox(MergeDialog)
        self.keepGroup.setObjectName(u"keepGroup")
        self.keepLayout = QVBoxLayout(self.keepGroup)
        self.keepLayout.setObjectName(u"keepLayout")
        self.keepFirstRadio = QRadioButton(self.keepGroup)
        self.keepFirstRadio.setObjectName(u"keepFirstRadio")
        self.keepFirstRadio.setText(u"")
        self.keepFirstRadio.setChecked(True)

        self.keepLayout.addWidget(self.keepFirstRadio)

        self.keepSecondRadio = QRadioButton(self.keepGroup)
        self.keepSecondRadio.setObjectName(u"keepSecondRadio")
        self.keepSecondRadio.setText(u"")

        self.keepLayout.addWidget(self.keepSecondRadio)


        self.mainLayout.addWidget(self.keepGroup)

        self.errorLabel = QLabel(MergeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.pickEdit, self.pickList)
        QWidget.setTabOrder(self.pickList, self.compareTable)
        QWidget.setTabOrder(self.compareTable, self.keepFirstRadio)
        QWidget.setTabOrder(self.keepFirstRadio, self.keepSecondRadio)

        self.retranslateUi(MergeDialog)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge two visitors", None))
        self.pickGroup.setTitle(QCoreApplication.translate("MergeDialog", u"Second visitor", None))
        self.pickEdit.setPlaceholderText(QCoreApplication.translate("MergeDialog", u"Search for the other record", None))
#if QT_CONFIG(accessibility)
        self.pickList.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Other record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.compareTable.setAccessibleName(QCoreApplication.translate("MergeDialog", u"The two records side by side", None))
#endif // QT_CONFIG(accessibility)
        self.keepGroup.setTitle(QCoreApplication.translate("MergeDialog", u"Keep", None))
    # retranslateUi

