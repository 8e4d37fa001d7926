"""The desk's sync engine: one round is push, then pull. Qt-free; the GUI runs it on a worker.

Push: the outbox goes out oldest first in batches capped by count and by bytes, each carrying
the audit chain head. The bytes follow the link (:mod:`entryhub_desk.sync.link`): batches and
pull pages start small, grow while requests go quickly and shrink when one times out; a request
that timed out is sent again at once, smaller, up to :data:`TIMEOUTS_PER_ROUND` times in a row
(what the server already applied is acknowledged by the smaller retry, so each retry makes
progress). What was learnt is kept in the sync state for the next round. The server answers,
per epoch, the highest contiguous sequence number it holds; those changes are dropped from the
outbox (:func:`~entryhub_desk.store.outbox.acknowledge`). Changes it refused for good are
acknowledged too and kept in ``sync_rejected``. A connection cut mid-batch simply means the
batch goes again in the next attempt: the server applies a change at most once.

Pull: changes after the stored cursor, page by page (each page asks for about the link's batch
size, ``max_bytes``); each page's rows and the new cursor are stored in one transaction
(:func:`~entryhub_desk.store.sync_apply.apply_remote`).

With nothing to do a round is one request (the pull): an empty push is sent only when the audit
head moved since it was last reported, or right after a restore from backup.

``progress`` (optional) is called after every request with a :class:`SyncProgress`: bytes
sent and received so far (compressed bodies) and changes sent and received.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.store.clock_repair import repair_clocks, repair_if_beyond
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.desk_moves import move_to_epoch
from entryhub_desk.store.erasure import erase_refused
from entryhub_desk.store.identity import DeskIdentity, iso_utc, load_identity
from entryhub_desk.store.outbox import OutboxEntry, acknowledge, pending
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.sync_apply import (
    ApplyResult,
    RemoteErasure,
    RemoteItem,
    ScopeRemoval,
    apply_remote,
)
from entryhub_desk.store.sync_state import (
    SyncState,
    keep_rejected,
    load_link_state,
    load_sync_state,
    save_link_state,
    update_sync_state,
)
from entryhub_desk.store.sync_tables import finish_purge, person_of
from entryhub_desk.sync.client import SyncClient, timed_out
from entryhub_desk.sync.first_sync import fetch_snapshot, remote_change
from entryhub_wire import wire

ClientFactory = Callable[[str, str | None], SyncClient]
TIMEOUTS_PER_ROUND = 4  # timed-out requests in a row (each retried smaller) before giving up


@dataclass(frozen=True)
class SyncProgress:
    """How far a round has come: body bytes (compressed) and changes, both ways."""

    bytes_sent: int
    bytes_received: int
    changes_sent: int
    changes_received: int


ProgressCallback = Callable[[SyncProgress], None]


@dataclass
class RoundResult:
    pushed: int = 0
    acknowledged: int = 0
    rejected: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    purged: int = 0
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    timeouts: int = 0
    batch_bytes: int = 0  # the link's batch size (compressed) at the end of the round
    audit_flag: str | None = None
    # for the screens (services.changes), not in the JSON: persons whose records pulled
    # changes touched, persons purged (erased, out of scope) by the round, and the entities
    # pulled changes touched (employers and openings name no person)
    changed_persons: set[str] = field(default_factory=set, compare=False)
    purged_persons: set[str] = field(default_factory=set, compare=False)
    changed_entities: set[str] = field(default_factory=set, compare=False)

    def to_json(self) -> dict[str, Any]:
        found = asdict(self)
        del found["changed_persons"], found["purged_persons"], found["changed_entities"]
        return found


def _go_on() -> None:
    return None


def _no_progress(_progress: SyncProgress) -> None:
    return None


SNAPSHOT_PERSON_BYTES = 1500  # JSON of a person in a snapshot page, with a few records
# Persons per snapshot page at most: on a fast link fewer, larger pages than the default
# (each page is a commit, a request and the index's reads once), but not so many that the
# page passes the server's 2 MB of JSON (docs/sync.md): a page the server ends early has read
# the state of persons it does not send (1,000 persons of 1.7 KB each stay under it).
SNAPSHOT_PAGE_MOST = 2 * wire.DEFAULT_SNAPSHOT_LIMIT


def _snapshot_limit(client: SyncClient) -> int:
    """Persons per snapshot page for the link's budget (the page is sized by count), up to
    :data:`SNAPSHOT_PAGE_MOST`."""
    fit = client.link.json_budget() // SNAPSHOT_PERSON_BYTES
    return max(1, min(SNAPSHOT_PAGE_MOST, fit))


def _seconds(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def default_client(url: str, token: str | None) -> SyncClient:
    return SyncClient(url, token=token)


def to_wire_change(conn: DeskConnection, entry: OutboxEntry) -> wire.Change:
    """An outbox entry as the wire's change (with the person it belongs to)."""
    fields = {
        name: wire.FieldValue(value.get("value"), str(value.get("hlc")))
        for name, value in entry.fields.items()
    }
    named = entry.fields.get("person_id", {}).get("value")
    if entry.entity == "person":
        person_id: str | None = entry.entity_id
    elif isinstance(named, str):
        person_id = named
    else:
        person_id = person_of(conn, entry.entity, entry.entity_id)
    return wire.Change(
        device_id=entry.device_id,
        epoch=entry.epoch,
        seq=entry.seq,
        entity=entry.entity,
        entity_id=entry.entity_id,
        person_id=person_id,
        hlc=max(value.hlc for value in fields.values()),
        fields=fields,
    )


