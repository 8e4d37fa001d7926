"""Damaged and tampered key-slot files: a damaged file is ``slots.corrupt``, a change made with
the checksum recomputed is caught (as a wrong password where the slot's own key is bound, as
``slots.tampered`` elsewhere) and nothing reads or changes the file."""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.security.sealing import new_key_pair
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


def _flip_b64(value: str, index: int = 5) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


# --- damaged and tampered files -----------------------------------------------------------------


def _all_reads_fail(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    """Every read and change says the file is corrupt and leaves it as it is."""
    calls: list[Callable[[], object]] = [
        store.staff_names,
        store.database_uuid,
        store.has_pending_rekey,
        lambda: store.unlock("Alice", PW_ALICE),
        lambda: store.unlock_with_recovery(recovery),
        lambda: store.verify(db_key),
        lambda: store.add_staff(db_key, staff_id="c", staff_name="C", password="p"),
        lambda: store.begin_rekey(db_key, os.urandom(32)),
    ]
    refused(path, *(("slots.corrupt", call) for call in calls))


def test_flipped_byte_without_checksum_is_corrupt(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    def flip(document: Document) -> None:
        slot = staff_slot(document)
        slot["private"]["ciphertext"] = _flip_b64(slot["private"]["ciphertext"])

    edit_file(path, flip, fix_checksum=False)
    _all_reads_fail(store, path, db_key, recovery)


def test_raw_byte_flip_is_corrupt(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    raw = bytearray(path.read_bytes())
    index = raw.index(b'"ciphertext": "') + 20
    raw[index] = ord("A") if raw[index] != ord("A") else ord("B")
    path.write_bytes(bytes(raw))
    _all_reads_fail(store, path, db_key, recovery)
    assert path.read_bytes() == bytes(raw)


def _flip_in(part: str, field: str, index: int = 5) -> Callable[[Document], None]:
    def change(slot: Document) -> None:
        slot[part][field] = _flip_b64(slot[part][field], index)

    return change


def _set(**values: object) -> Callable[[Document], None]:
    return lambda slot: slot.update(values)


def _set_kdf(**values: object) -> Callable[[Document], None]:
    return lambda slot: slot["kdf"].update(values)


def _stranger_public_key(slot: Document) -> None:
    slot["public_key"] = base64.b64encode(new_key_pair()[1]).decode()


@pytest.mark.parametrize(
    ("change", "unlock_code"),
    [
        # the wrapped private key: AES-GCM fails, indistinguishable from a wrong password
        (_flip_in("private", "ciphertext"), "auth.wrong_password"),
        (_flip_in("private", "nonce", 0), "auth.wrong_password"),
        # identity and KDF are bound to the wrapped key by the associated data
        (_set(staff_id="staff-x"), "auth.wrong_password"),
        (_set_kdf(n=32), "auth.wrong_password"),
        (_set_kdf(r=4), "auth.wrong_password"),
        (_flip_in("kdf", "salt"), "auth.wrong_password"),
        # the sealed database key opens only under the slot's own key and generation
        (_flip_in("seal", "ciphertext"), "slots.tampered"),
        (_flip_in("seal", "ephemeral"), "slots.tampered"),
        # a swapped public key is caught against the unwrapped private key
        (_stranger_public_key, "slots.tampered"),
        # only the keyed MAC catches a renamed slot
        (_set(label="Mallory"), "slots.tampered"),
    ],
)
def test_tampering_with_checksum_recomputed(
    store: KeyStore,
    path: Path,
    db_key: bytes,
    recovery: str,
    change: Callable[[Document], None],
    unlock_code: str,
) -> None:
    edit_file(path, lambda document: change(staff_slot(document)), fix_checksum=True)
    name = "Mallory" if "Mallory" in store.staff_names() else "Alice"
    tampered: list[Callable[[], object]] = [
        lambda: store.verify(db_key),
        lambda: store.unlock("Bob", PW_BOB),
        lambda: store.unlock_with_recovery(recovery),
        lambda: store.add_staff(db_key, staff_id="c", staff_name="C", password="p"),
        lambda: store.remove_staff(db_key, "staff-b"),
        lambda: store.set_password(db_key, staff_id="staff-a", staff_name="Alice", password="p"),
        lambda: store.begin_rekey(db_key, os.urandom(32)),
        lambda: store.abort_rekey(db_key),
    ]
    refused(
        path,
        (unlock_code, lambda: store.unlock(name, PW_ALICE)),
        *(("slots.tampered", call) for call in tampered),
    )


def test_changed_database_uuid_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    edit_file(path, lambda d: d.update(database_uuid="another-database"), fix_checksum=True)
    refused(
        path,
        ("auth.wrong_password", lambda: store.unlock("Alice", PW_ALICE)),
        ("recovery.wrong_key", lambda: store.unlock_with_recovery(recovery)),
        ("slots.tampered", lambda: store.verify(db_key)),
    )


def test_removed_slot_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    edit_file(
        path,
        lambda d: d.update(slots=[s for s in d["slots"] if s["staff_id"] != "staff-b"]),
        fix_checksum=True,
    )
    assert desk_error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"
    assert desk_error(lambda: store.verify(db_key)).code == "slots.tampered"


def test_old_generation_replayed_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    edit_file(path, lambda d: d.update(generation=2), fix_checksum=True)
    assert desk_error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"


def test_dropped_pending_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    store.begin_rekey(db_key, os.urandom(32))
    edit_file(path, lambda d: d.update(pending=None, pending_mac=None), fix_checksum=True)
    assert desk_error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"
    assert desk_error(lambda: store.verify(db_key)).code == "slots.tampered"


@pytest.mark.parametrize("n", [2**23, 2**30, 2**40, 1, 0, -16, 24])
def test_kdf_cost_out_of_bounds_is_corrupt(
    store: KeyStore, path: Path, db_key: bytes, recovery: str, n: int
) -> None:
    edit_file(path, lambda d: staff_slot(d)["kdf"].update(n=n), fix_checksum=True)
    refused(path, ("slots.corrupt", lambda: store.unlock("Alice", PW_ALICE)))


def test_tampered_error_text(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    edit_file(path, lambda d: staff_slot(d).update(label="Mallory"), fix_checksum=True)
    error = desk_error(lambda: store.verify(db_key))
    assert "tampered" in error.english()
    assert "nothing was changed" in error.english()
