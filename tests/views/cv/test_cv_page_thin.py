"""A nearly empty profile: the CV screen says what is missing before printing or saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.services import Session
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.cv.pdf_pages import page_count
from tests.views.cv.conftest import CvDesk, OpenWindow, audit_actions, pdf_printer
from tests.views.cv.test_cv_page import WAIT_MS, open_cv


def _bare_visitor(session: Session) -> str:
    """A visitor with a name and an e-mail address, and no profile."""
    person = VisitorsService(session).register(
        VisitorsService(session).new_person(
            given_name="Amal", family_name="Haddad", email="amal@example.org"
        ),
        new_person_confirmed=True,  # the desk already has a visitor of this name
    )
    return str(person.id)


def test_a_nearly_empty_cv_is_printed_only_when_the_person_says_so(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    person_id = _bare_visitor(window.session)
    page = open_cv(qtbot, window, person_id)
    asked: list[list[str]] = []
    answer = [False]

    def ask(_parent: QWidget, missing: list[str]) -> bool:
        asked.append(missing)
        return answer[0]

    page.ask_thin = ask
    output = tmp_path / "printed.pdf"
    page.ask_printer = lambda _parent: pdf_printer(output)
    page.print_cv()
    assert asked == [
        [
            "work experience",
            "education",
            "at least three skills",
            "the languages the visitor speaks",
            "a short summary for the CV (Goals)",
        ]
    ]
    assert not page.work_running and not output.exists()
    assert audit_actions(window.session, "print") == []
    page.ask_save_path = lambda _parent, _name: tmp_path / "saved.pdf"
    page.save_pdf()
    assert len(asked) == 2 and not (tmp_path / "saved.pdf").exists()

    answer[0] = True
    with qtbot.waitSignal(page.printed, timeout=WAIT_MS):
        page.print_cv()
    assert page_count(output.read_bytes()) == 1
    assert audit_actions(window.session, "print") == [person_id]


def test_a_cv_with_substance_is_printed_without_a_question(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    page.ask_thin = lambda _parent, _missing: pytest_fail()
    output = tmp_path / "printed.pdf"
    page.ask_printer = lambda _parent: pdf_printer(output)
    with qtbot.waitSignal(page.printed, timeout=WAIT_MS):
        page.print_cv()


def pytest_fail() -> bool:
    raise AssertionError("a CV with work experience needs no question")
