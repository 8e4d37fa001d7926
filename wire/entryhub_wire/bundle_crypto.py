"""Offline bundles: sealed to the recipient's X25519 key, signed with the sender's Ed25519 key.

Shared by the desk and the server. See docs/sync.md ("Offline bundles"):

- the envelope is UTF-8 JSON ``{"format", "version", "header", "ephemeral_public", "nonce",
  "ciphertext", "signature"}``;
- the payload is gzip JSON, sealed with AES-256-GCM under HKDF-SHA256(X25519(ephemeral,
  recipient)); the canonical header is the associated data;
- the signature (Ed25519) covers the canonical header (kind, bundle id, network, device,
  recipient, sequence ranges, cursor range, reply-to), the ephemeral key, nonce and ciphertext.
"""

from __future__ import annotations

import base64
import binascii
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from entryhub_wire.codec import (
    compress,
    decompress,
    dumps,
    loads,
    record_id,
    want_int,
    want_key,
    want_list,
    want_obj,
    want_text,
)
from entryhub_wire.errors import CodedError
from entryhub_wire.protocol import MAX_BUNDLE_BYTES, MAX_JSON_BYTES

FORMAT: Final = "entryhub-bundle"
VERSION: Final = 1
_INFO: Final = b"entryhub bundle v1"
_SIGN_PREFIX: Final = b"entryhub bundle v1\x00"
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw

BundleKind = Literal["desk", "answer"]
KINDS: Final = ("desk", "answer")
MAX_PAYLOAD_BYTES: Final = 4 * MAX_JSON_BYTES


def _format_error(detail: str) -> CodedError:
    return CodedError("bundle.bad_format", detail=detail)


def public_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(_RAW, _RAW_PUBLIC)


@dataclass(frozen=True)
class BundleHeader:
    kind: str  # "desk" (desk → server) or "answer" (server → desk)
    bundle_id: str
    network_id: str
    device_id: str
    recipient: bytes  # X25519 public key the bundle is sealed to
    ranges: tuple[tuple[int, int, int], ...] = ()  # (epoch, first_seq, last_seq) carried
    cursor_from: int = 0  # answer: positions after cursor_from up to cursor_to
    cursor_to: int = 0
    in_reply_to: str | None = None
    created_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "network_id": self.network_id,
            "device_id": self.device_id,
            "recipient": base64.b64encode(self.recipient).decode("ascii"),
            "ranges": [list(item) for item in self.ranges],
            "cursor_from": self.cursor_from,
            "cursor_to": self.cursor_to,
            "in_reply_to": self.in_reply_to,
            "created_at": self.created_at,
        }

    def canonical(self) -> bytes:
        return dumps(self.to_json())

    @classmethod
    def from_json(cls, data: object) -> BundleHeader:
        names = {
            "kind",
            "bundle_id",
            "network_id",
            "device_id",
            "recipient",
            "ranges",
            "cursor_from",
            "cursor_to",
            "in_reply_to",
            "created_at",
        }
        d = want_obj(data, "bundle header", names)
        if d["kind"] not in KINDS:
            raise _format_error("unknown kind")
        ranges: list[tuple[int, int, int]] = []
        for item in want_list(d["ranges"], "ranges", 100_000):
            if not isinstance(item, list) or len(item) != 3:
                raise _format_error("a range is [epoch, first_seq, last_seq]")
            epoch, first, last = (want_int(x, "range", 1) for x in item)
            if first > last:
                raise _format_error("a range ends before it starts")
            ranges.append((epoch, first, last))
        reply = d["in_reply_to"]
        return cls(
            kind=str(d["kind"]),
            bundle_id=record_id(d["bundle_id"], "bundle_id"),
            network_id=record_id(d["network_id"], "network_id"),
            device_id=record_id(d["device_id"], "device_id"),
            recipient=want_key(d["recipient"], "recipient"),
            ranges=tuple(ranges),
            cursor_from=want_int(d["cursor_from"], "cursor_from"),
            cursor_to=want_int(d["cursor_to"], "cursor_to"),
            in_reply_to=None if reply is None else record_id(reply, "in_reply_to"),
            created_at=want_text(d["created_at"], "created_at", 40, empty=True),
        )


@dataclass(frozen=True)
class SealedBundle:
    header: BundleHeader
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes
    signature: bytes

    def signed_message(self) -> bytes:
        header = self.header.canonical()
        return b"".join(
            (
                _SIGN_PREFIX,
                struct.pack(">I", len(header)),
                header,
                self.ephemeral_public,
                self.nonce,
                self.ciphertext,
            )
        )

    def to_bytes(self) -> bytes:
        def enc(raw: bytes) -> str:
            return base64.b64encode(raw).decode("ascii")

        return dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "header": self.header.to_json(),
                "ephemeral_public": enc(self.ephemeral_public),
                "nonce": enc(self.nonce),
                "ciphertext": enc(self.ciphertext),
                "signature": enc(self.signature),
            }
        )


