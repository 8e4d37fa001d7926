"""A desk on the small disk of :mod:`tests.services.diskfull`: the helpers the disk-full tests
of the services share (set up, log in, register, count, and the plain disk-full refusal)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.visitors import VisitorsService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.services.diskfull import SmallDisk
from tests.services.helpers import set_up_desk


def desk_on(disk: SmallDisk, clock: FakeClock) -> Desk:
    """A desk set up with its data and log folders on ``disk``."""
    config = DeskConfig(
        data_dir=disk.root / "data", log_dir=disk.root / "logs", clock=clock, scrypt_n=TEST_SCRYPT_N
    )
    desk, _ = set_up_desk(config)
    return desk


def login(desk: Desk) -> Session:
    return desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)


@contextlib.contextmanager
def logged_in(desk: Desk) -> Iterator[Session]:
    session = login(desk)
    try:
        yield session
    finally:
        session.close()


def register(session: Session, given: str, family: str = "Yusuf") -> str:
    person = VisitorsService(session).new_person(given_name=given, family_name=family)
    # Visitor1 Yusuf, Visitor10 Yusuf …: namesakes on purpose (not the duplicate check's test)
    return VisitorsService(session).register(person, new_person_confirmed=True).id


def register_visitors(session: Session, count: int) -> None:
    """``count`` people named Visitor0, Visitor1, …"""
    for number in range(count):
        register(session, f"Visitor{number}")


def count(session: Session, table: str) -> int:
    return int(session.opened.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def assert_disk_full(error: pytest.ExceptionInfo[DeskError], disk: SmallDisk) -> None:
    """The refusal is ``store.disk_full``, names a place on ``disk`` and says so plainly."""
    assert error.value.code == "store.disk_full"
    assert str(error.value.params["path"]).startswith(str(disk.root))
    assert "disk is full" in error.value.english()


def audit(session: Session) -> list[tuple[str, str]]:
    """(action, time) of every audit entry, oldest first."""
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    return [(entry.action, entry.at) for entry in log.entries()]


def audit_actions(session: Session) -> list[str]:
    """The action of every audit entry, oldest first."""
    return [action for action, _ in audit(session)]
