"""The key slot file: data model, canonical JSON, strict parsing, checksum and keyed MAC.

Layout (``format`` 2)::

    {"format": 2, "database_uuid": str, "generation": int, "root_key": null | b64,
     "slots": [{"slot_id", "kind": "staff"|"recovery", "staff_id", "label",
                "kdf": {"name": "scrypt", "n", "r", "p", "salt"} | {"name": "hkdf-sha256", "salt"},
                "public_key", "private": {"nonce", "ciphertext"},
                "seal": {"ephemeral", "nonce", "ciphertext"},
                "signing": null | {"public_key", "sealed": seal}, "bound": bool}, ...],
     "pending": null | {"generation": int, "seals": {slot_id: seal}},
     "checksum": hex, "mac": hex, "pending_mac": hex | null}

Format 2 adds the coordinator root key (docs/internals.md, "Roles"), each slot's Ed25519
signing key (:mod:`.slot_signing`) and ``bound`` (the private key's associated data includes
``root_key``: a swapped root makes every bound slot fail to open). Format 1 files are read as
they are (their MAC covers that content) and written as format 2 by the next change.

Bytes are standard base64. ``checksum`` is SHA-256 over the canonical JSON of everything but
``checksum``/``mac``/``pending_mac``; ``mac`` is HMAC-SHA256 over the same bytes, keyed by
HKDF(current database key, "entryhub keyslots mac"); ``pending_mac`` is the same under the
pending re-key's key, so that either key can check the file while a re-key is unfinished.

Anything unexpected while parsing (type, key set, base64, length, bound) raises
``slots.corrupt`` before any key derivation runs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal, NoReturn

from entryhub_desk.errors import DeskError
from entryhub_desk.security.kdf import (
    MAX_SALT_LENGTH,
    MIN_SALT_LENGTH,
    KdfParamsError,
    ScryptParams,
    hkdf_sha256,
)
from entryhub_desk.security.sealing import (
    KEY_LENGTH,
    NONCE_LENGTH,
    PUBLIC_KEY_LENGTH,
    TAG_LENGTH,
    Sealed,
    Wrapped,
)

FORMAT: Final = 2
READABLE_FORMATS: Final = (1, 2)
SIGNING_KEY_LENGTH: Final = 32
MAX_FILE_SIZE: Final = 1 << 20
MAX_ID_LENGTH: Final = 100
MAX_LABEL_LENGTH: Final = 200
MAX_GENERATION: Final = 2**53
CIPHERTEXT_LENGTH: Final = KEY_LENGTH + TAG_LENGTH
_MAC_INFO: Final = b"entryhub keyslots mac"

SlotKind = Literal["staff", "recovery"]


@dataclass(frozen=True)
class HkdfParams:
    """Key derivation of the recovery slot: HKDF-SHA256 over the recovery secret."""

    salt: bytes


KdfSpec = ScryptParams | HkdfParams


@dataclass(frozen=True)
class SigningEntry:
    """A staff member's Ed25519 signing key: public, and private sealed to the slot's key."""

    public_key: bytes
    sealed: Sealed


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: SlotKind
    staff_id: str | None  # None for the recovery slot
    label: str | None  # the staff login name; None for the recovery slot
    kdf: KdfSpec
    public_key: bytes
    private: Wrapped  # the slot's X25519 private key, wrapped under the KDF's key
    seal: Sealed  # the current database key, sealed to public_key
    signing: SigningEntry | None = None  # coordinators (and the recovery slot)
    bound: bool = False  # the private key's associated data includes the file's root_key


@dataclass(frozen=True)
class Pending:
    generation: int
    seals: Mapping[str, Sealed]  # slot_id → the new database key sealed to that slot


@dataclass(frozen=True)
class SlotFile:
    database_uuid: str
    generation: int
    slots: tuple[Slot, ...]
    pending: Pending | None
    root_key: bytes | None = None  # the coordinator root (Ed25519 public key)


@dataclass(frozen=True)
class LoadedFile:
    """A parsed file with what its MACs were computed over."""

    data: SlotFile
    content: bytes
    mac: bytes
    pending_mac: bytes | None


# --- canonical JSON and the bound associated data -------------------------------------------


def canonical_json(value: object) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def label_key(name: str) -> str:
    """How staff names compare: NFKC, case folded, outer spaces ignored."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def kdf_json(kdf: KdfSpec) -> dict[str, object]:
    if isinstance(kdf, ScryptParams):
        return {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": b64(kdf.salt)}
    return {"name": "hkdf-sha256", "salt": b64(kdf.salt)}


def private_aad(
    slot_id: str,
    staff_id: str | None,
    database_uuid: str,
    kdf: KdfSpec,
    root_key: bytes | None = None,
) -> bytes:
    """``root_key`` is given for a bound slot (and only then is part of the data)."""
    aad: dict[str, object] = {
        "purpose": "slot-private",
        "slot_id": slot_id,
        "staff_id": staff_id,
        "database_uuid": database_uuid,
        "kdf": kdf_json(kdf),
    }
    if root_key is not None:
        aad["root_key"] = b64(root_key)
    return canonical_json(aad)


def seal_aad(slot_id: str, staff_id: str | None, database_uuid: str, generation: int) -> bytes:
    return canonical_json(
        {
            "purpose": "db-key",
            "slot_id": slot_id,
            "staff_id": staff_id,
            "database_uuid": database_uuid,
            "generation": generation,
        }
    )


def mac_key(db_key: bytes) -> bytes:
    return hkdf_sha256(db_key, info=_MAC_INFO)


def compute_mac(db_key: bytes, content: bytes) -> bytes:
    return hmac.new(mac_key(db_key), content, hashlib.sha256).digest()


def mac_is_current(db_key: bytes, loaded: LoadedFile) -> bool:
    """True if the file's ``mac`` was made with ``db_key`` (the current database key)."""
    return hmac.compare_digest(compute_mac(db_key, loaded.content), loaded.mac)


def mac_is_pending(db_key: bytes, loaded: LoadedFile) -> bool:
    """True if a re-key is pending and its ``pending_mac`` was made with ``db_key``."""
    if loaded.pending_mac is None:
        return False
    return hmac.compare_digest(compute_mac(db_key, loaded.content), loaded.pending_mac)


# --- writing --------------------------------------------------------------------------------


def _sealed_json(sealed: Sealed) -> dict[str, object]:
    return {
        "ephemeral": b64(sealed.ephemeral_public),
        "nonce": b64(sealed.nonce),
        "ciphertext": b64(sealed.ciphertext),
    }


def _slot_json(slot: Slot) -> dict[str, object]:
    return {
        "slot_id": slot.slot_id,
        "kind": slot.kind,
        "staff_id": slot.staff_id,
        "label": slot.label,
        "kdf": kdf_json(slot.kdf),
        "public_key": b64(slot.public_key),
        "private": {"nonce": b64(slot.private.nonce), "ciphertext": b64(slot.private.ciphertext)},
        "seal": _sealed_json(slot.seal),
        "signing": None
        if slot.signing is None
        else {
            "public_key": b64(slot.signing.public_key),
            "sealed": _sealed_json(slot.signing.sealed),
        },
        "bound": slot.bound,
    }


def content_json(data: SlotFile) -> dict[str, object]:
    pending: dict[str, object] | None = None
    if data.pending is not None:
        pending = {
            "generation": data.pending.generation,
            "seals": {sid: _sealed_json(s) for sid, s in data.pending.seals.items()},
        }
    return {
        "format": FORMAT,
        "database_uuid": data.database_uuid,
        "generation": data.generation,
        "root_key": None if data.root_key is None else b64(data.root_key),
        "slots": [_slot_json(slot) for slot in data.slots],
        "pending": pending,
    }


def encode_file(data: SlotFile, *, key: bytes, pending_key: bytes | None = None) -> bytes:
    """The file's bytes, MAC'd under ``key`` (and ``pending_key`` when a re-key is pending)."""
    if (pending_key is None) != (data.pending is None):
        raise ValueError("pending_key is needed exactly when a re-key is pending")
    document = content_json(data)
    validate_document(document)  # never write what would not load again
    content = canonical_json(document)
    document["checksum"] = hashlib.sha256(content).hexdigest()
    document["mac"] = compute_mac(key, content).hex()
    document["pending_mac"] = (
        None if pending_key is None else compute_mac(pending_key, content).hex()
    )
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


# --- strict reading -------------------------------------------------------------------------


def _corrupt(detail: str) -> NoReturn:
    # the detail is for debugging only; it never reaches a person or a log with secrets
    raise DeskError("slots.corrupt", detail=detail)


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            _corrupt("duplicate key")
        result[key] = value
    return result


def _no_floats(text: str) -> NoReturn:
    _corrupt("unexpected number")


def _object(value: object, keys: set[str], what: str) -> dict[str, object]:
    if not isinstance(value, dict) or set(value) != keys:
        _corrupt(f"bad {what}")
    return value


def _int(value: object, low: int, high: int, what: str) -> int:
    if type(value) is not int or not low <= value <= high:
        _corrupt(f"bad {what}")
    return value


def _text(value: object, maximum: int, what: str) -> str:
    if (
        not isinstance(value, str)
        or not 0 < len(value) <= maximum
        or any(unicodedata.category(c) in ("Cc", "Cs") for c in value)
    ):
        _corrupt(f"bad {what}")
    return value


def _bytes(value: object, low: int, high: int, what: str) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * high:
        _corrupt(f"bad {what}")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        _corrupt(f"bad {what}")
    if b64(raw) != value or not low <= len(raw) <= high:
        _corrupt(f"bad {what}")
    return raw


def _hex_digest(value: object, what: str) -> bytes:
    if not isinstance(value, str) or len(value) != 64 or value != value.lower():
        _corrupt(f"bad {what}")
    try:
        return bytes.fromhex(value)
    except ValueError:
        _corrupt(f"bad {what}")


def _kdf(value: object) -> KdfSpec:
    if not isinstance(value, dict):
        _corrupt("bad kdf")
    name = value.get("name")
    if name == "scrypt":
        obj = _object(value, {"name", "n", "r", "p", "salt"}, "kdf")
        salt = _bytes(obj["salt"], MIN_SALT_LENGTH, MAX_SALT_LENGTH, "kdf salt")
        n, r, p = (_int(obj[k], 1, 2**32, "kdf parameter") for k in ("n", "r", "p"))
        try:
            return ScryptParams(n=n, r=r, p=p, salt=salt)
        except KdfParamsError:
            _corrupt("kdf parameters out of bounds")
    if name == "hkdf-sha256":
        obj = _object(value, {"name", "salt"}, "kdf")
        return HkdfParams(salt=_bytes(obj["salt"], MIN_SALT_LENGTH, MAX_SALT_LENGTH, "kdf salt"))
    _corrupt("unknown kdf")


def _sealed(value: object) -> Sealed:
    obj = _object(value, {"ephemeral", "nonce", "ciphertext"}, "seal")
    return Sealed(
        ephemeral_public=_bytes(obj["ephemeral"], PUBLIC_KEY_LENGTH, PUBLIC_KEY_LENGTH, "seal"),
        nonce=_bytes(obj["nonce"], NONCE_LENGTH, NONCE_LENGTH, "seal nonce"),
        ciphertext=_bytes(obj["ciphertext"], CIPHERTEXT_LENGTH, CIPHERTEXT_LENGTH, "seal"),
    )


_SLOT_KEYS: Final = {
    "slot_id",
    "kind",
    "staff_id",
    "label",
    "kdf",
    "public_key",
    "private",
    "seal",
}
_SLOT_KEYS_2: Final = {"signing", "bound"}


def _signing(value: object) -> SigningEntry | None:
    if value is None:
        return None
    obj = _object(value, {"public_key", "sealed"}, "signing key")
    public = _bytes(obj["public_key"], SIGNING_KEY_LENGTH, SIGNING_KEY_LENGTH, "signing key")
    sealed = _object(obj["sealed"], {"ephemeral", "nonce", "ciphertext"}, "signing key")
    return SigningEntry(public, _sealed(sealed))


def _slot(value: object, file_format: int) -> Slot:
    obj = _object(value, _SLOT_KEYS | _SLOT_KEYS_2 if file_format >= 2 else _SLOT_KEYS, "slot")
    signing = _signing(obj.get("signing"))
    bound = obj.get("bound", False)
    if not isinstance(bound, bool):
        _corrupt("bad bound")
    slot_id = _text(obj["slot_id"], MAX_ID_LENGTH, "slot id")
    kdf = _kdf(obj["kdf"])
    private = _object(obj["private"], {"nonce", "ciphertext"}, "private key")
    kind = obj["kind"]
    staff_id: str | None
    label: str | None
    if kind == "staff":
        staff_id = _text(obj["staff_id"], MAX_ID_LENGTH, "staff id")
        label = _text(obj["label"], MAX_LABEL_LENGTH, "label")
        if not isinstance(kdf, ScryptParams):
            _corrupt("staff slot without scrypt")
    elif kind == "recovery":
        if obj["staff_id"] is not None or obj["label"] is not None:
            _corrupt("recovery slot with a staff member")
        if not isinstance(kdf, HkdfParams):
            _corrupt("recovery slot without hkdf")
        staff_id = label = None
    else:
        _corrupt("unknown slot kind")
    return Slot(
        slot_id=slot_id,
        kind="staff" if kind == "staff" else "recovery",
        staff_id=staff_id,
        label=label,
        kdf=kdf,
        public_key=_bytes(obj["public_key"], PUBLIC_KEY_LENGTH, PUBLIC_KEY_LENGTH, "public key"),
        private=Wrapped(
            nonce=_bytes(private["nonce"], NONCE_LENGTH, NONCE_LENGTH, "private nonce"),
            ciphertext=_bytes(
                private["ciphertext"], CIPHERTEXT_LENGTH, CIPHERTEXT_LENGTH, "private key"
            ),
        ),
        seal=_sealed(obj["seal"]),
        signing=signing,
        bound=bound,
    )


def validate_document(document: Mapping[str, object]) -> SlotFile:
    """The :class:`SlotFile` in a content document (without checksum and MACs)."""
    raw_format = document.get("format")
    if type(raw_format) is not int or raw_format not in READABLE_FORMATS:
        _corrupt("unknown format")
    keys = {"format", "database_uuid", "generation", "slots", "pending"}
    obj = _object(dict(document), keys | {"root_key"} if raw_format >= 2 else keys, "file")
    root_key = None
    if obj.get("root_key") is not None:
        root_key = _bytes(obj["root_key"], SIGNING_KEY_LENGTH, SIGNING_KEY_LENGTH, "root key")
    database_uuid = _text(obj["database_uuid"], MAX_ID_LENGTH, "database uuid")
    generation = _int(obj["generation"], 1, MAX_GENERATION, "generation")
    raw_slots = obj["slots"]
    if not isinstance(raw_slots, list):
        _corrupt("bad slots")
    slots = tuple(_slot(item, raw_format) for item in raw_slots)
    if root_key is None and any(slot.bound for slot in slots):
        _corrupt("a bound slot without a root key")
    slot_ids = [slot.slot_id for slot in slots]
    staff = [slot for slot in slots if slot.kind == "staff"]
    labels = [label_key(slot.label or "") for slot in staff]
    if len(set(slot_ids)) != len(slot_ids):
        _corrupt("duplicate slot id")
    if len({slot.staff_id for slot in staff}) != len(staff) or len(set(labels)) != len(labels):
        _corrupt("duplicate staff member")
    if "" in labels or sum(slot.kind == "recovery" for slot in slots) != 1:
        _corrupt("bad slot set")
    pending: Pending | None = None
    if obj["pending"] is not None:
        raw_pending = _object(obj["pending"], {"generation", "seals"}, "pending")
        pending_generation = _int(raw_pending["generation"], 1, MAX_GENERATION + 1, "generation")
        seals = raw_pending["seals"]
        if pending_generation != generation + 1 or not isinstance(seals, dict):
            _corrupt("bad pending")
        if set(seals) != set(slot_ids):
            _corrupt("pending seals do not match the slots")
        pending = Pending(
            generation=pending_generation,
            seals={sid: _sealed(seals[sid]) for sid in slot_ids},
        )
    return SlotFile(database_uuid, generation, slots, pending, root_key)


def decode_file(raw: bytes) -> LoadedFile:
    """Parse and check a file's bytes (structure and checksum); ``slots.corrupt`` otherwise."""
    if len(raw) > MAX_FILE_SIZE:
        _corrupt("file too large")
    try:
        text = raw.decode("utf-8")
        document = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_no_floats,
            parse_constant=_no_floats,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        _corrupt("not JSON")
    if not isinstance(document, dict):
        _corrupt("not an object")
    seals = {"checksum", "mac", "pending_mac"}
    if not seals <= set(document):
        _corrupt("no checksum")
    checksum = _hex_digest(document.pop("checksum"), "checksum")
    mac = _hex_digest(document.pop("mac"), "mac")
    raw_pending_mac = document.pop("pending_mac")
    pending_mac = None if raw_pending_mac is None else _hex_digest(raw_pending_mac, "mac")
    data = validate_document(document)
    content = canonical_json(document)
    if not hmac.compare_digest(hashlib.sha256(content).digest(), checksum):
        _corrupt("checksum mismatch")
    if (pending_mac is None) != (data.pending is None):
        _corrupt("pending mac")
    return LoadedFile(data=data, content=content, mac=mac, pending_mac=pending_mac)
