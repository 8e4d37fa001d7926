"""Building key slots: a fresh X25519 key pair, its private key wrapped, the database key and
(for coordinators) the Ed25519 signing key sealed to it; a re-key's next generation. Used by
:mod:`.keyslots`."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import replace
from typing import Final

from entryhub_desk.errors import DeskError
from entryhub_desk.security.kdf import ScryptParams, derive, hkdf_sha256
from entryhub_desk.security.keyslots_format import (
    MAX_ID_LENGTH,
    MAX_LABEL_LENGTH,
    HkdfParams,
    LoadedFile,
    Pending,
    Slot,
    SlotFile,
    SlotKind,
    mac_is_current,
    private_aad,
    seal_aad,
)
from entryhub_desk.security.recovery import format_recovery_key, new_recovery_secret
from entryhub_desk.security.sealing import KEY_LENGTH, new_key_pair, seal, wrap
from entryhub_desk.security.slot_signing import seal_signing_key

_RECOVERY_INFO: Final = b"entryhub recovery slot"


def check_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_LENGTH:
        raise ValueError("a database key is 32 bytes")


def check_text(value: str, maximum: int, field: str) -> None:
    if (
        not isinstance(value, str)
        or not value.strip()
        or len(value) > maximum
        or any(unicodedata.category(c) in ("Cc", "Cs") for c in value)
    ):
        raise DeskError("validation.invalid", field=field)


def new_slot(
    kind: SlotKind,
    staff_id: str | None,
    label: str | None,
    kdf: ScryptParams | HkdfParams,
    wrapping_key: bytes,
    *,
    db_key: bytes,
    database_uuid: str,
    generation: int,
    root_key: bytes | None = None,
    signing_private: bytes | None = None,
) -> Slot:
    """A slot with a fresh key pair: its private key wrapped under ``wrapping_key``, the
    database key sealed to its public key (both bound to the slot, staff and database; the
    private key also to ``root_key`` when there is one), ``signing_private`` sealed to it."""
    from entryhub_desk.ids import new_id  # here: a log-in builds no slot (uuid stays unloaded)

    slot_id = new_id()
    private, public = new_key_pair()
    aad = private_aad(slot_id, staff_id, database_uuid, kdf, root_key)
    signing = None
    if signing_private is not None:
        signing = seal_signing_key(
            public,
            signing_private,
            slot_id=slot_id,
            staff_id=staff_id,
            database_uuid=database_uuid,
        )
    return Slot(
        slot_id=slot_id,
        kind=kind,
        staff_id=staff_id,
        label=label,
        kdf=kdf,
        public_key=public,
        private=wrap(wrapping_key, private, aad),
        seal=seal(public, db_key, seal_aad(slot_id, staff_id, database_uuid, generation)),
        signing=signing,
        bound=root_key is not None,
    )


def recovery_wrapping_key(secret: bytes, params: HkdfParams) -> bytes:
    return hkdf_sha256(secret, info=_RECOVERY_INFO, salt=params.salt)


def staff_slot(
    n: int,
    *,
    database_uuid: str,
    generation: int,
    db_key: bytes,
    staff_id: str,
    staff_name: str,
    password: str,
    root_key: bytes | None = None,
    signing_private: bytes | None = None,
) -> Slot:
    """A staff member's slot: scrypt (cost ``n``) of her password wraps its private key."""
    check_text(staff_id, MAX_ID_LENGTH, "staff_id")
    check_text(staff_name, MAX_LABEL_LENGTH, "staff_name")
    params = ScryptParams.new(n)
    return new_slot(
        "staff",
        staff_id,
        staff_name,
        params,
        derive(password, params),
        db_key=db_key,
        database_uuid=database_uuid,
        generation=generation,
        root_key=root_key,
        signing_private=signing_private,
    )


def staff_slot_in(
    data: SlotFile,
    n: int,
    db_key: bytes,
    staff_id: str,
    staff_name: str,
    password: str,
    signing_private: bytes | None,
) -> Slot:
    """A new staff slot for ``data``'s file: its database, key generation and root key."""
    return staff_slot(
        n,
        database_uuid=data.database_uuid,
        generation=data.generation,
        db_key=db_key,
        staff_id=staff_id,
        staff_name=staff_name,
        password=password,
        root_key=data.root_key,
        signing_private=signing_private,
    )


def recovery_slot(
    *,
    database_uuid: str,
    generation: int,
    db_key: bytes,
    root_key: bytes | None = None,
    signing_private: bytes | None = None,
) -> tuple[Slot, str]:
    """The recovery slot and its recovery key in the written form (shown once)."""
    secret = new_recovery_secret()
    params = HkdfParams(salt=os.urandom(16))
    slot = new_slot(
        "recovery",
        None,
        None,
        params,
        recovery_wrapping_key(secret, params),
        db_key=db_key,
        database_uuid=database_uuid,
        generation=generation,
        root_key=root_key,
        signing_private=signing_private,
    )
    return slot, format_recovery_key(secret)


def checked(loaded: LoadedFile, key: bytes) -> SlotFile:
    """The file's content, whose MAC ``key`` must match (else ``slots.tampered``)."""
    if not mac_is_current(key, loaded):
        raise DeskError("slots.tampered")
    return loaded.data


def next_generation(data: SlotFile, new_key: bytes) -> Pending:
    """A re-key's pending generation: ``new_key`` sealed to every slot of ``data``."""
    generation = data.generation + 1
    seals = {
        slot.slot_id: seal(
            slot.public_key,
            new_key,
            seal_aad(slot.slot_id, slot.staff_id, data.database_uuid, generation),
        )
        for slot in data.slots
    }
    return Pending(generation=generation, seals=seals)


def committed(data: SlotFile, pending: Pending) -> SlotFile:
    """``data`` with its pending re-key made the current generation."""
    slots = tuple(replace(slot, seal=pending.seals[slot.slot_id]) for slot in data.slots)
    return replace(data, generation=pending.generation, slots=slots, pending=None)
