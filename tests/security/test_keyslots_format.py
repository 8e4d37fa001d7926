from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.security.kdf import ScryptParams
from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.security.keyslots_format import (
    MAX_FILE_SIZE,
    canonical_json,
    decode_file,
    encode_file,
    label_key,
    mac_is_current,
    mac_is_pending,
    private_aad,
    seal_aad,
)

Document = dict[str, Any]
KEY = os.urandom(32)


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = Path(tmp_path_factory.mktemp("slots")) / "keyslots.json"
    store = KeyStore(path, scrypt_n=16)
    store.create(database_uuid="db", db_key=KEY, staff_id="a", staff_name="Alice", password="p")
    store.add_staff(KEY, staff_id="b", staff_name="Bob", password="p")
    return path.read_bytes()


def _rewrite(raw: bytes, change: Callable[[Document], None]) -> bytes:
    document = json.loads(raw)
    change(document)
    content = {k: v for k, v in document.items() if k not in ("checksum", "mac", "pending_mac")}
    document["checksum"] = hashlib.sha256(canonical_json(content)).hexdigest()
    return json.dumps(document).encode()


def _corrupt(raw: bytes) -> None:
    with pytest.raises(DeskError) as caught:
        decode_file(raw)
    assert caught.value.code == "slots.corrupt"


def test_valid_file_decodes_and_re_encodes_identically(valid: bytes) -> None:
    loaded = decode_file(valid)
    assert loaded.data.database_uuid == "db"
    assert [s.label for s in loaded.data.slots] == ["Alice", None, "Bob"]
    assert [s.kind for s in loaded.data.slots] == ["staff", "recovery", "staff"]
    assert mac_is_current(KEY, loaded)
    assert not mac_is_pending(KEY, loaded)
    assert encode_file(loaded.data, key=KEY) == valid


def test_canonical_json_is_compact_sorted_utf8() -> None:
    assert canonical_json({"b": 1, "a": "Ö"}) == '{"a":"Ö","b":1}'.encode()


def test_label_key() -> None:
    assert label_key("  ÅSA ") == label_key("åsa") == label_key("A\u030asa")


def test_associated_data_binds_every_field() -> None:
    params = ScryptParams(n=16, salt=b"s" * 16)
    base = private_aad("slot", "staff", "db", params)
    assert base != private_aad("slot2", "staff", "db", params)
    assert base != private_aad("slot", "staff2", "db", params)
    assert base != private_aad("slot", "staff", "db2", params)
    assert base != private_aad("slot", "staff", "db", ScryptParams(n=32, salt=b"s" * 16))
    assert seal_aad("slot", "staff", "db", 1) != seal_aad("slot", "staff", "db", 2)
    assert json.loads(base)["purpose"] == "slot-private"
    assert json.loads(seal_aad("s", None, "db", 1)) == {
        "purpose": "db-key", "slot_id": "s", "staff_id": None, "database_uuid": "db",
        "generation": 1,
    }  # fmt: skip


def test_encode_refuses_mismatched_pending_key(valid: bytes) -> None:
    with pytest.raises(ValueError):
        encode_file(decode_file(valid).data, key=KEY, pending_key=KEY)


def _slot(document: Document, index: int = 0) -> Document:
    slot: Document = document["slots"][index]
    return slot


def _recovery(document: Document) -> Document:
    return next(s for s in document["slots"] if s["kind"] == "recovery")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


B64_PADDED_WRONG = base64.b64encode(b"x" * 16).decode().rstrip("=")

