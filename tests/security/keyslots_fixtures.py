"""The slot file the key-slot tests start from (Alice and Bob, and the recovery slot) and the
helpers they share: the error a call raises, a refusal that leaves the file as it was, and an
edit of the file as an attacker would make it."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.security.keyslots_format import canonical_json

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


def desk_error(call: Callable[[], object]) -> DeskError:
    """The :class:`DeskError` ``call`` raises (the test fails when it raises none)."""
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value


def refused(path: Path, *attempts: tuple[str, Callable[[], object]]) -> None:
    """Each attempt, in turn, raises the error code paired with it, and the slot file at
    ``path`` is left byte for byte as it was."""
    before = path.read_bytes()
    for code, attempt in attempts:
        assert desk_error(attempt).code == code
    assert path.read_bytes() == before


def edit_file(path: Path, change: Callable[[Document], None], *, fix_checksum: bool) -> None:
    """Change the slot file's JSON; with ``fix_checksum`` recompute its (unkeyed) checksum."""
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    if fix_checksum:
        content = {k: v for k, v in document.items() if k not in ("checksum", "mac", "pending_mac")}
        document["checksum"] = hashlib.sha256(canonical_json(content)).hexdigest()
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def staff_slot(document: Document, staff_id: str = "staff-a") -> Document:
    return next(s for s in document["slots"] if s["staff_id"] == staff_id)
