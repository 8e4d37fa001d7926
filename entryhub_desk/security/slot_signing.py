"""A staff member's Ed25519 signing key inside her key slot.

The private signing key is *sealed* to the slot's X25519 public key (whose private half is
wrapped under the member's password), so only that member's log-in opens it, while a
coordinator can give a member a key (when adding or promoting her, or after a password reset)
without knowing her password. The associated data binds it to the slot, the staff member, the
database and the public signing key. A password change that keeps the slot's X25519 key pair is
not possible (a reset does not know it), so every new slot gets its signing key sealed anew.
"""

from __future__ import annotations

from entryhub_desk.security.keyslots_format import SigningEntry, b64, canonical_json
from entryhub_desk.security.sealing import SealError, same_bytes, seal, unseal


def signing_public_of(private: bytes) -> bytes:
    """The Ed25519 public key of ``private`` (``entryhub_wire.grants``, and ``cryptography``
    with it, load when a signing key is opened or sealed, not with the key slots)."""
    from entryhub_wire.grants import signing_public_of as public_of

    return public_of(private)


def signing_aad(slot_id: str, staff_id: str | None, database_uuid: str, public: bytes) -> bytes:
    return canonical_json(
        {
            "purpose": "signing-key",
            "slot_id": slot_id,
            "staff_id": staff_id,
            "database_uuid": database_uuid,
            "public_key": b64(public),
        }
    )


def seal_signing_key(
    slot_public: bytes, private: bytes, *, slot_id: str, staff_id: str | None, database_uuid: str
) -> SigningEntry:
    """``private`` (raw Ed25519) sealed to the slot whose X25519 public key is ``slot_public``."""
    public = signing_public_of(private)
    aad = signing_aad(slot_id, staff_id, database_uuid, public)
    return SigningEntry(public_key=public, sealed=seal(slot_public, private, aad))


def open_signing_key(
    slot_private: bytes,
    entry: SigningEntry,
    *,
    slot_id: str,
    staff_id: str | None,
    database_uuid: str,
) -> bytes:
    """The raw Ed25519 private key; :class:`SealError` if it does not open or match."""
    aad = signing_aad(slot_id, staff_id, database_uuid, entry.public_key)
    private = unseal(slot_private, entry.sealed, aad)
    try:
        public = signing_public_of(private)
    except ValueError:
        raise SealError from None
    if not same_bytes(public, entry.public_key):
        raise SealError
    return private
