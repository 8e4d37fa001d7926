"""The main window over the demo store (:mod:`entryhub_desk.demo`), for screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from entryhub_desk.app import create_application
from entryhub_desk.config import DeskConfig
from entryhub_desk.demo import open_demo_session
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.main_window import MainWindow
from entryhub_desk.views.settings import DeskSettings


def build_demo_main_window(
    data_dir: Path, *, language: str = "en", config: DeskConfig | None = None
) -> QWidget:
    """Set up a demo store in ``data_dir`` and return its shown main window (screenshots).

    Creates the QApplication if there is none (Qt for Python keeps it alive). The demo
    coordinator logs in with :data:`entryhub_desk.demo.DEMO_PASSWORD`; two more demo staff
    members are added. ``config`` defaults to the installed program's config of ``data_dir``
    (a test passes its own, with a test scrypt cost).
    """
    app = create_application(sys.argv[:1])
    session = open_demo_session(config or DeskConfig.from_environment(data_dir))
    translations = Translations(app)
    translations.switch(language)
    settings = DeskSettings(
        QSettings(str(data_dir / "demo-settings.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(session, settings, translations)
    window.setProperty("demoApplication", app)  # keeps a created QApplication alive
    window._demo_translations = translations  # type: ignore[attr-defined]
    window.resize(1100, 700)
    window.show()
    return window
