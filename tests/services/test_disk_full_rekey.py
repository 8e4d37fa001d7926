"""Re-keying on a full disk, on a small real file system (see :mod:`tests.services.diskfull`).

A re-key that finds no room says ``store.disk_full`` and changes nothing, or completes on the
room it reserved, or is finished (slots pending) or rolled back (database step cut) at the next
log-in; the session, and service objects made before, go on with the store opened again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.rekey import RekeyService
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


def _desk_with_visitors(disk: SmallDisk, clock: FakeClock) -> tuple[Desk, Session]:
    """A desk on ``disk`` and a coordinator's session that registered 100 people."""
    desk = desk_on(disk, clock)
    session = login(desk)
    register_visitors(session, 100)
    return desk, session


def _fill_at(at: str, disk: SmallDisk) -> Callable[[str], None]:
    """A re-key checkpoint: at the step ``at``, another program fills the disk."""

    def fill_up(step: str) -> None:
        if step == at:
            disk.fill(leave=0)

    return fill_up


def _take_the_reserved_room(desk: Desk, disk: SmallDisk) -> Callable[[str], None]:
    """A re-key checkpoint: once the slots are pending the reserved room is lost (the WAL holds
    no frames: nothing of the store is cut) and another program fills the disk: the
    re-encryption runs out of space."""
    wal = Path(f"{desk.config.db_path}-wal")

    def take_the_room(step: str) -> None:
        if step == "slots_pending":
            os.truncate(wal, 0)
            disk.fill(leave=0)

    return take_the_room


def _assert_whole(desk: Desk, outcome: str | None) -> None:
    """At the next log-in: the re-key's ``outcome``, ``check`` passes, all 100 people there."""
    with logged_in(desk) as session:
        assert session.rekey_outcome == outcome
        assert CheckService(session).check() == []
        assert count(session, "person") == 100


@on_small_disk
def test_rekey_on_a_full_disk_changes_nothing(small_disk: SmallDisk, clock: FakeClock) -> None:
    disk = small_disk
    desk, session = _desk_with_visitors(disk, clock)
    slots = desk.config.slots_path.read_bytes()
    disk.fill(leave=0)
    with pytest.raises(DeskError) as error:
        RekeyService(session).rekey()
    assert_disk_full(error, disk)
    assert desk.config.slots_path.read_bytes() == slots
    assert len(VisitorsService(session).search("Visitor1")) > 0  # the session goes on
    disk.release()
    session.close()
    _assert_whole(desk, outcome=None)


@on_small_disk
def test_rekey_completes_when_the_disk_fills_after_the_room_was_reserved(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, session = _desk_with_visitors(disk, clock)
    slots = desk.config.slots_path.read_bytes()
    # another program takes every byte left once the slots are pending: the reserved room is
    # enough, and freed afterwards
    RekeyService(session).rekey(checkpoint=_fill_at("slots_pending", disk))
    assert desk.config.slots_path.read_bytes() != slots
    assert len(VisitorsService(session).search("Visitor1")) > 0
    session.close()
    disk.release()
    _assert_whole(desk, outcome=None)


@on_small_disk
def test_rekey_whose_slots_cannot_be_committed_is_finished_at_the_next_login(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, session = _desk_with_visitors(disk, clock)
    with pytest.raises(DeskError) as error:
        RekeyService(session).rekey(checkpoint=_fill_at("database_rekeyed", disk))
    assert_disk_full(error, disk)  # the database is on the new key, the slots still pending
    assert len(VisitorsService(session).search("Visitor1")) > 0
    session.close()  # at 0 bytes free
    disk.fill(leave=0)  # closing emptied the WAL: take that room too
    with logged_in(desk) as session:  # the pending key opens it; settling waits for room
        assert session.rekey_outcome is None
        assert len(VisitorsService(session).search("Visitor1")) > 0
    disk.release()
    _assert_whole(desk, outcome="finished")


@on_small_disk
def test_rekey_cut_by_a_full_disk_in_the_database_step_rolls_back(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    disk = small_disk
    desk, session = _desk_with_visitors(disk, clock)
    with pytest.raises(DeskError) as error:
        RekeyService(session).rekey(checkpoint=_take_the_reserved_room(desk, disk))
    assert_disk_full(error, disk)
    # the session opened the file again on the old key and goes on
    assert len(VisitorsService(session).search("Visitor1")) > 0
    session.close()
    disk.release()
    with logged_in(desk) as session:
        assert session.rekey_outcome in (None, "rolled back")
        assert CheckService(session).check() == []
        assert count(session, "person") == 100
        RekeyService(session).rekey()  # with room it works
    with logged_in(desk) as session:
        assert CheckService(session).check() == []


@on_small_disk
def test_services_made_before_a_cut_rekey_go_on_with_the_reopened_store(
    small_disk: SmallDisk, clock: FakeClock
) -> None:
    """The reception page and the profile editor keep their service objects: after the session
    opened the file again they search, register and read with the new connection."""
    disk = small_disk
    desk = desk_on(disk, clock)
    session = login(desk)
    profiles = Profiles(session)
    amina = register(session, "Amina")
    register_visitors(session, 50)
    with pytest.raises(DeskError) as error:
        RekeyService(session).rekey(checkpoint=_take_the_reserved_room(desk, disk))
    assert_disk_full(error, disk)
    assert [hit.person.id for hit in VisitorsService(session).search("Amina")][:1] == [amina]
    assert profiles.entries(amina, EntryKind.SKILL) == []
    disk.release()
    yusuf = (
        VisitorsService(session)
        .register(VisitorsService(session).new_person(given_name="Yusuf", family_name="Ali"))
        .id
    )
    assert [hit.person.id for hit in VisitorsService(session).search("Yusuf Ali")][:1] == [yusuf]
    session.close()
    with logged_in(desk) as session:
        assert CheckService(session).check() == []
        assert VisitorsService(session).person(yusuf).given_name == "Yusuf"
