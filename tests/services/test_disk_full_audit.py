"""Log-ins and their audit entries on a full disk, on a small real file system (see
:mod:`tests.services.diskfull`).

At 0 bytes free staff can still log in and search, wrong passwords still back off; the audit
entries of that time are held (in memory and, in place, in the held-audit file) and arrive,
with their own times and once only, when there is room again; ``check`` passes.
"""

from __future__ import annotations

import threading

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.security.audit_held import NAME as HELD_AUDIT_FILE
from entryhub_desk.security.audit_held import SIZE as HELD_SIZE
from entryhub_desk.services import Desk
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.identity import iso_utc
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.services.diskfull import SmallDisk, on_small_disk, small_disk
from tests.services.diskfull_desk import (
    assert_disk_full,
    audit,
    audit_actions,
    desk_on,
    logged_in,
    login,
    register,
)

__all__ = ["small_disk"]  # the fixture, used by name


def _checked_audit(desk: Desk) -> list[tuple[str, str]]:
    """At a new log-in (with room): ``check`` passes; (action, time) of every audit entry."""
    with logged_in(desk) as session:
        assert CheckService(session).check() == []
        return audit(session)


def _checked_actions(desk: Desk) -> list[str]:
    return [action for action, _ in _checked_audit(desk)]


@on_small_disk
def test_login_and_search_at_zero_bytes_free_and_the_login_is_audited_later(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    with logged_in(desk) as session:
        register(session, "Amina")
    disk.fill(leave=0)

    clock.advance(60)
    login_time = clock()
    session = login(desk)  # at 0 bytes free
    assert session.held_audit_entries == 1  # the login, waiting for room
    hits = VisitorsService(session).search("amina")
    assert [hit.person.given_name for hit in hits] == ["Amina"]
    clock.advance(60)
    looked_at = clock()
    VisitorsService(session).person(hits[0].person.id)  # audited as view_person: held too
    assert session.held_audit_entries == 2
    with pytest.raises(DeskError) as error:
        register(session, "Hodan")
    assert_disk_full(error, disk)

    disk.release()
    clock.advance(600)
    assert session.write_held_audit()
    assert session.held_audit_entries == 0
    session.close()

    entries = _checked_audit(desk)
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
    desk = desk_on(disk, clock)
    with logged_in(desk):  # a log-in with room makes the held-audit file
        pass
    held_file = desk.config.data_dir / HELD_AUDIT_FILE
    assert held_file.stat().st_size == HELD_SIZE
    disk.fill(leave=0)
    clock.advance(60)
    login_time = clock()
    session = login(desk)
    clock.advance(60)
    session.close()  # still full: the login and logout stay in the file, not only in memory
    assert held_file.stat().st_size == HELD_SIZE  # written in place
    assert b"logout" not in held_file.read_bytes()  # encrypted

    disk.release()
    clock.advance(600)
    entries = _checked_audit(desk)
    assert ("login", iso_utc(login_time)) in entries
    assert ("logout", iso_utc(login_time + 60)) in entries
    assert [action for action, _ in entries][-1] == "login"  # the held ones came first
    with logged_in(desk) as session:  # written once, not again
        assert audit_actions(session).count("logout") == 3


@on_small_disk
def test_a_changed_held_audit_file_plants_nothing(small_disk: SmallDisk, clock: FakeClock) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    with logged_in(desk):
        pass
    disk.fill(leave=0)
    login(desk).close()
    held_file = desk.config.data_dir / HELD_AUDIT_FILE
    data = bytearray(held_file.read_bytes())
    data[40] ^= 1
    disk.release()
    held_file.write_bytes(bytes(data))
    actions = _checked_actions(desk)
    assert actions == ["staff_added", "login", "logout", "login"]


@on_small_disk
def test_a_session_still_writes_its_entries_when_the_held_file_was_damaged(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    with logged_in(desk):
        pass
    disk.fill(leave=0)
    session = login(desk)  # the login is held, in memory and in the file
    held_file = desk.config.data_dir / HELD_AUDIT_FILE
    with held_file.open("r+b") as handle:  # damaged in place (no new space needed)
        handle.seek(40)
        handle.write(b"\xff")
    disk.release()
    assert session.write_held_audit()
    session.close()
    actions = _checked_actions(desk)
    assert actions.count("login") == 3


@on_small_disk
def test_a_held_entry_is_written_by_the_retry_timer(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
    disk.fill(leave=0)
    session = login(desk)
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
    actions = _checked_actions(desk)
    assert actions.count("login") == 2 and "view_person" in actions


@on_small_disk
def test_wrong_passwords_back_off_and_are_audited_at_zero_bytes_free(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk = desk_on(disk, clock)
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
    session = login(desk)
    disk.release()
    session.close()
    actions = _checked_actions(desk)
    assert actions.count("login_failed") == 2
