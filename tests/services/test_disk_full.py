"""A full disk, on a small real file system (a tmpfs filled to leave exactly N bytes).

What must hold: every write that finds no room says ``store.disk_full`` (never an internal
error) and leaves nothing half-written, and nothing acknowledged is lost. Log-ins and audit
entries on a full disk: ``test_disk_full_audit.py``; re-keying: ``test_disk_full_rekey.py``;
the set-up and helpers: ``diskfull.py`` and ``diskfull_desk.py``.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.logs import QuietFileHandler
from entryhub_desk.security.atomic import atomic_write_bytes
from entryhub_desk.services.backup import BackupService
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.cv import CvService
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from tests.conftest import FakeClock
from tests.services.diskfull import SmallDisk, on_small_disk, small_disk
from tests.services.diskfull_desk import (
    assert_disk_full,
    count,
    desk_on,
    logged_in,
    login,
    register,
    register_visitors,
)

__all__ = ["small_disk"]  # the fixture, used by name


@on_small_disk
def test_registration_fails_plainly_and_loses_nothing_acknowledged(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    session = login(desk)
    register(session, "Amina")
    before = (count(session, "person"), count(session, "outbox"))
    disk.fill(leave=0)
    with pytest.raises(DeskError) as error:
        register(session, "Hodan")
    assert_disk_full(error, disk)
    assert (count(session, "person"), count(session, "outbox")) == before

    # with a little room, register until the disk is full: every acknowledged one is kept
    disk.fill(leave=256 * 1024)
    acknowledged: list[str] = []
    with pytest.raises(DeskError) as error:
        for number in range(10_000):
            acknowledged.append(register(session, f"Visitor{number}", "Fillerson-Andersson"))
    assert_disk_full(error, disk)
    assert acknowledged
    session.close()
    disk.release()

    with logged_in(desk) as session:
        stored = {row[0] for row in session.opened.conn.execute("SELECT id FROM person")}
        assert set(acknowledged) <= stored
        assert len(stored) == 1 + len(acknowledged)  # nothing half-written either
        assert CheckService(session).check() == []
        register(session, "Hodan")  # and with room it works again


@on_small_disk
def test_import_on_a_full_disk_stores_nothing(
    small_disk: SmallDisk, clock: FakeClock, tmp_path: Path
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    visitors = tmp_path / "visitors.csv"  # on another disk
    visitors.write_text(
        "first name;family name;phone\n"
        + "".join(f"Name{n};Family{n};07012{n:05d}\n" for n in range(300)),
        encoding="utf-8",
    )
    session = login(desk)
    disk.fill(leave=0)
    with pytest.raises(DeskError) as error:
        VisitorsService(session).import_visitors(visitors)
    assert_disk_full(error, disk)
    assert count(session, "person") == 0
    disk.release()
    report = VisitorsService(session).import_visitors(visitors)
    assert report.created == 300
    session.close()


@on_small_disk
def test_backup_on_a_full_disk_leaves_no_partial_file(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    session = login(desk)
    register_visitors(session, 200)
    target = disk.root / "backups" / "desk-backup.zip"
    size = desk.config.db_path.stat().st_size
    for leave in (0, size // 2 // 4096 * 4096):  # no room; room for half the copy
        disk.fill(leave=leave)
        with pytest.raises(DeskError) as error:
            BackupService(session).backup(target)
        assert_disk_full(error, disk)
        assert not target.exists()
        assert sorted(p.name for p in target.parent.iterdir()) == []  # no work folder left
    disk.release()
    BackupService(session).backup(target)
    assert target.exists()
    session.close()


@on_small_disk
def test_file_writes_on_a_full_disk(small_disk: SmallDisk, clock: FakeClock) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    session = login(desk)
    person_id = register(session, "Amina")
    old = disk.root / "kept.bin"
    old.write_bytes(b"old")
    disk.fill(leave=0)

    with pytest.raises(DeskError) as error:
        atomic_write_bytes(old, b"new" * 100_000)
    assert_disk_full(error, disk)
    assert old.read_bytes() == b"old"
    assert sorted(p.name for p in disk.root.iterdir() if p.name.startswith(".kept")) == []

    with pytest.raises(DeskError) as error:
        CvService(session).save(person_id, disk.root / "cv.pdf", language="en", template="classic")
    assert_disk_full(error, disk)
    assert not (disk.root / "cv.pdf").exists()
    disk.release()
    session.close()


@on_small_disk
def test_person_export_on_a_full_disk_leaves_no_partial_file(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    session = login(desk)
    person_id = register(session, "Amina")
    target = disk.root / "exports" / "amina.json"
    for leave in (0, 8192):  # no room; room for the JSON but not the PDF
        disk.fill(leave=leave)
        with pytest.raises(DeskError) as error:
            SyncService(session).export_person(person_id, target)
        assert_disk_full(error, disk)
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
