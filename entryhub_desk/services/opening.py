"""Opening the store with the keys a slot gave: finish an interrupted re-key, migrate.

A re-key writes the new slot generation (``pending``) before it switches the database key, so
after a crash at any step one of the keys from the slot opens the database:

- the current key opens it: the database was never switched, so the pending generation is
  dropped (rolled back);
- the pending key opens it: the database was switched, so the pending generation becomes the
  current one (finished).

The store is opened under the caller's claim on the data folder (shared); a pending migration
runs only with the folder to this process alone (the claim upgraded, never waited for), so a
migration while another program uses the store is refused with ``store.in_use``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.security.keyslots import KeyStore
from entryhub_desk.security.keyslots_format import SlotFile
from entryhub_desk.store.connection import DeskConnection, open_database
from entryhub_desk.store.folder_lock import FolderClaim
from entryhub_desk.store.identity import DeskIdentity, load_identity
from entryhub_desk.store.migrations import migrate, schema_version, target_schema
from entryhub_desk.store.migrations.columns import missing_columns
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.sync_unknown import unknown_count

log = logging.getLogger(__name__)


@dataclass
class OpenedStore:
    conn: DeskConnection
    key: bytes
    identity: DeskIdentity
    context: StoreContext
    rekey_outcome: str | None = None  # "finished" or "rolled back" when one was interrupted
    claim: FolderClaim | None = None  # the session's hold on the data folder (released on close)


def open_store(
    config: DeskConfig,
    keys: KeyStore,
    candidates: tuple[bytes, ...],
    *,
    claim: FolderClaim | None = None,
) -> OpenedStore:
    """Open, verify and migrate the store with the first candidate key that opens it.

    ``claim`` is the caller's hold on the data folder; None only for a store no other program
    can see (a restore's staging folder)."""
    conn: DeskConnection | None = None
    key = b""
    last_error: DeskError | None = None
    for candidate in candidates:
        try:
            # The GUI unlocks on a worker thread and then uses the store on its own thread;
            # it never runs two operations on one session at once.
            conn = open_database(
                config.db_path,
                candidate,
                check_same_thread=False,
                encrypted=not config.plaintext_store,
            )
        except DeskError as error:
            if error.code != "store.wrong_key":
                raise
            last_error = error
            continue
        key = candidate
        break
    if conn is None:
        raise last_error or DeskError("store.wrong_key")
    try:
        # The slot file's MAC is checked before anything is written, so a tampered file
        # changes nothing; a cut re-key is finished or rolled back.
        slots, outcome = _settle_rekey(keys, candidates[0], key)
        _migrate(conn, config, claim)
        identity = load_identity(conn)
        if identity.database_uuid != slots.database_uuid:
            raise DeskError("store.identity_mismatch")
        context = StoreContext(conn, identity, config.clock)
        _apply_unknown(context)
    except BaseException:
        conn.close()
        raise
    return OpenedStore(
        conn=conn,
        key=key,
        identity=identity,
        context=context,
        rekey_outcome=outcome,
        claim=claim,
    )


def _migrate(conn: DeskConnection, config: DeskConfig, claim: FolderClaim | None) -> None:
    steps = config.extra_schema_steps
    # the columns step writes too: a store that needs it is changed under the exclusive lock
    up_to_date = schema_version(conn) >= target_schema(steps) and not missing_columns(conn)
    if claim is None or up_to_date:
        migrate(
            conn,
            db_path=config.db_path,
            backups_dir=config.backups_dir,
            clock=config.clock,
            extra_steps=steps,
        )
        return
    with claim.exclusive():
        migrate(
            conn,
            db_path=config.db_path,
            backups_dir=config.backups_dir,
            clock=config.clock,
            extra_steps=steps,
        )


def _apply_unknown(context: StoreContext) -> None:
    """Fields and records pulled from newer desks that a migration now knows (at every
    opening, so a stop right after the migration loses nothing). A store that cannot take
    the write now (full disk, busy) keeps them for the next opening: the log-in goes on."""
    if unknown_count(context.conn) == 0:  # the usual opening: sync's code is not even loaded
        return
    from entryhub_desk.store.sync_apply import apply_unknown

    try:
        apply_unknown(context)
    except DeskError as error:
        log.warning("kept changes of newer desks wait for the next opening: %s", error.code)


def _settle_rekey(
    keys: KeyStore, current: bytes, opened_with: bytes
) -> tuple[SlotFile, str | None]:
    try:
        slots, outcome = keys.settle_opened(current, opened_with)
    except DeskError as error:
        if error.code != "store.disk_full":
            raise
        # The slots still open the store (the key that opened it is among them): log in now,
        # settle at a log-in with room.
        log.warning("an interrupted re-key waits for disk space to be settled")
        return keys.verify(current), None
    if outcome is not None:
        log.warning("an interrupted re-key was %s", outcome)
    return slots, outcome
