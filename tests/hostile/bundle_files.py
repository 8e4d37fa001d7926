"""Hostile offline bundle files (entryhub_wire/bundle_crypto.py): truncated, oversized, wrong magic,
not JSON, nested, huge numbers, tampered, for someone else, a gzip bomb inside."""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from entryhub_wire import bundle_crypto as bc
from entryhub_wire.protocol import MAX_BUNDLE_BYTES
from tests.hostile.corpus import Case, made, sparse, write

SERVER_SIGNING = Ed25519PrivateKey.generate()
DESK_EXCHANGE = X25519PrivateKey.generate()
SIGNER = "the network's server"
PAYLOAD = {"push": {"rejected": [], "acknowledged": {}}, "pull": {"changes": []}}


def header() -> bc.BundleHeader:
    return bc.BundleHeader(
        kind="answer",
        bundle_id="b1",
        network_id="n1",
        device_id="d1",
        recipient=bc.public_bytes(DESK_EXCHANGE),
        created_at="2026-12-01T10:00:00Z",
    )


def valid() -> bytes:
    return bc.seal_bundle(header(), PAYLOAD, signing_key=SERVER_SIGNING)


def envelope(**changes: Any) -> bytes:
    document = json.loads(valid())
    document.update(changes)
    return json.dumps(document).encode()


def sealed_raw(plain: bytes) -> bytes:
    """A bundle correctly sealed and signed around ``plain`` (whatever it holds)."""
    ephemeral = X25519PrivateKey.generate()
    public = bc.public_bytes(ephemeral)
    own = bc.public_bytes(DESK_EXCHANGE)
    key = bc._key_for(ephemeral.exchange(X25519PublicKey.from_public_bytes(own)), public, own)
    nonce = os.urandom(12)
    cipher = AESGCM(key).encrypt(nonce, plain, header().canonical())
    unsigned = bc.SealedBundle(header(), public, nonce, cipher, b"")
    signature = SERVER_SIGNING.sign(unsigned.signed_message())
    return bc.SealedBundle(header(), public, nonce, cipher, signature).to_bytes()


def tampered() -> bytes:
    document = json.loads(valid())
    cipher = bytearray(base64.b64decode(document["ciphertext"]))
    cipher[5] ^= 1
    document["ciphertext"] = base64.b64encode(bytes(cipher)).decode()
    return json.dumps(document).encode()


def for_someone_else() -> bytes:
    other = bc.BundleHeader(
        **{**header().__dict__, "recipient": bc.public_bytes(X25519PrivateKey.generate())}
    )
    return bc.seal_bundle(other, PAYLOAD, signing_key=SERVER_SIGNING)


def signed_by_someone_else() -> bytes:
    return bc.seal_bundle(header(), PAYLOAD, signing_key=Ed25519PrivateKey.generate())


def gzip_bomb() -> bytes:
    """A payload of 200 MB of zeros behind a correct seal and signature (~200 KB packed)."""
    out = io.BytesIO()
    squash = gzip.GzipFile(fileobj=out, mode="wb", mtime=0)
    block = bytes(1024 * 1024)
    for _ in range(200):
        squash.write(block)
    squash.close()
    return sealed_raw(out.getvalue())


BAD = "bundle.bad_format"

CASES: list[Case] = [
    Case("bundle", "valid", made("a.bundle", valid), created=1),
    Case(
        "bundle",
        "truncated",
        made("a.bundle", lambda: valid()[: len(valid()) // 2]),
        code=BAD,
    ),
    Case(
        "bundle",
        "oversized",
        sparse("a.bundle", MAX_BUNDLE_BYTES + 1),
        code="bundle.too_large",
        mentions=("limit_mb",),
    ),
    Case(
        "bundle",
        "wrong-magic",
        made("a.bundle", lambda: envelope(format="entryhub-bundlf")),
        code=BAD,
    ),
    Case("bundle", "wrong-version", made("a.bundle", lambda: envelope(version=True)), code=BAD),
    Case("bundle", "empty", write("a.bundle", b""), code=BAD),
    Case("bundle", "binary", made("a.bundle", lambda: os.urandom(4096)), code=BAD),
    Case("bundle", "zip-file", write("a.bundle", b"PK\x03\x04" + bytes(100)), code=BAD),
    Case(
        "bundle", "nested-100k", made("a.bundle", lambda: b"[" * 100_000 + b"]" * 100_000), code=BAD
    ),
    Case(
        "bundle",
        "number-5000-digits",
        made("a.bundle", lambda: b'{"format": ' + b"9" * 5000 + b"}"),
        code=BAD,
    ),
    Case("bundle", "nan", write("a.bundle", b'{"format": NaN}'), code=BAD),
    Case("bundle", "top-level-array", write("a.bundle", b"[]"), code=BAD),
    Case(
        "bundle",
        "tampered",
        made("a.bundle", tampered),
        code="bundle.bad_signature",
    ),
    Case(
        "bundle",
        "signed-by-someone-else",
        made("a.bundle", signed_by_someone_else),
        code="bundle.bad_signature",
    ),
    Case(
        "bundle",
        "for-someone-else",
        made("a.bundle", for_someone_else),
        code="bundle.wrong_recipient",
    ),
    Case("bundle", "payload-not-gzip", made("a.bundle", lambda: sealed_raw(b"{}")), code=BAD),
    Case("bundle", "payload-gzip-bomb", made("a.bundle", gzip_bomb), code=BAD),
]


def open_file(path: Any) -> dict[str, Any]:
    """What the desk does with an answer bundle before anything is stored."""
    bundle = bc.read_bundle(bc.read_bundle_file(path))
    bc.verify_bundle(bundle, SERVER_SIGNING.public_key().public_bytes_raw(), signer=SIGNER)
    return bc.open_sealed(bundle, DESK_EXCHANGE, signer=SIGNER)
