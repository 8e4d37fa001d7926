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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from entryhub_desk.errors import DeskError
from entryhub_desk.security.atomic import atomic_write_bytes
from entryhub_desk.security.kdf import ScryptParams, calibrate_scrypt, derive
from entryhub_desk.security.keyslots_build import (
    check_key,
    check_text,
    checked,
    committed,
    next_generation,
    recovery_slot,
    recovery_wrapping_key,
    staff_slot,
    staff_slot_in,
)
from entryhub_desk.security.keyslots_format import (
    MAX_ID_LENGTH,
    HkdfParams,
    LoadedFile,
    Slot,
    SlotFile,
    decode_file,
    encode_file,
    label_key,
    mac_is_current,
    mac_is_pending,
    private_aad,
    seal_aad,
)
from entryhub_desk.security.recovery import parse_recovery_key
from entryhub_desk.security.sealing import (
    SealError,
    public_key_of,
    same_bytes,
    unseal,
    unwrap,
    wrap,
)
from entryhub_desk.security.slot_signing import open_signing_key, seal_signing_key
from entryhub_desk.store.folder_lock import file_write_lock


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
    signing_key: bytes | None = field(default=None, repr=False)  # the member's Ed25519 key
    root_key: bytes | None = None  # the header's coordinator root, as this log-in read it


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

    def staff_slot_ids(self) -> dict[str, str]:
        """Staff id of every staff slot, by label (to find slots left by a cut staff add)."""
        return {
            slot.label: slot.staff_id
            for slot in self._load().data.slots
            if slot.label is not None and slot.staff_id is not None
        }

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
        wrapping_key = derive(password, slot.kdf)
        keys, private = self._open(loaded, slot, wrapping_key, "auth.wrong_password")
        signing = self._signing_key(loaded, slot, private)
        if not slot.bound and loaded.data.root_key is not None and loaded.data.pending is None:
            self._bind(loaded.data, slot, wrapping_key, private, keys[0])
        return Unlocked(
            staff_id=slot.staff_id,
            slot_id=slot.slot_id,
            keys=keys,
            signing_key=signing,
            root_key=loaded.data.root_key,
        )

    @staticmethod
    def _signing_key(loaded: LoadedFile, slot: Slot, private: bytes) -> bytes | None:
        if slot.signing is None:
            return None
        try:
            return open_signing_key(
                private,
                slot.signing,
                slot_id=slot.slot_id,
                staff_id=slot.staff_id,
                database_uuid=loaded.data.database_uuid,
            )
        except SealError:
            raise DeskError("slots.tampered") from None

    @_serialised
    def _bind(
        self, data: SlotFile, slot: Slot, wrapping_key: bytes, private: bytes, db_key: bytes
    ) -> None:
        """Upgrade an unbound slot (made before the root key existed) at its member's log-in:
        wrap its private key again, now bound to the file's root key. The file is read again
        under the lock (``data`` was read before it): another program may have written since."""
        loaded = self._load()
        data = loaded.data
        if data.root_key is None or data.pending is not None or not mac_is_current(db_key, loaded):
            return  # changed meanwhile: the slot is bound at a later log-in
        current = next((s for s in data.slots if s.slot_id == slot.slot_id), None)
        if current is None or current.bound:
            return
        slot = current
        aad = private_aad(slot.slot_id, slot.staff_id, data.database_uuid, slot.kdf, data.root_key)
        bound = replace(slot, private=wrap(wrapping_key, private, aad), bound=True)
        slots = tuple(bound if s.slot_id == slot.slot_id else s for s in data.slots)
        self._write(replace(data, slots=slots), db_key)

    def unlock_with_recovery(self, recovery_text: str) -> tuple[bytes, ...]:
        """The database key(s) from the recovery key (current first, then a pending one)."""
        return self._open_recovery(recovery_text)[2]

    def recovery_signing_key(self, recovery_text: str) -> bytes | None:
        """The recovery slot's Ed25519 signing key (None in a slot without one)."""
        loaded, slot, _, private = self._open_recovery(recovery_text)
        return self._signing_key(loaded, slot, private)

    def _open_recovery(
        self, recovery_text: str
    ) -> tuple[LoadedFile, Slot, tuple[bytes, ...], bytes]:
        """The file, its recovery slot, the database key(s) and the slot's private key."""
        secret = parse_recovery_key(recovery_text)
        loaded = self._load()
        slot = next(s for s in loaded.data.slots if s.kind == "recovery")
        if not isinstance(slot.kdf, HkdfParams):  # pragma: no cover - format guarantees it
            raise DeskError("slots.corrupt")
        wrapping = recovery_wrapping_key(secret, slot.kdf)
        keys, private = self._open(loaded, slot, wrapping, "recovery.wrong_key")
        return loaded, slot, keys, private

    def _open(
        self, loaded: LoadedFile, slot: Slot, wrapping_key: bytes, wrong_code: str
    ) -> tuple[tuple[bytes, ...], bytes]:
        """The database key(s) and the slot's X25519 private key."""
        data = loaded.data
        root = data.root_key if slot.bound else None
        aad = private_aad(slot.slot_id, slot.staff_id, data.database_uuid, slot.kdf, root)
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
        return keys, private

    def verify(self, db_key: bytes) -> SlotFile:
        """Check the keyed MAC with the current (or the pending re-key's) database key; returns
        the content so checked (one read of the file for whoever needs more from it)."""
        loaded = self._load()
        if not (mac_is_current(db_key, loaded) or mac_is_pending(db_key, loaded)):
            raise DeskError("slots.tampered")
        return loaded.data

    # --- building slots -----------------------------------------------------------------------

    def _n(self) -> int:
        if self._scrypt_n is None:
            self._scrypt_n = calibrate_scrypt()
        return self._scrypt_n

    def _write(self, data: SlotFile, key: bytes, pending_key: bytes | None = None) -> None:
        atomic_write_bytes(self._path, encode_file(data, key=key, pending_key=pending_key))

    def _load_current(self, db_key: bytes) -> SlotFile:
        """The file's content for a change made with the current key (no re-key pending)."""
        check_key(db_key)
        data = checked(self._load(), db_key)
        if data.pending is not None:
            raise DeskError("slots.rekey_pending")
        return data

    # --- changes ------------------------------------------------------------------------------

    @_serialised
    def create(
        self,
        *,
        database_uuid: str,
        db_key: bytes,
        staff_id: str,
        staff_name: str,
        password: str,
        root_key: bytes | None = None,
        signing_private: bytes | None = None,
        recovery_signing: bytes | None = None,
    ) -> str:
        """Write a new file with one staff slot and the recovery slot; returns the recovery
        key in its written form (show it once, never store it). ``root_key``: the coordinator
        root in the header; ``signing_private``/``recovery_signing``: the Ed25519 keys sealed
        to the first coordinator's and to the recovery slot."""
        check_key(db_key)
        check_text(database_uuid, MAX_ID_LENGTH, "database_uuid")
        if self.exists():
            raise DeskError("slots.exists", path=str(self._path.parent))
        staff = staff_slot(
            self._n(),
            database_uuid=database_uuid,
            generation=1,
            db_key=db_key,
            staff_id=staff_id,
            staff_name=staff_name,
            password=password,
            root_key=root_key,
            signing_private=signing_private,
        )
        recovery, text = recovery_slot(
            database_uuid=database_uuid,
            generation=1,
            db_key=db_key,
            root_key=root_key,
            signing_private=recovery_signing,
        )
        self._write(SlotFile(database_uuid, 1, (staff, recovery), None, root_key), db_key)
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
    def add_staff(
        self,
        db_key: bytes,
        *,
        staff_id: str,
        staff_name: str,
        password: str,
        signing_private: bytes | None = None,
    ) -> None:
        data = self._load_current(db_key)
        if any(slot.staff_id == staff_id for slot in data.slots):
            raise DeskError("staff.exists", name=staff_name)
        self._check_unique(data, staff_name)
        slot = staff_slot_in(
            data, self._n(), db_key, staff_id, staff_name, password, signing_private
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
    def set_password(
        self,
        db_key: bytes,
        *,
        staff_id: str,
        staff_name: str,
        password: str,
        signing_private: bytes | None = None,
    ) -> None:
        """Change or reset a password: a new key pair and a new seal for that staff member.
        ``staff_name`` becomes the slot's label (so a rename goes through here too). The new
        slot holds ``signing_private`` (the old signing key cannot be carried over: it was
        sealed to the old key pair)."""
        data = self._load_current(db_key)
        if not any(slot.staff_id == staff_id for slot in data.slots):
            raise DeskError("staff.unknown", name=staff_name)
        self._check_unique(data, staff_name, except_staff_id=staff_id)
        fresh = staff_slot_in(
            data, self._n(), db_key, staff_id, staff_name, password, signing_private
        )
        slots = tuple(fresh if slot.staff_id == staff_id else slot for slot in data.slots)
        self._write(replace(data, slots=slots), db_key)

    @_serialised
    def replace_recovery_key(self, db_key: bytes, *, signing_private: bytes | None = None) -> str:
        """A new recovery slot in place of the old one; returns the new recovery key."""
        data = self._load_current(db_key)
        fresh, text = recovery_slot(
            database_uuid=data.database_uuid,
            generation=data.generation,
            db_key=db_key,
            root_key=data.root_key,
            signing_private=signing_private,
        )
        slots = tuple(fresh if slot.kind == "recovery" else slot for slot in data.slots)
        self._write(replace(data, slots=slots), db_key)
        return text

    def root_key(self) -> bytes | None:
        """The coordinator root key in the header (None in a file from before roles)."""
        return self._load().data.root_key

    def signing_keys(self) -> dict[str | None, bytes]:
        """The public signing key of each slot that has one (key None: the recovery slot)."""
        return {
            (slot.staff_id if slot.kind == "staff" else None): slot.signing.public_key
            for slot in self._load().data.slots
            if slot.signing is not None
        }

    @_serialised
    def install_signing_keys(
        self, db_key: bytes, *, root_key: bytes, keys: dict[str | None, bytes]
    ) -> None:
        """Set the header's root key (once: an existing different one is ``slots.tampered``)
        and seal signing keys to slots: ``keys`` maps a staff id (None: the recovery slot) to
        a raw Ed25519 private key. Used by the upgrade of a store from before roles."""
        data = self._load_current(db_key)
        if data.root_key is not None and not same_bytes(data.root_key, root_key):
            raise DeskError("slots.tampered")
        slots = []
        for slot in data.slots:
            private = keys.get(slot.staff_id if slot.kind == "staff" else None)
            if private is not None:
                entry = seal_signing_key(
                    slot.public_key,
                    private,
                    slot_id=slot.slot_id,
                    staff_id=slot.staff_id,
                    database_uuid=data.database_uuid,
                )
                slot = replace(slot, signing=entry)
            slots.append(slot)
        self._write(replace(data, slots=tuple(slots), root_key=root_key), db_key)

    # --- re-keying ----------------------------------------------------------------------------

    @_serialised
    def begin_rekey(self, old_key: bytes, new_key: bytes) -> None:
        """Seal ``new_key`` to every slot as ``pending`` (call before switching the database)."""
        check_key(new_key)
        if same_bytes(old_key, new_key):
            raise ValueError("the new key must differ from the old one")
        data = self._load_current(old_key)
        self._write(replace(data, pending=next_generation(data, new_key)), old_key, new_key)

    @_serialised
    def commit_rekey(self, new_key: bytes) -> None:
        """The pending re-key becomes current (call once the database opens with it)."""
        check_key(new_key)
        loaded = self._load()
        data = loaded.data
        if data.pending is None:
            raise DeskError("slots.no_rekey_pending")
        if not mac_is_pending(new_key, loaded):
            raise DeskError("slots.tampered")
        self._write(committed(data, data.pending), new_key)

    def settle_opened(self, current: bytes, opened_with: bytes) -> tuple[SlotFile, str | None]:
        """After a log-in opened the database with ``opened_with`` (``current``: the current
        key its slot gave): check the file's keyed MAC and finish (``"finished"``) or drop
        (``"rolled back"``) a re-key a crash left pending; returns the content so checked.
        A cut re-key is settled under the slot lock, on the file as it is then: of two
        programs opening the store at once, one settles it and the other finds it settled."""
        check_key(opened_with)
        loaded = self._load()
        if loaded.data.pending is None:  # the usual case, without the lock
            return checked(loaded, opened_with), None
        return self._settle_pending(current, opened_with)

    @_serialised
    def _settle_pending(self, current: bytes, opened_with: bytes) -> tuple[SlotFile, str | None]:
        loaded = self._load()
        data = loaded.data
        if data.pending is None:  # another program settled it meanwhile
            return checked(loaded, opened_with), None
        switched = not same_bytes(opened_with, current)  # the database is on the pending key
        if not mac_is_current(current, loaded) or (
            switched and not mac_is_pending(opened_with, loaded)
        ):
            raise DeskError("slots.tampered")
        settled = committed(data, data.pending) if switched else replace(data, pending=None)
        self._write(settled, opened_with)
        return settled, "finished" if switched else "rolled back"

    @_serialised
    def abort_rekey(self, old_key: bytes) -> None:
        """Drop the pending re-key (the database still opens with ``old_key``). Does nothing
        when no re-key is pending."""
        check_key(old_key)
        data = checked(self._load(), old_key)
        if data.pending is not None:
            self._write(replace(data, pending=None), old_key)
