"""Re-keying the database: a new random key, and a new generation of every slot.

The steps, each of which may be cut by a crash (``checkpoint`` lets tests cut it there):

1. ``slots_pending``   the new generation of slots is written beside the current one;
2. ``database_rekeyed`` the database is switched to the new key (``PRAGMA rekey``);
3. ``slots_committed``  the new generation becomes the current one.

At the next log-in ``services.opening`` sees which key opens the database and finishes or
rolls back, so there is never a moment when no slot opens the store.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from entryhub_desk.store.connection import rekey_database

if TYPE_CHECKING:
    from entryhub_desk.services.session import Progress, Session

log = logging.getLogger(__name__)

STEPS = ("slots_pending", "database_rekeyed", "slots_committed")


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

    if progress is not None:
        progress(0, total)
    keys.begin_rekey(old_key, new_key)
    step_done(0)
    rekey_database(conn, new_key)
    step_done(1)
    keys.commit_rekey(new_key)
    session.replace_key(new_key)
    step_done(2)
    session.audit("rekey")
    log.info("store re-keyed")
