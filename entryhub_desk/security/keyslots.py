"""Key slots: who may open the database, without the database key ever touching the disk.

Each slot has an X25519 key pair. Its private key is wrapped (AES-256-GCM) under a key derived
from the staff member's password (scrypt, parameters stored per slot) or from the recovery
secret (HKDF); the database key is *sealed* to its public key. So logging in is scrypt + unwrap
+ unseal, while adding a member, resetting a password or re-keying needs only the database key
and the public keys, never anyone else's password. File format: :mod:`.keyslots_format`.

Every change first checks the file's keyed MAC with the key the caller holds, and writes the
whole file atomically; a failed operation leaves the file byte for byte as it was.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Concatenate, Final, ParamSpec, TypeVar

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.security.atomic import atomic_write_bytes
from entryhub_desk.security.kdf import ScryptParams, calibrate_scrypt, derive, hkdf_sha256
from entryhub_desk.security.keyslots_format import (
    MAX_ID_LENGTH,
    MAX_LABEL_LENGTH,
    HkdfParams,
    LoadedFile,
    Pending,
    Slot,
    SlotFile,
    SlotKind,
    decode_file,
    encode_file,
    label_key,
    mac_is_current,
    mac_is_pending,
    private_aad,
    seal_aad,
)
from entryhub_desk.security.recovery import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)
from entryhub_desk.security.sealing import (
    KEY_LENGTH,
    Sealed,
    SealError,
    new_key_pair,
    public_key_of,
    same_bytes,
    seal,
    unseal,
    unwrap,
    wrap,
)
from entryhub_desk.store.folder_lock import file_write_lock

_RECOVERY_INFO: Final = b"entryhub recovery slot"


@dataclass(frozen=True)
class Unlocked:
    """The result of a login: who, through which slot, and the database key(s).

    ``keys`` holds the current database key first, then the pending re-key's key if a re-key
    was interrupted: the caller finds which one opens the database and then calls
    :meth:`KeyStore.commit_rekey` or :meth:`KeyStore.abort_rekey`.
    """

    staff_id: str
    slot_id: str
    keys: tuple[bytes, ...] = field(repr=False)  # never shown


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_LENGTH:
        raise ValueError("a database key is 32 bytes")


def _check_text(value: str, maximum: int, field: str) -> None:
    if (
        not isinstance(value, str)
        or not value.strip()
        or len(value) > maximum
        or any(unicodedata.category(c) in ("Cc", "Cs") for c in value)
    ):
        raise DeskError("validation.invalid", field=field)


def _new_slot(
    kind: SlotKind,
    staff_id: str | None,
    label: str | None,
    kdf: ScryptParams | HkdfParams,
    wrapping_key: bytes,
    *,
    db_key: bytes,
    database_uuid: str,
    generation: int,
) -> Slot:
    """A slot with a fresh key pair: its private key wrapped under ``wrapping_key``, the
    database key sealed to its public key (both bound to the slot, staff and database)."""
    slot_id = new_id()
    private, public = new_key_pair()
    return Slot(
        slot_id=slot_id,
        kind=kind,
        staff_id=staff_id,
        label=label,
        kdf=kdf,
        public_key=public,
        private=wrap(wrapping_key, private, private_aad(slot_id, staff_id, database_uuid, kdf)),
        seal=seal(public, db_key, seal_aad(slot_id, staff_id, database_uuid, generation)),
    )


def _recovery_wrapping_key(secret: bytes, params: HkdfParams) -> bytes:
    return hkdf_sha256(secret, info=_RECOVERY_INFO, salt=params.salt)


SLOTS_LOCK_NAME = "keyslots.lock"
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _serialised(
    change: Callable[Concatenate[KeyStore, _P], _R],
) -> Callable[Concatenate[KeyStore, _P], _R]:
    """Run a change of the slot file under a short exclusive lock on ``keyslots.lock``: the
    change reads the file under the lock, so two programs adding members at once (or resetting
    passwords) both keep their update instead of the later write dropping the earlier one."""

    def locked(self: KeyStore, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with file_write_lock(self.path.with_name(SLOTS_LOCK_NAME)):
            return change(self, *args, **kwargs)

    functools.update_wrapper(locked, change)
    return locked


class KeyStore:
    """The key slot file ``keyslots.json`` beside the database."""

    def __init__(self, path: Path, *, scrypt_n: int | None = None) -> None:
        if scrypt_n is not None:
            ScryptParams.new(scrypt_n)  # raises on a value out of bounds
        self._path = path
        self._scrypt_n = scrypt_n

    @property
    def path(self) -> Path:
        return self._path

    # --- reading ------------------------------------------------------------------------------

    def exists(self) -> bool:
        return self._path.exists()

    def _load(self) -> LoadedFile:
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            raise DeskError("slots.missing", path=str(self._path.parent)) from None
        return decode_file(raw)

    def database_uuid(self) -> str:
        return self._load().data.database_uuid

    def staff_names(self) -> list[str]:
        """Labels of the staff slots, sorted case-insensitively."""
        labels = [slot.label for slot in self._load().data.slots if slot.label is not None]
        return sorted(labels, key=lambda label: (label_key(label), label))

    def has_pending_rekey(self) -> bool:
        return self._load().data.pending is not None

    # --- unlocking ----------------------------------------------------------------------------

    def unlock(self, staff_name: str, password: str) -> Unlocked:
        """Open the slot labelled ``staff_name`` (case-insensitive) with ``password``."""
        loaded = self._load()
        wanted = label_key(staff_name)
        slot = next(
            (s for s in loaded.data.slots if s.label is not None and label_key(s.label) == wanted),
            None,
        )
        if slot is None or slot.staff_id is None or not isinstance(slot.kdf, ScryptParams):
            raise DeskError("auth.unknown_staff")
        keys = self._open(loaded, slot, derive(password, slot.kdf), "auth.wrong_password")
        return Unlocked(staff_id=slot.staff_id, slot_id=slot.slot_id, keys=keys)

    def unlock_with_recovery(self, recovery_text: str) -> tuple[bytes, ...]:
        """The database key(s) from the recovery key (current first, then a pending one)."""
        secret = parse_recovery_key(recovery_text)
        loaded = self._load()
        slot = next(s for s in loaded.data.slots if s.kind == "recovery")
        if not isinstance(slot.kdf, HkdfParams):  # pragma: no cover - format guarantees it
            raise DeskError("slots.corrupt")
        return self._open(
            loaded, slot, _recovery_wrapping_key(secret, slot.kdf), "recovery.wrong_key"
        )

    def _open(
        self, loaded: LoadedFile, slot: Slot, wrapping_key: bytes, wrong_code: str
    ) -> tuple[bytes, ...]:
        data = loaded.data
        aad = private_aad(slot.slot_id, slot.staff_id, data.database_uuid, slot.kdf)
        try:
            private = unwrap(wrapping_key, slot.private, aad)
        except SealError:
            raise DeskError(wrong_code) from None
        try:
            if not same_bytes(public_key_of(private), slot.public_key):
                raise SealError
            current = unseal(
                private,
                slot.seal,
                seal_aad(slot.slot_id, slot.staff_id, data.database_uuid, data.generation),
            )
            keys: tuple[bytes, ...] = (current,)
            if data.pending is not None:
                pending_aad = seal_aad(
                    slot.slot_id, slot.staff_id, data.database_uuid, data.pending.generation
                )
                keys += (unseal(private, data.pending.seals[slot.slot_id], pending_aad),)
        except SealError:
            raise DeskError("slots.tampered") from None
        if not mac_is_current(keys[0], loaded) or (
            len(keys) > 1 and not mac_is_pending(keys[1], loaded)
        ):
            raise DeskError("slots.tampered")
        return keys

    def verify(self, db_key: bytes) -> None:
        """Check the keyed MAC with the current (or the pending re-key's) database key."""
        loaded = self._load()
        if not (mac_is_current(db_key, loaded) or mac_is_pending(db_key, loaded)):
            raise DeskError("slots.tampered")

    # --- building slots -----------------------------------------------------------------------

    def _n(self) -> int:
        if self._scrypt_n is None:
            self._scrypt_n = calibrate_scrypt()
        return self._scrypt_n

    def _staff_slot(
        self,
        *,
        database_uuid: str,
        generation: int,
        db_key: bytes,
        staff_id: str,
        staff_name: str,
        password: str,
    ) -> Slot:
        _check_text(staff_id, MAX_ID_LENGTH, "staff_id")
        _check_text(staff_name, MAX_LABEL_LENGTH, "staff_name")
        params = ScryptParams.new(self._n())
        return _new_slot(
            "staff",
            staff_id,
            staff_name,
            params,
            derive(password, params),
            db_key=db_key,
            database_uuid=database_uuid,
            generation=generation,
        )

    @staticmethod
    def _recovery_slot(*, database_uuid: str, generation: int, db_key: bytes) -> tuple[Slot, str]:
        secret = new_recovery_secret()
        params = HkdfParams(salt=os.urandom(16))
        slot = _new_slot(
            "recovery",
            None,
            None,
            params,
            _recovery_wrapping_key(secret, params),
            db_key=db_key,
            database_uuid=database_uuid,
            generation=generation,
        )
        return slot, format_recovery_key(secret)

    def _write(self, data: SlotFile, key: bytes, pending_key: bytes | None = None) -> None:
        atomic_write_bytes(self._path, encode_file(data, key=key, pending_key=pending_key))

    def _load_current(self, db_key: bytes) -> SlotFile:
        """The file's content for a change made with the current key (no re-key pending)."""
        _check_key(db_key)
        loaded = self._load()
        if not mac_is_current(db_key, loaded):
            raise DeskError("slots.tampered")
        if loaded.data.pending is not None:
            raise DeskError("slots.rekey_pending")
        return loaded.data

    # --- changes ------------------------------------------------------------------------------

    @_serialised
    def create(
        self, *, database_uuid: str, db_key: bytes, staff_id: str, staff_name: str, password: str
    ) -> str:
        """Write a new file with one staff slot and the recovery slot; returns the recovery
        key in its written form (show it once, never store it)."""
        _check_key(db_key)
        _check_text(database_uuid, MAX_ID_LENGTH, "database_uuid")
        if self.exists():
            raise DeskError("slots.exists", path=str(self._path.parent))
        staff = self._staff_slot(
            database_uuid=database_uuid,
            generation=1,
            db_key=db_key,
            staff_id=staff_id,
            staff_name=staff_name,
            password=password,
        )
        recovery, text = self._recovery_slot(
            database_uuid=database_uuid, generation=1, db_key=db_key
        )
        self._write(SlotFile(database_uuid, 1, (staff, recovery), None), db_key)
        return text

    def _check_unique(
        self, data: SlotFile, staff_name: str, *, except_staff_id: str | None = None
    ) -> None:
        wanted = label_key(staff_name)
        for slot in data.slots:
            if (
                slot.label is not None
                and slot.staff_id != except_staff_id
                and label_key(slot.label) == wanted
            ):
                raise DeskError("staff.exists", name=staff_name)

    @_serialised
    def add_staff(self, db_key: bytes, *, staff_id: str, staff_name: str, password: str) -> None:
        data = self._load_current(db_key)
        if any(slot.staff_id == staff_id for slot in data.slots):
            raise DeskError("staff.exists", name=staff_name)
        self._check_unique(data, staff_name)
        slot = self._staff_slot(
            database_uuid=data.database_uuid,
            generation=data.generation,
            db_key=db_key,
            staff_id=staff_id,
            staff_name=staff_name,
            password=password,
        )
        self._write(replace(data, slots=(*data.slots, slot)), db_key)

    @_serialised
    def remove_staff(self, db_key: bytes, staff_id: str) -> None:
        data = self._load_current(db_key)
        kept = tuple(slot for slot in data.slots if slot.staff_id != staff_id)
        if len(kept) == len(data.slots):
            raise DeskError("staff.unknown", name=staff_id)
        self._write(replace(data, slots=kept), db_key)

    @_serialised
    def set_password(self, db_key: bytes, *, staff_id: str, staff_name: str, password: str) -> None:
        """Change or reset a password: a new key pair and a new seal for that staff member.
        ``staff_name`` becomes the slot's label (so a rename goes through here too)."""
        data = self._load_current(db_key)
        if not any(slot.staff_id == staff_id for slot in data.slots):
            raise DeskError("staff.unknown", name=staff_name)
        self._check_unique(data, staff_name, except_staff_id=staff_id)
        fresh = self._staff_slot(
            database_uuid=data.database_uuid,
            generation=data.generation,
            db_key=db_key,
            staff_id=staff_id,
            staff_name=staff_name,
            password=password,
        )
        slots = tuple(fresh if slot.staff_id == staff_id else slot for slot in data.slots)
        self._write(replace(data, slots=slots), db_key)

    @_serialised
    def replace_recovery_key(self, db_key: bytes) -> str:
        """A new recovery slot in place of the old one; returns the new recovery key."""
        data = self._load_current(db_key)
        fresh, text = self._recovery_slot(
            database_uuid=data.database_uuid, generation=data.generation, db_key=db_key
        )
        slots = tuple(fresh if slot.kind == "recovery" else slot for slot in data.slots)
        self._write(replace(data, slots=slots), db_key)
        return text

    # --- re-keying ----------------------------------------------------------------------------

    @_serialised
    def begin_rekey(self, old_key: bytes, new_key: bytes) -> None:
        """Seal ``new_key`` to every slot as ``pending`` (call before switching the database)."""
        _check_key(new_key)
        if same_bytes(old_key, new_key):
            raise ValueError("the new key must differ from the old one")
        data = self._load_current(old_key)
        generation = data.generation + 1
        seals: dict[str, Sealed] = {
            slot.slot_id: seal(
                slot.public_key,
                new_key,
                seal_aad(slot.slot_id, slot.staff_id, data.database_uuid, generation),
            )
            for slot in data.slots
        }
        pending = Pending(generation=generation, seals=seals)
        self._write(replace(data, pending=pending), old_key, new_key)

    @_serialised
    def commit_rekey(self, new_key: bytes) -> None:
        """The pending re-key becomes current (call once the database opens with it)."""
        _check_key(new_key)
        loaded = self._load()
        data = loaded.data
        if data.pending is None:
            raise DeskError("slots.no_rekey_pending")
        if not mac_is_pending(new_key, loaded):
            raise DeskError("slots.tampered")
        pending = data.pending
        slots = tuple(replace(slot, seal=pending.seals[slot.slot_id]) for slot in data.slots)
        self._write(SlotFile(data.database_uuid, pending.generation, slots, None), new_key)

    @_serialised
    def abort_rekey(self, old_key: bytes) -> None:
        """Drop the pending re-key (the database still opens with ``old_key``). Does nothing
        when no re-key is pending."""
        _check_key(old_key)
        loaded = self._load()
        if not mac_is_current(old_key, loaded):
            raise DeskError("slots.tampered")
        if loaded.data.pending is not None:
            self._write(replace(loaded.data, pending=None), old_key)