STRUCTURE_DAMAGE: dict[str, Callable[[Document], None]] = {
    "extra top-level key": lambda d: d.update(extra=1),
    "missing generation": lambda d: d.pop("generation"),
    "format 3": lambda d: d.update(format=3),
    "format as text": lambda d: d.update(format="1"),
    "generation as bool": lambda d: d.update(generation=True),
    "generation zero": lambda d: d.update(generation=0),
    "generation as text": lambda d: d.update(generation="1"),
    "empty database uuid": lambda d: d.update(database_uuid=""),
    "database uuid with newline": lambda d: d.update(database_uuid="a\nb"),
    "slots not a list": lambda d: d.update(slots={}),
    "no slots": lambda d: d.update(slots=[]),
    "extra slot key": lambda d: _slot(d).update(note="x"),
    "missing seal": lambda d: _slot(d).pop("seal"),
    "unknown kind": lambda d: _slot(d).update(kind="admin"),
    "staff slot without staff id": lambda d: _slot(d).update(staff_id=None),
    "staff id as number": lambda d: _slot(d).update(staff_id=7),
    "label too long": lambda d: _slot(d).update(label="x" * 201),
    "blank label": lambda d: _slot(d).update(label=""),
    "label with control character": lambda d: _slot(d).update(label="Al\x00ice"),
    "recovery with staff id": lambda d: _recovery(d).update(staff_id="a"),
    "recovery with scrypt": lambda d: _recovery(d).update(kdf=_slot(d)["kdf"]),
    "staff with hkdf": lambda d: _slot(d).update(kdf=_recovery(d)["kdf"]),
    "two recovery slots": lambda d: d["slots"].append(dict(_recovery(d), slot_id="zz")),
    "no recovery slot": lambda d: d.update(slots=[s for s in d["slots"] if s["kind"] == "staff"]),
    "duplicate slot id": lambda d: _slot(d, 1).update(slot_id=_slot(d)["slot_id"]),
    "duplicate staff id": lambda d: _slot(d, 1).update(staff_id=_slot(d)["staff_id"]),
    "duplicate label": lambda d: _slot(d, 1).update(label="ALICE"),
    "unknown kdf": lambda d: _slot(d)["kdf"].update(name="pbkdf2"),
    "kdf extra key": lambda d: _slot(d)["kdf"].update(dklen=32),
    "kdf n not power of two": lambda d: _slot(d)["kdf"].update(n=24),
    "kdf n above 2^22": lambda d: _slot(d)["kdf"].update(n=2**23),
    "kdf n below 2": lambda d: _slot(d)["kdf"].update(n=1),
    "kdf n huge": lambda d: _slot(d)["kdf"].update(n=2**64),
    "kdf r huge": lambda d: _slot(d)["kdf"].update(r=1024),
    "kdf p zero": lambda d: _slot(d)["kdf"].update(p=0),
    "kdf n as text": lambda d: _slot(d)["kdf"].update(n="16"),
    "short salt": lambda d: _slot(d)["kdf"].update(salt=base64.b64encode(b"s" * 8).decode()),
    "salt not base64": lambda d: _slot(d)["kdf"].update(salt="!!!!" * 6),
    "salt unpadded": lambda d: _slot(d)["kdf"].update(salt=B64_PADDED_WRONG),
    "salt url-safe": lambda d: _slot(d)["kdf"].update(salt="-_" * 12),
    "short public key": lambda d: _slot(d).update(public_key=base64.b64encode(b"k" * 31).decode()),
    "long nonce": lambda d: _slot(d)["private"].update(nonce=base64.b64encode(b"n" * 13).decode()),
    "short ciphertext": lambda d: _slot(d)["seal"].update(ciphertext=_b64(b"c" * 47)),
    "base64 with whitespace": lambda d: _slot(d).update(public_key=" " + _slot(d)["public_key"]),
    "private not an object": lambda d: _slot(d).update(private="x"),
    "pending without seals": lambda d: d.update(pending={"generation": d["generation"] + 1}),
    "pending wrong generation": lambda d: d.update(pending={"generation": 5, "seals": {}}),
    "pending missing slot": lambda d: d.update(
        pending={"generation": d["generation"] + 1, "seals": {}}
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(STRUCTURE_DAMAGE))
def test_structure_damage_is_corrupt_even_with_checksum(valid: bytes, name: str) -> None:
    _corrupt(_rewrite(valid, STRUCTURE_DAMAGE[name]))


def test_pending_without_pending_mac_is_corrupt(valid: bytes) -> None:
    document = json.loads(valid)
    seals = {s["slot_id"]: s["seal"] for s in document["slots"]}
    raw = _rewrite(
        valid, lambda d: d.update(pending={"generation": d["generation"] + 1, "seals": seals})
    )
    _corrupt(raw)
    decode_file(_rewrite(raw, lambda d: d.update(pending_mac="0" * 64)))  # structurally fine


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe{}",
        b"[]",
        b"null",
        b"{",
        b"[" * 100_000 + b"]" * 100_000,
        b" " * (MAX_FILE_SIZE + 1),
    ],
)
def test_not_a_slot_file_is_corrupt(raw: bytes) -> None:
    _corrupt(raw)


def test_json_tricks_are_corrupt(valid: bytes) -> None:
    text = valid.decode()
    _corrupt(text.replace('"format": 2', '"format": 2.0').encode())
    _corrupt(text.replace('"format": 2', '"format": NaN').encode())
    _corrupt(text.replace('"format": 2', '"format": 2, "format": 2').encode())
    _corrupt(text.replace('"pending": null', '"pending": null, "pending": null').encode())


def test_checksum_and_mac_fields_are_checked(valid: bytes) -> None:
    document = json.loads(valid)
    for key, value in [
        ("checksum", None),
        ("checksum", document["checksum"].upper()),
        ("checksum", "0" * 64),
        ("checksum", document["checksum"][:-2]),
        ("mac", "zz" * 32),
        ("mac", None),
        ("pending_mac", "x"),
    ]:
        _corrupt(json.dumps(dict(document, **{key: value})).encode())
    for key in ("checksum", "mac", "pending_mac"):
        _corrupt(json.dumps({k: v for k, v in document.items() if k != key}).encode())


def test_whitespace_and_key_order_do_not_matter(valid: bytes) -> None:
    document = json.loads(valid)
    compact = json.dumps(document, separators=(",", ":"), sort_keys=False).encode()
    assert decode_file(compact).content == decode_file(valid).content
