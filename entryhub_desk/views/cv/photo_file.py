"""Reading the photo a volunteer chooses for a CV: only JPEG or PNG files of at most 10 MB.

The refusal texts keep the CV page's translation context, where they were first written.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

MAX_PHOTO_BYTES: Final = 10 * 1024 * 1024
PHOTO_SUFFIXES: Final = (".jpg", ".jpeg", ".png")


class PhotoRefused(Exception):
    """The chosen file cannot be the CV's photo; ``text`` says why, translated."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def read_photo(path: Path) -> bytes:
    """The bytes of the picture at ``path``; raises :class:`PhotoRefused` otherwise."""
    if path.suffix.lower() not in PHOTO_SUFFIXES:
        raise PhotoRefused(QCoreApplication.translate("CvPage", "Choose a JPEG or PNG picture."))
    try:
        if path.stat().st_size > MAX_PHOTO_BYTES:
            raise PhotoRefused(
                QCoreApplication.translate("CvPage", "The picture is too large (at most 10 MB).")
            )
        return path.read_bytes()
    except OSError as error:
        log.warning("reading a photo failed: %s", type(error).__name__)
        raise PhotoRefused(
            QCoreApplication.translate("CvPage", "The picture could not be read.")
        ) from error
