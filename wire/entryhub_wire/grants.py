"""Signed role grants and erasure signatures, shared by the desk and the server.

A *grant* says "staff member X (name) holds role R, active or not, since T", signed with the
Ed25519 key of the coordinator who issued it. The grants of one desk form one linear chain:
each carries its sequence number and the SHA-256 of the previous grant (signature included),
and the first one is the first coordinator's grant to herself, signed by the *root* key fixed
at ``init`` (kept in the identity table, in the key-slot file header and on the server).

A grant is valid when its issuer, at that point of the chain, holds a valid, active coordinator
grant that names a signing key, and the signature verifies under that key. So a receptionist
who edits the role column gains nothing (her grant still says receptionist), a grant signed by
any other key is refused, and a coordinator's grants after the grant that disabled her are
refused (she cannot put one earlier in the chain without breaking the next grant's link).

The verification stops at the first bad grant: what comes after it is not trusted.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from entryhub_wire.codec import (
    SIGNATURE_BYTES,
    b64,
    bad,
    canonical,
    record_id,
    want_bool,
    want_bytes,
    want_int,
    want_key,
    want_list,
    want_obj,
    want_text,
)

COORDINATOR: Final = "coordinator"
ROLES: Final = frozenset({"receptionist", "volunteer", "coordinator"})
RECOVERY_STAFF_ID: Final = "recovery"  # the recovery key's own coordinator grant
GENESIS: Final = bytes(32)  # the "previous" of the first grant
MAX_GRANTS: Final = 2000
_GRANT_PURPOSE: Final = "entryhub staff grant v1"
_ERASURE_PURPOSE: Final = "entryhub erasure v1"
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


def new_signing_key() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair as raw bytes (private, public)."""
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())
    return raw, private.public_key().public_bytes(_RAW, _RAW_PUBLIC)


def signing_public_of(private: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _RAW_PUBLIC)
    )


