"""The first CV preview of a fresh desk process: run by ``cv_preview.py``.

``python cv_preview_app.py DATA_DIR PERSON_ID WAIT_MS`` (offscreen Qt; ENTRYHUB_USER and
ENTRYHUB_PASSWORD set) starts as the desk does up to the log-in (Qt and the views imported,
and what ``DeskFlow.show_login`` starts as the login window appears: the CV renderer's
warm-up), logs in at once (a password typed in no time, the worst case for the warm-up),
builds the CV page as the main window does right after the log-in, waits ``WAIT_MS``
(the time a person takes to open a visitor; 0: at once), then opens the person's CV and times
it until the pages are shown (``previewReady``). Prints one JSON document.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository root, not tests/bench/, on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Desk
from entryhub_desk.services.cv_warmup import start_warm_up
from entryhub_desk.views.cv.cv_page import CvPage

TIMEOUT_MS = 60_000


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    data_dir, person_id, wait_ms = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    desk = Desk(DeskConfig.from_environment(data_dir))
    start_warm_up()  # as DeskFlow.show_login, when the login window is shown
    start = time.perf_counter()
    session = desk.unlock(os.environ["ENTRYHUB_USER"], os.environ["ENTRYHUB_PASSWORD"])
    unlock_ms = (time.perf_counter() - start) * 1000
    page = CvPage(session)
    page.resize(900, 1000)
    page.show()
    if wait_ms:
        wait(wait_ms)
    shown: list[float] = []
    failed: list[object] = []
    loop = QEventLoop()
    page.previewReady.connect(lambda _pages: (shown.append(time.perf_counter()), loop.quit()))
    page.previewFailed.connect(lambda error: (failed.append(error), loop.quit()))
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    start = time.perf_counter()
    page.set_person(person_id)
    loop.exec()
    result: dict[str, object] = {"unlock_ms": round(unlock_ms), "waited_ms": wait_ms}
    if shown:
        result["first_preview_ms"] = round((shown[0] - start) * 1000)
        result["pages"] = page.ui.preview.page_count
        start = time.perf_counter()
        page.refresh_preview()  # the second one, for comparison
        loop.exec()
        result["second_preview_ms"] = round((time.perf_counter() - start) * 1000)
    else:
        result["error"] = repr(failed[0]) if failed else "timed out"
    session.close()
    page.deleteLater()
    app.processEvents()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
