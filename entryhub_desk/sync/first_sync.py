"""A new desk's first sync: the server's snapshot of the current state, then the log.

A desk that has pulled nothing yet (cursor 0) would otherwise replay the network's whole event
log. It asks for the snapshot instead (:mod:`entryhub_wire.snapshot_messages`): page
by page the merged state of the persons and records its hub may see, each page applied
through the normal apply path (:func:`~entryhub_desk.store.sync_apply.apply_remote`) in one
transaction with the progress (:mod:`entryhub_desk.store.sync_snapshot`), so a round cut short
goes on from the next page. The last page sets the cursor to the *first* page's position:
the log from there brings every change made while the pages were read (one already read
merges again with the same clock: nothing twice). A server without the snapshot (404) is
pulled from the start as before.

The search index takes the new persons a few thousand at a time (:data:`INDEX_EVERY`), in a
transaction of their own between pages, instead of with each page: each word's postings are
written once for them all (:func:`~entryhub_desk.store.search_bulk.index_put_off`). Persons
wait no longer than that: they are indexed while the next page is slow to come
(:data:`IDLE_SECONDS`, as on a slow link: then each page's persons are), with the last page,
when a round fails, and, if a round was cancelled or its program ended while they waited, when
the next round goes on with the snapshot.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.search_bulk import (
    index_put_off,
    merging_later,
    put_off_count,
    settle_postings,
)
from entryhub_desk.store.sync_apply import ApplyResult, RemoteChange, apply_remote
from entryhub_desk.store.sync_snapshot import (
    SnapshotProgress,
    load_snapshot_progress,
    save_snapshot_progress,
)
from entryhub_desk.sync.client import SyncClient
from entryhub_desk.sync.link import Exchange
from entryhub_wire import wire

PageDone = Callable[[int, ApplyResult], None]  # (changes received, what applying them did)
# New persons indexed together, at most (in a transaction of their own, between pages): each
# word's postings written once for thousands of persons, the write lock held well under a
# second, and their phones still among those the person check memoised (domain/person.py).
INDEX_EVERY = 4000
IDLE_SECONDS = 0.5  # a page slower to come than this: the persons waiting are indexed meanwhile


def remote_change(change: wire.Change) -> RemoteChange:
    """A change from the server (a snapshot page or a pulled event) as the apply path takes it."""
    return RemoteChange(
        entity=change.entity,
        entity_id=change.entity_id,
        fields={n: {"value": f.value, "hlc": f.hlc} for n, f in change.fields.items()},
        origin=change.device_id,
        person_id=change.person_id,
    )


def fetch_snapshot(
    conn: DeskConnection,
    context: Callable[[], StoreContext],
    client: SyncClient,
    *,
    check: Callable[[], None],
    fresh_local: Mapping[tuple[str, str, str], str],
    page_done: PageDone,
    limit: int | Callable[[], int] = wire.DEFAULT_SNAPSHOT_LIMIT,
    include_own: bool = True,
) -> None:
    """Apply the snapshot's pages (from where an earlier round stopped); afterwards the
    cursor is the snapshot's position. Nothing happens on a server that has no snapshot.
    ``include_own`` false: without what this desk wrote itself (it holds that already).

    The next page is asked for while this one is applied (one request in flight, on a
    thread of its own; the store is written by the calling thread only): the server reads and
    the desk writes at the same time. Each page's answer is taken, and the link told of it,
    before the next request is sent; whatever stops the round waits for the request in flight
    (nothing else uses the client meanwhile)."""
    progress = load_snapshot_progress(conn)
    with (
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="entryhub-snapshot") as pool,
        # common words' arrays written a few times, not once a page; new persons indexed a
        # few thousand at a time (store/search_bulk.py)
        merging_later(indexing_later=True),
    ):

        def ask(after: str) -> Future[tuple[_Page, Exchange | None]]:
            per_page = limit() if callable(limit) else limit  # the link may have grown (link.py)
            request = wire.SnapshotRequest(after=after, limit=per_page, include_own=include_own)
            return pool.submit(_page, client, request)

        def index_waiting() -> None:
            check()
            with transaction(conn):
                index_put_off(conn)

        check()
        if progress is not None:  # an earlier round may have stopped with persons waiting
            with transaction(conn):
                index_put_off(conn, left_waiting=True)
        pending: Future[tuple[_Page, Exchange | None]] | None = ask(
            progress.after if progress else ""
        )
        try:
            while pending is not None:
                if put_off_count() and not wait([pending], timeout=IDLE_SECONDS).done:
                    index_waiting()  # the page is slow to come: meanwhile, the index
                try:
                    arrived, exchange = pending.result()
                except DeskError as error:
                    if error.code == "sync.refused" and error.params.get("status") == 404:
                        return  # an older server: the log from 0
                    raise
                finally:
                    pending = None
                if exchange is not None:
                    client.link.succeeded(exchange, full=True)
                check()
                page = arrived.answer
                position = page.position if progress is None else progress.position
                progress = SnapshotProgress(position, page.next_after) if page.has_more else None
                if progress is not None:
                    pending = ask(progress.after)  # fetched while this page is applied
                if put_off_count() + len(arrived.changes) > INDEX_EVERY:
                    index_waiting()
                with transaction(conn):
                    applied = apply_remote(
                        context(),
                        arrived.changes,
                        cursor=None if progress is not None else str(position),
                        fresh_local=fresh_local,
                    )
                    save_snapshot_progress(conn, progress)
                    if progress is None:  # the last page: the index as adding one by one
                        index_put_off(conn)
                        settle_postings(conn)
                page_done(len(page.changes), applied)
        except DeskError:
            # a round that failed (not one cancelled) leaves whom it applied searchable
            with contextlib.suppress(DeskError), transaction(conn):
                index_put_off(conn)
            raise
        finally:
            if pending is not None:  # stopped with a request in flight: let it end first
                wait([pending])


def _page(client: SyncClient, request: wire.SnapshotRequest) -> tuple[_Page, Exchange | None]:
    """One page (its changes as the apply path takes them) and the exchange that brought it
    (on the fetching thread)."""
    page, fields = client.snapshot_with_fields(request)
    changes = [
        RemoteChange(
            entity=change.entity,
            entity_id=change.entity_id,
            fields=arrived,  # as decoded from JSON: exactly {"value", "hlc"} each
            origin=change.device_id,
            person_id=change.person_id,
        )
        for change, arrived in zip(page.changes, fields, strict=True)
    ]
    return _Page(page, changes), client.last


@dataclass(frozen=True)
class _Page:
    answer: wire.SnapshotResponse
    changes: list[RemoteChange]
