"""The key-slot file (:mod:`entryhub_desk.security.keyslots`): creating it, unlocking a staff
slot or the recovery slot, and the staff changes (add, remove, password). Re-keying:
``test_keyslots_rekey.py``; damaged and tampered files: ``test_keyslots_tampering.py``."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from entryhub_desk.errors import ExitCode
from entryhub_desk.security.keyslots import KeyStore, Unlocked
from entryhub_desk.security.recovery import format_recovery_key, new_recovery_secret
from tests.security.keyslots_fixtures import (
    DB_UUID,
    PW_ALICE,
    PW_BOB,
    N,
    db_key,
    desk_error,
    path,
    recovery,
    refused,
    staff_slot,
    store,
)

__all__ = ["db_key", "path", "recovery", "store"]  # the fixtures, used by name


# --- creating and unlocking ---------------------------------------------------------------------


def test_create_and_unlock(store: KeyStore, db_key: bytes, recovery: str) -> None:
    assert store.exists()
    assert store.database_uuid() == DB_UUID
    assert store.staff_names() == ["Alice", "Bob"]
    unlocked = store.unlock("Alice", PW_ALICE)
    assert unlocked.staff_id == "staff-a"
    assert unlocked.keys == (db_key,)
    assert store.unlock("  aLICE ", PW_ALICE).keys == (db_key,)
    assert store.unlock("bob", PW_BOB) == Unlocked(
        "staff-b", store.unlock("Bob", PW_BOB).slot_id, (db_key,)
    )
    assert db_key.hex() not in repr(unlocked)
    assert not store.has_pending_rekey()
    store.verify(db_key)


def test_recovery_key_is_shown_form(recovery: str) -> None:
    groups = recovery.split("-")
    assert len(groups) == 6 and all(len(g) == 6 for g in groups)


def test_file_holds_no_secrets(path: Path, db_key: bytes, recovery: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert PW_ALICE not in text
    assert db_key.hex() not in text
    assert recovery not in text
    assert "Alice" in text  # labels are listed before login


def test_staff_names_sorted_case_insensitively(store: KeyStore, db_key: bytes) -> None:
    store.create(
        database_uuid=DB_UUID, db_key=db_key, staff_id="1", staff_name="bertil", password="p"
    )
    store.add_staff(db_key, staff_id="2", staff_name="Anna", password="p")
    store.add_staff(db_key, staff_id="3", staff_name="Cecilia", password="p")
    assert store.staff_names() == ["Anna", "bertil", "Cecilia"]


def test_create_twice_refused(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    refused(
        path,
        (
            "slots.exists",
            lambda: store.create(
                database_uuid=DB_UUID, db_key=db_key, staff_id="x", staff_name="X", password="p"
            ),
        ),
    )


def test_wrong_password(store: KeyStore, recovery: str) -> None:
    error = desk_error(lambda: store.unlock("Alice", PW_BOB))
    assert error.code == "auth.wrong_password"
    assert error.exit_code == ExitCode.DENIED


def test_unknown_staff(store: KeyStore, recovery: str) -> None:
    error = desk_error(lambda: store.unlock("Mallory", PW_ALICE))
    assert error.code == "auth.unknown_staff"
    assert error.english() == desk_error(lambda: store.unlock("Alice", "nope")).english()


def test_missing_file(store: KeyStore) -> None:
    assert not store.exists()
    for call in (store.staff_names, store.database_uuid, lambda: store.unlock("a", "b")):
        error = desk_error(call)
        assert error.code == "slots.missing"
        assert error.exit_code == ExitCode.NO_STORE


def test_scrypt_cost_is_stored_per_slot(path: Path, db_key: bytes, recovery: str) -> None:
    KeyStore(path, scrypt_n=2**5).add_staff(db_key, staff_id="c", staff_name="Cem", password="pw")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert staff_slot(document)["kdf"]["n"] == N
    assert staff_slot(document, "c")["kdf"] == {
        **staff_slot(document, "c")["kdf"],
        "n": 32,
        "r": 8,
        "p": 1,
    }
    reader = KeyStore(path)  # no cost given: the stored one is used, nothing is calibrated
    assert reader.unlock("Cem", "pw").keys == (db_key,)
    assert reader.unlock("Alice", PW_ALICE).keys == (db_key,)


def test_bad_scrypt_n_refused(path: Path) -> None:
    with pytest.raises(ValueError):
        KeyStore(path, scrypt_n=3)


def test_bad_db_key_refused(store: KeyStore) -> None:
    with pytest.raises(ValueError):
        store.create(
            database_uuid=DB_UUID, db_key=b"short", staff_id="a", staff_name="A", password="p"
        )


@pytest.mark.parametrize("name", ["", "   ", "tab\there", "x" * 201])
def test_bad_staff_name_refused(store: KeyStore, db_key: bytes, name: str) -> None:
    error = desk_error(
        lambda: store.create(
            database_uuid=DB_UUID, db_key=db_key, staff_id="a", staff_name=name, password="p"
        )
    )
    assert error.code == "validation.invalid"
    assert not store.exists()


# --- recovery -----------------------------------------------------------------------------------


def test_unlock_with_recovery(store: KeyStore, db_key: bytes, recovery: str) -> None:
    assert store.unlock_with_recovery(recovery) == (db_key,)
    assert store.unlock_with_recovery(recovery.lower().replace("-", " ")) == (db_key,)


def test_wrong_recovery_key(store: KeyStore, recovery: str) -> None:
    other = format_recovery_key(new_recovery_secret())
    error = desk_error(lambda: store.unlock_with_recovery(other))
    assert error.code == "recovery.wrong_key"
    assert error.exit_code == ExitCode.DENIED


def test_recovery_typo_names_group(store: KeyStore, recovery: str) -> None:
    groups = recovery.split("-")
    groups[3] = ("1" if groups[3][0] != "1" else "2") + groups[3][1:]
    error = desk_error(lambda: store.unlock_with_recovery("-".join(groups)))
    assert error.code == "recovery.bad_check"
    assert error.params["group"] == 4
    assert desk_error(lambda: store.unlock_with_recovery("ABC")).code == "recovery.bad_format"


def test_replace_recovery_key(store: KeyStore, db_key: bytes, recovery: str) -> None:
    fresh = store.replace_recovery_key(db_key)
    assert fresh != recovery
    assert store.unlock_with_recovery(fresh) == (db_key,)
    assert desk_error(lambda: store.unlock_with_recovery(recovery)).code == "recovery.wrong_key"


# --- staff changes ------------------------------------------------------------------------------


def test_add_staff(store: KeyStore, db_key: bytes, recovery: str) -> None:
    store.add_staff(db_key, staff_id="staff-c", staff_name="Cem Öztürk", password="c pw")
    assert store.unlock("cem öztürk", "c pw").staff_id == "staff-c"
    assert store.staff_names() == ["Alice", "Bob", "Cem Öztürk"]


def test_add_existing_staff_refused(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    refused(
        path,
        (
            "staff.exists",
            lambda: store.add_staff(db_key, staff_id="new", staff_name="ALICE", password="p"),
        ),
        (
            "staff.exists",
            lambda: store.add_staff(db_key, staff_id="staff-a", staff_name="Other", password="p"),
        ),
    )


def test_changes_need_the_database_key(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    wrong = os.urandom(32)
    calls: list[Callable[[], object]] = [
        lambda: store.add_staff(wrong, staff_id="c", staff_name="C", password="p"),
        lambda: store.remove_staff(wrong, "staff-b"),
        lambda: store.set_password(wrong, staff_id="staff-b", staff_name="Bob", password="p"),
        lambda: store.begin_rekey(wrong, os.urandom(32)),
        lambda: store.abort_rekey(wrong),
        lambda: store.replace_recovery_key(wrong),
        lambda: store.verify(wrong),
    ]
    refused(path, *(("slots.tampered", call) for call in calls))


def test_remove_staff(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    store.remove_staff(db_key, "staff-b")
    assert store.staff_names() == ["Alice"]
    assert desk_error(lambda: store.unlock("Bob", PW_BOB)).code == "auth.unknown_staff"
    refused(path, ("staff.unknown", lambda: store.remove_staff(db_key, "staff-b")))
    assert store.unlock_with_recovery(recovery) == (db_key,)


def test_set_password(store: KeyStore, db_key: bytes, recovery: str) -> None:
    old_slot = store.unlock("Bob", PW_BOB).slot_id
    store.set_password(db_key, staff_id="staff-b", staff_name="Bob", password="new bob pw")
    assert desk_error(lambda: store.unlock("Bob", PW_BOB)).code == "auth.wrong_password"
    unlocked = store.unlock("Bob", "new bob pw")
    assert unlocked.keys == (db_key,)
    assert unlocked.slot_id != old_slot
    assert store.unlock("Alice", PW_ALICE).keys == (db_key,)
    assert store.staff_names() == ["Alice", "Bob"]


def test_set_password_renames_and_checks(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    store.set_password(db_key, staff_id="staff-b", staff_name="Robert", password="pw2")
    assert store.staff_names() == ["Alice", "Robert"]
    assert store.unlock("Robert", "pw2").staff_id == "staff-b"
    refused(
        path,
        (
            "staff.exists",
            lambda: store.set_password(
                db_key, staff_id="staff-b", staff_name="alice", password="x"
            ),
        ),
        (
            "staff.unknown",
            lambda: store.set_password(
                db_key, staff_id="nobody", staff_name="Nobody", password="x"
            ),
        ),
    )


def test_failed_write_keeps_old_file(
    store: KeyStore, path: Path, db_key: bytes, recovery: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = path.read_bytes()

    def broken(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        store.add_staff(db_key, staff_id="c", staff_name="Cem", password="p")
    with pytest.raises(OSError):
        store.begin_rekey(db_key, os.urandom(32))
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["keyslots.json", "keyslots.lock"]
    monkeypatch.undo()
    assert store.staff_names() == ["Alice", "Bob"]
    assert not store.has_pending_rekey()
