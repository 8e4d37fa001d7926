"""The CV page loads the renderer right after the log-in, on its own worker, so that the first
preview finds it loaded; a role that may not print CVs loads nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from entryhub_desk.domain.staff import Role
from entryhub_desk.services.staff import StaffService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.cv.conftest import CvDesk, OpenWindow
from tests.views.cv.test_cv_page import WAIT_MS, open_cv

RECEPTIONIST = "Rita Reception"
RECEPTIONIST_PASSWORD = "Brevlada-Snö-1984"


def test_the_page_warms_up_on_its_worker_and_the_first_preview_follows(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = window.cv_page
    assert page._warm_op is not None
    # Asked for at once: the preview queues behind the warm-up on the page's one worker.
    assert page.pool.maxThreadCount() == 1
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    assert not page._warm_op.running
    assert page.ui.preview.page_count >= 1
    assert not page.ui.errorLabel.isVisible()


def test_a_role_that_may_not_print_loads_nothing(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    session = cv_desk.desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        StaffService(session).add_staff(RECEPTIONIST, Role.RECEPTIONIST, RECEPTIONIST_PASSWORD)
    finally:
        session.close()
    window = open_window(RECEPTIONIST, RECEPTIONIST_PASSWORD)
    assert not window.cv_page.may_print
    assert window.cv_page._warm_op is None
    qtbot.wait(min(WAIT_MS, 50))
    assert window.cv_page.pool.activeThreadCount() == 0
