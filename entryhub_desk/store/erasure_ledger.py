"""The erasure ledger: a small file beside the store that outlives a restore from backup.

An erasure (right to be forgotten) is recorded in the store's ``erasure`` table, but a backup
made before the erasure does not know about it, and the store a restore replaces may be keyed
with another key. So every erasure is also written to ``erasures.json`` in the data folder,
*before* the erasure's transaction commits: a restore purges every person named there from the
restored copy before it goes live (:mod:`entryhub_desk.store.erasure`).

The file holds only the persons' random ids (UUIDs) and when each was erased: nothing personal.
It is written atomically (temp file, fsync, rename, fsync folder) and readable by its owner only.
A checksum catches damage; a damaged file is not trusted as a whole but every id in it is kept
(an id is written here only for an erased person, so keeping too many errs on the safe side).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from entryhub_desk.security.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

LEDGER_NAME: Final = "erasures.json"
FORMAT: Final = "entryhub-erasures"
VERSION: Final = 1
_UUID: Final = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ISO: Final = re.compile(r"\d{4}-\d{2}-\d{2}T[0-9:.]+Z")


def ledger_path(data_dir: Path) -> Path:
    """The ledger of the store in ``data_dir``."""
    return data_dir / LEDGER_NAME


def _checksum(erasures: Mapping[str, str]) -> str:
    canonical = json.dumps(dict(erasures), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Ledger:
    """The ledger as read: ``{person_id: erased_at}`` and whether the file was intact (a
    missing file is: nothing in it is damaged)."""

    erasures: dict[str, str]
    intact: bool


def load_ledger(path: Path) -> Ledger:
    """The ledger in ``path``, read once (a damaged file: every id in it, not intact)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Ledger({}, intact=True)
    try:
        document = json.loads(data)
        erasures = document["erasures"]
        if (
            document.get("format") != FORMAT
            or not isinstance(erasures, dict)
            or document.get("checksum") != _checksum(erasures)
        ):
            raise ValueError("checksum")
        found = {str(k): str(v) for k, v in erasures.items() if _UUID.fullmatch(str(k).encode())}
        return Ledger(found, intact=True)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        log.warning("the erasure ledger is damaged; every id in it is kept")
        return Ledger(_salvage(data), intact=False)


def read_ledger(path: Path) -> dict[str, str]:
    """``{person_id: erased_at}`` (ISO 8601 UTC, ``""`` when a damaged file lost it)."""
    return load_ledger(path).erasures


def _salvage(data: bytes) -> dict[str, str]:
    """Every person id in a damaged file, with its time where it can still be read."""
    found: dict[str, str] = {}
    for match in _UUID.finditer(data):
        tail = data[match.end() : match.end() + 64].decode("ascii", "replace")
        when = _ISO.search(tail)
        found[match.group().decode("ascii")] = when.group() if when else ""
    return found


def write_ledger(path: Path, erasures: Mapping[str, str]) -> None:
    """Replace the ledger with ``erasures`` (atomic, fsynced, owner-only)."""
    ordered = dict(sorted(erasures.items()))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "erasures": ordered,
        "checksum": _checksum(ordered),
    }
    text = json.dumps(document, indent=1, sort_keys=True) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, text.encode("ascii"))


def add_to_ledger(path: Path, erasures: Mapping[str, str]) -> dict[str, str]:
    """Merge ``erasures`` into the ledger (an id already there keeps its time, unless that was
    lost); writes only when something is new or the file is damaged. Returns the whole
    ledger."""
    ledger = load_ledger(path)
    merged = dict(ledger.erasures)
    for person_id, erased_at in erasures.items():
        if not merged.get(person_id):
            merged[person_id] = erased_at
    if merged != ledger.erasures or not ledger.intact:
        write_ledger(path, merged)
    return merged
