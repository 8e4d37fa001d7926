"""AES-256-GCM for the server's secrets at rest: wrapped keys (bytes) and sealed values (text).

A wrapped key is ``0x01 ‖ nonce(12) ‖ ciphertext+tag``. A sealed value is the text
``e1.<generation>.<base64(nonce ‖ ciphertext+tag)>``: the generation of the network's data key
that sealed it is readable, so re-encryption can find the rows of an old key without keys.
Stored JSON never starts with ``e`` (``{ [ " - 0-9 t f n``), so sealed and plain text differ.

Associated data binds each value to its table, row, column and network (:func:`field_ad`,
:func:`event_ad`): a ciphertext copied to another row, column or network does not open.
"""

from __future__ import annotations

import base64
import binascii
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

WRAP_VERSION = b"\x01"
SEALED_PREFIX = "e1."
_NONCE = 12


class SealingError(Exception):
    """A wrapped key or a sealed value that does not open (wrong key, moved, or damaged)."""


def wrap(key: bytes, secret: bytes, ad: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return WRAP_VERSION + nonce + AESGCM(key).encrypt(nonce, secret, ad)


def unwrap(key: bytes, blob: bytes, ad: bytes) -> bytes:
    if len(blob) < 1 + _NONCE + 16 or blob[:1] != WRAP_VERSION:
        raise SealingError("not a wrapped key")
    try:
        return AESGCM(key).decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], ad)
    except InvalidTag:
        raise SealingError("the key does not open it") from None


#: an X25519 or Ed25519 private key in the clear; wrapped, one is 1 + 12 + 32 + 16 bytes
RAW_KEY_BYTES = 32


def is_wrapped(blob: bytes) -> bool:
    return len(blob) >= 1 + _NONCE + 16 and blob[:1] == WRAP_VERSION


def is_wrapped_key(blob: bytes) -> bool:
    """A server private key as wrapped by :func:`wrap`. A key in the clear is exactly
    :data:`RAW_KEY_BYTES` long, whatever its first byte (one in 256 starts like a wrapped
    blob, which :func:`is_wrapped` alone would take for wrapped)."""
    return len(blob) != RAW_KEY_BYTES and is_wrapped(blob)


def _ad(*parts: object) -> bytes:
    # each part with its length: unambiguous whatever the ids contain (and cheaper than JSON)
    return "|".join([f"{len(text)}:{text}" for text in map(str, parts)]).encode()


def data_key_ad(network_id: str, generation: int) -> bytes:
    return _ad("data_key", network_id, generation)


def server_key_ad(which: str) -> bytes:
    return _ad("server_key", which)


# the fixed leading parts of the two value ADs, as :func:`_ad` writes them (the functions
# below write the whole AD in one f-string: the same bytes, a fraction of the cost per value,
# which counts when a push seals two values per change)
_FIELD_HEAD = _ad("field_state", "value_json").decode() + "|"
_EVENT_HEAD = _ad("event", "fields_json").decode() + "|"


def field_ad(network_id: str, entity: str, entity_id: str, field: str) -> bytes:
    """``field_state.value_json`` of one field of one record: ``_ad("field_state",
    "value_json", network_id, entity, entity_id, field)``."""
    return (
        f"{_FIELD_HEAD}{len(network_id)}:{network_id}|{len(entity)}:{entity}|"
        f"{len(entity_id)}:{entity_id}|{len(field)}:{field}"
    ).encode()


def field_ad_entity(network_id: str, entity: str) -> str:
    """What :func:`field_ad` of every field of every record of ``entity`` begins with:
    see :func:`field_ad_of_entity`."""
    return f"{_FIELD_HEAD}{len(network_id)}:{network_id}|{len(entity)}:{entity}|"


def field_ad_of_entity(head: str, entity_id: str, field: str) -> bytes:
    """``field_ad(network_id, entity, entity_id, field)`` from its entity's
    :func:`field_ad_entity`."""
    return f"{head}{len(entity_id)}:{entity_id}|{len(field)}:{field}".encode()


