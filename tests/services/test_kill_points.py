"""Backup, adding a staff member and resetting a password, each killed (a real process ended
with ``os._exit``) at every file operation: afterwards the store opens and holds either the
old or the new state, whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.backup import _extract
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.staff import StaffService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.services.store_process import (
    CLOCK_START,
    EARLY,
    LATE,
    MEMBER_PASSWORD,
    NEW_PASSWORD,
    config,
    prepare,
    run,
)

NEWBIE = "Nils Newbie"
_tries: list[str] = []


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kill-template")
    prepare(root / "data", root / "hub.backup")
    return root / "data"


def _kill_at_each(template: Path, tmp_path: Path, scenario: str, argument: str) -> list[Path]:
    """Run ``scenario`` once to count its file operations, then once per operation killed
    there, each on a fresh copy of the store; returns the killed copies."""
    counted = tmp_path / "counted"
    shutil.copytree(template, counted)
    steps = run(scenario, counted, 0, argument.replace("{n}", "0"))
    assert steps, "no file operation seen"
    print(f"{scenario}: {len(steps)} kill points: {' '.join(steps)}")
    copies = []
    for kill_at in range(1, len(steps) + 1):
        data_dir = tmp_path / f"killed-{kill_at}"
        shutil.copytree(template, data_dir)
        run(scenario, data_dir, kill_at, argument.replace("{n}", str(kill_at)))
        copies.append(data_dir)
    return copies


def _opens(desk: Desk, name: str, password: str) -> bool:
    """Whether ``name`` logs in with ``password`` (long after any earlier wrong try)."""
    clock = FakeClock(CLOCK_START + 3600 * (1 + len(_tries)))
    _tries.append(name)
    desk = Desk(config(desk.config.data_dir, clock))
    try:
        desk.unlock(name, password).close()
    except DeskError as error:
        # a slot written before its staff row (add killed between the two) is nobody's
        assert error.code in {"auth.wrong_password", "auth.unknown_staff", "auth.staff_disabled"}
        return False
    return True


def _intact(desk: Desk) -> list[str]:
    """The coordinator logs in, the store checks out; returns the staff names."""
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        names = [m.name for m in StaffService(session).list_staff()]
        assert CheckService(session).check() == []
    finally:
        session.close()
    assert EARLY in names and LATE in names
    return names


def test_backup_killed_at_each_file_operation(template: Path, tmp_path: Path) -> None:
    targets = tmp_path / "targets"
    killed = _kill_at_each(template, tmp_path, "backup", str(targets / "hub-{n}.backup"))
    whole = 0
    for kill_at, data_dir in enumerate(killed, start=1):
        _intact(Desk(config(data_dir)))
        target = targets / f"hub-{kill_at}.backup"
        if target.exists():  # complete, or not there at all
            unpacked = tmp_path / f"unpacked-{kill_at}"
            unpacked.mkdir()
            _extract(target, unpacked)
            whole += 1
        assert not list(targets.glob("*.zip")) and not list(targets.glob("*.tmp"))
    assert 0 < whole < len(killed)


def test_staff_add_killed_at_each_file_operation(template: Path, tmp_path: Path) -> None:
    outcomes = set()
    for data_dir in _kill_at_each(template, tmp_path, "staff-add", NEWBIE):
        desk = Desk(config(data_dir))
        added = NEWBIE in _intact(desk)
        # added means whole: the new member logs in; not added means no way in
        assert _opens(desk, NEWBIE, MEMBER_PASSWORD) == added
        assert _opens(desk, EARLY, MEMBER_PASSWORD)
        if not added:  # the coordinator can add the member again (a left-over slot gives way)
            session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
            try:
                StaffService(session).add_staff(NEWBIE, Role.VOLUNTEER, MEMBER_PASSWORD)
            finally:
                session.close()
            assert _opens(desk, NEWBIE, MEMBER_PASSWORD)
        outcomes.add(added)
    assert outcomes == {False, True}


def test_password_reset_killed_at_each_file_operation(template: Path, tmp_path: Path) -> None:
    outcomes = set()
    for data_dir in _kill_at_each(template, tmp_path, "reset", EARLY):
        desk = Desk(config(data_dir))
        _intact(desk)
        old, new = _opens(desk, EARLY, MEMBER_PASSWORD), _opens(desk, EARLY, NEW_PASSWORD)
        assert old != new  # exactly one of the two passwords opens the member's slot
        outcomes.add(new)
    assert outcomes == {False, True}
