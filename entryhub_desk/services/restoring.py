"""Putting a restored store in place of the live one, journalled like a re-key.

A restore first builds the new store in a staging folder inside the data folder (see
:mod:`.backup`); nothing live is touched until the staged store is complete and synced. Then:

1. ``restore-journal.json`` is written (atomically, synced): the staging folder, the folder
   that receives the replaced store (``backups/replaced-<time>``) and the new epoch;
2. the live ``desk.db`` (with its ``-wal`` and ``-shm``) and ``keyslots.json`` move to the
   replaced folder, the staged ones into the data folder — each move an ``os.replace`` within
   the data folder's file system followed by a sync of the folders involved;
3. the epoch marker is written, the journal removed, the staging folder deleted.

A file that still sits in the staging folder has not been put in place yet, so after a crash at
any step :func:`settle` — run under the exclusive folder lock before anyone opens the store —
knows what was done: it finishes the moves while the staged files are there, and otherwise
puts the replaced store back. The folder never ends up without a store, and the replaced
store is never deleted.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from entryhub_desk.security.atomic import atomic_write_bytes, fsync_directory

log = logging.getLogger(__name__)

Checkpoint = Callable[[str], None]

JOURNAL_NAME: Final = "restore-journal.json"
JOURNAL_FORMAT: Final = "entryhub-restore-journal"
STAGING_PREFIX: Final = ".restore-"
DB_NAME: Final = "desk.db"
SLOTS_NAME: Final = "keyslots.json"
DB_SIDE_FILES: Final = ("desk.db-wal", "desk.db-shm")
# The epoch marker is not secret: it only remembers the highest epoch this folder has used,
# so that restoring an old backup twice never reuses an epoch.
EPOCH_MARKER: Final = "epoch"


@dataclass(frozen=True)
class RestorePlan:
    """What the journal records; paths relative to the data folder."""

    staging: str
    replaced: str
    epoch: int


def _no_checkpoint(_step: str) -> None:
    return None


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_NAME


def is_unfinished(data_dir: Path) -> bool:
    return journal_path(data_dir).exists()


def new_staging(data_dir: Path) -> Path:
    """A fresh staging folder inside the data folder (same file system as the store)."""
    return Path(tempfile.mkdtemp(dir=data_dir, prefix=STAGING_PREFIX))


def replaced_folder(data_dir: Path, backups_dir: Path, when: float) -> str:
    """A new ``backups/replaced-<time>`` name (never one already used), relative."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(when))
    candidate = backups_dir / f"replaced-{stamp}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = backups_dir / f"replaced-{stamp}-{counter}"
    return candidate.relative_to(data_dir).as_posix()


def put_in_place(data_dir: Path, plan: RestorePlan, checkpoint: Checkpoint | None = None) -> None:
    """Journal the plan, then swap the staged store in (steps reported to ``checkpoint``)."""
    step = checkpoint or _no_checkpoint
    step("journal")
    document = {
        "format": JOURNAL_FORMAT,
        "version": 1,
        "staging": plan.staging,
        "replaced": plan.replaced,
        "epoch": plan.epoch,
    }
    atomic_write_bytes(journal_path(data_dir), json.dumps(document, sort_keys=True).encode())
    _carry_out(data_dir, plan, step)


def settle(data_dir: Path) -> str | None:
    """Finish or undo a restore that a crash cut short; call under the exclusive lock.
    Returns ``"finished"``, ``"rolled back"`` or None when there was nothing to do."""
    path = journal_path(data_dir)
    if not path.exists():
        _remove_leftovers(data_dir)
        return None
    plan = _read_journal(data_dir, path)
    if plan is None:
        # Only outside hands damage an atomically written journal: keep it for a person to
        # look at, and leave every file where it is.
        os.replace(path, path.with_suffix(".damaged"))
        fsync_directory(data_dir)
        log.warning("a damaged restore journal was set aside")
        return None
    outcome = _carry_out(data_dir, plan, _no_checkpoint)
    _remove_leftovers(data_dir)
    log.warning("an interrupted restore was %s", outcome)
    return outcome


# -- the steps --------------------------------------------------------------------------------


