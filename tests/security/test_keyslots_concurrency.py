"""Two programs changing the key slot file at once both keep their changes (the slot file's
write lock: each change reads the file under it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from entryhub_desk.security.keyslots import KeyStore

ROOT = Path(__file__).resolve().parents[2]
SCRYPT_N = 2**4
PASSWORD = "Tegelbruk-Vinter-42"

ADDER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])
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
