from __future__ import annotations

import dataclasses
from datetime import timedelta, timezone

import pytest

from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.store.repositories import StoreContext, VisitRepository

from .helpers import WHEN, add_person, add_staff, outbox_for


def new_visit(ctx: StoreContext, person_id: str, **kwargs: object) -> Visit:
    values: dict[str, object] = {
        "person_id": person_id,
        "hub_id": ctx.identity.hub_id,
        "visited_at": WHEN,
    }
    values.update(kwargs)
    return VisitRepository(ctx).create(Visit(**values))  # type: ignore[arg-type]


def test_round_trip(ctx: StoreContext) -> None:
    person = add_person(ctx)
    staff = add_staff(ctx)
    cest = timezone(timedelta(hours=2))
    visit = new_visit(
        ctx,
        person.id,
        visited_at=WHEN.astimezone(cest),
        purposes=("cv", "mentor"),
        note="Wants to work as a nurse.\nHas Syrian diploma.",
        referral="Arbetsförmedlingen",
        handled_by=staff.id,
    )
    stored = VisitRepository(ctx).get(visit.id)
    assert stored == visit
    assert stored.visited_at == WHEN and stored.visited_at.utcoffset() == timedelta(0)
    [entry] = outbox_for(ctx, visit.id)
    assert entry.fields["visited_at"]["value"] == "2024-05-29T09:30:00.000000Z"
    assert entry.fields["purposes"]["value"] == ["cv", "mentor"]


def test_person_must_exist(ctx: StoreContext) -> None:
    with pytest.raises(DeskError) as info:
        new_visit(ctx, "01900000-0000-7000-8000-000000000000")
    assert info.value.code == "store.not_found"
    assert info.value.params["entity"] == "person"


def test_state_changes_are_captured(ctx: StoreContext) -> None:
    person = add_person(ctx)
    visit = new_visit(ctx, person.id)
    repo = VisitRepository(ctx)
    assert repo.set_state(visit.id, VisitState.IN_MEETING).state is VisitState.IN_MEETING
    repo.set_state(visit.id, VisitState.DONE)
    entries = outbox_for(ctx, visit.id)
    assert [e.fields for e in entries[1:]] == [
        {"state": {"value": "in_meeting", "hlc": entries[1].fields["state"]["hlc"]}},
        {"state": {"value": "done", "hlc": entries[2].fields["state"]["hlc"]}},
    ]
    assert repo.get(visit.id).state is VisitState.DONE
    repo.update(dataclasses.replace(repo.get(visit.id), note="Follow up in June"))
    assert set(outbox_for(ctx, visit.id)[-1].fields) == {"note"}


def test_lists(ctx: StoreContext) -> None:
    amina = add_person(ctx)
    omar = add_person(ctx, given_name="Omar")
    early = new_visit(ctx, amina.id, visited_at=WHEN - timedelta(days=1))
    today = new_visit(ctx, amina.id)
    other = new_visit(ctx, omar.id, visited_at=WHEN + timedelta(hours=2))
    repo = VisitRepository(ctx)
    assert repo.list_for_person(amina.id) == [early, today]
    day = WHEN.replace(hour=0, minute=0)
    assert repo.list_between(day, day + timedelta(days=1)) == [today, other]
