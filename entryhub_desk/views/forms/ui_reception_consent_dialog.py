# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_consent_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(640, 460)
        ConsentDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ConsentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(ConsentDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"")
        self.personLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.personLabel)

        self.noticeLabel = QLabel(ConsentDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noticeLabel)

        self.consentTree = QTreeWidget(ConsentDialog)
        self.consentTree.headerItem().setText(0, "")
        self.consentTree.setObjectName(u"consentTree")
        self.consentTree.setRootIsDecorated(True)
        self.consentTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.consentTree)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.giveButton = QPushButton(ConsentDialog)
        self.giveButton.setObjectName(u"giveButton")

        self.actionButtons.addWidget(self.giveButton)

        self.refuseButton = QPushButton(ConsentDialog)
        self.refuseButton.setObjectName(u"refuseButton")

        self.actionButtons.addWidget(self.refuseButton)

        self.withdrawButton = QPushButton(ConsentDialog)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.actionButtons.addWidget(self.withdrawButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionButtons)

        self.errorLabel = QLabel(ConsentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.consentTree, self.giveButton)
        QWidget.setTabOrder(self.giveButton, self.refuseButton)
        QWidget.setTabOrder(self.refuseButton, self.withdrawButton)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Consents", None))
#if QT_CONFIG(accessibility)
        self.consentTree.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Consents and their history", None))
#endif // QT_CONFIG(accessibility)
        self.giveButton.setText(QCoreApplication.translate("ConsentDialog", u"&Give consent", None))
        self.refuseButton.setText(QCoreApplication.translate("ConsentDialog", u"&Refuse", None))
        self.withdrawButton.setText(QCoreApplication.translate("ConsentDialog", u"&Withdraw", None))
    # retranslateUi

