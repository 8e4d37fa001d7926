"""Introductions and their steps are person records: scoped, moved and erased with the person.

Wire-level, on SQLite and PostgreSQL (tests/sync has the rounds between real desks).
"""

from __future__ import annotations

from sqlalchemy import select
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.context import ServerContext
from entryhub_server.db import tables as t
from entryhub_wire import wire
from tests.server.helpers import Desk, enrolled, make_world, opened_values

NOTE = "Intervju hos Svetsverket, Qwertzuiop"


def _pulled(desk: Desk, client: TestClient, cursor: int = 0) -> tuple[list[wire.Change], int]:
    events, cursor = desk.pull_all(client, cursor)
    return [e.change for e in events if isinstance(e, wire.PulledChange)], cursor


def _introduce(desk: Desk, person_id: str, opening_id: str) -> tuple[wire.Change, wire.Change]:
    intro = desk.change(
        "introduction",
        new_id(),
        person_id,
        person_id=person_id,
        opening_id=opening_id,
        hub_id=desk.hub_id,
        card="named",
        state="sent",
        note=NOTE,
    )
    step = desk.change(
        "introduction_step",
        new_id(),
        person_id,
        introduction_id=intro.entity_id,
        person_id=person_id,
        state="sent",
    )
    return intro, step


def test_introductions_are_entities_owned_by_a_person() -> None:
    assert {"introduction", "introduction_step"} <= wire.PERSON_OWNED_ENTITIES


def test_an_introduction_without_its_person_is_refused(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea = enrolled(ctx, "Umeå")
    orphan = umea.change("introduction", new_id(), None, opening_id=new_id(), state="sent")
    assert [r.reason for r in umea.push_ok(client, [orphan]).rejected] == ["person_missing"]


def test_introductions_follow_the_persons_scope_and_consent(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    person = umea.new_person("Amina")
    opening = umea.change("opening", new_id(), None, title="Svetsare")
    intro, step = _introduce(umea, person.entity_id, opening.entity_id)
    umea.push_ok(client, [person, opening, intro, step])
    other_desk = enrolled(ctx, "Umeå")
    assert {c.entity for c in _pulled(other_desk, client)[0]} == {
        "person",
        "opening",
        "introduction",
        "introduction_step",
    }
    seen, cursor = _pulled(lulea, client)
    assert [c.entity for c in seen] == ["opening"]  # the opening is the network's; not Amina
    stranger = lulea.change("introduction_step", new_id(), person.entity_id, state="hired")
    assert [r.reason for r in lulea.push_ok(client, [stranger]).rejected] == ["not_visible"]

    consent = umea.consent(person.entity_id)
    umea.push_ok(client, [consent])
    seen, cursor = _pulled(lulea, client, cursor)
    assert {"introduction", "introduction_step"} <= {c.entity for c in seen}
    hired = lulea.change("introduction", intro.entity_id, person.entity_id, state="hired")
    assert lulea.push_ok(client, [hired]).rejected == ()

    umea.push_ok(client, [umea.consent(person.entity_id, given=False, withdraws=consent.entity_id)])
    events, _ = lulea.pull_all(client, cursor)
    assert [e.person_id for e in events if isinstance(e, wire.ScopeRemoval)] == [person.entity_id]
    late = lulea.change("introduction", intro.entity_id, person.entity_id, state="withdrawn")
    assert [r.reason for r in lulea.push_ok(client, [late]).rejected] == ["not_visible"]


def test_erasing_the_person_purges_its_introductions(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea = enrolled(ctx, "Umeå")
    person = umea.new_person("Amina")
    intro, step = _introduce(umea, person.entity_id, new_id())
    umea.push_ok(client, [person, intro, step])
    assert any(NOTE in text for text in opened_values(ctx))
    umea.push_ok(client, [umea.change("person", person.entity_id, person.entity_id, deleted=True)])
    assert not any(NOTE in text for text in opened_values(ctx))
    with ctx.engine.connect() as conn:
        left = conn.execute(
            select(t.field_state.c.entity).where(
                t.field_state.c.entity_id.in_([intro.entity_id, step.entity_id])
            )
        ).all()
    assert left == []
    fresh, _ = _pulled(enrolled(ctx, "Umeå"), client)
    assert fresh == []
    after = umea.change("introduction_step", new_id(), person.entity_id, state="hired")
    assert [r.reason for r in umea.push_ok(client, [after]).rejected] == ["erased"]


def test_a_merge_moves_introductions_to_the_kept_person(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea = enrolled(ctx, "Umeå")
    merged, kept = umea.new_person("Twin"), umea.new_person("Kept")
    intro, step = _introduce(umea, merged.entity_id, new_id())
    umea.push_ok(client, [merged, kept, intro, step])
    moves = [
        umea.change(entity, entity_id, kept.entity_id, person_id=kept.entity_id)
        for entity, entity_id in (
            ("introduction", intro.entity_id),
            ("introduction_step", step.entity_id),
        )
    ]
    assert umea.push_ok(client, moves).rejected == ()
    with ctx.engine.connect() as conn:
        owners = {
            str(r.person_id)
            for r in conn.execute(
                select(t.record.c.person_id).where(
                    t.record.c.entity_id.in_([intro.entity_id, step.entity_id])
                )
            )
        }
    assert owners == {kept.entity_id}
    # erasing the kept person takes the moved introduction along
    umea.push_ok(client, [umea.change("person", kept.entity_id, kept.entity_id, deleted=True)])
    assert not any(NOTE in text for text in opened_values(ctx))
