"""Start the desktop program: application, style, language, then the windows of the desk."""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from entryhub_desk import __version__, resources
from entryhub_desk.config import APP_AUTHOR, APP_NAME, DeskConfig
from entryhub_desk.logs import configure_logging

log = logging.getLogger(__name__)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with the program's names, fonts and look (reused if one exists)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName("Entry Hub Desk")
    _register_bundled_fonts()
    from entryhub_desk.views import theme
    from entryhub_desk.views.settings import DeskSettings

    theme.apply(app, DeskSettings().theme())
    return app


def _register_bundled_fonts() -> None:
    """Qt shapes Arabic and Ethiopic itself, but only with a font that has the glyphs: the
    bundled Noto fonts make names in any script readable on every desk."""
    from PySide6.QtGui import QFontDatabase

    try:
        folder = resources.resource("fonts")
    except FileNotFoundError:
        log.warning("bundled fonts not found")
        return
    for font in sorted(folder.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("could not load a bundled font")


class SingleInstance(QObject):
    """One desktop program per data folder: the first listens on a local server named after
    the folder; a second one finds it, asks it to come to the front and exits.

    (The store itself is guarded by the folder lock; this only spares a person a second
    window that could not log in.)"""

    activated = Signal()
    CONNECT_MS = 2000

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()
        self.name = f"{APP_NAME}-{digest[:24]}"
        self._server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """True if a program already runs on this folder (it was asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(self.CONNECT_MS):
            return False
        socket.write(b"activate\n")
        socket.waitForBytesWritten(self.CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the program of this folder; False if another one won the race."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if self.notify_running():
                return False
            # a server name left behind by a program that crashed
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single-instance server could not listen")
                return True
        server.newConnection.connect(self._connected)
        self._server = server
        return True

    def _connected(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.activated.emit()


def bring_to_front(app: QApplication) -> None:
    """Raise the program's active window (the login, the main window or the lock screen)."""
    window = app.activeWindow() or next(
        (w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()), None
    )
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def run_gui(config: DeskConfig, argv: list[str]) -> int:
    """Run the desktop program until its last window closes; returns the exit code."""
    from entryhub_desk.services import Desk
    from entryhub_desk.views.flow import DeskFlow
    from entryhub_desk.views.i18n import Translations, system_language
    from entryhub_desk.views.settings import DeskSettings

    configure_logging(config.log_dir)
    app = create_application(argv)
    instance = SingleInstance(config.data_dir, parent=app)
    if instance.notify_running() or not instance.listen():
        log.info("the desk already runs on this data folder; brought it to the front")
        return 0
    instance.activated.connect(lambda: bring_to_front(app))
    settings = DeskSettings(QSettings())
    translations = Translations(app)
    translations.switch(settings.language() or system_language())
    flow = DeskFlow(Desk(config), settings, translations, parent=app)
    flow.start()
    log.info("desktop program started")
    return int(app.exec())


def build_demo_main_window(
    data_dir: Path, *, language: str = "en", config: DeskConfig | None = None
) -> QWidget:
    """Set up a demo store in ``data_dir`` (:mod:`entryhub_desk.services.demo`) and return its
    shown main window (screenshots).

    Creates the QApplication if there is none (Qt for Python keeps it alive). The demo
    coordinator logs in with :data:`~entryhub_desk.services.demo.DEMO_PASSWORD`. ``config``
    defaults to the installed program's config of ``data_dir`` (a test passes its own).
    """
    from entryhub_desk.services.demo import open_demo_session
    from entryhub_desk.views.i18n import Translations
    from entryhub_desk.views.main_window import MainWindow
    from entryhub_desk.views.settings import DeskSettings

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


def gui_self_test(data_dir: Path) -> list[str]:
    """For ``self-test``: Qt loads, the forms, stylesheet and translations are bundled and the
    login window builds and translates (under the offscreen platform when there is no screen)."""
    from entryhub_desk.services import Desk
    from entryhub_desk.views.i18n import Translations
    from entryhub_desk.views.login_window import LoginWindow

    app = create_application(sys.argv[:1])
    translations = Translations(app)
    if not translations.switch("sv"):
        raise RuntimeError("Swedish translation missing from the bundle")
    window = LoginWindow(Desk(DeskConfig(data_dir=data_dir)))
    title = window.windowTitle()
    window.show()
    app.processEvents()
    window.close()
    translations.switch("en")
    return ["GUI built", f"login window in Swedish: {title}"]
