"""The file dialogs of the CV screens (replaced by plain functions in tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

# (parent, suggested file name) → the chosen path, or None when cancelled.
AskSavePath = Callable[[QWidget, str], "Path | None"]
# parent → a JPEG/PNG file, or None.
AskPhotoPath = Callable[[QWidget], "Path | None"]


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CvFiles", "Save CV as PDF"),
        suggested,
        QCoreApplication.translate("CvFiles", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_photo_path(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CvFiles", "Choose a photo"),
        "",
        QCoreApplication.translate("CvFiles", "Pictures (*.jpg *.jpeg *.png)"),
    )
    return Path(name) if name else None


# parent → a folder, or None.
AskFolder = Callable[[QWidget], "Path | None"]


def ask_folder(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("CvFiles", "Folder for the CVs")
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None