def remote_items(events: Iterable[wire.PullEvent]) -> Iterator[RemoteItem]:
    """Pulled events as the store's apply path takes them."""
    for event in events:
        if isinstance(event, wire.PulledChange):
            yield remote_change(event.change)
        elif isinstance(event, wire.ScopeRemoval):
            yield ScopeRemoval(event.person_id)
        elif isinstance(event, wire.Erasure):
            yield RemoteErasure(event.person_id, event.hlc)


def apply_pull_page(
    ctx: StoreContext,
    page: wire.PullResponse,
    fresh_local: Mapping[tuple[str, str, str], str] | None = None,
) -> ApplyResult:
    """Apply one pulled page and store its cursor (one transaction); online and bundles."""
    items = list(remote_items(page.events()))
    return apply_remote(ctx, items, cursor=str(page.next_cursor), fresh_local=fresh_local)


def settle_push_answer(
    conn: DeskConnection,
    clock: Clock,
    answer: wire.PushResponse,
    sent: Mapping[tuple[int, int], OutboxEntry],
) -> tuple[int, int, set[str]]:
    """Inside the caller's transaction: keep the changes of ``sent`` (by epoch and sequence)
    the server refused for good in ``sync_rejected``, erase here the persons it refused as
    erased (not kept), and drop from the outbox what it holds. Returns (changes dropped,
    changes refused, persons erased); the caller empties the WAL after its commit when
    someone was erased (:func:`~entryhub_desk.store.sync_tables.finish_purge`)."""
    now = iso_utc(clock())
    rejected = 0
    erased: set[str] = set()
    for rejection in answer.rejected:
        entry = sent.get((rejection.epoch, rejection.seq))
        if entry is None:
            continue
        person = to_wire_change(conn, entry).person_id if entry.fields else None
        keep_rejected(conn, entry, person, rejection.reason, now)
        rejected += 1
        if rejection.reason == wire.REJECT_ERASED and person is not None:
            erased.add(person)
    for person in sorted(erased):  # erased on the server: erased here too
        erase_refused(conn, clock, person)
    dropped = 0
    for epoch, seq in answer.acknowledged.items():
        dropped += acknowledge(conn, epoch=epoch, up_to_seq=seq)
    return dropped, rejected, erased


