"""Start the desk program on an existing store and quit as soon as the login window is shown.

``bench_store.py`` times this whole process (interpreter start included) as the cold start.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from entryhub_desk.app import create_application
from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Desk
from entryhub_desk.views.flow import DeskFlow
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.settings import DeskSettings


def main() -> int:
    data_dir = Path(sys.argv[1])
    app = create_application(sys.argv[:1])
    settings = DeskSettings(
        QSettings(str(data_dir / "bench-settings.ini"), QSettings.Format.IniFormat)
    )
    translations = Translations(app)
    translations.switch("sv")
    flow = DeskFlow(Desk(DeskConfig(data_dir=data_dir)), settings, translations, parent=app)
    flow.start()
    if flow.login_window is None or not flow.login_window.isVisible():
        print("login window not shown", file=sys.stderr)
        return 1
    QTimer.singleShot(0, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
