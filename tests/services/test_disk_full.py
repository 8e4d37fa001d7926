"""A full disk, on a small real file system (a tmpfs filled to leave exactly N bytes).

What must hold: every write that finds no room says ``store.disk_full`` (never an internal
error) and leaves nothing half-written; nothing acknowledged is lost; staff can still log in
and search at 0 bytes free, and the audit entries of that time arrive, with their own times,
once there is room again (``check`` passes).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.errors import DeskError
from entryhub_desk.logs import QuietFileHandler
from entryhub_desk.security.atomic import atomic_write_bytes
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.security.audit_held import NAME as HELD_AUDIT_FILE
from entryhub_desk.security.audit_held import SIZE as HELD_SIZE
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.cv import CvService
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.identity import iso_utc
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.services.diskfull import SmallDisk, on_small_disk, small_disk
from tests.services.helpers import set_up_desk

__all__ = ["small_disk"]  # the fixture, used by name


def _config(disk: SmallDisk, clock: FakeClock) -> DeskConfig:
    return DeskConfig(
        data_dir=disk.root / "data", log_dir=disk.root / "logs", clock=clock, scrypt_n=TEST_SCRYPT_N
    )


def _login(desk: Desk) -> Session:
    return desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)


@contextlib.contextmanager
def _logged_in(desk: Desk) -> Iterator[Session]:
    session = _login(desk)
    try:
        yield session
    finally:
        session.close()


def _register(session: Session, given: str, family: str = "Yusuf") -> str:
    reception = session.reception()
    return reception.register(reception.new_person(given_name=given, family_name=family)).id


def _count(session: Session, table: str) -> int:
    return int(session.opened.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _disk_full(error: pytest.ExceptionInfo[DeskError], disk: SmallDisk) -> None:
    assert error.value.code == "store.disk_full"
    assert str(error.value.params["path"]).startswith(str(disk.root))
    assert "disk is full" in error.value.english()


def _audit(session: Session) -> list[tuple[str, str]]:
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    return [(entry.action, entry.at) for entry in log.entries()]


@on_small_disk
def test_login_and_search_at_zero_bytes_free_and_the_login_is_audited_later(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    with _logged_in(desk) as session:
        _register(session, "Amina")
    disk.fill(leave=0)

    clock.advance(60)
    login_time = clock()
    session = _login(desk)  # at 0 bytes free
    assert session.held_audit_entries == 1  # the login, waiting for room
    hits = session.reception().search("amina")
    assert [hit.person.given_name for hit in hits] == ["Amina"]
    clock.advance(60)
    looked_at = clock()
    session.reception().person(hits[0].person.id)  # audited as view_person: held too
    assert session.held_audit_entries == 2
    with pytest.raises(DeskError) as error:
        _register(session, "Hodan")
    _disk_full(error, disk)

    disk.release()
    clock.advance(600)
    assert session.write_held_audit()
    assert session.held_audit_entries == 0
    session.close()

    with _logged_in(desk) as session:
        assert session.check() == []
        entries = _audit(session)
    # the held entries arrived in order, each with the time it happened
    assert ("login", iso_utc(login_time)) in entries
    assert ("view_person", iso_utc(looked_at)) in entries
    assert entries.index(("login", iso_utc(login_time))) < entries.index(
        ("view_person", iso_utc(looked_at))
    )


@on_small_disk
def test_entries_of_a_session_that_ended_on_a_full_disk_arrive_at_the_next_login(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    with _logged_in(desk):  # a log-in with room makes the held-audit file
        pass
    held_file = desk.config.data_dir / HELD_AUDIT_FILE
    assert held_file.stat().st_size == HELD_SIZE
    disk.fill(leave=0)
    clock.advance(60)
    login_time = clock()
    session = _login(desk)
    clock.advance(60)
    session.close()  # still full: the login and logout stay in the file, not only in memory
    assert held_file.stat().st_size == HELD_SIZE  # written in place
    assert b"logout" not in held_file.read_bytes()  # encrypted

    disk.release()
    clock.advance(600)
    with _logged_in(desk) as session:
        assert session.check() == []
        entries = _audit(session)
    assert ("login", iso_utc(login_time)) in entries
    assert ("logout", iso_utc(login_time + 60)) in entries
    assert [action for action, _ in entries][-1] == "login"  # the held ones came first
    with _logged_in(desk) as session:  # written once, not again
        assert [action for action, _ in _audit(session)].count("logout") == 3


@on_small_disk
def test_a_changed_held_audit_file_plants_nothing(small_disk: SmallDisk, clock: FakeClock) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    with _logged_in(desk):
        pass
    disk.fill(leave=0)
    _login(desk).close()
    held_file = desk.config.data_dir / HELD_AUDIT_FILE
    data = bytearray(held_file.read_bytes())
    data[40] ^= 1
    disk.release()
    held_file.write_bytes(bytes(data))
    with _logged_in(desk) as session:
        actions = [action for action, _ in _audit(session)]
        assert session.check() == []
    assert actions == ["staff_added", "login", "logout", "login"]


@on_small_disk
def test_a_session_still_writes_its_entries_when_the_held_file_was_damaged(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    with _logged_in(desk):
        pass
    disk.fill(leave=0)
    session = _login(desk)  # the login is held, in memory and in the file
    held_file = desk.config.data_dir / HELD_AUDIT_FILE
    with held_file.open("r+b") as handle:  # damaged in place (no new space needed)
        handle.seek(40)
        handle.write(b"\xff")
    disk.release()
    assert session.write_held_audit()
    session.close()
    with _logged_in(desk) as session:
        actions = [action for action, _ in _audit(session)]
        assert session.check() == []
    assert actions.count("login") == 3


@on_small_disk
def test_a_held_entry_is_written_by_the_retry_timer(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    disk.fill(leave=0)
    session = _login(desk)
    assert session.held_audit_entries == 1
    session.audit_retry_seconds = 0.05
    session.audit("view_person", subject_id=session.staff.id)  # still full: held, timer runs
    assert session.held_audit_entries == 2
    disk.release()
    written = threading.Event()

    def watch() -> None:
        while session.held_audit_entries:
            written.wait(0.05)
        written.set()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    assert written.wait(60), "the retry timer never wrote the held entries"
    session.close()
    with _logged_in(desk) as session:
        assert session.check() == []
        actions = [action for action, _ in _audit(session)]
    assert actions.count("login") == 2 and "view_person" in actions


@on_small_disk
def test_wrong_passwords_back_off_and_are_audited_at_zero_bytes_free(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    with pytest.raises(DeskError):  # a throttle file exists, padded to whole blocks
        desk.unlock(COORDINATOR, "not-the-password-1")
    clock.advance(10)
    throttle_file = desk.config.throttle_path
    assert throttle_file.stat().st_size % 4096 == 0
    disk.fill(leave=0)

    with pytest.raises(DeskError) as error:
        desk.unlock(COORDINATOR, "not-the-password-2")
    assert error.value.code == "auth.wrong_password"  # not "disk full", not an internal error
    with pytest.raises(DeskError) as error:
        desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert error.value.code == "auth.backing_off"  # the back-off held in memory
    # and on disk, overwritten in place: another program backs off too
    assert Desk(desk.config).throttle.seconds_left(COORDINATOR) == 2

    clock.advance(3)
    session = _login(desk)
    disk.release()
    session.close()
    with _logged_in(desk) as session:
        assert session.check() == []
        actions = [action for action, _ in _audit(session)]
    assert actions.count("login_failed") == 2


@on_small_disk
def test_registration_fails_plainly_and_loses_nothing_acknowledged(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    _register(session, "Amina")
    before = (_count(session, "person"), _count(session, "outbox"))
    disk.fill(leave=0)
    with pytest.raises(DeskError) as error:
        _register(session, "Hodan")
    _disk_full(error, disk)
    assert (_count(session, "person"), _count(session, "outbox")) == before

    # with a little room, register until the disk is full: every acknowledged one is kept
    disk.fill(leave=256 * 1024)
    acknowledged: list[str] = []
    with pytest.raises(DeskError) as error:
        for number in range(10_000):
            acknowledged.append(_register(session, f"Visitor{number}", "Fillerson-Andersson"))
    _disk_full(error, disk)
    assert acknowledged
    session.close()
    disk.release()

    with _logged_in(desk) as session:
        stored = {row[0] for row in session.opened.conn.execute("SELECT id FROM person")}
        assert set(acknowledged) <= stored
        assert len(stored) == 1 + len(acknowledged)  # nothing half-written either
        assert session.check() == []
        _register(session, "Hodan")  # and with room it works again


@on_small_disk
def test_import_on_a_full_disk_stores_nothing(
    small_disk: SmallDisk, clock: FakeClock, tmp_path: Path
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    visitors = tmp_path / "visitors.csv"  # on another disk
    visitors.write_text(
        "first name;family name;phone\n"
        + "".join(f"Name{n};Family{n};07012{n:05d}\n" for n in range(300)),
        encoding="utf-8",
    )
    session = _login(desk)
    disk.fill(leave=0)
    with pytest.raises(DeskError) as error:
        session.reception().import_visitors(visitors)
    _disk_full(error, disk)
    assert _count(session, "person") == 0
    disk.release()
    report = session.reception().import_visitors(visitors)
    assert report.created == 300
    session.close()


@on_small_disk
def test_backup_on_a_full_disk_leaves_no_partial_file(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    for number in range(200):
        _register(session, f"Visitor{number}")
    target = disk.root / "backups" / "desk-backup.zip"
    size = desk.config.db_path.stat().st_size
    for leave in (0, size // 2 // 4096 * 4096):  # no room; room for half the copy
        disk.fill(leave=leave)
        with pytest.raises(DeskError) as error:
            session.backup(target)
        _disk_full(error, disk)
        assert not target.exists()
        assert sorted(p.name for p in target.parent.iterdir()) == []  # no work folder left
    disk.release()
    session.backup(target)
    assert target.exists()
    session.close()


@on_small_disk
def test_rekey_on_a_full_disk_changes_nothing(small_disk: SmallDisk, clock: FakeClock) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    for number in range(100):
        _register(session, f"Visitor{number}")
    slots = desk.config.slots_path.read_bytes()
    disk.fill(leave=0)
    with pytest.raises(DeskError) as error:
        session.rekey()
    _disk_full(error, disk)
    assert desk.config.slots_path.read_bytes() == slots
    assert len(session.reception().search("Visitor1")) > 0  # the session goes on
    disk.release()
    session.close()
    with _logged_in(desk) as session:
        assert session.rekey_outcome is None
        assert session.check() == []
        assert _count(session, "person") == 100


@on_small_disk
def test_rekey_completes_when_the_disk_fills_after_the_room_was_reserved(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    for number in range(100):
        _register(session, f"Visitor{number}")
    slots = desk.config.slots_path.read_bytes()

    def fill_up(step: str) -> None:
        if step == "slots_pending":
            disk.fill(leave=0)  # another program takes every byte left

    session.rekey(checkpoint=fill_up)  # the reserved room is enough, and freed afterwards
    assert desk.config.slots_path.read_bytes() != slots
    assert len(session.reception().search("Visitor1")) > 0
    session.close()
    disk.release()
    with _logged_in(desk) as session:
        assert session.rekey_outcome is None
        assert session.check() == []
        assert _count(session, "person") == 100


@on_small_disk
def test_rekey_whose_slots_cannot_be_committed_is_finished_at_the_next_login(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    for number in range(100):
        _register(session, f"Visitor{number}")

    def fill_up(step: str) -> None:
        if step == "database_rekeyed":
            disk.fill(leave=0)

    with pytest.raises(DeskError) as error:
        session.rekey(checkpoint=fill_up)
    _disk_full(error, disk)  # the database is on the new key, the slots still pending
    assert len(session.reception().search("Visitor1")) > 0
    session.close()  # at 0 bytes free
    disk.fill(leave=0)  # closing emptied the WAL: take that room too
    with _logged_in(desk) as session:  # the pending key opens it; settling waits for room
        assert session.rekey_outcome is None
        assert len(session.reception().search("Visitor1")) > 0
    disk.release()
    with _logged_in(desk) as session:
        assert session.rekey_outcome == "finished"
        assert session.check() == []
        assert _count(session, "person") == 100


@on_small_disk
def test_rekey_cut_by_a_full_disk_in_the_database_step_rolls_back(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    for number in range(100):
        _register(session, f"Visitor{number}")
    wal = Path(f"{desk.config.db_path}-wal")

    def take_the_room(step: str) -> None:
        if step == "slots_pending":
            # the reserved room is lost (the WAL holds no frames: nothing of the store is cut)
            # and another program fills the disk: the re-encryption runs out of space
            os.truncate(wal, 0)
            disk.fill(leave=0)

    with pytest.raises(DeskError) as error:
        session.rekey(checkpoint=take_the_room)
    _disk_full(error, disk)
    # the session opened the file again on the old key and goes on
    assert len(session.reception().search("Visitor1")) > 0
    session.close()
    disk.release()
    with _logged_in(desk) as session:
        assert session.rekey_outcome in (None, "rolled back")
        assert session.check() == []
        assert _count(session, "person") == 100
        session.rekey()  # with room it works
    with _logged_in(desk) as session:
        assert session.check() == []


@on_small_disk
def test_services_made_before_a_cut_rekey_go_on_with_the_reopened_store(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    """The reception page and the profile editor keep their service objects: after the session
    opened the file again they search, register and read with the new connection."""
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    reception = session.reception()
    profiles = Profiles(session)
    amina = _register(session, "Amina")
    for number in range(50):
        _register(session, f"Visitor{number}")
    wal = Path(f"{desk.config.db_path}-wal")

    def take_the_room(step: str) -> None:
        if step == "slots_pending":
            os.truncate(wal, 0)
            disk.fill(leave=0)

    with pytest.raises(DeskError) as error:
        session.rekey(checkpoint=take_the_room)
    _disk_full(error, disk)
    assert [hit.person.id for hit in reception.search("Amina")][:1] == [amina]
    assert profiles.entries(amina, EntryKind.SKILL) == []
    disk.release()
    yusuf = reception.register(reception.new_person(given_name="Yusuf", family_name="Ali")).id
    assert [hit.person.id for hit in reception.search("Yusuf Ali")][:1] == [yusuf]
    session.close()
    with _logged_in(desk) as session:
        assert session.check() == []
        assert session.reception().person(yusuf).given_name == "Yusuf"


@on_small_disk
def test_file_writes_on_a_full_disk(small_disk: SmallDisk, clock: FakeClock) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    person_id = _register(session, "Amina")
    old = disk.root / "kept.bin"
    old.write_bytes(b"old")
    disk.fill(leave=0)

    with pytest.raises(DeskError) as error:
        atomic_write_bytes(old, b"new" * 100_000)
    _disk_full(error, disk)
    assert old.read_bytes() == b"old"
    assert sorted(p.name for p in disk.root.iterdir() if p.name.startswith(".kept")) == []

    with pytest.raises(DeskError) as error:
        CvService(session).save(person_id, disk.root / "cv.pdf", language="en", template="classic")
    _disk_full(error, disk)
    assert not (disk.root / "cv.pdf").exists()
    disk.release()
    session.close()


@on_small_disk
def test_person_export_on_a_full_disk_leaves_no_partial_file(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, _ = set_up_desk(_config(disk, clock))
    session = _login(desk)
    person_id = _register(session, "Amina")
    target = disk.root / "exports" / "amina.json"
    for leave in (0, 8192):  # no room; room for the JSON but not the PDF
        disk.fill(leave=leave)
        with pytest.raises(DeskError) as error:
            SyncService(session).export_person(person_id, target)
        _disk_full(error, disk)
        assert not target.exists() and not target.with_suffix(".pdf").exists()
    disk.release()
    written = SyncService(session).export_person(person_id, target)
    assert all(path.exists() for path in written)
    session.close()


@on_small_disk
def test_logging_on_a_full_disk_never_raises_or_prints(
    small_disk: SmallDisk, capfd: pytest.CaptureFixture[str]
) -> None:
    disk = small_disk
    path = disk.root / "entryhub-desk.log"
    handler = QuietFileHandler(path, maxBytes=20_000, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("entryhub_desk.test_disk_full")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        disk.fill(leave=0)
        dropped = QuietFileHandler.dropped
        for number in range(2000):
            logger.warning("a record of a full disk, number %d %s", number, "x" * 100)
        assert QuietFileHandler.dropped > dropped
        disk.release()
        logger.warning("room again")
        handler.flush()
    finally:
        logger.removeHandler(handler)
        handler.close()
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert "room again" in path.read_text(encoding="utf-8")
