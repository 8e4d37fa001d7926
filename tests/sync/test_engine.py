"""Sync rounds against a real server: push, pull, acknowledgement, revocation, restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.outbox import count_pending
from entryhub_desk.store.repositories import PersonRepository
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, edit_person, enrolled, make_desk
from tests.sync.server import LiveServer


def test_two_desks_of_one_hub_exchange_a_person(tmp_path: Path, server: LiveServer) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    b, sb = enrolled(tmp_path, server, "b")
    person = add_person(a, phone="070-123 45 67")
    result = sa.sync_now()
    assert result.acknowledged >= 1
    assert count_pending(a.opened.conn) == 0
    sb.sync_now()
    got = PersonRepository(b.opened.context).get(person.id)
    assert got.phone == "+46701234567"
    assert got.hub_id == server.hub("Umeå")
    edit_person(b, person.id, family_name="Changed")
    sb.sync_now()
    sa.sync_now()
    assert PersonRepository(a.opened.context).get(person.id).family_name == "Changed"


def test_nothing_to_do_is_one_small_request(tmp_path: Path, server: LiveServer) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    add_person(a)
    sa.sync_now()
    sa.sync_now()
    result = sa.sync_now()
    assert result.requests == 1
    assert result.bytes_sent + result.bytes_received < 1024


def test_revoked_desk_stops_with_exit_7(tmp_path: Path, server: LiveServer) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    server.revoke(a.identity.device_id)
    with pytest.raises(DeskError) as caught:
        sa.sync_now()
    assert caught.value.code == "sync.revoked"
    assert caught.value.exit_code == ExitCode.NOT_ENROLLED
    assert sa.status().revoked


def test_unreachable_server_is_exit_6(tmp_path: Path, server: LiveServer) -> None:
    _a, sa = enrolled(tmp_path, server, "a")
    server.stop()
    with pytest.raises(DeskError) as caught:
        sa.sync_now()
    assert caught.value.exit_code == ExitCode.SERVER_UNREACHABLE


def test_plain_http_is_refused_except_to_loopback(tmp_path: Path, server: LiveServer) -> None:
    a = make_desk(tmp_path, "a", FakeClock())
    with pytest.raises(DeskError) as caught:
        SyncService(a).enrol("http://sync.example.org", "ABCDE-FGHJK")
    assert caught.value.code == "sync.insecure_url"


def test_server_keys_are_pinned(tmp_path: Path, server: LiveServer) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    server.revoke(a.identity.device_id)
    with pytest.raises(DeskError):
        sa.sync_now()
    impostor = LiveServer(tmp_path / "impostor")  # other keys
    try:
        with pytest.raises(DeskError) as caught:
            sa.enrol(impostor.url, impostor.code("Umeå"))
        assert caught.value.code == "sync.server_key_changed"
        assert sa.status().server_url == server.url
    finally:
        impostor.stop()


def test_persons_of_other_hubs_arrive_only_while_shared(tmp_path: Path, server: LiveServer) -> None:
    from datetime import UTC, datetime

    from entryhub_desk.domain.consent import Consent, ConsentPurpose
    from entryhub_desk.store.repositories import ConsentRepository

    umea, su = enrolled(tmp_path, server, "umea", hub="Umeå")
    sthlm, ss = enrolled(tmp_path, server, "sthlm", hub="Stockholm")
    person = add_person(umea, family_name="Shared")
    su.sync_now()
    ss.sync_now()
    assert PersonRepository(sthlm.opened.context).find(person.id) is None
    consents = ConsentRepository(umea.opened.context)
    given = consents.add(
        Consent(
            person_id=person.id,
            purpose=ConsentPurpose.SHARE_ACROSS_HUBS,
            notice_version="1",
            given=True,
            recorded_at=datetime.fromtimestamp(umea.desk.config.clock(), UTC),
            staff_id=umea.staff.id,
        )
    )
    su.sync_now()
    ss.sync_now()
    assert PersonRepository(sthlm.opened.context).get(person.id).family_name == "Shared"
    consents.withdraw(given.id, staff_id=umea.staff.id)  # its own event, synced as a record
    su.sync_now()
    result = ss.sync_now()
    assert result.purged == 1
    assert PersonRepository(sthlm.opened.context).find(person.id) is None
    assert PersonRepository(umea.opened.context).find(person.id) is not None  # home hub keeps it


def test_a_merge_of_two_persons_reaches_the_other_desk(tmp_path: Path, server: LiveServer) -> None:
    """The merge moves visits and consents to the kept person and leaves a redirect: every
    part syncs, and the server accepts records moving from one person to another of its hub."""
    from datetime import UTC, datetime

    from entryhub_desk.domain.visit import Visit
    from entryhub_desk.store.repositories import VisitRepository

    a, sa = enrolled(tmp_path, server, "a")
    b, sb = enrolled(tmp_path, server, "b")
    keep = add_person(a, family_name="Kept")
    other = add_person(a, family_name="Twin", phone="070-765 43 21")
    when = datetime.fromtimestamp(a.desk.config.clock(), UTC)
    visit = VisitRepository(a.opened.context).create(
        Visit(person_id=other.id, hub_id=a.identity.hub_id, visited_at=when, note="came twice")
    )
    sa.sync_now()
    sb.sync_now()
    assert VisitRepository(b.opened.context).get(visit.id).person_id == other.id

    VisitorsService(a).merge(keep.id, other.id)
    result = sa.sync_now()
    assert result.rejected == 0
    assert count_pending(a.opened.conn) == 0
    sb.sync_now()
    persons = PersonRepository(b.opened.context)
    assert persons.get(other.id).merged_into == keep.id
    assert persons.get(keep.id).phone == "+46707654321"  # filled from the merged record
    assert VisitRepository(b.opened.context).get(visit.id).person_id == keep.id


def test_snapshot_pages_grow_with_a_fast_link_past_the_default() -> None:
    """A fast link asks for pages of 1,000 persons (a first sync of 100,000 in 100 pages, not
    200: fewer commits, fewer requests), within what the server serves; a slow one stays
    small."""
    from entryhub_desk.sync.client import SyncClient
    from entryhub_desk.sync.engine import SNAPSHOT_PERSON_BYTES, _snapshot_limit
    from entryhub_desk.sync.link import MAX_BATCH_BYTES
    from entryhub_wire import wire

    client = SyncClient("http://127.0.0.1:9")
    try:
        assert _snapshot_limit(client) < wire.DEFAULT_SNAPSHOT_LIMIT  # 16 KiB to start with
        client.link.batch_bytes, client.link.ratio = MAX_BATCH_BYTES, 15.0  # loopback, gzip
        assert client.link.json_budget() // SNAPSHOT_PERSON_BYTES > wire.MAX_SNAPSHOT_LIMIT
        assert _snapshot_limit(client) == 2 * wire.DEFAULT_SNAPSHOT_LIMIT <= wire.MAX_SNAPSHOT_LIMIT
    finally:
        client.close()
