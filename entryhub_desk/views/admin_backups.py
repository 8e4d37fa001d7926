"""Admin › Backups (coordinators, issue 14): make a backup into a chosen folder, see the
backups there (when, how large, whether they are this store's), and how a restore is done.

The backup runs in the background (``services.backup``); the list reads each archive's
manifest only (``services.backup_list``). Restoring replaces the whole store and needs the
program closed, so it is not a button here: the dialog says how to do it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.backup import BackupService
from entryhub_desk.services.backup_list import BackupInfo, backup_name, list_backups
from entryhub_desk.views.common import InlineError, is_language_change, set_busy
from entryhub_desk.views.reception.display import date_time_text
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.tasks import Op

AskFolder = Callable[[QWidget, Path], "Path | None"]
MADE, SIZE, STORE, FILE = range(4)


def _ask_folder(parent: QWidget, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "", str(start))
    return Path(chosen) if chosen else None


class BackupsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        settings: DeskSettings,
        parent: QWidget | None = None,
        *,
        choose_folder: AskFolder = _ask_folder,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self._session = session
        self._settings = settings
        self._choose_folder = choose_folder
        self._op: Op[Path] | None = None
        self.folderLabel = QLabel(self)
        self.folderEdit = QLineEdit(self)
        self.folderEdit.setObjectName("backupFolderEdit")
        self.folderEdit.setReadOnly(True)
        self.folderLabel.setBuddy(self.folderEdit)
        self.chooseButton = QPushButton(self)
        self.chooseButton.setObjectName("chooseFolderButton")
        self.backupButton = QPushButton(self)
        self.backupButton.setObjectName("backupNowButton")
        self.backupButton.setDefault(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.emptyLabel = QLabel(self)
        self.emptyLabel.setProperty("role", "empty")
        self.restoreLabel = QLabel(self)
        self.restoreLabel.setWordWrap(True)
        self.restoreLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busyBar = QProgressBar(self)
        self.errorLabel = QLabel(self)
        self.errorLabel.setProperty("role", "error")
        self.errorLabel.setWordWrap(True)
        self._error = InlineError(self.errorLabel)
        self.infoLabel = QLabel(self)
        self.infoLabel.setProperty("role", "info")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folderLabel)
        row.addWidget(self.folderEdit, 1)
        row.addWidget(self.chooseButton)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.backupButton, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.busyBar)
        layout.addWidget(self.infoLabel)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.emptyLabel)
        layout.addWidget(self.restoreLabel)
        layout.addWidget(buttons)
        self.resize(720, 460)
        set_busy(self.busyBar, False)
        self.chooseButton.clicked.connect(self.choose_folder)
        self.backupButton.clicked.connect(self.backup_now)
        folder = settings.backup_folder() or QDir.homePath()
        self.folderEdit.setText(folder)
        self._retranslate()
        self.reload()
        self.backupButton.setFocus()

    def folder(self) -> Path:
        return Path(self.folderEdit.text())

    def choose_folder(self) -> None:
        chosen = self._choose_folder(self, self.folder())
        if chosen is None:
            return
        self.folderEdit.setText(str(chosen))
        self._settings.set_backup_folder(str(chosen))
        self.reload()

    def reload(self) -> None:
        try:
            backups = list_backups(self._session, self.folder())
        except DeskError as error:  # the session ended (log-out) with the dialog open
            self._error.show(error)
            return
        self.table.setRowCount(len(backups))
        for number, info in enumerate(backups):
            for column, text in enumerate(self._cells(info)):
                item = QTableWidgetItem(text)
                if column == FILE:
                    item.setToolTip(str(info.path))
                self.table.setItem(number, column, item)
        self.emptyLabel.setVisible(not backups)

    def _cells(self, info: BackupInfo) -> tuple[str, str, str, str]:
        made = date_time_text(info.made_at) if info.made_at else ""
        # the interface language's decimal sign ("1,5 MB" in Swedish)
        size = self.tr("{size} MB").format(size=QLocale().toString(info.size / 1_000_000, "f", 1))
        if not info.readable:
            store = self.tr("not a readable backup")
        elif info.this_store:
            store = self.tr("this desk")
        else:
            store = self.tr("another store")
        return made, size, store, info.path.name

    def backup_now(self) -> None:
        if self._op is not None and self._op.running:
            return
        target = self.folder() / backup_name(datetime.now(UTC))
        session = self._session

        def work() -> Path:
            BackupService(session).backup(target)
            return target

        self._error.show(None)
        self.infoLabel.clear()
        set_busy(self.busyBar, True, (self.backupButton, self.chooseButton))
        self._op = (
            Op(work, parent=self)
            .success(self._made)
            .failure(self._error.show)
            .finally_(lambda: set_busy(self.busyBar, False, (self.backupButton, self.chooseButton)))
            .run_in_background()
        )

    def _made(self, target: Path) -> None:
        self.infoLabel.setText(self.tr("Backup written: {name}").format(name=target.name))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.folderLabel.setText(self.tr("Backups &folder:"))
        self.chooseButton.setText(self.tr("&Choose…"))
        self.backupButton.setText(self.tr("&Make a backup now"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Of"), self.tr("File")]
        )
        self.emptyLabel.setText(
            self.tr("No backups in this folder yet. Make one, or choose the folder that has them.")
        )
        self.restoreLabel.setText(
            self.tr(
                "To restore a backup: log out, close the program and run "
                "“entryhub-desk restore FILE” with a coordinator's name and password as they "
                "were in the backup. The restore replaces everything on this desk; what was "
                "entered after the backup and not yet synced is lost."
            )
        )
        self._error.retranslate()
