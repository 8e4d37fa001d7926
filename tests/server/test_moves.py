"""Records moved to another person by a merge on a desk (tests/sync has the whole round)."""

from __future__ import annotations

from sqlalchemy import select
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_wire import wire
from tests.server.helpers import Desk, enrolled, make_world, opened_values


def _labels(ctx: ServerContext, entity_id: str) -> set[tuple[str, str | None]]:
    """(table, person_id) of every stored row of the record."""
    with ctx.engine.connect() as conn:
        found = {
            ("event", r.person_id)
            for r in conn.execute(
                select(t.event.c.person_id).where(t.event.c.entity_id == entity_id)
            )
        }
        found |= {
            ("field_state", r.person_id)
            for r in conn.execute(
                select(t.field_state.c.person_id).where(t.field_state.c.entity_id == entity_id)
            )
        }
        found |= {
            ("record", r.person_id)
            for r in conn.execute(
                select(t.record.c.person_id).where(t.record.c.entity_id == entity_id)
            )
        }
    return found


def _pulled(desk: Desk, client: TestClient, cursor: int = 0) -> list[wire.Change]:
    events, _ = desk.pull_all(client, cursor)
    return [e.change for e in events if isinstance(e, wire.PulledChange)]


def test_a_record_moves_within_its_hub_and_takes_its_history_along(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk, other_desk = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    merged, kept = desk.new_person("Twin"), desk.new_person("Kept")
    visit_id = new_id()
    visit = desk.change("visit", visit_id, merged.entity_id, purpose="cv", note="welding")
    desk.push_ok(client, [merged, kept, visit])
    move = desk.change("visit", visit_id, kept.entity_id, person_id=kept.entity_id)
    assert desk.push_ok(client, [move]).rejected == ()

    # every stored row of the visit now belongs to the kept person
    assert _labels(ctx, visit_id) == {
        ("event", kept.entity_id),
        ("field_state", kept.entity_id),
        ("record", kept.entity_id),
    }
    # a desk pulling from scratch gets the visit under the kept person; the move carries the
    # whole record
    changes = [c for c in _pulled(other_desk, client) if c.entity_id == visit_id]
    assert [c.person_id for c in changes] == [kept.entity_id, kept.entity_id]
    moved = changes[-1]
    assert {name: v.value for name, v in moved.fields.items()} == {
        "purpose": "cv",
        "note": "welding",
        "person_id": kept.entity_id,
    }


def test_a_record_moves_only_between_persons_the_desk_may_see(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    mine, theirs = umea.new_person("Mine"), lulea.new_person("Theirs")
    umea.push_ok(client, [mine])
    lulea.push_ok(client, [theirs])
    visit_id = new_id()
    umea.push_ok(client, [umea.change("visit", visit_id, mine.entity_id, purpose="cv")])
    # into a person of another hub that is not shared
    away = umea.change("visit", visit_id, theirs.entity_id, person_id=theirs.entity_id)
    assert [r.reason for r in umea.push_ok(client, [away]).rejected] == [wire.REJECT_NOT_VISIBLE]
    # out of a person the pushing desk may not see
    taken = lulea.change("visit", visit_id, theirs.entity_id, person_id=theirs.entity_id)
    assert [r.reason for r in lulea.push_ok(client, [taken]).rejected] == [
        wire.REJECT_FOREIGN_RECORD
    ]
    assert ("record", mine.entity_id) in _labels(ctx, visit_id)


def test_a_hub_that_sees_only_the_kept_person_gets_the_whole_moved_record(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    merged, kept = umea.new_person("Twin"), umea.new_person("Kept")
    visit_id = new_id()
    umea.push_ok(
        client,
        [
            merged,
            kept,
            umea.change("visit", visit_id, merged.entity_id, purpose="cv", note="welding"),
            umea.consent(kept.entity_id, given=True),  # only the kept record is shared
        ],
    )
    _, cursor = lulea.pull_all(client)
    move = umea.change("visit", visit_id, kept.entity_id, person_id=kept.entity_id)
    umea.push_ok(client, [move])
    changes = _pulled(lulea, client, cursor)
    assert [(c.entity_id, c.fields["note"].value) for c in changes] == [(visit_id, "welding")]


def test_erasing_the_kept_person_purges_the_moved_record(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    merged, kept = desk.new_person("Twin"), desk.new_person("Kept")
    visit_id = new_id()
    desk.push_ok(
        client,
        [merged, kept, desk.change("visit", visit_id, merged.entity_id, note="Secret note")],
    )
    desk.push_ok(client, [desk.change("visit", visit_id, kept.entity_id, person_id=kept.entity_id)])
    erase = desk.change("person", kept.entity_id, kept.entity_id, deleted=True)
    assert desk.push_ok(client, [erase]).rejected == ()
    texts = opened_values(ctx)
    assert texts  # the kept person's tombstone event, the other person's values
    assert not any("Secret note" in text for text in texts)


def test_a_merge_carries_the_sharing_consent_to_the_kept_person(
    ctx: ServerContext, client: TestClient
) -> None:
    """Only the merged record was shared: its consent moves with its visits, so the other hub
    loses the merged record and gets the kept one, with the visit."""
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    merged, kept = umea.new_person("Twin"), umea.new_person("Kept")
    visit_id = new_id()
    consent = umea.consent(merged.entity_id, given=True)
    umea.push_ok(
        client,
        [
            merged,
            kept,
            umea.change("visit", visit_id, merged.entity_id, purpose="cv", note="welding"),
            consent,
        ],
    )
    events, cursor = lulea.pull_all(client)
    assert {e.change.entity_id for e in events if isinstance(e, wire.PulledChange)} >= {
        merged.entity_id,
        visit_id,
    }
    moves = [
        umea.change(entity, entity_id, kept.entity_id, person_id=kept.entity_id)
        for entity, entity_id in (("visit", visit_id), ("consent", consent.entity_id))
    ]
    assert umea.push_ok(client, moves).rejected == ()
    events, _ = lulea.pull_all(client, cursor)
    assert [e.person_id for e in events if isinstance(e, wire.ScopeRemoval)] == [merged.entity_id]
    served = {
        (e.change.entity, e.change.entity_id): e.change.person_id
        for e in events
        if isinstance(e, wire.PulledChange)
    }
    assert served[("person", kept.entity_id)] == kept.entity_id
    assert served[("visit", visit_id)] == kept.entity_id
