"""The erasure ledger file: ids and times only, owner-only, atomic, and a damaged file loses
no id (it errs on the side of erasure)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from entryhub_desk.ids import new_id
from entryhub_desk.store.erasure import ledger_of
from entryhub_desk.store.erasure_ledger import (
    add_to_ledger,
    ledger_path,
    load_ledger,
    read_ledger,
    write_ledger,
)
from entryhub_desk.store.sync_apply import apply_remote
from tests.conftest import FakeClock
from tests.sync.helpers import make_desk

WHEN = "2026-09-21T10:00:00.000000Z"
LATER = "2026-10-01T08:30:00.000000Z"


def test_written_atomically_for_the_owner_only(tmp_path: Path) -> None:
    path = ledger_path(tmp_path)
    assert read_ledger(path) == {}  # no file yet: nothing erased
    first, second = new_id(), new_id()
    add_to_ledger(path, {first: WHEN})
    add_to_ledger(path, {second: LATER, first: LATER})  # an id keeps its first time
    assert read_ledger(path) == {first: WHEN, second: LATER}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left
    document = json.loads(path.read_text(encoding="ascii"))
    assert set(document) == {"format", "version", "erasures", "checksum"}


def test_a_damaged_ledger_keeps_every_id(tmp_path: Path) -> None:
    path = ledger_path(tmp_path)
    ids = sorted(new_id() for _ in range(3))
    write_ledger(path, dict.fromkeys(ids, WHEN))
    data = path.read_bytes()
    path.write_bytes(data[: data.index(ids[2].encode()) + 36])  # cut off mid-file
    salvaged = read_ledger(path)
    assert set(salvaged) == set(ids)
    assert salvaged[ids[0]] == WHEN and salvaged[ids[2]] == ""  # its time was cut off
    # the next write repairs the file and keeps them all
    extra = new_id()
    add_to_ledger(path, {extra: LATER, ids[2]: LATER})
    repaired = read_ledger(path)
    assert set(repaired) == {*ids, extra} and repaired[ids[2]] == LATER
    assert json.loads(path.read_bytes())["checksum"]


def test_an_edited_ledger_is_not_trusted_as_a_whole(tmp_path: Path) -> None:
    path = ledger_path(tmp_path)
    person = new_id()
    write_ledger(path, {person: WHEN})
    document = json.loads(path.read_text(encoding="ascii"))
    document["erasures"]["not-an-id"] = WHEN  # an edit: checksum no longer matches
    path.write_text(json.dumps(document), encoding="ascii")
    assert read_ledger(path) == {person: WHEN}


def test_a_ledger_torn_at_any_byte_keeps_every_whole_id_and_is_mended_at_the_next_pull(
    tmp_path: Path,
) -> None:
    """A write cut by a power loss (rename done, data not yet on the disk) leaves the ledger
    torn anywhere, down to an empty file: no read raises, no id is made up, every id written
    whole is kept, and the next pull writes the file whole again."""
    session = make_desk(tmp_path, "a", FakeClock())
    path = ledger_of(session.opened.conn)
    ids = sorted(new_id() for _ in range(3))
    write_ledger(path, dict.fromkeys(ids, WHEN))
    whole = path.read_bytes()
    try:
        for cut in (*range(0, len(whole), 7), len(whole) - 1):
            torn = whole[:cut]
            path.write_bytes(torn)
            kept = set(read_ledger(path))
            assert kept == {i for i in ids if i.encode() in torn}
            apply_remote(session.opened.context, [], cursor=None)
            mended = load_ledger(path)
            assert mended.intact, cut
            assert set(mended.erasures) == kept
    finally:
        session.close()