def field_ad_head(network_id: str, entity: str, entity_id: str) -> str:
    """What :func:`field_ad` of every field of one record begins with (see
    :func:`field_ad_of`)."""
    return (
        f"{_FIELD_HEAD}{len(network_id)}:{network_id}|{len(entity)}:{entity}|"
        f"{len(entity_id)}:{entity_id}|"
    )


def field_ad_of(head: str, field: str) -> bytes:
    """``field_ad(network_id, entity, entity_id, field)`` from its record's
    :func:`field_ad_head`."""
    return f"{head}{len(field)}:{field}".encode()


def event_ad(
    network_id: str, kind: str, device_id: str, epoch: int, seq: int, entity: str, entity_id: str
) -> bytes:
    """``event.fields_json`` of one change (a change is applied once: its key is unique):
    ``_ad("event", "fields_json", network_id, kind, device_id, epoch, seq, entity,
    entity_id)``."""
    e, s = str(epoch), str(seq)
    return (
        f"{_EVENT_HEAD}{len(network_id)}:{network_id}|{len(kind)}:{kind}|"
        f"{len(device_id)}:{device_id}|{len(e)}:{e}|{len(s)}:{s}|{len(entity)}:{entity}|"
        f"{len(entity_id)}:{entity_id}"
    ).encode()


def event_ad_head(network_id: str, kind: str, device_id: str) -> str:
    """What :func:`event_ad` of every change of one device begins with (see
    :func:`event_ad_of_head`)."""
    return (
        f"{_EVENT_HEAD}{len(network_id)}:{network_id}|{len(kind)}:{kind}|"
        f"{len(device_id)}:{device_id}|"
    )


def event_ad_of_head(head: str, epoch: int, seq: int, entity: str, entity_id: str) -> bytes:
    """``event_ad(network_id, kind, device_id, epoch, seq, entity, entity_id)`` from its
    device's :func:`event_ad_head`."""
    e, s = str(epoch), str(seq)
    return (
        f"{head}{len(e)}:{e}|{len(s)}:{s}|{len(entity)}:{entity}|{len(entity_id)}:{entity_id}"
    ).encode()


def is_sealed(text: str) -> bool:
    return text.startswith(SEALED_PREFIX)


def generation_of(text: str) -> int:
    """The data key generation that sealed ``text``."""
    try:
        return int(text[len(SEALED_PREFIX) : text.index(".", len(SEALED_PREFIX))])
    except ValueError:
        raise SealingError("not a sealed value") from None


def generation_prefix(generation: int) -> str:
    return f"{SEALED_PREFIX}{generation}."


class DataKey:
    """One generation of a network's data key, ready to seal and open values."""

    __slots__ = ("_aead", "_prefix", "generation", "network_id")

    def __init__(self, network_id: str, generation: int, key: bytes) -> None:
        self.network_id = network_id
        self.generation = generation
        self._aead = AESGCM(key)
        self._prefix = generation_prefix(generation)

    def seal(self, text: str, ad: bytes) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, text.encode(), ad)
        return self._prefix + base64.b64encode(nonce + sealed).decode("ascii")

    def seal_rows(self, rows: list[dict[str, Any]], column: str, ads: list[bytes]) -> None:
        """:meth:`seal` of each row's ``column`` in place, with its AD (``ads`` in row
        order): the same form, each with its own random nonce (taken from the system in one
        read for the whole list), in one loop without a list of pairs in between."""
        encrypt, prefix, b64 = self._aead.encrypt, self._prefix, binascii.b2a_base64
        nonces = os.urandom(_NONCE * len(rows))
        start = 0
        for row, ad in zip(rows, ads, strict=True):
            nonce = nonces[start : start + _NONCE]
            start += _NONCE
            sealed = encrypt(nonce, row[column].encode(), ad)
            row[column] = prefix + b64(nonce + sealed, newline=False).decode()

    def open(self, text: str, ad: bytes) -> str:
        prefix = self._prefix
        if not text.startswith(prefix):
            raise SealingError("sealed under another key")
        try:  # base64.b64decode(…, validate=True) without its Python steps
            raw = binascii.a2b_base64(text[len(prefix) :], strict_mode=True)
            return self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], ad).decode()
        except (InvalidTag, binascii.Error, ValueError):
            raise SealingError("the value does not open here (moved or damaged)") from None
