"""Save a picture of the main window over a demo store: ``make screenshot`` runs this under
xvfb-run as ``python build/screenshot.py docs/main-window.png``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: screenshot.py OUTPUT.png", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from entryhub_desk.app import build_demo_main_window

    app = QApplication.instance() or QApplication(argv[:1])
    target = Path(argv[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="entryhub-screenshot-") as data_dir:
        window = build_demo_main_window(Path(data_dir))
        deadline = time.monotonic() + 1.0  # let layouts, fonts and models settle
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        saved = window.grab().save(str(target))
        window.close()
        app.processEvents()
    if not saved:
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
