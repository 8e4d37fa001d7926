"""The interface language: installs translators and switches them at run time.

Installing a translator makes Qt send ``LanguageChange`` to every widget; each view answers in
``changeEvent`` by calling its form's ``retranslateUi`` and refreshing its own texts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from entryhub_desk import resources
from entryhub_desk.views.settings import LANGUAGES

log = logging.getLogger(__name__)


def system_language() -> str:
    """Swedish on a Swedish system, English everywhere else (until more languages exist)."""
    for name in QLocale.system().uiLanguages():
        if name.lower().startswith("sv"):
            return "sv"
    return "en"


class Translations:
    """The translators of one application; :meth:`switch` changes the language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install ``language``; returns False (and keeps English texts) if its file is missing."""
        if language not in LANGUAGES:
            raise ValueError(language)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(self._app)
        loaded = ours.load(f"entryhub_{language}", str(resources.translations_dir()))
        if not loaded:
            log.warning("translation file for %s not found", language)
        qtbase = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator, ok in ((qtbase, qtbase.load(f"qtbase_{language}", qt_dir)), (ours, loaded)):
            if ok:
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.language = language
        locale = QLocale(language)
        QLocale.setDefault(locale)
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if locale.textDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.LayoutDirection.LeftToRight
            )
        return loaded
