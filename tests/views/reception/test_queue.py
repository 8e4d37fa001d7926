"""Today's visits as a live queue: waiting times, counts, done visits hidden, a row selected
as the focus enters, the newest check-in in view."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.ids import new_id
from entryhub_desk.services import Desk
from entryhub_desk.services.reception_types import VisitRow
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.views.reception.visits_model import NAME, STATE, WAITED, VisitsTableModel
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.reception.conftest import OpenWindow, focused, seed

NINE = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _row(state: VisitState, at: datetime, name: str = "Amal") -> VisitRow:
    person = Person(given_name=name, family_name="Hassan", hub_id=new_id())
    visit = Visit(person_id=person.id, hub_id=person.hub_id, visited_at=at, state=state)
    return VisitRow(visit=visit, person=person, handled_by_name="")


def test_the_waiting_time_moves_on_with_the_clock() -> None:
    now = [NINE + timedelta(minutes=12)]
    model = VisitsTableModel(clock=lambda: now[0])
    model.set_rows([_row(VisitState.WAITING, NINE), _row(VisitState.IN_MEETING, NINE)])
    model.tick()
    assert model.index(0, WAITED).data() == "12 min"
    assert model.index(1, WAITED).data() == ""  # only a waiting visitor waits
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.column()))
    now[0] = NINE + timedelta(hours=1, minutes=5)
    model.tick()
    assert model.index(0, WAITED).data() == "1 h 5 min"
    assert changed == [WAITED]  # the view repaints the column by itself
    assert model.counts() == {
        VisitState.WAITING: 1,
        VisitState.IN_MEETING: 1,
        VisitState.DONE: 0,
    }


def test_a_long_name_has_its_full_text_as_tooltip() -> None:
    model = VisitsTableModel()
    model.set_rows([_row(VisitState.WAITING, NINE, name="Maxamed Cali Xasan Maxamuud Cabdi")])
    assert model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        "Maxamed Cali Xasan Maxamuud Cabdi Hassan"
    )


def _check_in_three(desk: Desk) -> list[str]:
    people = seed(
        desk,
        {"given_name": "Amal", "family_name": "Hassan"},
        {"given_name": "Bilal", "family_name": "Omar"},
        {"given_name": "Dawit", "family_name": "Tesfay"},
    )
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        service = VisitsService(session)
        visits = [service.check_in(p.id, purposes=["job_search"]) for p in people]
        service.set_visit_state(visits[0].id, VisitState.DONE)
    finally:
        session.close()
    return [v.id for v in visits]


def test_done_visits_are_hidden_and_counted_until_asked_for(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    _check_in_three(set_up_desk)
    page = open_window("receptionist").reception_page
    table = page.ui.visitsTable
    assert page.visits.rowCount() == 3
    shown = [n for n in range(3) if not table.isRowHidden(n)]
    assert [page.visits.index(n, STATE).data() for n in shown] == ["Waiting", "Waiting"]
    assert page.ui.visitsGroup.title() == ("Today's visits — 2 waiting · 0 in a meeting · 1 done")
    assert page.queue.showDone.text() == "Sho&w done visits (1)"
    page.queue.showDone.setChecked(True)
    assert not any(table.isRowHidden(n) for n in range(3))
    assert page.queue.timer.isActive()  # the waiting times move on


def test_focus_selects_a_waiting_row_so_a_state_key_acts_at_once(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    ids = _check_in_three(set_up_desk)
    page = open_window("receptionist").reception_page
    table = page.ui.visitsTable
    assert not table.selectionModel().hasSelection()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is table)
    selected = page.selected_visit()
    assert selected is not None and selected.visit.id == ids[1]  # the first one waiting
    qtbot.keyClick(table, Qt.Key.Key_M)
    qtbot.waitUntil(
        lambda: (
            page.ui.visitsGroup.title() == "Today's visits — 1 waiting · 1 in a meeting · 1 done"
        )
    )


def test_a_new_check_in_is_scrolled_into_view(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    many = seed(
        set_up_desk, *({"given_name": f"Visitor{n}", "family_name": "Test"} for n in range(30))
    )
    window = open_window("receptionist")
    page = window.reception_page
    session = window.session
    service = VisitsService(session)
    for person in many[:-1]:
        service.check_in(person.id, purposes=["job_search"])
    qtbot.waitUntil(lambda: page.visits.rowCount() == 29)
    table = page.ui.visitsTable
    table.scrollToTop()
    service.check_in(many[-1].id, purposes=["cv_help"])
    qtbot.waitUntil(lambda: page.visits.rowCount() == 30)
    newest = page.visits.index(29, NAME)
    qtbot.waitUntil(lambda: table.visualRect(newest).intersects(table.viewport().rect()))


def test_empty_tables_say_what_to_do_next(
    qtbot: QtBot, set_up_desk: Desk, open_window: OpenWindow
) -> None:
    seed(set_up_desk, {"given_name": "Amal", "family_name": "Hassan"})
    window = open_window("receptionist")
    page = window.reception_page
    assert "press Enter to check in" in page.visitsHint.current_text()
    assert "scan a visitor card" in page.resultsHint.current_text()
    window.switch_language("sv")
    qtbot.waitUntil(lambda: "Inga besök än i dag" in page.visitsHint.current_text())
    window.switch_language("en")
    VisitsService(window.session).check_in(
        VisitorsService(window.session).search("amal")[0].person.id, purposes=["job_search"]
    )
    qtbot.waitUntil(lambda: page.visits.rowCount() == 1)
    assert page.visitsHint.current_text() == ""  # rows: no hint
