from __future__ import annotations

from entryhub_desk.config import DeskConfig
from tests.services.helpers import coordinator_session, set_up_desk


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
