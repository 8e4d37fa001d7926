"""Snapshot: a new desk's first sync is the current state of its scope, then the log."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.context import ServerContext
from entryhub_wire import wire
from tests.server.helpers import Desk, enrolled, make_world


def _snapshot(
    desk: Desk, client: TestClient, after: str = "", limit: int = 500, *, include_own: bool = True
) -> Any:
    body = wire.encode_body(wire.SnapshotRequest(after, limit, include_own).to_json())
    response = client.post(wire.PATH_SNAPSHOT, content=body, headers=desk.headers())
    assert response.status_code == 200, response.text
    return wire.SnapshotResponse.from_json(response.json())


def _snapshot_all(
    desk: Desk, client: TestClient, limit: int = 500
) -> tuple[list[wire.Change], int, int]:
    """Every page's changes, the first page's position and the number of pages."""
    changes: list[wire.Change] = []
    after, first, pages = "", None, 0
    while True:
        page = _snapshot(desk, client, after, limit)
        pages += 1
        first = page.position if first is None else first
        changes.extend(page.changes)
        if not page.has_more:
            return changes, first, pages
        after = page.next_after


def test_a_new_desk_gets_the_current_state_of_its_scope_not_the_history(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    amina = umea.new_person("Amina")
    visit = umea.change("visit", new_id(), amina.entity_id, purpose="cv")
    umea.push_ok(client, [amina, visit])
    for n in range(5):  # the name changed five times: the snapshot carries the last one
        umea.push_ok(
            client, [umea.change("person", amina.entity_id, amina.entity_id, given_name=f"A{n}")]
        )
    erased = umea.new_person("Erased")
    umea.push_ok(client, [erased])
    umea.push_ok(client, [umea.change("person", erased.entity_id, erased.entity_id, deleted=True)])
    staff = umea.change("staff", new_id(), None, name="Kim", role="volunteer")
    umea.push_ok(client, [staff])
    hidden = lulea.new_person("Hidden")  # Luleå's, not shared: not Umeå's to see
    shared = lulea.new_person("Shared")
    consent = lulea.consent(shared.entity_id)
    lulea.push_ok(client, [hidden, shared, consent])
    lulea.push_ok(client, [lulea.change("staff", new_id(), None, name="Bo", role="volunteer")])

    newcomer = enrolled(ctx, "Umeå")
    changes, position, _ = _snapshot_all(newcomer, client)
    by_record = {(c.entity, c.entity_id): c for c in changes}
    assert len(by_record) == len(changes)  # each record once
    assert set(by_record) == {
        ("person", amina.entity_id),
        ("visit", visit.entity_id),
        ("person", shared.entity_id),
        ("consent", consent.entity_id),
        ("staff", staff.entity_id),
    }
    person = by_record[("person", amina.entity_id)]
    assert person.fields["given_name"].value == "A4" and person.epoch == person.seq == 0
    assert person.fields["hub_id"].value == umea.hub_id
    assert by_record[("staff", staff.entity_id)].person_id is None
    _, top = newcomer.pull_all(client)
    assert position == top  # the whole log so far is in the state

    # then the log from the snapshot's position: the next change, once, nothing before it
    later = umea.change("visit", new_id(), amina.entity_id, purpose="mentor")
    umea.push_ok(client, [later])
    events, _ = newcomer.pull_all(client, position)
    assert [(e.position, e.change) for e in events if isinstance(e, wire.PulledChange)] == [
        (position + 1, later)
    ]


def test_snapshot_pages_cover_everything_once_and_a_change_between_pages_comes_by_the_log(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea = enrolled(ctx, "Umeå")
    persons = [umea.new_person(f"P{n}") for n in range(7)]
    umea.push_ok(client, persons)
    umea.push_ok(client, [umea.change("staff", new_id(), None, name=f"S{n}") for n in range(3)])
    newcomer = enrolled(ctx, "Umeå")
    whole, position, pages = _snapshot_all(newcomer, client)
    assert pages == 1 and len(whole) == 10
    first = _snapshot(newcomer, client, "", 2)
    assert first.has_more and len(first.changes) == 2
    # a change between pages: the state it lands in may or may not be read by a later page,
    # the log from the first page's position brings it in any case
    edit = umea.change("person", persons[-1].entity_id, persons[-1].entity_id, given_name="New")
    umea.push_ok(client, [edit])
    changes, after = list(first.changes), first.next_after
    while True:
        page = _snapshot(newcomer, client, after, 2)
        changes.extend(page.changes)
        if not page.has_more:
            break
        after = page.next_after
    assert sorted((c.entity, c.entity_id) for c in changes) == sorted(
        (c.entity, c.entity_id) for c in whole
    )
    events, _ = newcomer.pull_all(client, first.position)
    assert [e.change for e in events if isinstance(e, wire.PulledChange)] == [edit]
    assert first.position == position


def test_snapshot_refuses_a_bad_key_and_an_unknown_device(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    body = wire.encode_body({"after": "elsewhere:1", "limit": 10})
    response = client.post(wire.PATH_SNAPSHOT, content=body, headers=desk.headers())
    assert response.status_code == 400
    stranger = Desk(token="not-a-token")
    response = client.post(
        wire.PATH_SNAPSHOT,
        content=wire.encode_body(wire.SnapshotRequest().to_json()),
        headers=stranger.headers(),
    )
    assert response.status_code == 401


def test_a_desk_is_not_sent_back_what_it_wrote_itself(
    ctx: ServerContext, client: TestClient
) -> None:
    """A desk that registered visitors before its first sync pushes them, then asks for the
    snapshot: only what others wrote comes (on a 2G link its own data would come twice)."""
    make_world(ctx)
    umea, other = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    own = umea.new_person("Own")
    staff = umea.change("staff", new_id(), None, name="Kim", role="volunteer")
    umea.push_ok(client, [own, staff])
    theirs = other.new_person("Theirs")
    edit = other.change("person", own.entity_id, own.entity_id, family_name="Edited")
    other.push_ok(client, [theirs, edit])

    changes = _snapshot(umea, client, include_own=False).changes
    by_record = {(c.entity, c.entity_id): c for c in changes}
    assert set(by_record) == {("person", theirs.entity_id), ("person", own.entity_id)}
    assert set(by_record[("person", own.entity_id)].fields) == {"family_name"}  # only theirs
    # a restored desk asks for its own too: the whole state
    everything = _snapshot(umea, client, include_own=True).changes
    assert {(c.entity, c.entity_id) for c in everything} == {
        ("person", theirs.entity_id),
        ("person", own.entity_id),
        ("staff", staff.entity_id),
    }
    assert set(next(c for c in everything if c.entity_id == own.entity_id).fields) == set(
        own.fields
    ) | {"family_name"}
