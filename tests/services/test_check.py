from __future__ import annotations

import pytest
import sqlcipher3

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.check import CheckService
from tests.services.helpers import PAGE, coordinator_session, damage_page, set_up_desk
from tests.sync.helpers import add_person


def _desk_with_a_damaged_page(desk_config: DeskConfig) -> tuple[Desk, int]:
    """A desk with 60 people whose store has 8 bytes of the person table's root page
    overwritten (a page every read of a person passes; the middle page of the file may be an
    index's or a free one, as schema 12's dropped indexes showed); the desk and its number."""
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    for number in range(60):
        add_person(session, given_name=f"Hodan{number}", family_name="Warsame" * 10)
    sql = "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'person'"
    page = int(session.opened.conn.execute(sql).fetchone()[0])
    session.close()
    assert page > 1 and page * PAGE <= desk_config.db_path.stat().st_size
    damage_page(desk_config.db_path, page)
    return desk, page


def test_fresh_store_checks_clean(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    try:
        assert CheckService(session).check() == []
    finally:
        session.close()


def test_check_reports_an_edited_audit_row(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    try:
        conn = session.opened.conn
        conn.execute("UPDATE audit SET action = 'export' WHERE seq = 1")
        conn.commit()
        problems = CheckService(session).check()
        assert problems
        assert all(p.startswith("audit:") for p in problems)
    finally:
        session.close()


def test_check_names_a_damaged_page_and_the_session_still_closes(desk_config: DeskConfig) -> None:
    """What the GUI's check shows: the page, and the log-out is still written afterwards."""
    desk, page = _desk_with_a_damaged_page(desk_config)
    session = coordinator_session(desk)
    try:
        problems = CheckService(session).check()
    finally:
        session.close()
    assert problems[0] == f"page {page}: damaged (its checksum does not match)"
    assert problems[-1].startswith("not checked: ")
    assert not any("Warsame" in problem for problem in problems)


def test_a_session_that_read_a_damaged_page_still_logs_out(desk_config: DeskConfig) -> None:
    """Reading a damaged page leaves SQLCipher's connection unable to write: the search says
    the store is damaged, and the log-out still closes the session and frees the folder."""
    desk, _ = _desk_with_a_damaged_page(desk_config)
    session = coordinator_session(desk)
    conn = session.opened.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    with pytest.raises(sqlcipher3.DatabaseError):  # some table sits on the damaged page
        for table in tables:
            conn.execute(f'SELECT * FROM "{table}"').fetchall()
    with pytest.raises(DeskError) as raised:  # writes are refused with a code, not SQLite's text
        session.audit("backup")
    assert raised.value.code in {"store.corrupt", "store.read_only"}
    session.close()  # no exception
    coordinator_session(Desk(desk_config)).close()  # the folder is free again
