from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from entryhub_desk.ids import new_id
from entryhub_desk.security.audit import (
    GENESIS,
    AuditAction,
    AuditLog,
    AuditProblem,
    ProblemKind,
    audit_key,
)
from entryhub_desk.store.connection import (
    DeskConnection,
    open_database,
    rekey_database,
    transaction,
)
from entryhub_desk.store.identity import DeskIdentity, initialise_identity, load_identity
from entryhub_desk.store.migrations import migrate
from tests.store.conftest import START, FakeClock

STAFF = "0190c8e2-5d2a-7b3c-8d4e-0123456789ab"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Path, bytes, DeskConnection]]:
    path, key = tmp_path / "desk.db", os.urandom(32)
    conn = open_database(path, key, create=True)
    migrate(conn, db_path=path, backups_dir=tmp_path / "backups", clock=clock)
    initialise_identity(conn, database_uuid=new_id(), hub_name="Umeå", clock=clock)
    yield path, key, conn
    conn.close()


@pytest.fixture
def log(store: tuple[Path, bytes, DeskConnection], clock: FakeClock) -> AuditLog:
    conn = store[2]
    return AuditLog(conn, load_identity(conn), clock)


def fill(log: AuditLog, clock: FakeClock, n: int = 6) -> None:
    for i in range(n):
        clock.advance(1)
        log.append(AuditAction.VIEW_PERSON, staff_id=STAFF, subject_id=new_id(), details={"n": i})


def kinds(problems: list[AuditProblem]) -> list[tuple[int, str]]:
    return [(p.seq, p.kind.value) for p in problems]


def test_append_and_verify(log: AuditLog, clock: FakeClock) -> None:
    first = log.append("login", staff_id=STAFF)
    assert (first.seq, first.prev_tag, first.action) == (1, GENESIS, "login")
    assert first.at == "2024-05-29T16:26:40.000000Z"
    fill(log, clock)
    entries = log.entries()
    assert [e.seq for e in entries] == list(range(1, 8))
    assert all(b.prev_tag == a.tag for a, b in itertools.pairwise(entries))
    assert entries[3].details == {"n": 2}
    assert log.verify() == []
    assert log.head() == (7, entries[-1].tag)
    assert [e.seq for e in log.entries(limit=2)] == [6, 7]


def test_empty_log(log: AuditLog) -> None:
    assert log.verify() == []
    assert log.head() is None
    assert log.entries() == []


def test_login_failed_without_staff(log: AuditLog) -> None:
    entry = log.append(AuditAction.LOGIN_FAILED, staff_id=None, details={"reason": "password"})
    assert entry.staff_id is None
    assert log.verify() == []


def test_unknown_action_and_rich_details_refused(log: AuditLog) -> None:
    with pytest.raises(ValueError):
        log.append("delete_everything", staff_id=STAFF)
    with pytest.raises(TypeError):
        log.append(AuditAction.EXPORT, staff_id=STAFF, details={"rows": [1, 2]})
    assert log.entries() == []


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit SET details = '{\"n\":99}' WHERE seq = 3",
        "UPDATE audit SET action = 'login' WHERE seq = 3",
        "UPDATE audit SET staff_id = NULL WHERE seq = 3",
        "UPDATE audit SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 3",
        "UPDATE audit SET subject_id = 'someone-else' WHERE seq = 3",
        "UPDATE audit SET tag = '" + "a" * 64 + "' WHERE seq = 3",
    ],
)
def test_edited_row(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection], sql: str
) -> None:
    fill(log, clock)
    store[2].execute(sql)
    assert kinds(log.verify()) == [(3, "edited")]