def _b64(value: object, what: str, *, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise _format_error(f"{what} is not base64")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _format_error(f"{what} is not base64") from None
    if size is not None and len(raw) != size:
        raise _format_error(f"{what} has the wrong length")
    return raw


def read_bundle_file(path: Path) -> bytes:
    """The bytes of a bundle file, reading no more than :data:`MAX_BUNDLE_BYTES` (+1)."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BUNDLE_BYTES + 1)
    except OSError:
        raise CodedError("bundle.unreadable", path=path.name) from None
    if len(data) > MAX_BUNDLE_BYTES:
        raise CodedError("bundle.too_large", limit_mb=MAX_BUNDLE_BYTES // (1024 * 1024))
    return data


def read_bundle(data: bytes) -> SealedBundle:
    """Parse a bundle file (no cryptography yet): ``bundle.bad_format`` if it is not one."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise _format_error("too large")
    try:
        envelope = loads(data)
        d = want_obj(
            envelope,
            "bundle",
            {"format", "version", "header", "ephemeral_public", "nonce", "ciphertext", "signature"},
        )
        if d["format"] != FORMAT:
            raise _format_error("not an Entry Hub bundle")
        if type(d["version"]) is not int or d["version"] != VERSION:  # true == 1 in Python
            raise _format_error("unknown bundle version")
        header = BundleHeader.from_json(d["header"])
    except CodedError as error:
        if error.code == "bundle.bad_format":
            raise
        raise _format_error(str(error.params.get("detail", "not a bundle"))) from None
    return SealedBundle(
        header=header,
        ephemeral_public=_b64(d["ephemeral_public"], "ephemeral_public", size=32),
        nonce=_b64(d["nonce"], "nonce", size=12),
        ciphertext=_b64(d["ciphertext"], "ciphertext"),
        signature=_b64(d["signature"], "signature", size=64),
    )


def _key_for(shared: bytes, ephemeral_public: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient, info=_INFO
    ).derive(shared)


def seal_bundle(
    header: BundleHeader, payload: dict[str, Any], *, signing_key: Ed25519PrivateKey
) -> bytes:
    """The bundle file: ``payload`` (JSON) sealed to ``header.recipient``, signed."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(header.recipient))
    key = _key_for(shared, ephemeral_public, header.recipient)
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, compress(dumps(payload)), header.canonical())
    unsigned = SealedBundle(header, ephemeral_public, nonce, ciphertext, b"")
    signature = signing_key.sign(unsigned.signed_message())
    return SealedBundle(header, ephemeral_public, nonce, ciphertext, signature).to_bytes()


def verify_bundle(bundle: SealedBundle, signer_public: bytes, *, signer: str) -> None:
    """``bundle.bad_signature`` unless ``signer_public`` (Ed25519) signed exactly this."""
    try:
        Ed25519PublicKey.from_public_bytes(signer_public).verify(
            bundle.signature, bundle.signed_message()
        )
    except (InvalidSignature, ValueError):
        raise CodedError("bundle.bad_signature", signer=signer) from None


def open_sealed(
    bundle: SealedBundle, recipient_key: X25519PrivateKey, *, signer: str
) -> dict[str, Any]:
    """Decrypt a verified bundle addressed to ``recipient_key``; its JSON payload."""
    own_public = public_bytes(recipient_key)
    if bundle.header.recipient != own_public:
        raise CodedError("bundle.wrong_recipient")
    try:
        shared = recipient_key.exchange(X25519PublicKey.from_public_bytes(bundle.ephemeral_public))
        key = _key_for(shared, bundle.ephemeral_public, own_public)
        plain = AESGCM(key).decrypt(bundle.nonce, bundle.ciphertext, bundle.header.canonical())
    except (InvalidTag, ValueError):
        raise CodedError("bundle.bad_signature", signer=signer) from None
    try:
        return loads(decompress(plain, limit=MAX_PAYLOAD_BYTES))
    except CodedError:
        raise _format_error("payload is not gzip JSON") from None


def open_bundle(
    data: bytes,
    *,
    signer_public: bytes,
    recipient_key: X25519PrivateKey,
    signer: str,
) -> tuple[BundleHeader, dict[str, Any]]:
    """Parse, verify and decrypt in one step (the desk's answer-bundle path)."""
    bundle = read_bundle(data)
    verify_bundle(bundle, signer_public, signer=signer)
    return bundle.header, open_sealed(bundle, recipient_key, signer=signer)
