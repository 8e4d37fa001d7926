# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cv_batch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CvBatchDialog(object):
    def setupUi(self, CvBatchDialog):
        if not CvBatchDialog.objectName():
            CvBatchDialog.setObjectName(u"CvBatchDialog")
        CvBatchDialog.resize(680, 560)
        self.mainLayout = QVBoxLayout(CvBatchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CvBatchDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(CvBatchDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CvBatchDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.searchLayout)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.foundLayout = QVBoxLayout()
        self.foundLayout.setObjectName(u"foundLayout")
        self.foundLabel = QLabel(CvBatchDialog)
        self.foundLabel.setObjectName(u"foundLabel")

        self.foundLayout.addWidget(self.foundLabel)

        self.foundList = QListWidget(CvBatchDialog)
        self.foundList.setObjectName(u"foundList")
        self.foundList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.foundLayout.addWidget(self.foundList)

        self.addButton = QPushButton(CvBatchDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.foundLayout.addWidget(self.addButton)


        self.listsLayout.addLayout(self.foundLayout)

        self.chosenLayout = QVBoxLayout()
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLabel = QLabel(CvBatchDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenLayout.addWidget(self.chosenLabel)

        self.chosenList = QListWidget(CvBatchDialog)
        self.chosenList.setObjectName(u"chosenList")
        self.chosenList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.chosenLayout.addWidget(self.chosenList)

        self.removeButton = QPushButton(CvBatchDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.chosenLayout.addWidget(self.removeButton)


        self.listsLayout.addLayout(self.chosenLayout)


        self.mainLayout.addLayout(self.listsLayout)

        self.optionsLayout = QFormLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.templateLabel = QLabel(CvBatchDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(CvBatchDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.languageLabel = QLabel(CvBatchDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(CvBatchDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.saveRadio = QRadioButton(CvBatchDialog)
        self.saveRadio.setObjectName(u"saveRadio")
        self.saveRadio.setChecked(True)

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.saveRadio)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(CvBatchDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(CvBatchDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.optionsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.printRadio = QRadioButton(CvBatchDialog)
        self.printRadio.setObjectName(u"printRadio")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.printRadio)


        self.mainLayout.addLayout(self.optionsLayout)

        self.resultLabel = QLabel(CvBatchDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.errorLabel = QLabel(CvBatchDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CvBatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.foundLabel.setBuddy(self.foundList)
        self.chosenLabel.setBuddy(self.chosenList)
        self.templateLabel.setBuddy(self.templateCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.foundList)
        QWidget.setTabOrder(self.foundList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.chosenList)
        QWidget.setTabOrder(self.chosenList, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.saveRadio)
        QWidget.setTabOrder(self.saveRadio, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.printRadio)

        self.retranslateUi(CvBatchDialog)

        QMetaObject.connectSlotsByName(CvBatchDialog)
    # setupUi

    def retranslateUi(self, CvBatchDialog):
        CvBatchDialog.setWindowTitle(QCoreApplication.translate("CvBatchDialog", u"Print or save several CVs", None))
        self.introLabel.setText(QCoreApplication.translate("CvBatchDialog", u"Find visitors and add them to the list. Their CVs are then printed or saved one after another.", None))
        self.searchLabel.setText(QCoreApplication.translate("CvBatchDialog", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CvBatchDialog", u"Name, phone number or code", None))
        self.foundLabel.setText(QCoreApplication.translate("CvBatchDialog", u"F&ound:", None))
#if QT_CONFIG(accessibility)
        self.foundList.setAccessibleName(QCoreApplication.translate("CvBatchDialog", u"Visitors found", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("CvBatchDialog", u"&Add to the list", None))
        self.chosenLabel.setText(QCoreApplication.translate("CvBatchDialog", u"CVs to &make:", None))
#if QT_CONFIG(accessibility)
        self.chosenList.setAccessibleName(QCoreApplication.translate("CvBatchDialog", u"Visitors whose CVs are made", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("CvBatchDialog", u"&Remove from the list", None))
        self.templateLabel.setText(QCoreApplication.translate("CvBatchDialog", u"&Template:", None))
        self.languageLabel.setText(QCoreApplication.translate("CvBatchDialog", u"Lan&guage:", None))
        self.saveRadio.setText(QCoreApplication.translate("CvBatchDialog", u"&Save as PDF files in:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("CvBatchDialog", u"Folder for the PDF files", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("CvBatchDialog", u"&Browse\u2026", None))
        self.printRadio.setText(QCoreApplication.translate("CvBatchDialog", u"&Print them", None))
    # retranslateUi

