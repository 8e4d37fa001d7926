from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entryhub_desk.security.sealing import (
    Sealed,
    SealError,
    Wrapped,
    new_key_pair,
    public_key_of,
    seal,
    unseal,
    unwrap,
    wrap,
)

KEY_PAIR = new_key_pair()


@settings(max_examples=50)
@given(st.binary(min_size=0, max_size=64), st.binary(max_size=64))
def test_seal_round_trip(secret: bytes, aad: bytes) -> None:
    private, public = KEY_PAIR
    sealed = seal(public, secret, aad)
    assert unseal(private, sealed, aad) == secret


@settings(max_examples=50)
@given(st.binary(min_size=1, max_size=64), st.binary(max_size=32), st.binary(max_size=32))
def test_seal_binds_associated_data(secret: bytes, aad: bytes, other: bytes) -> None:
    private, public = KEY_PAIR
    sealed = seal(public, secret, aad)
    if other != aad:
        with pytest.raises(SealError):
            unseal(private, sealed, other)


@settings(max_examples=50)
@given(st.binary(min_size=32, max_size=32), st.integers(0, 47), st.integers(1, 255))
def test_any_flipped_byte_is_caught(secret: bytes, index: int, flip: int) -> None:
    private, public = KEY_PAIR
    sealed = seal(public, secret, b"ad")
    damaged = bytearray(sealed.ciphertext)
    damaged[index] ^= flip
    with pytest.raises(SealError):
        unseal(private, Sealed(sealed.ephemeral_public, sealed.nonce, bytes(damaged)), b"ad")


def test_other_private_key_cannot_unseal() -> None:
    _, public = KEY_PAIR
    other_private, _ = new_key_pair()
    with pytest.raises(SealError):
        unseal(other_private, seal(public, b"k" * 32, b""), b"")


def test_each_seal_is_fresh() -> None:
    _, public = KEY_PAIR
    a, b = seal(public, b"k" * 32, b""), seal(public, b"k" * 32, b"")
    assert a.ephemeral_public != b.ephemeral_public
    assert a.ciphertext != b.ciphertext


def test_changed_ephemeral_key_is_caught() -> None:
    private, public = KEY_PAIR
    sealed = seal(public, b"k" * 32, b"")
    _, stranger = new_key_pair()
    with pytest.raises(SealError):
        unseal(private, Sealed(stranger, sealed.nonce, sealed.ciphertext), b"")


def test_low_order_public_key_is_refused() -> None:
    with pytest.raises(SealError):
        seal(bytes(32), b"k" * 32, b"")


def _flip(data: bytes, index: int) -> bytes:
    """``data`` with one bit of byte ``index`` changed (always a different value)."""
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


def test_wrap_round_trip_and_failures() -> None:
    # Fixed keys, and a wrapped value whose tag ends in a zero byte: tampering by *setting*
    # the last byte to zero left such a value unchanged (1 run in 256 passed it as tampered).
    key = bytes(range(32))
    wrapped = wrap(key, b"secret", b"ad")
    while wrapped.ciphertext[-1] != 0:  # a new random nonce each time: ~256 tries
        wrapped = wrap(key, b"secret", b"ad")
    assert unwrap(key, wrapped, b"ad") == b"secret"
    with pytest.raises(SealError):
        unwrap(_flip(key, 0), wrapped, b"ad")
    with pytest.raises(SealError):
        unwrap(key, wrapped, b"other")
    for index in (0, len(wrapped.ciphertext) // 2, -1):  # the secret's bytes and the tag
        with pytest.raises(SealError):
            unwrap(key, Wrapped(wrapped.nonce, _flip(wrapped.ciphertext, index)), b"ad")
    with pytest.raises(SealError):
        unwrap(key, Wrapped(_flip(wrapped.nonce, 0), wrapped.ciphertext), b"ad")


def test_public_key_of() -> None:
    private, public = new_key_pair()
    assert public_key_of(private) == public
    with pytest.raises(SealError):
        public_key_of(b"short")
