"""Sync for the CLI and the GUI: enrolment, rounds, conflicts, offline bundles, erasure.

Every action checks the staff member's role first. Enrolment, bundles, conflict resolution and
erasure are coordinator work; anyone at the desk may ask for a sync round or see its state.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError, disk_full_raised
from entryhub_desk.ids import normalise_short_code, short_code
from entryhub_desk.security.permissions import restrict_file
from entryhub_desk.services import roles
from entryhub_desk.services.changes import Changes
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.erasure import note_erasures, record_erasure
from entryhub_desk.store.erasure_signing import ERASURE_AUTH_FIELD, sign_erasure_markers
from entryhub_desk.store.folder_lock import claim_shared
from entryhub_desk.store.identity import iso_utc, load_identity
from entryhub_desk.store.outbox import record_change
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.sync_conflicts import (
    Conflict,
    mark_resolved,
    open_conflict,
    open_conflicts,
)
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
            result = self.engine().run_round(progress=progress)
        finally:
            self.refresh_identity()
        self.round_done(result)
        return result

    def round_done(self, result: RoundResult) -> Changes:
        """Tell the screens what a round changed (:meth:`sync_now` does; a round run on a
        background connection calls this when it is over). Returns the changes."""
        gone = result.purged_persons
        return self._session.publish(
            Changes.of(
                persons=result.changed_persons - gone,
                visits=result.changed_persons - gone,
                consents=result.changed_persons - gone,
                profiles=result.changed_persons - gone,
                introductions=result.changed_persons - gone,
                gone=gone,
                # network records name no person: their pages reload after any applied change
                employers=result.applied > 0,
                openings=result.applied > 0,
            )
        )

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
        return open_conflicts(self._conn)

    def resolve(self, conflict_id: str, *, keep_lost: bool) -> None:
        """Pick a value: ``keep_lost`` takes the value that lost the merge, else the kept one.

        Either way the pick is written as a new edit, so it reaches every desk and settles the
        same conflict wherever it was recorded.
        """
        self._session.require(Action.RESOLVE_CONFLICTS)
        conn = self._conn
        conflict = open_conflict(conn, conflict_id)
        value = conflict.lost_value if keep_lost else conflict.kept_value
        ctx = self._session.opened.context
        with transaction(conn):
            write_fields(ctx, conflict.entity, conflict.entity_id, {conflict.field: value})
            mark_resolved(
                conn,
                conflict_id,
                at=iso_utc(self._clock()),
                staff_id=self._session.staff.id,
                keep_lost=keep_lost,
            )
            self._session.audit(
                "resolve_conflict", subject_id=conflict.entity_id, details={"field": conflict.field}
            )
        touched = [conflict.person_id] if conflict.person_id is not None else []
        self._session.publish(
            Changes.of(
                persons=touched,
                profiles=touched,
                conflicts=True,
                everything=not touched and conflict.entity != "staff",
                staff=conflict.entity == "staff",
            )
        )

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
        self._session.publish(Changes(everything=True))
        return result

    # -- erasure and right of access --------------------------------------------------------

    def _person_id(self, text: str) -> str:
        """A person named by id or by short code (``XXXX-XXXX``)."""
        return PersonRepository(self._session.context).resolve_id(text, tombstones=True)

    def erase_person(self, person: str, *, confirmation: str) -> str:
        """Erase a person (right to be forgotten); ``confirmation`` is the person's short code,
        typed again. Returns the person id. The tombstone syncs; nothing of the person stays."""
        self._session.require(Action.ERASE_PERSON)
        person_id = self._person_id(person)
        if normalise_short_code(confirmation) != short_code(person_id):
            raise DeskError("sync.erase_unconfirmed")
        # The coordinator's signature travels with the tombstone: the server erases only
        # what an active coordinator of this desk's signed chain asked for.
        auth = roles.erasure_auth(self._session, person_id)
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
            record_erasure(conn, self._clock, person_id, hlc)
            # In the ledger beside the store (fsynced) before the erasure commits, so that a
            # restore of an older backup purges the person again.
            note_erasures(conn)
            self._session.audit("erase", subject_id=person_id)
        finish_purge(conn)
        log.info("a person was erased")
        self._session.publish(Changes.of(gone=[person_id]))
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
        document[EXPORT_SIGNATURE_FIELD] = roles.export_signature(self._session, document)
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


__all__ = ["Conflict", "SyncService"]
