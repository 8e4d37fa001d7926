"""Re-keying the key-slot file: a pending new database key sealed to every slot, committed
or aborted; nothing else changes while it is pending, and its seals are bound to their slots."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from entryhub_desk.security.keyslots import KeyStore
from tests.security.keyslots_fixtures import (
    PW_ALICE,
    PW_BOB,
    Document,
    db_key,
    desk_error,
    edit_file,
    path,
    recovery,
    refused,
    staff_slot,
    store,
)

__all__ = ["db_key", "path", "recovery", "store"]  # the fixtures, used by name


# --- re-keying ----------------------------------------------------------------------------------


def test_rekey_commit(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    new_key = os.urandom(32)
    store.begin_rekey(db_key, new_key)
    assert store.has_pending_rekey()
    assert store.unlock("Alice", PW_ALICE).keys == (db_key, new_key)
    assert store.unlock("Bob", PW_BOB).keys == (db_key, new_key)
    assert store.unlock_with_recovery(recovery) == (db_key, new_key)
    store.verify(db_key)
    store.verify(new_key)
    # no other change while a re-key is unfinished
    refused(
        path,
        (
            "slots.rekey_pending",
            lambda: store.add_staff(db_key, staff_id="c", staff_name="C", password="p"),
        ),
        ("slots.rekey_pending", lambda: store.begin_rekey(db_key, os.urandom(32))),
        ("slots.tampered", lambda: store.commit_rekey(os.urandom(32))),
        ("slots.tampered", lambda: store.commit_rekey(db_key)),
    )

    store.commit_rekey(new_key)
    assert not store.has_pending_rekey()
    assert store.unlock("Alice", PW_ALICE).keys == (new_key,)
    assert store.unlock("Bob", PW_BOB).keys == (new_key,)
    assert store.unlock_with_recovery(recovery) == (new_key,)
    assert json.loads(path.read_text(encoding="utf-8"))["generation"] == 2
    store.verify(new_key)
    assert desk_error(lambda: store.verify(db_key)).code == "slots.tampered"
    store.add_staff(new_key, staff_id="c", staff_name="Cem", password="p")
    assert store.unlock("Cem", "p").keys == (new_key,)


def test_rekey_abort(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    before = json.loads(path.read_text(encoding="utf-8"))
    new_key = os.urandom(32)
    store.begin_rekey(db_key, new_key)
    refused(path, ("slots.tampered", lambda: store.abort_rekey(new_key)))
    store.abort_rekey(db_key)
    assert not store.has_pending_rekey()
    assert store.unlock("Alice", PW_ALICE).keys == (db_key,)
    assert desk_error(lambda: store.verify(new_key)).code == "slots.tampered"
    after = json.loads(path.read_text(encoding="utf-8"))
    assert after["slots"] == before["slots"] and after["generation"] == before["generation"]
    store.abort_rekey(db_key)  # nothing pending: nothing to do


def test_commit_without_pending(store: KeyStore, db_key: bytes, recovery: str) -> None:
    assert desk_error(lambda: store.commit_rekey(db_key)).code == "slots.no_rekey_pending"


def test_rekey_to_same_key_refused(store: KeyStore, db_key: bytes, recovery: str) -> None:
    with pytest.raises(ValueError):
        store.begin_rekey(db_key, db_key)


def test_repeated_rekeys(store: KeyStore, db_key: bytes, recovery: str) -> None:
    key = db_key
    for _ in range(3):
        new_key = os.urandom(32)
        store.begin_rekey(key, new_key)
        store.commit_rekey(new_key)
        key = new_key
    assert store.unlock("Bob", PW_BOB).keys == (key,)


def test_pending_seal_swapped_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    store.begin_rekey(db_key, os.urandom(32))
    a = staff_slot(json.loads(path.read_text()))["slot_id"]
    b = staff_slot(json.loads(path.read_text()), "staff-b")["slot_id"]

    def swap(document: Document) -> None:
        seals = document["pending"]["seals"]
        seals[a], seals[b] = seals[b], seals[a]

    edit_file(path, swap, fix_checksum=True)
    assert desk_error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"
