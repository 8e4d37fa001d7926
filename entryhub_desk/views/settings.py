"""Interface settings, declared once with their defaults (kept with ``QSettings``).

Nothing here is secret or personal: the interface language, the light or dark theme, the
folder backups go to and the idle time before the desk locks itself.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSettings

LANGUAGES: Final = ("sv", "en")
THEMES: Final = ("light", "dark")
DEFAULT_IDLE_MINUTES: Final = 5
MIN_IDLE_MINUTES: Final = 1
MAX_IDLE_MINUTES: Final = 120

_LANGUAGE = "interface/language"
_IDLE_MINUTES = "security/idle_minutes"
_THEME = "interface/theme"
_BACKUP_FOLDER = "admin/backup_folder"


class DeskSettings:
    """Typed access to the interface settings. Tests pass an INI ``QSettings`` in a temp dir."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    def language(self) -> str | None:
        """The chosen interface language, or None to follow the system."""
        value = self._q.value(_LANGUAGE, "")
        return value if isinstance(value, str) and value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self._q.setValue(_LANGUAGE, language)
        self._q.sync()

    def theme(self) -> str:
        """``"light"`` (the default) or ``"dark"``."""
        value = self._q.value(_THEME, "light")
        return value if value in THEMES else "light"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(theme)
        self._q.setValue(_THEME, theme)
        self._q.sync()

    def backup_folder(self) -> str | None:
        """The folder backups were last made into (a path, not personal data)."""
        value = self._q.value(_BACKUP_FOLDER, "")
        return value if isinstance(value, str) and value else None

    def set_backup_folder(self, folder: str) -> None:
        self._q.setValue(_BACKUP_FOLDER, folder)
        self._q.sync()

    def idle_minutes(self) -> int:
        raw = self._q.value(_IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
        try:
            minutes = int(str(raw))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))

    def set_idle_minutes(self, minutes: int) -> None:
        self._q.setValue(_IDLE_MINUTES, max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes)))
        self._q.sync()