def _carry_out(data_dir: Path, plan: RestorePlan, step: Checkpoint) -> str:
    staging = data_dir / plan.staging
    replaced = data_dir / plan.replaced
    placed = [name for name in (DB_NAME, SLOTS_NAME) if not (staging / name).exists()]
    if any(not (data_dir / name).exists() for name in placed):
        outcome = "rolled back"
        _roll_back(data_dir, replaced, placed, step)
    else:
        outcome = "finished"
        _finish(data_dir, staging, replaced, step)
        step("epoch_marker")
        write_epoch_marker(data_dir, max(read_epoch_marker(data_dir), plan.epoch))
    step("journal_removed")
    journal_path(data_dir).unlink(missing_ok=True)
    fsync_directory(data_dir)
    step("staging_removed")
    shutil.rmtree(staging, ignore_errors=True)
    return outcome


def _finish(data_dir: Path, staging: Path, replaced: Path, step: Checkpoint) -> None:
    step("replaced_folder")
    replaced.mkdir(parents=True, exist_ok=True)
    fsync_directory(replaced.parent)
    if (staging / DB_NAME).exists():
        # The database first, then its WAL: the data folder never holds a database without
        # the WAL that belongs to it.
        for name in (DB_NAME, *DB_SIDE_FILES):
            if (data_dir / name).exists():
                step(f"aside:{name}")
                _move(data_dir / name, replaced / name)
    if (staging / SLOTS_NAME).exists() and (data_dir / SLOTS_NAME).exists():
        step(f"aside:{SLOTS_NAME}")
        _move(data_dir / SLOTS_NAME, replaced / SLOTS_NAME)
    for name in (DB_NAME, SLOTS_NAME):
        if (staging / name).exists():
            step(f"place:{name}")
            _move(staging / name, data_dir / name)


def _roll_back(data_dir: Path, replaced: Path, placed: list[str], step: Checkpoint) -> None:
    """A staged file is missing (taken by outside hands): put the replaced store back, and
    keep what was already put in place beside it."""
    failed = replaced.with_name(replaced.name.replace("replaced-", "restore-failed-", 1))
    for name in placed:
        if (data_dir / name).exists() and (replaced / name).exists():
            step(f"undo:{name}")
            failed.mkdir(parents=True, exist_ok=True)
            _move(data_dir / name, failed / name)
    for name in (DB_NAME, *DB_SIDE_FILES, SLOTS_NAME):
        if (replaced / name).exists() and not (data_dir / name).exists():
            step(f"back:{name}")
            _move(replaced / name, data_dir / name)


def _move(source: Path, target: Path) -> None:
    """``os.replace`` that never overwrites, made durable in both folders."""
    counter = 1
    while target.exists():
        counter += 1
        target = target.with_name(f"{target.name.split('~')[0]}~{counter}")
    os.replace(source, target)
    fsync_directory(target.parent)
    if source.parent != target.parent:
        fsync_directory(source.parent)


def _read_journal(data_dir: Path, path: Path) -> RestorePlan | None:
    try:
        document = json.loads(path.read_bytes())
        plan = RestorePlan(
            staging=str(document["staging"]),
            replaced=str(document["replaced"]),
            epoch=int(document["epoch"]),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if document.get("format") != JOURNAL_FORMAT:
        return None
    root = data_dir.resolve()
    for relative in (plan.staging, plan.replaced):
        target = (data_dir / relative).resolve()
        if target == root or root not in target.parents:
            return None  # the journal only ever names folders inside the data folder
    return plan


def _remove_leftovers(data_dir: Path) -> None:
    """Staging folders of restores that died before their journal was written, and the
    temporary files of a journal or epoch marker whose atomic write was cut short."""
    with contextlib.suppress(OSError):
        for leftover in data_dir.glob(f"{STAGING_PREFIX}*"):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
        for name in (JOURNAL_NAME, EPOCH_MARKER):
            for partial in data_dir.glob(f".{name}.*.tmp"):
                partial.unlink(missing_ok=True)


def read_epoch_marker(data_dir: Path) -> int:
    try:
        return int((data_dir / EPOCH_MARKER).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0


def write_epoch_marker(data_dir: Path, epoch: int) -> None:
    atomic_write_bytes(data_dir / EPOCH_MARKER, str(epoch).encode("ascii"))
