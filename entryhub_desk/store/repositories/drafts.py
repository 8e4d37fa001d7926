"""Drafts of the profile editor: unsaved forms, kept on this desk only.

The GUI saves the form it is editing every few seconds (and before an auto-lock), keyed by
person + entry kind + entry id, so that a crash or a lock loses nothing; the drafts are offered
back when the profile is opened again and removed when the entry is saved or the draft
discarded. They live in the encrypted store but are local working state: they are not synced
and do not go to the outbox.
"""

from __future__ import annotations

import json
from typing import Any

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import storage_errors, transaction
from entryhub_desk.store.identity import iso_utc
from entryhub_desk.store.repositories.base import StoreContext

PAYLOAD_MAX = 200_000  # characters of JSON


class DraftRepository:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.conn = ctx.conn

    def save(
        self,
        person_id: str,
        kind: EntryKind,
        entry_id: str,
        payload: dict[str, Any],
        *,
        staff_id: str,
    ) -> None:
        try:
            text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError):
            raise DeskError("validation.invalid", field="draft") from None
        if len(text) > PAYLOAD_MAX:
            raise DeskError("validation.too_long", field="draft", maximum=PAYLOAD_MAX)
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO profile_draft (person_id, entry_kind, entry_id, payload, staff_id, "
                "saved_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, entry_kind, "
                "entry_id) DO UPDATE SET payload = excluded.payload, staff_id = "
                "excluded.staff_id, saved_at = excluded.saved_at",
                (
                    person_id,
                    EntryKind(kind).value,
                    entry_id,
                    text,
                    staff_id,
                    iso_utc(self.ctx.clock()),
                ),
            )

    def for_person(self, person_id: str) -> dict[str, dict[str, Any]]:
        """``"<kind>:<entry id>"`` → payload, oldest first."""
        with storage_errors():
            rows = self.conn.execute(
                "SELECT entry_kind, entry_id, payload FROM profile_draft WHERE person_id = ? "
                "ORDER BY saved_at, entry_kind, entry_id",
                (person_id,),
            ).fetchall()
        return {f"{kind}:{entry_id}": json.loads(payload) for kind, entry_id, payload in rows}

    def discard(self, person_id: str, key: str) -> None:
        kind, _, entry_id = key.partition(":")
        with transaction(self.conn):
            self.conn.execute(
                "DELETE FROM profile_draft WHERE person_id = ? AND entry_kind = ? AND entry_id = ?",
                (person_id, kind, entry_id),
            )

    def discard_all(self, person_id: str) -> None:
        """For an erasure: every draft of the person."""
        with transaction(self.conn):
            self.conn.execute("DELETE FROM profile_draft WHERE person_id = ?", (person_id,))
