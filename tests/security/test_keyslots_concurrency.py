"""Two programs changing the key slot file at once both keep their changes (the slot file's
write lock: each change reads the file under it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from entryhub_desk.security.keyslots import KeyStore

ROOT = Path(__file__).resolve().parents[2]
SCRYPT_N = 2**4
PASSWORD = "Tegelbruk-Vinter-42"

ADDER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])
import pytest

from entryhub_desk.security.keyslots import KeyStore
store = KeyStore(Path(sys.argv[1]), scrypt_n=16)
key = bytes.fromhex(sys.argv[2])
prefix = sys.argv[3]
sys.stdin.readline()  # start together
for number in range(8):
    name = f"{prefix} {number}"
    store.add_staff(key, staff_id=f"{prefix}-{number}", staff_name=name, password="Pw-" + name)
for number in range(0, 8, 2):
    store.set_password(
        key, staff_id=f"{prefix}-{number}", staff_name=f"{prefix} {number}", password="New-pw-1"
    )
"""


def test_two_programs_adding_and_resetting_keep_every_change(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    db_key = os.urandom(32)
    store = KeyStore(path, scrypt_n=SCRYPT_N)
    store.create(
        database_uuid="db-1", db_key=db_key, staff_id="first", staff_name="First", password=PASSWORD
    )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, str(path), db_key.hex(), prefix, str(ROOT)],
            stdin=subprocess.PIPE,
            text=True,
        )
        for prefix in ("Ada", "Bo")
    ]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        assert writer.wait(timeout=120) == 0
    names = store.staff_names()
    expected = ["First"] + [f"{p} {n}" for p in ("Ada", "Bo") for n in range(8)]
    assert sorted(names) == sorted(expected)
    # every reset stands, and the members not reset keep their first password
    for prefix in ("Ada", "Bo"):
        assert store.unlock(f"{prefix} 2", "New-pw-1").keys == (db_key,)
        assert store.unlock(f"{prefix} 3", f"Pw-{prefix} 3").keys == (db_key,)
    store.verify(db_key)


def test_binding_a_slot_at_log_in_keeps_a_change_written_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A log-in that upgrades its slot writes the file: it must re-read it under the lock, not
    write back what it read before another program added a member."""
    path = tmp_path / "keyslots.json"
    db_key = os.urandom(32)
    store = KeyStore(path, scrypt_n=SCRYPT_N)
    store.create(
        database_uuid="db-1", db_key=db_key, staff_id="first", staff_name="First", password=PASSWORD
    )
    store.add_staff(db_key, staff_id="ada", staff_name="Ada", password=PASSWORD)
    # a store from before roles gets its root key: the old slots are bound at their next log-in
    store.install_signing_keys(db_key, root_key=os.urandom(32), keys={})
    other = KeyStore(path, scrypt_n=SCRYPT_N)
    opened = KeyStore._open

    def open_then_other_program_writes(self: KeyStore, *args: object) -> object:
        result = opened(self, *args)  # type: ignore[arg-type]
        if "Bo" not in other.staff_names():
            other.add_staff(db_key, staff_id="bo", staff_name="Bo", password=PASSWORD)
        return result

    monkeypatch.setattr(KeyStore, "_open", open_then_other_program_writes)
    assert store.unlock("Ada", PASSWORD).keys == (db_key,)
    monkeypatch.undo()
    assert sorted(store.staff_names()) == ["Ada", "Bo", "First"]
    for name in ("Ada", "Bo", "First"):
        assert store.unlock(name, PASSWORD).keys == (db_key,)
    store.verify(db_key)
