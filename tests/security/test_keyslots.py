from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.security.keyslots import KeyStore, Unlocked
from entryhub_desk.security.keyslots_format import canonical_json
from entryhub_desk.security.recovery import format_recovery_key, new_recovery_secret
from entryhub_desk.security.sealing import new_key_pair

N = 2**4
DB_UUID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
PW_ALICE = "alice's long password"
PW_BOB = "bob's long password"

Document = dict[str, Any]


@pytest.fixture
def db_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "keyslots.json"


@pytest.fixture
def store(path: Path) -> KeyStore:
    return KeyStore(path, scrypt_n=N)


@pytest.fixture
def recovery(store: KeyStore, db_key: bytes) -> str:
    text = store.create(
        database_uuid=DB_UUID, db_key=db_key, staff_id="staff-a", staff_name="Alice",
        password=PW_ALICE,
    )  # fmt: skip
    store.add_staff(db_key, staff_id="staff-b", staff_name="Bob", password=PW_BOB)
    return text


def _error(call: Callable[[], object]) -> DeskError:
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value


def _edit(path: Path, change: Callable[[Document], None], *, fix_checksum: bool) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    if fix_checksum:
        content = {k: v for k, v in document.items() if k not in ("checksum", "mac", "pending_mac")}
        document["checksum"] = hashlib.sha256(canonical_json(content)).hexdigest()
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def _flip_b64(value: str, index: int = 5) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def _staff_slot(document: Document, staff_id: str = "staff-a") -> Document:
    return next(s for s in document["slots"] if s["staff_id"] == staff_id)


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
    before = path.read_bytes()
    error = _error(
        lambda: store.create(
            database_uuid=DB_UUID, db_key=db_key, staff_id="x", staff_name="X", password="p"
        )
    )
    assert error.code == "slots.exists"
    assert path.read_bytes() == before


def test_wrong_password(store: KeyStore, recovery: str) -> None:
    error = _error(lambda: store.unlock("Alice", PW_BOB))
    assert error.code == "auth.wrong_password"
    assert error.exit_code == ExitCode.DENIED


def test_unknown_staff(store: KeyStore, recovery: str) -> None:
    error = _error(lambda: store.unlock("Mallory", PW_ALICE))
    assert error.code == "auth.unknown_staff"
    assert error.english() == _error(lambda: store.unlock("Alice", "nope")).english()


def test_missing_file(store: KeyStore) -> None:
    assert not store.exists()
    for call in (store.staff_names, store.database_uuid, lambda: store.unlock("a", "b")):
        error = _error(call)
        assert error.code == "slots.missing"
        assert error.exit_code == ExitCode.NO_STORE