def test_removed_row_leaves_a_gap(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    fill(log, clock)
    store[2].execute("DELETE FROM audit WHERE seq = 4")
    problems = log.verify()
    assert kinds(problems) == [(4, "missing")]
    assert str(problems[0]) == "row 4: missing"


def test_removed_first_row(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    fill(log, clock)
    store[2].execute("DELETE FROM audit WHERE seq = 1")
    assert kinds(log.verify()) == [(1, "missing")]


def test_removed_and_renumbered(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    fill(log, clock)
    conn = store[2]
    conn.execute("DELETE FROM audit WHERE seq = 3")
    for seq in (4, 5, 6):
        conn.execute("UPDATE audit SET seq = ? WHERE seq = ?", (seq - 1, seq))
    problems = log.verify()
    assert problems and problems[0].seq == 3
    assert {p.kind for p in problems} <= {ProblemKind.REORDERED, ProblemKind.BROKEN_LINK}


def test_reordered_rows(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    fill(log, clock)
    conn = store[2]
    conn.execute("UPDATE audit SET seq = -1 WHERE seq = 3")
    conn.execute("UPDATE audit SET seq = 3 WHERE seq = 4")
    conn.execute("UPDATE audit SET seq = 4 WHERE seq = -1")
    assert kinds(log.verify()) == [(3, "reordered"), (4, "reordered")]


def test_broken_link(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    """A row replaced by a validly tagged row from another chain (same key)."""
    fill(log, clock, 3)
    conn = store[2]
    rows = conn.execute("SELECT * FROM audit ORDER BY seq").fetchall()
    conn.execute("DELETE FROM audit")
    log.append(AuditAction.LOGIN, staff_id=STAFF)
    log.append(AuditAction.LOGOUT, staff_id=STAFF)  # a fork: seq 2 on another seq 1
    foreign = conn.execute("SELECT * FROM audit WHERE seq = 2").fetchone()
    conn.execute("DELETE FROM audit")
    conn.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows[0])
    conn.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)", foreign)
    conn.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows[2])
    assert kinds(log.verify()) == [(2, "broken_link")]


def test_truncated_tail_is_not_visible_locally(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    """Documented limit: the server, which saw head (6, …), detects this at sync."""
    fill(log, clock)
    head = log.head()
    store[2].execute("DELETE FROM audit WHERE seq > 4")
    assert log.verify() == []
    assert log.head() != head


def test_rollback_of_callers_transaction(
    log: AuditLog, store: tuple[Path, bytes, DeskConnection]
) -> None:
    conn = store[2]
    with pytest.raises(RuntimeError), transaction(conn):
        log.append(AuditAction.EXPORT, staff_id=STAFF)
        raise RuntimeError("export failed")
    assert log.entries() == []
    with transaction(conn):
        log.append(AuditAction.EXPORT, staff_id=STAFF)
    assert [e.seq for e in log.entries()] == [1]


def test_other_secret_sees_every_row_as_edited(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    fill(log, clock, 3)
    identity = load_identity(store[2])
    other = DeskIdentity(**{**identity.__dict__, "audit_secret": os.urandom(32)})
    problems = AuditLog(store[2], other, clock).verify()
    assert kinds(problems) == [(1, "edited"), (2, "edited"), (3, "edited")]
    assert audit_key(identity.audit_secret) != audit_key(other.audit_secret)


def test_chain_survives_rekey(
    log: AuditLog, clock: FakeClock, store: tuple[Path, bytes, DeskConnection]
) -> None:
    path, _key, conn = store
    fill(log, clock, 3)
    new_key = os.urandom(32)
    rekey_database(conn, new_key)
    again = open_database(path, new_key)
    try:
        assert AuditLog(again, load_identity(again), clock).verify() == []
    finally:
        again.close()


def test_two_processes_cannot_fork_the_chain(
    store: tuple[Path, bytes, DeskConnection], clock: FakeClock
) -> None:
    path, key, first = store
    second = open_database(path, key, check_same_thread=False)
    identity = load_identity(first)
    log_a = AuditLog(first, identity, clock)
    log_b = AuditLog(second, identity, clock)
    for i in range(5):  # interleaved
        (log_a if i % 2 else log_b).append(AuditAction.VIEW_PERSON, staff_id=STAFF)
    second.close()

    errors: list[BaseException] = []

    def writer() -> None:
        conn = open_database(path, key)
        try:
            own = AuditLog(conn, identity, clock)
            for _ in range(25):
                own.append(AuditAction.PRINT, staff_id=STAFF)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    entries = log_a.entries()
    assert [e.seq for e in entries] == list(range(1, 106))
    assert log_a.verify() == []
