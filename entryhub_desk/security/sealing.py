"""AES-256-GCM wrapping and X25519 sealing (the building blocks of key slots).

*Wrapping* encrypts a secret under a symmetric key. *Sealing* encrypts a secret to an X25519
public key: a fresh ephemeral key pair, X25519 agreement with the recipient, HKDF-SHA256 over the
shared secret (salted with both public keys) → AES-256-GCM. Anyone holding only the public key
can seal; only the holder of the private key can unseal. Both bind associated data, so a sealed
value moved to another context no longer opens.

Failures raise :class:`SealError` without detail: the caller decides which error a person sees.
``cryptography`` is imported by the functions, not with the module: the key slots' format reads
these types before a log-in has derived its key (``kdf.meanwhile``).
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from typing import Final

from entryhub_desk.security.kdf import hkdf_sha256

KEY_LENGTH: Final = 32
NONCE_LENGTH: Final = 12
TAG_LENGTH: Final = 16
PUBLIC_KEY_LENGTH: Final = 32
_SEAL_INFO: Final = b"entryhub seal v1"


class SealError(Exception):
    """A wrapped or sealed value did not open (wrong key, changed data or associated data)."""


@dataclass(frozen=True)
class Wrapped:
    """A secret encrypted with AES-256-GCM under a symmetric key."""

    nonce: bytes
    ciphertext: bytes  # includes the 16-byte tag


@dataclass(frozen=True)
class Sealed:
    """A secret sealed to an X25519 public key."""

    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes  # includes the 16-byte tag


def wrap(key: bytes, secret: bytes, aad: bytes) -> Wrapped:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_LENGTH)
    return Wrapped(nonce=nonce, ciphertext=AESGCM(key).encrypt(nonce, secret, aad))


def unwrap(key: bytes, wrapped: Wrapped, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except (InvalidTag, ValueError):
        raise SealError from None


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair as raw ``(private, public)`` bytes."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def public_key_of(private: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
    except ValueError:
        raise SealError from None


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return hkdf_sha256(shared, info=_SEAL_INFO, salt=ephemeral_public + recipient_public)


def seal(recipient_public: bytes, secret: bytes, aad: bytes) -> Sealed:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        recipient = X25519PublicKey.from_public_bytes(recipient_public)
    except ValueError:
        raise SealError from None
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(recipient)
    except ValueError:  # a low-order public key gives an all-zero shared secret
        raise SealError from None
    key = _seal_key(shared, ephemeral_public, recipient_public)
    nonce = os.urandom(NONCE_LENGTH)
    return Sealed(ephemeral_public, nonce, AESGCM(key).encrypt(nonce, secret, aad))


def unseal(recipient_private: bytes, sealed: Sealed, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        private = X25519PrivateKey.from_private_bytes(recipient_private)
        shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_public))
        key = _seal_key(shared, sealed.ephemeral_public, private.public_key().public_bytes_raw())
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except (InvalidTag, ValueError):
        raise SealError from None


def same_bytes(a: bytes, b: bytes) -> bool:
    """Timing-safe equality."""
    return hmac.compare_digest(a, b)
