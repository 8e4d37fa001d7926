"""Restore killed at every file operation (a real process, ended with ``os._exit``): the next
start finishes or rolls back, the right password opens the old or the restored store, nothing
is lost, and ``init`` refuses to start an empty store over it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.services import Desk
from entryhub_desk.services.backup import restore_backup
from entryhub_desk.services.restoring import JOURNAL_NAME, STAGING_PREFIX, read_epoch_marker
from entryhub_desk.services.staff import StaffService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services.store_process import (
    EARLY,
    LATE,
    MEMBER_PASSWORD,
    config,
    prepare,
    run,
)

# The file operations of a restore, in order; the harness kills the process before each.
RESTORE_STEPS = [
    "staging",
    "extract:desk.db",
    "extract:keyslots.json",
    "staged_store",
    "staged_synced",
    "journal",
    "replaced_folder",
    "aside:desk.db",
    "aside:keyslots.json",
    "place:desk.db",
    "place:keyslots.json",
    "epoch_marker",
    "journal_removed",
    "staging_removed",
    "done",
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("restore-template")
    archive = root / "hub.backup"
    prepare(root / "data", archive)
    return root / "data", archive


def _copy(template: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    data, archive = template
    shutil.copytree(data, tmp_path / "data")
    return tmp_path / "data", archive


def _names(desk: Desk) -> tuple[list[str], int]:
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        return [m.name for m in StaffService(session).list_staff()], session.identity.epoch
    finally:
        session.close()


def _check_after(data_dir: Path, tmp_path: Path) -> str:
    """The store opens as the old one or the restored one, never neither; returns which."""
    desk = Desk(config(data_dir))  # the next start: settles the interrupted restore
    assert not (data_dir / JOURNAL_NAME).exists()
    assert not list(data_dir.glob(f"{STAGING_PREFIX}*"))
    names, epoch = _names(desk)
    assert COORDINATOR in names and EARLY in names
    with pytest.raises(DeskError) as refused:
        desk.set_up(hub_name="Hub", coordinator_name="Someone Else", password=MEMBER_PASSWORD)
    assert refused.value.code == "store.exists"
    if LATE in names:
        assert epoch == 1
        return "old"
    assert epoch == 2
    assert read_epoch_marker(data_dir) == 2
    # nothing lost: the replaced store is kept whole and still opens
    (replaced,) = [p for p in (data_dir / "backups").glob("replaced-*") if (p / "desk.db").exists()]
    kept = tmp_path / "kept"
    shutil.copytree(replaced, kept)
    kept_names, kept_epoch = _names(Desk(config(kept)))
    assert LATE in kept_names and kept_epoch == 1
    return "restored"


def test_restore_reports_every_file_operation(template: tuple[Path, Path], tmp_path: Path) -> None:
    data_dir, archive = _copy(template, tmp_path)
    assert run("restore", data_dir, 0, str(archive)) == RESTORE_STEPS
    assert _check_after(data_dir, tmp_path) == "restored"


@pytest.mark.parametrize("kill_at", range(1, len(RESTORE_STEPS) + 1))
def test_restore_killed_at_each_file_operation(
    template: tuple[Path, Path], tmp_path: Path, kill_at: int
) -> None:
    data_dir, archive = _copy(template, tmp_path)
    run("restore", data_dir, kill_at, str(archive))
    outcome = _check_after(data_dir, tmp_path)
    # until the journal is written nothing live has moved; once it is, the restore finishes
    expected = "old" if kill_at <= RESTORE_STEPS.index("journal") + 1 else "restored"
    assert outcome == expected


def test_restore_killed_inside_each_step_after_the_journal(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    """Finer: every call that changes a file once the live folder starts changing (inside the
    journal's atomic write, each move, the epoch marker, the clean-up)."""
    data_dir, archive = _copy(template, tmp_path)
    steps = run("restore-fine", data_dir, 0, str(archive))
    inner = [number for number, step in enumerate(steps, start=1) if step.startswith("os.")]
    assert len(inner) >= 10
    print(f"restore: {len(inner)} more kill points inside the steps: {' '.join(steps)}")
    for kill_at in inner:
        killed = tmp_path / f"killed-{kill_at}"
        shutil.copytree(template[0], killed)
        run("restore-fine", killed, kill_at, str(archive))
        expected = "old" if kill_at < steps.index("replaced_folder") + 1 else "restored"
        assert _check_after(killed, tmp_path / f"after-{kill_at}") == expected, steps[kill_at - 1]
        assert not list(killed.glob(".*.tmp")), steps[kill_at - 1]


def test_a_restore_missing_a_staged_file_is_rolled_back(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    data_dir, archive = _copy(template, tmp_path)
    run("restore", data_dir, RESTORE_STEPS.index("place:keyslots.json") + 1, str(archive))
    (staging,) = data_dir.glob(f"{STAGING_PREFIX}*")
    (staging / "keyslots.json").unlink()  # taken by outside hands
    assert _check_after(data_dir, tmp_path) == "old"
    # the half-placed restored database is kept beside, not deleted
    assert list((data_dir / "backups").glob("restore-failed-*/desk.db"))


def test_a_damaged_journal_is_set_aside_and_the_store_still_opens(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    data_dir, _ = _copy(template, tmp_path)
    (data_dir / JOURNAL_NAME).write_text('{"format": "entryhub-restore-journal", "staging": ')
    assert _check_after(data_dir, tmp_path) == "old"
    assert (data_dir / "restore-journal.damaged").exists()


def test_a_journal_naming_folders_outside_the_data_folder_is_not_followed(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    data_dir, _ = _copy(template, tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    journal = {
        "format": "entryhub-restore-journal",
        "version": 1,
        "staging": "../elsewhere",
        "replaced": "../elsewhere/replaced",
        "epoch": 9,
    }
    (data_dir / JOURNAL_NAME).write_text(json.dumps(journal))
    assert _check_after(data_dir, tmp_path) == "old"
    assert list(outside.iterdir()) == []


def test_init_refuses_and_points_to_restore_when_copies_are_kept(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    data_dir, archive = _copy(template, tmp_path)
    desk = Desk(config(data_dir))
    restore_backup(desk, archive, COORDINATOR, COORDINATOR_PASSWORD)
    restore_backup(desk, archive, COORDINATOR, COORDINATOR_PASSWORD)  # the same second again
    replaced = sorted((data_dir / "backups").glob("replaced-*"))
    assert len(replaced) == 2 and all((p / "desk.db").exists() for p in replaced)
    # the live store is lost: the folder still holds the replaced ones
    for name in ("desk.db", "keyslots.json"):
        (data_dir / name).unlink()
    for attempt in (desk.require_set_up, Desk(config(data_dir)).require_set_up):
        with pytest.raises(DeskError) as caught:
            attempt()
        assert caught.value.code == "store.has_copies"
        assert caught.value.exit_code == ExitCode.NO_STORE
        assert "'entryhub-desk restore" in caught.value.english()
        assert "'entryhub-desk init'" not in caught.value.english()
    with pytest.raises(DeskError) as refused:
        desk.set_up(hub_name="Hub", coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD)
    assert refused.value.code == "store.has_copies"
    assert not (data_dir / "desk.db").exists() and not (data_dir / "keyslots.json").exists()
    # and the restore it points to works
    restore_backup(desk, archive, COORDINATOR, COORDINATOR_PASSWORD)
    assert EARLY in _names(Desk(config(data_dir)))[0]


def test_a_restore_killed_before_its_journal_leaves_no_staging(
    template: tuple[Path, Path], tmp_path: Path
) -> None:
    data_dir, archive = _copy(template, tmp_path)
    run("restore", data_dir, RESTORE_STEPS.index("staged_synced") + 1, str(archive))
    assert list(data_dir.glob(f"{STAGING_PREFIX}*"))
    assert _check_after(data_dir, tmp_path) == "old"