class SyncEngine:
    """Runs sync rounds over one store connection (the caller owns the connection)."""

    def __init__(
        self,
        conn: DeskConnection,
        clock: Clock,
        *,
        client_factory: ClientFactory = default_client,
        batch_changes: int = wire.MAX_BATCH_CHANGES,
        batch_bytes: int = wire.MAX_BATCH_JSON_BYTES // 2,
        pull_limit: int = wire.DEFAULT_PULL_LIMIT,
    ) -> None:
        self.conn = conn
        self.clock = clock
        self.client_factory = client_factory
        self.batch_changes = batch_changes
        self.batch_bytes = batch_bytes
        self.pull_limit = pull_limit
        self._fresh: dict[tuple[str, str, str], str] = {}
        self._check: Callable[[], None] = _go_on
        self._progress: ProgressCallback = _no_progress

    def _context(self) -> StoreContext:
        return StoreContext(self.conn, load_identity(self.conn), self.clock)

    def run_round(
        self,
        *,
        check: Callable[[], None] | None = None,
        progress: ProgressCallback | None = None,
    ) -> RoundResult:
        """Push then pull; raises DeskError when the round did not complete.

        ``check`` is called before every request and before every write to the store; it
        raises to cancel the round (the GUI's log-out does), which then writes nothing more.
        What the server already holds is acknowledged by the next round.
        """
        self._check = check or _go_on
        self._progress = progress or _no_progress
        self._check()
        state = load_sync_state(self.conn)
        if state.revoked:
            raise DeskError("sync.revoked")
        if not state.enrolled or state.server_url is None:
            raise DeskError("sync.not_enrolled")
        now = iso_utc(self.clock())
        update_sync_state(self.conn, last_attempt_at=now)
        result = RoundResult()
        self._fresh = {}
        client = self.client_factory(state.server_url, state.device_token)
        client.link.restore(load_link_state(self.conn), state.server_url)
        try:
            identity = load_identity(self.conn)
            restored = state.synced_epoch is not None and state.synced_epoch != identity.epoch
            self._push(client, state, identity, result, restored=restored)
            self._pull(client, result, include_own=restored)
        except DeskError as error:
            if error.code in ("sync.revoked",):
                update_sync_state(self.conn, revoked=True)
            update_sync_state(self.conn, last_error=error.code)
            save_link_state(self.conn, client.link.to_text(state.server_url))
            raise
        finally:
            result.batch_bytes = client.link.batch_bytes
            result.requests = client.traffic.requests
            result.bytes_sent = client.traffic.sent
            result.bytes_received = client.traffic.received
            client.close()
        self._check()
        save_link_state(self.conn, client.link.to_text(state.server_url))
        update_sync_state(
            self.conn,
            last_sync_at=iso_utc(self.clock()),
            last_error=None,
            synced_epoch=load_identity(self.conn).epoch,
        )
        return result

    # -- push -----------------------------------------------------------------------------

    def _audit_head(self, identity: DeskIdentity) -> wire.AuditHead | None:
        head = AuditLog(self.conn, identity, self.clock).head()
        return None if head is None else wire.AuditHead(seq=head[0], tag=head[1])

    def _push(
        self,
        client: SyncClient,
        state: SyncState,
        identity: DeskIdentity,
        result: RoundResult,
        *,
        restored: bool,
    ) -> None:
        head = self._audit_head(identity)
        head_moved = head is not None and head.seq != state.reported_audit_seq
        if restored or state.synced_epoch is None:
            self._check()
            answer = client.push(wire.PushRequest(changes=(), audit_head=head))
            self._check()
            self._after_push(answer, [], head, result)
            if answer.highest_epoch >= identity.epoch and restored:
                # the server already holds this epoch: renumber into a fresh one
                move_to_epoch(self.conn, identity.epoch, answer.highest_epoch + 1)
            head_moved = False
        timeouts = 0
        repaired = False
        while True:
            entries = pending(self.conn, limit=self.batch_changes)
            batch, full = self._cut(entries, min(self.batch_bytes, client.link.json_budget()))
            if not batch and not head_moved:
                return
            head = self._audit_head(identity)
            self._check()
            try:
                answer = client.push(
                    wire.PushRequest(changes=tuple(c for _, c in batch), audit_head=head)
                )
            except DeskError as error:
                if error.code == "sync.clock_ahead" and not repaired:
                    # clocks beyond the server's time + margin: stamp the waiting ones again
                    # and send once more, unless this computer's clock is what is wrong
                    # (then repair_clocks raises sync.clock_ahead: store/clock_repair.py)
                    repaired = True
                    self._check()
                    repair_clocks(self.conn, self.clock, _seconds(error.params.get("server_time")))
                    continue
                timeouts = self._timed_out(client, error, timeouts, result)
                continue
            timeouts = 0
            self._check()
            if client.last is not None:
                client.link.succeeded(client.last, full=full)
            result.pushed += len(batch)
            for entry, _ in batch:
                for name, value in entry.fields.items():
                    self._fresh[(entry.entity, entry.entity_id, name)] = str(value.get("hlc"))
            done = self._after_push(answer, [e for e, _ in batch], head, result)
            head_moved = False
            self._report(client, result)
            if batch and done == 0:
                raise DeskError("sync.push_stalled")

    def _cut(
        self, entries: list[OutboxEntry], budget: int
    ) -> tuple[list[tuple[OutboxEntry, wire.Change]], bool]:
        """The oldest changes that fit ``budget`` bytes of JSON (at least one), and whether
        the batch is full (cut by bytes or by count: more is waiting)."""
        batch: list[tuple[OutboxEntry, wire.Change]] = []
        size = 0
        for entry in entries:
            if not entry.fields:
                continue
            change = to_wire_change(self.conn, entry)
            size += len(wire.dumps(change.to_json())) + 1
            if batch and size > budget:
                return batch, True
            batch.append((entry, change))
        return batch, len(entries) >= self.batch_changes

    def _timed_out(
        self, client: SyncClient, error: DeskError, timeouts: int, result: RoundResult
    ) -> int:
        """A request got no answer in time: learn from it and go on smaller, or give up
        (re-raise ``error``) after :data:`TIMEOUTS_PER_ROUND` in a row or any other error."""
        if not timed_out(error) or client.last is None:
            raise error
        client.link.timed_out(client.last)
        result.timeouts += 1
        if timeouts + 1 >= TIMEOUTS_PER_ROUND:
            raise error
        return timeouts + 1

    def _report(self, client: SyncClient, result: RoundResult) -> None:
        self._progress(
            SyncProgress(
                bytes_sent=client.traffic.sent,
                bytes_received=client.traffic.received,
                changes_sent=result.acknowledged,
                changes_received=result.pulled,
            )
        )

    def _after_push(
        self,
        answer: wire.PushResponse,
        sent: list[OutboxEntry],
        head: wire.AuditHead | None,
        result: RoundResult,
    ) -> int:
        """Drop what the server holds; keep refused changes aside. Returns how many went."""
        with transaction(self.conn):
            sent_by_key = {(e.epoch, e.seq): e for e in sent}
            dropped, rejected, erased = settle_push_answer(
                self.conn, self.clock, answer, sent_by_key
            )
            result.rejected += rejected
            updates: dict[str, object] = {}
            if head is not None:
                updates["reported_audit_seq"] = head.seq
            if answer.audit_flag is not None:
                updates["audit_flag"] = answer.audit_flag
                result.audit_flag = answer.audit_flag
            if updates:
                update_sync_state(self.conn, **updates)
        if erased:
            finish_purge(self.conn)
            result.purged += len(erased)
            result.purged_persons |= erased
        result.acknowledged += dropped
        return dropped

    # -- pull -----------------------------------------------------------------------------

    def _pull(self, client: SyncClient, result: RoundResult, *, include_own: bool) -> None:
        timeouts = 0
        # a store never restored (epoch 1) holds all it ever wrote: the snapshot leaves that out
        own_too = include_own or load_identity(self.conn).epoch > 1
        while load_sync_state(self.conn).cursor == 0:  # a new desk: the current state, not the log
            try:  # (a timed-out page is asked for again, smaller: the pages done are kept)
                fetch_snapshot(
                    self.conn,
                    self._context,
                    client,
                    check=lambda: self._check_bounded(client),
                    fresh_local=self._fresh,
                    page_done=lambda n, applied: self._snapshot_page(client, result, n, applied),
                    limit=lambda: _snapshot_limit(client),
                    include_own=own_too,
                )
                break
            except DeskError as error:
                timeouts = self._timed_out(client, error, timeouts, result)
        timeouts = 0
        while True:
            cursor = load_sync_state(self.conn).cursor
            self._check()
            request = wire.PullRequest(
                cursor=cursor,
                limit=self.pull_limit,
                include_own=include_own,
                max_bytes=client.link.json_budget(),
            )
            try:
                page = client.pull(request)
            except DeskError as error:
                timeouts = self._timed_out(client, error, timeouts, result)
                continue
            timeouts = 0
            self._check()
            if client.last is not None:
                client.link.succeeded(client.last, full=page.has_more)
            self._check_bounded(client)
            applied = apply_pull_page(self._context(), page, self._fresh)
            result.pulled += len(page.changes) + len(page.scope_removals) + len(page.erasures)
            result.applied += applied.applied
            result.conflicts += applied.conflicts
            result.purged += len(applied.purged_persons)
            result.changed_persons |= applied.changed_persons
            result.changed_entities |= applied.changed_entities
            result.purged_persons.update(applied.purged_persons)
            self._report(client, result)
            if not page.has_more or page.next_cursor <= cursor:
                return

    def _check_bounded(self, client: SyncClient) -> None:
        """Before pulled changes are written: the round's check, and clocks held from before
        bounds beyond the server's time repaired (store/clock_repair.py)."""
        self._check()
        if client.server_time is not None:
            repair_if_beyond(self.conn, self.clock, client.server_time)

    def _snapshot_page(
        self, client: SyncClient, result: RoundResult, count: int, applied: ApplyResult
    ) -> None:
        result.pulled += count  # (fetch_snapshot told the link of the page's exchange)
        result.applied += applied.applied
        result.conflicts += applied.conflicts
        result.changed_persons |= applied.changed_persons
        result.changed_entities |= applied.changed_entities
        self._report(client, result)
