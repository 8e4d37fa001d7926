"""Sync for the CLI and the GUI: enrolment, rounds, conflicts, offline bundles, erasure.

Every action checks the staff member's role first. Enrolment, bundles, conflict resolution and
erasure are coordinator work; anyone at the desk may ask for a sync round or see its state.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError, disk_full_raised
from entryhub_desk.ids import normalise_short_code, short_code
from entryhub_desk.security.permissions import restrict_file
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.erasure import note_erasures
from entryhub_desk.store.erasure_signing import ERASURE_AUTH_FIELD, sign_erasure_markers
from entryhub_desk.store.folder_lock import claim_shared
from entryhub_desk.store.identity import iso_utc, load_identity
from entryhub_desk.store.outbox import record_change
from entryhub_desk.store.sync_rows import write_fields
from entryhub_desk.store.sync_tables import finish_purge, purge_person
from entryhub_desk.sync import bundles_desk, enrolment
from entryhub_desk.sync.engine import (
    ClientFactory,
    ProgressCallback,
    RoundResult,
    SyncEngine,
    default_client,
)
from entryhub_desk.sync.status import SyncStatus, read_status
from entryhub_wire.grants import EXPORT_SIGNATURE_FIELD

if TYPE_CHECKING:
    from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Conflict:
    """A field two desks changed apart: the value kept and the value that lost."""

    id: str
    entity: str
    entity_id: str
    person_id: str | None
    field: str
    kept_value: Any
    lost_value: Any
    detected_at: str


class SyncService:
    def __init__(self, session: Session, *, client_factory: ClientFactory = default_client):
        self._session = session
        self.client_factory = client_factory

    @property
    def _conn(self) -> DeskConnection:
        return self._session.opened.conn

    @property
    def _clock(self) -> Any:
        return self._session.desk.config.clock

    def refresh_identity(self) -> None:
        """The hub and epoch may change under sync; the session's copies follow."""
        opened = self._session.opened
        identity = load_identity(opened.conn)
        opened.identity = identity
        opened.context = replace(opened.context, identity=identity)

    # -- state and rounds -------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return read_status(self._conn)

    def enrol(self, server_url: str, code: str) -> str:
        """Enrol this desk; returns the hub's name."""
        self._session.require(Action.MANAGE_SYNC)
        answer = enrolment.enrol(
            self._conn,
            self._clock,
            server_url=server_url,
            code=code,
            client_factory=self.client_factory,
        )
        self.refresh_identity()
        self._session.audit("enrol", details={"hub_id": answer.hub_id})
        log.info("desk enrolled with the network server")
        return answer.hub_name

    def engine(self, conn: DeskConnection | None = None) -> SyncEngine:
        return SyncEngine(conn or self._conn, self._clock, client_factory=self.client_factory)

    def sync_now(self, progress: ProgressCallback | None = None) -> RoundResult:
        """One full round (push, then pull) on the session's own connection; ``progress`` is
        called after each request (:class:`~entryhub_desk.sync.engine.SyncProgress`)."""
        try:
            return self.engine().run_round(progress=progress)
        finally:
            self.refresh_identity()

    def open_background_connection(self) -> DeskConnection:
        """A second connection to the store for a worker thread (closed by its owner)."""
        conn = self._conn
        return open_database(
            conn.desk_path, conn.desk_key, check_same_thread=False, encrypted=conn.desk_encrypted
        )

    @contextmanager
    def background_connection(self) -> Iterator[DeskConnection]:
        """A connection of its own for one background round, holding its own shared claim on
        the data folder while open: if the session logs out while the round still runs, the
        folder stays claimed by this program until the round's connection is closed, so no
        other program's restore or re-key can move the file from under it. Opened with the
        session's current key and file, so it follows a re-key. ``store.in_use`` while this
        session re-keys; ``store.busy`` while the session holds the file alone (a full disk)."""
        claim = claim_shared(self._session.desk.config.data_dir)
        try:
            conn = self.open_background_connection()
            try:
                yield conn
            finally:
                conn.close()
        finally:
            claim.release()

    # -- conflicts --------------------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        self._session.require(Action.RESOLVE_CONFLICTS)
        rows = self._conn.execute(
            "SELECT id, entity, entity_id, person_id, field, kept_value, lost_value, detected_at "
            "FROM sync_conflict WHERE resolved_at IS NULL ORDER BY detected_at, id"
        ).fetchall()
        return [
            Conflict(
                id=str(r[0]),
                entity=str(r[1]),
                entity_id=str(r[2]),
                person_id=None if r[3] is None else str(r[3]),
                field=str(r[4]),
                kept_value=json.loads(str(r[5])),
                lost_value=json.loads(str(r[6])),
                detected_at=str(r[7]),
            )
            for r in rows
        ]

    def resolve(self, conflict_id: str, *, keep_lost: bool) -> None:
        """Pick a value: ``keep_lost`` takes the value that lost the merge, else the kept one.

        Either way the pick is written as a new edit, so it reaches every desk and settles the
        same conflict wherever it was recorded.
        """
        self._session.require(Action.RESOLVE_CONFLICTS)
        conn = self._conn
        row = conn.execute(
            "SELECT entity, entity_id, field, kept_value, lost_value FROM sync_conflict "
            "WHERE id = ? AND resolved_at IS NULL",
            (conflict_id,),
        ).fetchone()
        if row is None:
            raise DeskError("store.not_found", entity="conflict", id=conflict_id)
        entity, entity_id, field, kept, lost = (str(v) for v in row)
        value = json.loads(lost if keep_lost else kept)
        ctx = self._session.opened.context
        with transaction(conn):
            write_fields(ctx, entity, entity_id, {field: value})
            conn.execute(
                "UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? "
                "WHERE id = ?",
                (
                    iso_utc(self._clock()),
                    self._session.staff.id,
                    "lost" if keep_lost else "kept",
                    conflict_id,
                ),
            )
            self._session.audit("resolve_conflict", subject_id=entity_id, details={"field": field})

    # -- offline bundles --------------------------------------------------------------------

    def export_bundle(self, target: Path) -> bundles_desk.BundleExport:
        self._session.require(Action.MANAGE_SYNC)
        result = bundles_desk.export_bundle(self._conn, self._clock, target)
        self._session.audit("bundle", details={"direction": "out", "changes": result.changes})
        return result

    def import_bundle(self, source: Path) -> bundles_desk.BundleImport:
        self._session.require(Action.MANAGE_SYNC)
        result = bundles_desk.import_answer(self._conn, self._clock, source)
        self._session.audit("bundle", details={"direction": "in", "applied": result.applied})
        return result

    # -- erasure and right of access --------------------------------------------------------

    def _person_id(self, text: str) -> str:
        """A person named by id or by short code (``XXXX-XXXX``)."""
        conn = self._conn
        row = conn.execute("SELECT id FROM person WHERE id = ?", (text.strip(),)).fetchone()
        if row is not None:
            return str(row[0])
        code = normalise_short_code(text)
        if code is not None:
            for (person_id,) in conn.execute("SELECT id FROM person").fetchall():
                if short_code(str(person_id)) == code:
                    return str(person_id)
        raise DeskError("store.not_found", entity="person", id=text)

    def erase_person(self, person: str, *, confirmation: str) -> str:
        """Erase a person (right to be forgotten); ``confirmation`` is the person's short code,
        typed again. Returns the person id. The tombstone syncs; nothing of the person stays."""
        self._session.require(Action.ERASE_PERSON)
        person_id = self._person_id(person)
        if normalise_short_code(confirmation) != short_code(person_id):
            raise DeskError("sync.erase_unconfirmed")
        # The coordinator's signature travels with the tombstone: the server erases only
        # what an active coordinator of this desk's signed chain asked for.
        auth = self._session.sign_erasure(person_id)
        conn = self._conn
        with transaction(conn):
            purge_person(conn, person_id, erase=True)
            sign_erasure_markers(conn, person_id, auth)
            hlc = record_change(
                conn,
                self._clock,
                entity="person",
                entity_id=person_id,
                values={"deleted": True, ERASURE_AUTH_FIELD: auth},
            )
            conn.execute(
                "INSERT OR REPLACE INTO erasure (person_id, hlc, erased_at) VALUES (?, ?, ?)",
                (person_id, hlc, iso_utc(self._clock())),
            )
            # In the ledger beside the store (fsynced) before the erasure commits, so that a
            # restore of an older backup purges the person again.
            note_erasures(conn)
            self._session.audit("erase", subject_id=person_id)
        finish_purge(conn)
        log.info("a person was erased")
        return person_id

    def export_person(self, person: str, target: Path) -> tuple[Path, Path]:
        """Everything held about a person as JSON, and a readable PDF beside it."""
        from entryhub_desk.services.person_export import collect, write_pdf

        self._session.require(Action.EXPORT)
        person_id = self._person_id(person)
        if target.exists():
            raise DeskError("backup.target_exists", path=str(target))
        document = collect(self._conn, person_id, exported_at=iso_utc(self._clock()))
        # the exporting coordinator's signature over the rest of the document
        document[EXPORT_SIGNATURE_FIELD] = self._session.sign_export(document)
        pdf = target.with_suffix(".pdf")
        started: list[Path] = []
        try:  # a full disk leaves no partial file behind: store.disk_full
            with disk_full_raised(target.parent):
                target.parent.mkdir(parents=True, exist_ok=True)
                started.append(target)
                target.write_text(
                    json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True),
                    encoding="utf-8",
                )
                started.append(pdf)
                write_pdf(document, pdf)
        except BaseException:
            for partial in started:
                partial.unlink(missing_ok=True)
            raise
        for written in (target, pdf):
            restrict_file(written)  # the owner's only, wherever it is written
        self._session.audit("export", subject_id=person_id, details={"kind": "person"})
        return target, pdf