def verifies(public: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``message`` by the key ``public``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Grant:
    seq: int
    staff_id: str
    name: str
    role: str
    active: bool
    issued_at: str
    issuer: str  # staff id of the signing coordinator (the grantee herself for seq 1)
    public_key: bytes | None  # the grantee's Ed25519 key (coordinators that sign)
    previous: bytes  # SHA-256 of the previous grant (GENESIS for seq 1)
    signature: bytes = field(default=b"", repr=False)

    def _fields(self) -> dict[str, Any]:
        """Every field but the signature, as the signed bytes and the JSON form carry them."""
        return {
            "seq": self.seq,
            "staff_id": self.staff_id,
            "name": self.name,
            "role": self.role,
            "active": self.active,
            "issued_at": self.issued_at,
            "issuer": self.issuer,
            "public_key": None if self.public_key is None else b64(self.public_key),
            "previous": b64(self.previous),
        }

    def body(self) -> bytes:
        """The signed bytes."""
        return canonical({"purpose": _GRANT_PURPOSE, **self._fields()}).encode()

    def digest(self) -> bytes:
        return hashlib.sha256(self.body() + self.signature).digest()

    def to_json(self) -> dict[str, Any]:
        return {**self._fields(), "signature": b64(self.signature)}

    @classmethod
    def from_json(cls, data: object) -> Grant:
        names = {"seq", "staff_id", "name", "role", "active", "issued_at", "issuer"}
        d = want_obj(data, "grant", names | {"public_key", "previous", "signature"})
        role = want_text(d["role"], "role", 20)
        if role not in ROLES:
            raise bad("unknown role in a grant")
        signature = want_bytes(d["signature"], "signature", SIGNATURE_BYTES)
        return cls(
            seq=want_int(d["seq"], "seq", 1, MAX_GRANTS),
            staff_id=_staff_id(d["staff_id"], "staff_id"),
            name=want_text(d["name"], "name", 200),
            role=role,
            active=want_bool(d["active"], "active"),
            issued_at=want_text(d["issued_at"], "issued_at", 40),
            issuer=_staff_id(d["issuer"], "issuer"),
            public_key=None if d["public_key"] is None else want_key(d["public_key"], "key"),
            previous=want_key(d["previous"], "previous"),
            signature=signature,
        )


def _staff_id(value: object, what: str) -> str:
    if value == RECOVERY_STAFF_ID:
        return RECOVERY_STAFF_ID
    return record_id(value, what)


def sign_grant(private: bytes, unsigned: Grant) -> Grant:
    """``unsigned`` with its signature made by ``private`` (the issuer's Ed25519 key)."""
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(unsigned.body())
    return dataclasses.replace(unsigned, signature=signature)


@dataclass(frozen=True)
class ChainState:
    """What a chain of grants establishes, up to its first bad grant."""

    members: Mapping[str, Grant]  # staff id → the latest valid grant
    problem: str | None  # the first problem, in English (for ``check`` and the server log)
    head: bytes  # digest of the last valid grant (GENESIS when none)
    next_seq: int

    def coordinator_key(self, staff_id: str) -> bytes | None:
        """The signing key of ``staff_id`` if she is an active coordinator with a key."""
        grant = self.members.get(staff_id)
        if grant is None or not grant.active or grant.role != COORDINATOR:
            return None
        return grant.public_key


def verify_chain(grants: Sequence[Grant], root_public: bytes | None) -> ChainState:
    """Check ``grants`` (in sequence order) against ``root_public``."""
    members: dict[str, Grant] = {}
    head = GENESIS
    if root_public is None:
        return ChainState(members, "no coordinator root key", head, 1)
    for index, grant in enumerate(grants):
        where = f"grant {grant.seq}"
        if grant.seq != index + 1:
            return ChainState(members, f"{where}: out of sequence", head, index + 1)
        if grant.previous != head:
            return ChainState(members, f"{where}: not linked to the one before", head, index + 1)
        if index == 0:
            ok = (
                grant.issuer == grant.staff_id
                and grant.role == COORDINATOR
                and grant.active
                and grant.public_key == root_public
            )
            if not ok:
                return ChainState(members, f"{where}: not the root grant", head, 1)
            key: bytes | None = root_public
        else:
            key = ChainState(members, None, head, 0).coordinator_key(grant.issuer)
            if key is None:
                problem = f"{where}: its issuer is not an active coordinator"
                return ChainState(members, problem, head, index + 1)
        if key is None or not verifies(key, grant.signature, grant.body()):
            return ChainState(members, f"{where}: the signature does not verify", head, index + 1)
        members[grant.staff_id] = grant
        head = grant.digest()
    return ChainState(members, None, head, len(grants) + 1)


# --- person exports --------------------------------------------------------------------------

EXPORT_SIGNATURE_FIELD: Final = "signature"
_EXPORT_PURPOSE: Final = "entryhub person export v1"


def export_message(document: Mapping[str, Any]) -> bytes:
    """What an export's signature covers: the document without its signature field."""
    content = {k: v for k, v in document.items() if k != EXPORT_SIGNATURE_FIELD}
    return canonical({"purpose": _EXPORT_PURPOSE, "document": content}).encode()


def sign_export(
    private: bytes, *, signer: str, root_key: bytes | None, document: Mapping[str, Any]
) -> dict[str, Any]:
    """The signature block of a person export: who signed, her public key, the hub's root."""
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(export_message(document))
    return {
        "signer": signer,
        "public_key": b64(signing_public_of(private)),
        "root_key": None if root_key is None else b64(root_key),
        "signature": b64(signature),
    }


def export_signature_verifies(document: Mapping[str, Any]) -> bool:
    """True when the document's signature block verifies under the key it names."""
    block = document.get(EXPORT_SIGNATURE_FIELD)
    if not isinstance(block, dict):
        return False
    try:
        public = base64.b64decode(str(block["public_key"]), validate=True)
        signature = base64.b64decode(str(block["signature"]), validate=True)
    except (KeyError, binascii.Error, ValueError):
        return False
    return verifies(public, signature, export_message(document))


# --- erasures ------------------------------------------------------------------------------


def erasure_message(*, device_id: str, person_id: str) -> bytes:
    return canonical(
        {"purpose": _ERASURE_PURPOSE, "device_id": device_id, "person_id": person_id}
    ).encode()


def sign_erasure(
    private: bytes, *, signer: str, device_id: str, person_id: str, grants: Sequence[Grant]
) -> dict[str, Any]:
    """The ``erasure_auth`` field value of an erasure: who signed it, the signature and the
    desk's grant chain (the server checks it against the root key registered at enrolment)."""
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(
        erasure_message(device_id=device_id, person_id=person_id)
    )
    return {
        "signer": signer,
        "signature": b64(signature),
        "grants": [grant.to_json() for grant in grants],
    }


def check_erasure(
    auth: object, *, root_public: bytes | None, device_id: str, person_id: str
) -> str | None:
    """None when ``auth`` is a valid erasure signature by an active coordinator of the chain
    rooted at ``root_public``; otherwise the reason in English."""
    if root_public is None:
        return "no coordinator root key is registered for this device"
    if auth is None:
        return "the erasure is not signed"
    try:
        d = want_obj(auth, "erasure_auth", {"signer", "signature", "grants"})
        signer = _staff_id(d["signer"], "signer")
        signature = want_bytes(d["signature"], "signature", SIGNATURE_BYTES)
        grants = [Grant.from_json(item) for item in want_list(d["grants"], "grants", MAX_GRANTS)]
    except Exception:  # noqa: BLE001 - any malformed part is a refusal, never a crash
        return "the erasure signature is malformed"
    state = verify_chain(grants, root_public)
    if state.problem is not None:
        return state.problem
    key = state.coordinator_key(signer)
    if key is None:
        return "the signer is not an active coordinator"
    if not verifies(key, signature, erasure_message(device_id=device_id, person_id=person_id)):
        return "the erasure signature does not verify"
    return None
