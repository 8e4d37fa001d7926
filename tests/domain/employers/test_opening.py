from __future__ import annotations

from datetime import UTC, datetime

import pytest

from entryhub_desk.domain.employers import HardRequirement, LanguageRequirement, Opening
from entryhub_desk.domain.profile.codes import CefrLevel
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

SKILL = "0a1b2c3d-0000-4000-8000-000000000001"
OTHER = "0a1b2c3d-0000-4000-8000-000000000002"


def opening(**kwargs: object) -> Opening:
    values: dict[str, object] = {
        "employer_id": new_id(),
        "title": "Svetsare",
        "added_by_hub": new_id(),
        "added_at": datetime(2026, 12, 7, tzinfo=UTC),
    }
    values.update(kwargs)
    return Opening(**values)  # type: ignore[arg-type]


def test_language_requirements_are_read_and_written_as_text() -> None:
    made = opening(languages=("sv:b1", "en : B2", "sv:C1"))
    assert made.languages == ("sv:B1", "en:B2")  # the first requirement of a language counts
    assert made.language_requirements()[0] == LanguageRequirement("sv", CefrLevel.B1)
    with pytest.raises(DeskError):
        opening(languages=("sv-B1",))
    with pytest.raises(DeskError):
        opening(languages=("sv:B4",))


def test_a_must_have_skill_is_not_also_nice_to_have() -> None:
    made = opening(must_skills=(SKILL,), nice_skills=(SKILL, OTHER), hard=("languages",))
    assert made.nice_skills == (OTHER,)
    assert made.hard == (HardRequirement.LANGUAGES,)


def test_places_and_dates_are_checked() -> None:
    assert opening(starts="2027-03").starts is not None
    with pytest.raises(DeskError):
        opening(places=0)
    with pytest.raises(DeskError):
        opening(starts="March")
