"""Re-keying the database: a new random key, and a new generation of every slot.

The steps, each of which may be cut by a crash (``checkpoint`` lets tests cut it there):

1. ``slots_pending``   the new generation of slots is written beside the current one;
2. ``database_rekeyed`` the database is switched to the new key (``PRAGMA rekey``);
3. ``slots_committed``  the new generation becomes the current one.

At the next log-in ``services.opening`` sees which key opens the database and finishes or
rolls back, so there is never a moment when no slot opens the store.

A full disk: the room the re-encrypted pages need is reserved before step 1
(``store.disk_full``, nothing changed); if the disk fills in step 2 anyway, the pending slots
are dropped and the file (still on the old key) is opened again; in step 3 the re-key stands
and the next log-in commits the slots.

No other program may have the store open meanwhile (it would fail every write with the old
key): the session's claim on the data folder is made exclusive for the re-key, and the re-key
is refused with ``store.in_use`` while another program holds the folder.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import prepare_rekey, rekey_database

if TYPE_CHECKING:
    from entryhub_desk.services.session import Progress, Session

log = logging.getLogger(__name__)

STEPS = ("slots_pending", "database_rekeyed", "slots_committed")


class RekeyService:
    """Re-keying the store (coordinator): a new database key, new key slots."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def rekey(
        self,
        progress: Progress | None = None,
        *,
        checkpoint: Callable[[str], None] | None = None,
    ) -> None:
        """Give the store a new key; slots are rewritten first (a crash resumes at log-in)."""
        self._session.require(Action.REKEY)
        rekey_store(self._session, progress=progress, checkpoint=checkpoint)


def rekey_store(
    session: Session,
    *,
    progress: Progress | None = None,
    checkpoint: Callable[[str], None] | None = None,
) -> None:
    keys = session.desk.keystore
    conn = session.opened.conn
    old_key = session.opened.key
    new_key = os.urandom(len(old_key))
    total = len(STEPS)

    def step_done(index: int) -> None:
        if checkpoint is not None:
            checkpoint(STEPS[index])
        if progress is not None:
            progress(index + 1, total)

    claim = session.opened.claim
    with claim.exclusive() if claim is not None else contextlib.nullcontext():
        if progress is not None:
            progress(0, total)
        prepare_rekey(conn)  # a full disk refuses here, before anything changes
        keys.begin_rekey(old_key, new_key)
        step_done(0)
        try:
            rekey_database(conn, new_key)
        except DeskError as error:
            if error.code == "store.disk_full":
                _roll_back(session, old_key)
            raise
        step_done(1)
        try:
            keys.commit_rekey(new_key)
        except DeskError as error:
            if error.code == "store.disk_full":
                # the file is on the new key and the pending slots open it: the next log-in
                # finishes the re-key (services.opening); this session goes on with the new key
                session.replace_key(new_key)
            raise
        session.replace_key(new_key)
        step_done(2)
    session.audit("rekey")
    log.info("store re-keyed")


def _roll_back(session: Session, old_key: bytes) -> None:
    """The disk filled while the pages were re-encrypted: the file is still on the old key.
    Drop the pending slots (if even that finds no room, the next log-in drops them) and open
    the file again, as SQLCipher has left the connection on the new key."""
    try:
        session.desk.keystore.abort_rekey(old_key)
    except DeskError as error:
        if error.code != "store.disk_full":
            raise
    session.reopen_store()
    log.warning("a re-key ran out of disk space and was rolled back")
