"""The audit table's rows as stored (the chain's meaning: tests/security/test_audit.py)."""

from __future__ import annotations

from entryhub_desk.store.audit_rows import audit_rows, insert_audit_row, last_audit_row
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
