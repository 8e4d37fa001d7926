"""The audit table's rows as stored (the chain's meaning: tests/security/test_audit.py)."""

from __future__ import annotations

from entryhub_desk.store.audit_rows import (
    audit_actions,
    audit_rows,
    insert_audit_row,
    last_audit_row,
    newest_audit_rows,
)
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.identity import DeskIdentity


def test_append_and_read_in_chain_order(conn: DeskConnection, identity: DeskIdentity) -> None:
    assert last_audit_row(conn) is None
    assert audit_rows(conn) == []
    second = (2, "2024-05-29T16:26:41.000000Z", None, "logout", None, "{}", "a" * 64, "b" * 64)
    first = (1, "2024-05-29T16:26:40.000000Z", "s1", "login", "p1", '{"n":1}', "0" * 64, "a" * 64)
    with transaction(conn):
        insert_audit_row(conn, second)  # stored out of order: read back by seq
        insert_audit_row(conn, first)
    assert last_audit_row(conn) == (2, "b" * 64)
    assert audit_rows(conn) == [first, second]


def test_filtered_newest_first_in_sql(conn: DeskConnection, identity: DeskIdentity) -> None:
    rows = [
        (1, "2024-05-28T23:59:59.999999Z", "s1", "login", None, "{}", "0" * 64, "1" * 64),
        (2, "2024-05-29T00:00:00.000000Z", "s1", "logout", None, "{}", "1" * 64, "2" * 64),
        (3, "2024-05-29T12:00:00.000000Z", "s2", "login", "p1", "{}", "2" * 64, "3" * 64),
        (4, "2024-05-30T00:00:00.000000Z", "s1", "login", None, "{}", "3" * 64, "4" * 64),
    ]
    with transaction(conn):
        for row in rows:
            insert_audit_row(conn, row)
    assert [r[0] for r in newest_audit_rows(conn)] == [4, 3, 2, 1]
    assert [r[0] for r in newest_audit_rows(conn, staff_id="s1", action="login")] == [4, 1]
    day = {"since": "2024-05-29T00:00:00.000000Z", "before": "2024-05-30T00:00:00.000000Z"}
    assert [r[0] for r in newest_audit_rows(conn, **day)] == [3, 2]  # both edges right
    assert [r[0] for r in newest_audit_rows(conn, limit=2)] == [4, 3]
    assert newest_audit_rows(conn, action="erase") == []
    assert audit_actions(conn) == ["login", "logout"]
