from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id


def visit(**kwargs: object) -> Visit:
    values: dict[str, object] = {
        "person_id": new_id(),
        "hub_id": new_id(),
        "visited_at": datetime(2024, 5, 29, 9, 30, tzinfo=UTC),
    }
    values.update(kwargs)
    return Visit(**values)  # type: ignore[arg-type]


def test_defaults() -> None:
    v = visit()
    assert v.state is VisitState.WAITING
    assert v.purposes == ()
    assert v.note == "" and v.handled_by is None


def test_visited_at_converted_to_utc() -> None:
    cest = timezone(timedelta(hours=2))
    v = visit(visited_at=datetime(2024, 5, 29, 11, 30, tzinfo=cest))
    assert v.visited_at == datetime(2024, 5, 29, 9, 30, tzinfo=UTC)
    assert v.visited_at.utcoffset() == timedelta(0)


def test_purposes_deduplicated_and_note_keeps_lines() -> None:
    v = visit(purposes=("cv", "mentor", "cv"), note=" line one\nline two ", state="in_meeting")
    assert v.purposes == ("cv", "mentor")
    assert v.note == "line one\nline two"
    assert v.state is VisitState.IN_MEETING


@pytest.mark.parametrize(
    ("kwargs", "code", "field"),
    [
        ({"visited_at": datetime(2024, 5, 29, 9, 30)}, "validation.invalid", "visited_at"),
        ({"purposes": ("CV!",)}, "validation.invalid", "purposes"),
        ({"purposes": "cv"}, "validation.invalid", "purposes"),
        ({"note": "x" * 2001}, "validation.too_long", "note"),
        ({"referral": "a\nb"}, "validation.invalid", "referral"),
        ({"state": "gone"}, "validation.unknown_code", "state"),
        ({"handled_by": "me"}, "validation.invalid", "handled_by"),
        ({"person_id": ""}, "validation.required", "person_id"),
    ],
)
def test_validation(kwargs: dict[str, object], code: str, field: str) -> None:
    with pytest.raises(DeskError) as info:
        visit(**kwargs)
    assert info.value.code == code
    assert info.value.params["field"] == field
