"""The file dialogs and questions of the CV screens (replaced by plain functions in tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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


# (parent, what is missing, in words) → True to print or save the nearly empty CV all the same.
AskThin = Callable[[QWidget, list[str]], bool]


def ask_thin(parent: QWidget, missing: list[str]) -> bool:
    """Say what a nearly empty profile lacks before its CV is printed or saved."""
    text = QCoreApplication.translate(
        "CvFiles",
        "This CV would hold little more than the name. Still missing: {items}.\n\n"
        "Print or save it all the same?",
    ).format(items="; ".join(missing))
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CvFiles", "The profile is nearly empty"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
