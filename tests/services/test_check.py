from __future__ import annotations

from entryhub_desk.config import DeskConfig
from tests.services.helpers import coordinator_session, set_up_desk
from tests.sync.helpers import add_person


def test_fresh_store_checks_clean(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    try:
        assert session.check() == []
    finally:
        session.close()


def test_check_reports_an_edited_audit_row(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    try:
        conn = session.opened.conn
        conn.execute("UPDATE audit SET action = 'export' WHERE seq = 1")
        conn.commit()
        problems = session.check()
        assert problems
        assert all(p.startswith("audit:") for p in problems)
    finally:
        session.close()


def test_check_names_a_damaged_page_and_the_session_still_closes(desk_config: DeskConfig) -> None:
    """What the GUI's check shows: the page, and the log-out is still written afterwards."""
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    for number in range(60):
        add_person(session, given_name=f"Hodan{number}", family_name="Warsame" * 10)
    session.close()
    size = desk_config.db_path.stat().st_size
    page = size // 4096 // 2
    with desk_config.db_path.open("r+b") as file:
        file.seek((page - 1) * 4096 + 100)
        file.write(b"\xa5" * 8)
    session = coordinator_session(desk)
    try:
        problems = session.check()
    finally:
        session.close()
    assert problems[0] == f"page {page}: damaged (its checksum does not match)"
    assert problems[-1].startswith("not checked: ")
    assert not any("Warsame" in problem for problem in problems)
