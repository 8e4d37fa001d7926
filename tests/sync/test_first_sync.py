"""A new desk's first sync: the server's snapshot of the current state, then the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services.backup import BackupService, restore_backup
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.sync_snapshot import load_snapshot_progress
from entryhub_desk.store.sync_state import load_sync_state
from entryhub_desk.sync import first_sync as first_sync_module
from entryhub_desk.sync.client import SyncClient
from entryhub_desk.sync.first_sync import fetch_snapshot
from entryhub_wire import wire
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.sync.helpers import add_person, edit_person, enrolled
from tests.sync.proxies import CUT_AFTER, PASS, FaultProxy
from tests.sync.server import LiveServer


def _server_count(server: LiveServer, sql: str) -> int:
    with server.context.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _top(server: LiveServer) -> int:
    return _server_count(server, "SELECT MAX(value) FROM network_position")


def test_a_new_desk_gets_the_current_state_then_the_log(tmp_path: Path, server: LiveServer) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    amina, kept, gone = add_person(a), add_person(a, given_name="Bo"), add_person(a)
    sa.sync_now()
    for n in range(5):  # five changes of one field, each pushed: five events in the log
        edit_person(a, amina.id, family_name=f"Name{n}")
        sa.sync_now()
    sa.erase_person(gone.id, confirmation=short_code(gone.id))
    sa.sync_now()
    events = _server_count(server, "SELECT COUNT(*) FROM event")

    b, sb = enrolled(tmp_path, server, "b")
    result = sb.sync_now()
    persons = PersonRepository(b.opened.context)
    assert persons.get(amina.id).family_name == "Name4"
    assert persons.get(kept.id).given_name == "Bo"
    assert persons.find(gone.id) is None
    records = _server_count(server, "SELECT COUNT(*) FROM record")
    assert 0 < result.pulled <= records < events  # the state: each record once, not the log
    assert load_sync_state(b.opened.conn).cursor == _top(server)
    assert load_snapshot_progress(b.opened.conn) is None

    edit_person(a, kept.id, family_name="Later")  # then the log, from the snapshot's position
    sa.sync_now()
    assert sb.sync_now().pulled == 1
    assert persons.get(kept.id).family_name == "Later"


def test_a_first_sync_cut_short_goes_on_from_the_next_page_and_misses_nothing(
    tmp_path: Path, server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_sync_module, "IDLE_SECONDS", 60.0)  # persons wait for the index
    a, sa = enrolled(tmp_path, server, "a")
    people = [add_person(a, given_name=f"P{n}") for n in range(4)]
    sa.sync_now()
    b, _ = enrolled(tmp_path, server, "b")
    seen: list[str] = []

    def cut_the_second_page(request: bytes) -> str:
        if wire.PATH_SNAPSHOT.encode() in request.split(b"\r\n", 1)[0]:
            seen.append("snapshot")
            return CUT_AFTER if len(seen) == 2 else PASS
        return PASS

    proxy = FaultProxy(server.port, cut_the_second_page)
    token = load_sync_state(b.opened.conn).device_token

    def first_sync(url: str) -> None:
        with SyncClient(url, token=token) as client:
            fetch_snapshot(
                b.opened.conn,
                lambda: b.opened.context,
                client,
                check=lambda: None,
                fresh_local={},
                page_done=lambda _count, _applied: None,
                limit=1,
            )

    try:
        with pytest.raises(DeskError):
            first_sync(proxy.url)
    finally:
        proxy.close()
    progress = load_snapshot_progress(b.opened.conn)
    assert progress is not None and progress.position == _top(server)
    assert load_sync_state(b.opened.conn).cursor == 0  # not before the last page
    held = b.opened.conn.execute("SELECT count(*) FROM person").fetchone()[0]
    indexed = b.opened.conn.execute("SELECT count(*) FROM person_search").fetchone()[0]
    assert held == indexed == 1  # the round that failed indexed the person it applied
    position = progress.position
    edit_person(a, people[0].id, family_name="Meanwhile")  # after the snapshot's position
    sa.sync_now()
    first_sync(server.url)
    assert load_sync_state(b.opened.conn).cursor == position  # the first page's position
    persons = PersonRepository(b.opened.context)
    assert sorted(persons.get(p.id).given_name for p in people) == ["P0", "P1", "P2", "P3"]
    SyncService(b).sync_now()  # the log from there brings the change made meanwhile
    assert persons.get(people[0].id).family_name == "Meanwhile"


def test_a_first_sync_does_not_bring_back_what_the_desk_sent_itself(
    tmp_path: Path, server: LiveServer
) -> None:
    """A desk used before it was enrolled sends its visitors, and the snapshot that follows
    carries only what others wrote (on a 2G link its own visitors came back: twice the time)."""
    b, sb = enrolled(tmp_path, server, "b")
    theirs = add_person(b, given_name="Theirs")
    sb.sync_now()
    a, sa = enrolled(tmp_path, server, "a")
    own = [add_person(a, given_name=f"Own{n}") for n in range(30)]
    archive = tmp_path / "a-before-sync.backup"
    BackupService(a).backup(archive)
    later = add_person(a, given_name="Later")
    result = sa.sync_now()
    assert result.acknowledged >= len(own) + 1
    assert result.pulled == 2  # b's person and b's coordinator (staff); none of its own 32
    persons = PersonRepository(a.opened.context)
    assert persons.get(theirs.id).given_name == "Theirs"

    # restored from a copy made before that sync: the snapshot brings its own back as well
    desk = a.desk
    a.close()
    restore_backup(desk, archive, COORDINATOR, COORDINATOR_PASSWORD)
    restored = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        SyncService(restored).sync_now()
        persons = PersonRepository(restored.opened.context)
        assert persons.get(later.id).given_name == "Later"
        assert persons.get(theirs.id).given_name == "Theirs"
    finally:
        restored.close()


def test_a_first_sync_killed_mid_page_goes_on_from_the_last_page_it_committed(
    tmp_path: Path, server: LiveServer
) -> None:
    """kill -9 while a page is applied (and the next one fetched): the store holds the pages
    before it, whole; the next round goes on from there and ends with every person once,
    searchable (those left waiting for the index too), and the cursor at the snapshot's
    position."""
    from entryhub_desk.services import Desk
    from entryhub_desk.store.search_index import SearchIndex
    from tests.sync.first_sync_process import config, run

    a, sa = enrolled(tmp_path, server, "a")
    people = [
        add_person(a, given_name=f"Killtest{n:02d}", family_name="Resumed") for n in range(23)
    ]
    sa.sync_now()
    b, _ = enrolled(tmp_path, server, "b")
    data_dir = b.desk.config.data_dir
    b.close()

    run(data_dir, 5, 3)  # killed inside the third page's transaction
    b = Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        conn = b.opened.conn
        progress = load_snapshot_progress(conn)
        assert progress is not None and load_sync_state(conn).cursor == 0
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 10  # two pages
        # their persons were waiting for the index (sync/first_sync.py) when the program was
        # killed: the log-in indexed them, before any round
        assert conn.execute("SELECT count(*) FROM person_search").fetchone()[0] == 10
        index = SearchIndex(conn)
        found = {hit.person_id for hit in index.search("Resumed", limit=50)}
        assert len(found) == 10
    finally:
        b.close()
    edit_person(a, people[0].id, family_name="Meanwhile")
    sa.sync_now()

    run(data_dir, 5, 0)
    b = Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        conn = b.opened.conn
        ids = [str(row[0]) for row in conn.execute("SELECT id FROM person ORDER BY id")]
        assert ids == sorted(p.id for p in people)
        assert PersonRepository(b.opened.context).get(people[0].id).family_name == "Meanwhile"
        assert load_sync_state(conn).cursor == _top(server)
        assert load_snapshot_progress(conn) is None
        index = SearchIndex(conn)
        for person in people:
            hits = index.search(person.given_name)
            assert [hit.person_id for hit in hits][:1] == [person.id], person.given_name
    finally:
        b.close()


def test_a_snapshot_page_alone_is_the_page_the_first_sync_applies(
    tmp_path: Path, server: LiveServer
) -> None:
    """``SyncClient.snapshot`` (a page alone, as the bundle and tools read it) and the first
    sync's ``snapshot_with_fields`` (the page with each change's fields as they arrived) give
    the same page of the same server."""
    a, sa = enrolled(tmp_path, server, "a")
    people = [add_person(a, given_name=f"Q{n}") for n in range(3)]
    sa.sync_now()
    b, _ = enrolled(tmp_path, server, "b")
    token = load_sync_state(b.opened.conn).device_token
    request = wire.SnapshotRequest(after="", limit=500, include_own=False)
    with SyncClient(server.url, token=token) as client:
        alone = client.snapshot(request)
        page, fields = client.snapshot_with_fields(request)
    assert alone == page
    assert {c.entity_id for c in page.changes} >= {p.id for p in people}
    assert [sorted(f) for f in fields] == [sorted(c.fields) for c in page.changes]
