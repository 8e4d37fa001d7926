# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cv_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from entryhub_desk.views.cv.preview import CvPreview

class Ui_CvPage(object):
    def setupUi(self, CvPage):
        if not CvPage.objectName():
            CvPage.setObjectName(u"CvPage")
        CvPage.resize(760, 620)
        self.mainLayout = QVBoxLayout(CvPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(CvPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.personLabel = QLabel(CvPage)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.personLabel)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.templateLabel = QLabel(CvPage)
        self.templateLabel.setObjectName(u"templateLabel")

        self.optionsLayout.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(CvPage)
        self.templateCombo.setObjectName(u"templateCombo")

        self.optionsLayout.addWidget(self.templateCombo)

        self.languageLabel = QLabel(CvPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(CvPage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsLayout.addWidget(self.languageCombo)

        self.photoLabel = QLabel(CvPage)
        self.photoLabel.setObjectName(u"photoLabel")

        self.optionsLayout.addWidget(self.photoLabel)

        self.photoNameLabel = QLabel(CvPage)
        self.photoNameLabel.setObjectName(u"photoNameLabel")

        self.optionsLayout.addWidget(self.photoNameLabel)

        self.choosePhotoButton = QPushButton(CvPage)
        self.choosePhotoButton.setObjectName(u"choosePhotoButton")

        self.optionsLayout.addWidget(self.choosePhotoButton)

        self.removePhotoButton = QPushButton(CvPage)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.optionsLayout.addWidget(self.removePhotoButton)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.mainLayout.addLayout(self.optionsLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.printButton = QPushButton(CvPage)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(CvPage)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.batchButton = QPushButton(CvPage)
        self.batchButton.setObjectName(u"batchButton")

        self.actionsLayout.addWidget(self.batchButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.zoomOutButton = QPushButton(CvPage)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.actionsLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(CvPage)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.actionsLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QPushButton(CvPage)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.actionsLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(CvPage)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)
        self.fitWidthButton.setChecked(True)

        self.actionsLayout.addWidget(self.fitWidthButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.errorLabel = QLabel(CvPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(CvPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.preview = CvPreview(CvPage)
        self.preview.setObjectName(u"preview")

        self.mainLayout.addWidget(self.preview)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.choosePhotoButton)
        QWidget.setTabOrder(self.choosePhotoButton, self.removePhotoButton)
        QWidget.setTabOrder(self.removePhotoButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.batchButton)
        QWidget.setTabOrder(self.batchButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.preview)

        self.retranslateUi(CvPage)

        QMetaObject.connectSlotsByName(CvPage)
    # setupUi

    def retranslateUi(self, CvPage):
        self.titleLabel.setText(QCoreApplication.translate("CvPage", u"CV", None))
        self.templateLabel.setText(QCoreApplication.translate("CvPage", u"&Template:", None))
        self.languageLabel.setText(QCoreApplication.translate("CvPage", u"Lan&guage:", None))
        self.photoLabel.setText(QCoreApplication.translate("CvPage", u"Photo:", None))
        self.photoNameLabel.setText(QCoreApplication.translate("CvPage", u"None", None))
        self.choosePhotoButton.setText(QCoreApplication.translate("CvPage", u"Choose &photo\u2026", None))
#if QT_CONFIG(tooltip)
        self.choosePhotoButton.setToolTip(QCoreApplication.translate("CvPage", u"A JPEG or PNG picture for the CV (optional)", None))
#endif // QT_CONFIG(tooltip)
        self.removePhotoButton.setText(QCoreApplication.translate("CvPage", u"Re&move photo", None))
        self.printButton.setText(QCoreApplication.translate("CvPage", u"P&rint\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("CvPage", u"Print this CV (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CvPage", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CvPage", u"Save this CV as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.batchButton.setText(QCoreApplication.translate("CvPage", u"Print or save several &CVs\u2026", None))
        self.zoomOutButton.setText(QCoreApplication.translate("CvPage", u"Zoom &out", None))
        self.zoomInButton.setText(QCoreApplication.translate("CvPage", u"Zoom &in", None))
        self.fitWidthButton.setText(QCoreApplication.translate("CvPage", u"Fit &width", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("CvPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