def test_scrypt_cost_is_stored_per_slot(path: Path, db_key: bytes, recovery: str) -> None:
    KeyStore(path, scrypt_n=2**5).add_staff(db_key, staff_id="c", staff_name="Cem", password="pw")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert _staff_slot(document)["kdf"]["n"] == N
    assert _staff_slot(document, "c")["kdf"] == {
        **_staff_slot(document, "c")["kdf"],
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
    error = _error(
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
    error = _error(lambda: store.unlock_with_recovery(other))
    assert error.code == "recovery.wrong_key"
    assert error.exit_code == ExitCode.DENIED


def test_recovery_typo_names_group(store: KeyStore, recovery: str) -> None:
    groups = recovery.split("-")
    groups[3] = ("1" if groups[3][0] != "1" else "2") + groups[3][1:]
    error = _error(lambda: store.unlock_with_recovery("-".join(groups)))
    assert error.code == "recovery.bad_check"
    assert error.params["group"] == 4
    assert _error(lambda: store.unlock_with_recovery("ABC")).code == "recovery.bad_format"


def test_replace_recovery_key(store: KeyStore, db_key: bytes, recovery: str) -> None:
    fresh = store.replace_recovery_key(db_key)
    assert fresh != recovery
    assert store.unlock_with_recovery(fresh) == (db_key,)
    assert _error(lambda: store.unlock_with_recovery(recovery)).code == "recovery.wrong_key"


# --- staff changes ------------------------------------------------------------------------------


def test_add_staff(store: KeyStore, db_key: bytes, recovery: str) -> None:
    store.add_staff(db_key, staff_id="staff-c", staff_name="Cem Öztürk", password="c pw")
    assert store.unlock("cem öztürk", "c pw").staff_id == "staff-c"
    assert store.staff_names() == ["Alice", "Bob", "Cem Öztürk"]


def test_add_existing_staff_refused(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    before = path.read_bytes()
    assert (
        _error(
            lambda: store.add_staff(db_key, staff_id="new", staff_name="ALICE", password="p")
        ).code
        == "staff.exists"
    )
    assert (
        _error(
            lambda: store.add_staff(db_key, staff_id="staff-a", staff_name="Other", password="p")
        ).code
        == "staff.exists"
    )
    assert path.read_bytes() == before


def test_changes_need_the_database_key(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    before = path.read_bytes()
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
    for call in calls:
        assert _error(call).code == "slots.tampered"
    assert path.read_bytes() == before


def test_remove_staff(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    store.remove_staff(db_key, "staff-b")
    assert store.staff_names() == ["Alice"]
    assert _error(lambda: store.unlock("Bob", PW_BOB)).code == "auth.unknown_staff"
    before = path.read_bytes()
    assert _error(lambda: store.remove_staff(db_key, "staff-b")).code == "staff.unknown"
    assert path.read_bytes() == before
    assert store.unlock_with_recovery(recovery) == (db_key,)


def test_set_password(store: KeyStore, db_key: bytes, recovery: str) -> None:
    old_slot = store.unlock("Bob", PW_BOB).slot_id
    store.set_password(db_key, staff_id="staff-b", staff_name="Bob", password="new bob pw")
    assert _error(lambda: store.unlock("Bob", PW_BOB)).code == "auth.wrong_password"
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
    before = path.read_bytes()
    assert (
        _error(
            lambda: store.set_password(db_key, staff_id="staff-b", staff_name="alice", password="x")
        ).code
        == "staff.exists"
    )
    assert (
        _error(
            lambda: store.set_password(db_key, staff_id="nobody", staff_name="Nobody", password="x")
        ).code
        == "staff.unknown"
    )
    assert path.read_bytes() == before


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
    before = path.read_bytes()
    assert (
        _error(lambda: store.add_staff(db_key, staff_id="c", staff_name="C", password="p")).code
        == "slots.rekey_pending"
    )
    assert _error(lambda: store.begin_rekey(db_key, os.urandom(32))).code == "slots.rekey_pending"
    assert _error(lambda: store.commit_rekey(os.urandom(32))).code == "slots.tampered"
    assert _error(lambda: store.commit_rekey(db_key)).code == "slots.tampered"
    assert path.read_bytes() == before

    store.commit_rekey(new_key)
    assert not store.has_pending_rekey()
    assert store.unlock("Alice", PW_ALICE).keys == (new_key,)
    assert store.unlock("Bob", PW_BOB).keys == (new_key,)
    assert store.unlock_with_recovery(recovery) == (new_key,)
    assert json.loads(path.read_text(encoding="utf-8"))["generation"] == 2
    store.verify(new_key)
    assert _error(lambda: store.verify(db_key)).code == "slots.tampered"
    store.add_staff(new_key, staff_id="c", staff_name="Cem", password="p")
    assert store.unlock("Cem", "p").keys == (new_key,)


def test_rekey_abort(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    before = json.loads(path.read_text(encoding="utf-8"))
    new_key = os.urandom(32)
    store.begin_rekey(db_key, new_key)
    before_abort = path.read_bytes()
    assert _error(lambda: store.abort_rekey(new_key)).code == "slots.tampered"
    assert path.read_bytes() == before_abort
    store.abort_rekey(db_key)
    assert not store.has_pending_rekey()
    assert store.unlock("Alice", PW_ALICE).keys == (db_key,)
    assert _error(lambda: store.verify(new_key)).code == "slots.tampered"
    after = json.loads(path.read_text(encoding="utf-8"))
    assert after["slots"] == before["slots"] and after["generation"] == before["generation"]
    store.abort_rekey(db_key)  # nothing pending: nothing to do


def test_commit_without_pending(store: KeyStore, db_key: bytes, recovery: str) -> None:
    assert _error(lambda: store.commit_rekey(db_key)).code == "slots.no_rekey_pending"


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
    a = _staff_slot(json.loads(path.read_text()))["slot_id"]
    b = _staff_slot(json.loads(path.read_text()), "staff-b")["slot_id"]

    def swap(document: Document) -> None:
        seals = document["pending"]["seals"]
        seals[a], seals[b] = seals[b], seals[a]

    _edit(path, swap, fix_checksum=True)
    assert _error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"


# --- damaged and tampered files -----------------------------------------------------------------


def _all_reads_fail(store: KeyStore, db_key: bytes, recovery: str, code: str) -> None:
    for call in (
        store.staff_names,
        store.database_uuid,
        store.has_pending_rekey,
        lambda: store.unlock("Alice", PW_ALICE),
        lambda: store.unlock_with_recovery(recovery),
        lambda: store.verify(db_key),
        lambda: store.add_staff(db_key, staff_id="c", staff_name="C", password="p"),
        lambda: store.begin_rekey(db_key, os.urandom(32)),
    ):
        assert _error(call).code == code


def test_flipped_byte_without_checksum_is_corrupt(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    def flip(document: Document) -> None:
        slot = _staff_slot(document)
        slot["private"]["ciphertext"] = _flip_b64(slot["private"]["ciphertext"])

    _edit(path, flip, fix_checksum=False)
    before = path.read_bytes()
    _all_reads_fail(store, db_key, recovery, "slots.corrupt")
    assert path.read_bytes() == before


def test_raw_byte_flip_is_corrupt(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    raw = bytearray(path.read_bytes())
    index = raw.index(b'"ciphertext": "') + 20
    raw[index] = ord("A") if raw[index] != ord("A") else ord("B")
    path.write_bytes(bytes(raw))
    _all_reads_fail(store, db_key, recovery, "slots.corrupt")
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
    _edit(path, lambda document: change(_staff_slot(document)), fix_checksum=True)
    before = path.read_bytes()
    name = "Mallory" if "Mallory" in store.staff_names() else "Alice"
    assert _error(lambda: store.unlock(name, PW_ALICE)).code == unlock_code
    assert _error(lambda: store.verify(db_key)).code == "slots.tampered"
    assert _error(lambda: store.unlock("Bob", PW_BOB)).code == "slots.tampered"
    assert _error(lambda: store.unlock_with_recovery(recovery)).code == "slots.tampered"
    for call in (
        lambda: store.add_staff(db_key, staff_id="c", staff_name="C", password="p"),
        lambda: store.remove_staff(db_key, "staff-b"),
        lambda: store.set_password(db_key, staff_id="staff-a", staff_name="Alice", password="p"),
        lambda: store.begin_rekey(db_key, os.urandom(32)),
        lambda: store.abort_rekey(db_key),
    ):
        assert _error(call).code == "slots.tampered"
    assert path.read_bytes() == before


def test_changed_database_uuid_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    _edit(path, lambda d: d.update(database_uuid="another-database"), fix_checksum=True)
    before = path.read_bytes()
    assert _error(lambda: store.unlock("Alice", PW_ALICE)).code == "auth.wrong_password"
    assert _error(lambda: store.unlock_with_recovery(recovery)).code == "recovery.wrong_key"
    assert _error(lambda: store.verify(db_key)).code == "slots.tampered"
    assert path.read_bytes() == before


def test_removed_slot_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    _edit(
        path,
        lambda d: d.update(slots=[s for s in d["slots"] if s["staff_id"] != "staff-b"]),
        fix_checksum=True,
    )
    assert _error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"
    assert _error(lambda: store.verify(db_key)).code == "slots.tampered"


def test_old_generation_replayed_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    _edit(path, lambda d: d.update(generation=2), fix_checksum=True)
    assert _error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"


def test_dropped_pending_is_tampering(
    store: KeyStore, path: Path, db_key: bytes, recovery: str
) -> None:
    store.begin_rekey(db_key, os.urandom(32))
    _edit(path, lambda d: d.update(pending=None, pending_mac=None), fix_checksum=True)
    assert _error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.tampered"
    assert _error(lambda: store.verify(db_key)).code == "slots.tampered"


@pytest.mark.parametrize("n", [2**23, 2**30, 2**40, 1, 0, -16, 24])
def test_kdf_cost_out_of_bounds_is_corrupt(
    store: KeyStore, path: Path, db_key: bytes, recovery: str, n: int
) -> None:
    _edit(path, lambda d: _staff_slot(d)["kdf"].update(n=n), fix_checksum=True)
    before = path.read_bytes()
    assert _error(lambda: store.unlock("Alice", PW_ALICE)).code == "slots.corrupt"
    assert path.read_bytes() == before


def test_tampered_error_text(store: KeyStore, path: Path, db_key: bytes, recovery: str) -> None:
    _edit(path, lambda d: _staff_slot(d).update(label="Mallory"), fix_checksum=True)
    error = _error(lambda: store.verify(db_key))
    assert "tampered" in error.english()
    assert "nothing was changed" in error.english()
