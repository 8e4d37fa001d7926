"""The interface language and the names of countries and languages in it (one place)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from entryhub_desk import taxonomy
from entryhub_desk.errors import DeskError


def ui_language() -> str:
    """The interface language (``"sv"``, ``"en"``), as :class:`Translations` set it."""
    return QLocale().name().split("_", 1)[0] or "en"


def country_text(code: str | None) -> str:
    """A country's name in the interface language; the code itself if it is unknown."""
    if not code:
        return ""
    try:
        return taxonomy.country_name(code, ui_language())
    except DeskError:
        return code


def language_text(code: str) -> str:
    """A language's name in the interface language; the code itself if it is unknown."""
    try:
        return taxonomy.language_name(code, ui_language())
    except DeskError:
        return code
