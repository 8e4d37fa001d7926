"""Offline bundles (entryhub_wire/bundle_crypto.py): sealing, signing, strict parsing."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from entryhub_wire import bundle_crypto as bc
from entryhub_wire.errors import CodedError

DESK_SIGNING = Ed25519PrivateKey.generate()
SERVER_EXCHANGE = X25519PrivateKey.generate()
PAYLOAD = {"push": {"changes": [], "audit_head": None}, "pull": {"cursor": 0}, "text": "Umeå"}


def _header(**overrides: Any) -> bc.BundleHeader:
    values: dict[str, Any] = {
        "kind": "desk",
        "bundle_id": "b1",
        "network_id": "n1",
        "device_id": "d1",
        "recipient": bc.public_bytes(SERVER_EXCHANGE),
        "ranges": ((1, 1, 10), (2, 1, 3)),
        "cursor_from": 0,
        "cursor_to": 0,
        "in_reply_to": None,
        "created_at": "2026-12-01T10:00:00Z",
    }
    values.update(overrides)
    return bc.BundleHeader(**values)


def _sealed(header: bc.BundleHeader | None = None, payload: Any = None) -> bytes:
    return bc.seal_bundle(header or _header(), payload or PAYLOAD, signing_key=DESK_SIGNING)


def _open(data: bytes) -> tuple[bc.BundleHeader, dict[str, Any]]:
    return bc.open_bundle(
        data,
        signer_public=bc.public_bytes(DESK_SIGNING),
        recipient_key=SERVER_EXCHANGE,
        signer="the desk",
    )


def _envelope(data: bytes) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(data)
    return value


def _rebuild(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope).encode()


def _code(data: bytes) -> str:
    with pytest.raises(CodedError) as error:
        _open(data)
    return error.value.code


# --- round trips ---------------------------------------------------------------------------
def test_seal_and_open_round_trip() -> None:
    header, payload = _open(_sealed())
    assert header == _header() and payload == PAYLOAD


@given(
    st.builds(
        _header,
        kind=st.sampled_from(bc.KINDS),
        ranges=st.lists(
            st.tuples(st.integers(1, 2**40), st.integers(1, 1000), st.integers(0, 1000)).map(
                lambda r: (r[0], r[1], r[1] + r[2])
            ),
            max_size=3,
        ).map(tuple),
        cursor_from=st.integers(0, 2**40),
        cursor_to=st.integers(0, 2**40),
        in_reply_to=st.none() | st.just("b0"),
    ),
    st.dictionaries(st.text(max_size=8), st.text(max_size=40) | st.integers(), max_size=5),
)
@settings(max_examples=25, deadline=None)
def test_any_header_and_payload_round_trip(
    header: bc.BundleHeader, payload: dict[str, Any]
) -> None:
    data = _sealed(header, {"p": payload})
    assert _open(data) == (header, {"p": payload})
    assert bc.read_bundle(data).header == header


def test_bundle_is_json_with_base64_fields_and_a_fresh_key_each_time() -> None:
    first, second = _envelope(_sealed()), _envelope(_sealed())
    assert first["format"] == "entryhub-bundle" and first["version"] == 1
    assert len(base64.b64decode(first["ephemeral_public"])) == 32
    assert len(base64.b64decode(first["nonce"])) == 12
    assert len(base64.b64decode(first["signature"])) == 64
    assert first["ephemeral_public"] != second["ephemeral_public"]
    assert first["ciphertext"] != second["ciphertext"]
    assert "Umeå" not in json.dumps(first)  # the payload is sealed


def test_canonical_header_is_sorted_compact_json() -> None:
    canonical = _header().canonical()
    assert (
        canonical
        == json.dumps(
            _header().to_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()
    )
    assert bc.BundleHeader.from_json(json.loads(canonical)) == _header()


# --- signatures and sealing ------------------------------------------------------------------
@pytest.mark.parametrize(
    "field",
    [
        "network_id",
        "device_id",
        "bundle_id",
        "ranges",
        "cursor_to",
        "in_reply_to",
        "created_at",
        "kind",
    ],
)
def test_a_changed_header_field_breaks_the_signature(field: str) -> None:
    envelope = _envelope(_sealed())
    changed = {
        "network_id": "n2",
        "device_id": "d2",
        "bundle_id": "b2",
        "ranges": [[1, 1, 11], [2, 1, 3]],
        "cursor_to": 5,
        "in_reply_to": "b0",
        "created_at": "2026-12-02T10:00:00Z",
        "kind": "answer",
    }
    envelope["header"][field] = changed[field]
    assert _code(_rebuild(envelope)) == "bundle.bad_signature"


@pytest.mark.parametrize("field", ["ciphertext", "nonce", "ephemeral_public", "signature"])
def test_a_flipped_bit_anywhere_breaks_the_signature(field: str) -> None:
    envelope = _envelope(_sealed())
    raw = bytearray(base64.b64decode(envelope[field]))
    raw[len(raw) // 2] ^= 0x01
    envelope[field] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(CodedError) as error:
        _open(_rebuild(envelope))
    assert error.value.code == "bundle.bad_signature"
    assert error.value.params["signer"] == "the desk"


def test_signed_by_another_key_is_refused() -> None:
    other = bc.seal_bundle(_header(), PAYLOAD, signing_key=Ed25519PrivateKey.generate())
    assert _code(other) == "bundle.bad_signature"
    with pytest.raises(CodedError) as error:
        bc.verify_bundle(bc.read_bundle(_sealed()), b"\0" * 31, signer="x")  # not a key at all
    assert error.value.code == "bundle.bad_signature"


def test_sealed_to_another_recipient_is_refused_before_decrypting() -> None:
    someone = X25519PrivateKey.generate()
    data = _sealed(_header(recipient=bc.public_bytes(someone)))
    assert _code(data) == "bundle.wrong_recipient"
    bundle = bc.read_bundle(data)
    bc.verify_bundle(bundle, bc.public_bytes(DESK_SIGNING), signer="the desk")  # signed fine
    assert bc.open_sealed(bundle, someone, signer="the desk") == PAYLOAD


def test_a_resigned_bundle_with_a_swapped_recipient_cannot_be_decrypted() -> None:
    """Whoever holds the signing key still cannot re-address a sealed bundle: the header is
    the AES-GCM associated data."""
    bundle = bc.read_bundle(_sealed())
    someone = X25519PrivateKey.generate()
    moved = dataclasses.replace(bundle, header=_header(recipient=bc.public_bytes(someone)))
    moved = dataclasses.replace(moved, signature=DESK_SIGNING.sign(moved.signed_message()))
    bc.verify_bundle(moved, bc.public_bytes(DESK_SIGNING), signer="the desk")
    with pytest.raises(CodedError) as error:
        bc.open_sealed(moved, someone, signer="the desk")
    assert error.value.code == "bundle.bad_signature"


def test_a_signed_payload_that_is_not_gzip_json_is_a_format_error() -> None:
    header = _header()
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = bc.public_bytes(ephemeral)
    shared = ephemeral.exchange(SERVER_EXCHANGE.public_key())
    key = bc._key_for(shared, ephemeral_public, header.recipient)
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, b"plain, not gzip", header.canonical())
    unsigned = bc.SealedBundle(header, ephemeral_public, nonce, ciphertext, b"")
    sealed = dataclasses.replace(unsigned, signature=DESK_SIGNING.sign(unsigned.signed_message()))
    assert _code(sealed.to_bytes()) == "bundle.bad_format"


# --- strict parsing --------------------------------------------------------------------------
def _format_detail(data: bytes) -> str:
    with pytest.raises(CodedError) as error:
        bc.read_bundle(data)
    assert error.value.code == "bundle.bad_format"
    return str(error.value.params.get("detail", ""))


def test_read_bundle_refuses_what_is_not_a_bundle() -> None:
    assert _format_detail(b"\x1f\x8b not json") == "not JSON"
    assert _format_detail(b"[]") == "not a JSON object"
    assert _format_detail(b'{"format": "entryhub-bundle"}').startswith("bundle lacks")
    assert _format_detail(b"x" * (bc.MAX_BUNDLE_BYTES + 1)) == "too large"


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"format": "zip"}, "not an Entry Hub bundle"),
        ({"version": 2}, "unknown bundle version"),
        ({"version": True}, "unknown bundle version"),
        ({"version": 1.0}, "unknown bundle version"),
        ({"nonce": base64.b64encode(b"\0" * 11).decode()}, "nonce has the wrong length"),
        ({"ephemeral_public": "not base64!"}, "ephemeral_public is not base64"),
        ({"signature": 5}, "signature is not base64"),
        ({"ciphertext": None}, "ciphertext is not base64"),
        ({"extra": 1}, "bundle has unknown key 'extra'"),
    ],
)
def test_read_bundle_refuses_a_bad_envelope(change: dict[str, Any], detail: str) -> None:
    envelope = _envelope(_sealed())
    envelope.update(change)
    assert _format_detail(_rebuild(envelope)) == detail


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"kind": "other"}, "unknown kind"),
        ({"kind": ["desk"]}, "unknown kind"),
        ({"ranges": [[1, 5, 4]]}, "a range ends before it starts"),
        ({"ranges": [[1, 5]]}, "a range is [epoch, first_seq, last_seq]"),
        ({"ranges": [[0, 1, 2]]}, "range must be an integer from 1 to 4611686018427387904"),
        ({"ranges": {}}, "ranges must be a list"),
        ({"recipient": base64.b64encode(b"\0" * 31).decode()}, "recipient must be 32 bytes"),
        ({"device_id": "not an id"}, "device_id is not valid"),
        ({"in_reply_to": ""}, "in_reply_to is not valid"),
        ({"cursor_from": -1}, "cursor_from must be an integer from 0 to 4611686018427387904"),
        ({"created_at": "x" * 41}, "created_at must be text of 1 to 40 characters"),
        ({"sender": "me"}, "bundle header has unknown key 'sender'"),
    ],
)
def test_read_bundle_refuses_a_bad_header(change: dict[str, Any], detail: str) -> None:
    envelope = _envelope(_sealed())
    envelope["header"].update(change)
    assert _format_detail(_rebuild(envelope)) == detail


def test_header_without_a_key_is_refused() -> None:
    envelope = _envelope(_sealed())
    del envelope["header"]["recipient"]
    assert _format_detail(_rebuild(envelope)) == "bundle header lacks recipient"
