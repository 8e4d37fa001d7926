"""Validation of the profile entries: codes, levels, dates, required fields."""

from __future__ import annotations

import pytest

from entryhub_desk.domain.profile import (
    BridgingState,
    CefrLevel,
    Credential,
    DigitalSkill,
    DrivingCategory,
    DrivingLicence,
    Education,
    Goals,
    GoalType,
    LanguageSkill,
    NextStep,
    PartialDate,
    RecognitionStatus,
    Skill,
    Work,
    WorkType,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

PERSON = new_id()
NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"


def _code(call: object) -> tuple[str, object]:
    assert callable(call)
    with pytest.raises(DeskError) as caught:
        call()
    return caught.value.code, caught.value.params.get("field")


def test_language_grid_accepts_cefr_levels_in_any_case() -> None:
    entry = LanguageSkill(person_id=PERSON, language="SV", reading="b2", writing=CefrLevel.B1)
    assert entry.language == "sv"
    assert entry.reading is CefrLevel.B2
    assert entry.overall() is CefrLevel.B1


@pytest.mark.parametrize("level", ["C3", "A0", "D1", "fluent"])
def test_cefr_level_out_of_range_is_refused(level: str) -> None:
    code, field = _code(lambda: LanguageSkill(person_id=PERSON, language="ar", listening=level))
    assert (code, field) == ("validation.bad_cefr_level", "listening")


def test_unknown_language_code_is_refused() -> None:
    code, field = _code(lambda: LanguageSkill(person_id=PERSON, language="xx"))
    assert (code, field) == ("validation.unknown_code", "language")


def test_education_end_before_start() -> None:
    code, field = _code(
        lambda: Education(person_id=PERSON, institution="Uni", start="2012", end="2011-06")
    )
    assert (code, field) == ("validation.end_before_start", "end")


def test_education_gets_eqf_from_isced_and_checks_ranges() -> None:
    entry = Education(person_id=PERSON, institution="Uni", isced_level=6, start="2011-06")
    assert entry.eqf_level == 6
    assert entry.start == PartialDate(2011, 6)
    assert Education(person_id=PERSON, title="Gymnasium", isced_level=3).eqf_level == 4
    assert Education(person_id=PERSON, title="x", isced_level=6, eqf_level=5).eqf_level == 5
    code, field = _code(lambda: Education(person_id=PERSON, institution="U", isced_level=9))
    assert (code, field) == ("validation.out_of_range", "isced_level")
    code, field = _code(lambda: Education(person_id=PERSON, institution="U", eqf_level=0))
    assert (code, field) == ("validation.out_of_range", "eqf_level")


def test_education_needs_something_to_name_it() -> None:
    assert _code(lambda: Education(person_id=PERSON))[0] == "validation.required"


def test_credential_recognition_codes() -> None:
    entry = Credential(
        person_id=PERSON,
        name="Sjuksköterskeexamen",
        issuing_country="sy",
        status="partly_recognised",
        authority="Socialstyrelsen",
        bridging="started",
        issued="2010",
        decision_date="2023-04-02",
    )
    assert entry.status is RecognitionStatus.PARTLY_RECOGNISED
    assert entry.bridging is BridgingState.STARTED
    assert entry.issuing_country == "SY"
    code, field = _code(lambda: Credential(person_id=PERSON, name="x", status="approved"))
    assert (code, field) == ("validation.unknown_code", "status")
    code, field = _code(
        lambda: Credential(person_id=PERSON, name="x", issued="2020", decision_date="2019")
    )
    assert (code, field) == ("validation.end_before_start", "decision_date")


def test_work_needs_title_or_occupation_and_well_formed_codes() -> None:
    assert _code(lambda: Work(person_id=PERSON))[0] == "validation.required"
    entry = Work(
        person_id=PERSON,
        occupation="http://data.europa.eu/esco/occupation/" + NURSE.upper(),
        tasks=("  care ", "", "rounds"),
        work_type="informal",
    )
    assert entry.occupation == NURSE
    assert entry.tasks == ("care", "rounds")
    assert entry.work_type is WorkType.INFORMAL
    code, field = _code(lambda: Work(person_id=PERSON, occupation="nurse"))
    assert (code, field) == ("validation.unknown_code", "occupation")
    code, field = _code(lambda: Work(person_id=PERSON, title="x", isco_group="22a1"))
    assert (code, field) == ("validation.unknown_code", "isco_group")


def test_skill_is_esco_or_free_text_never_both() -> None:
    free = Skill(person_id=PERSON, free_text="Tailoring of traditional dresses")
    assert free.is_free_text
    assert _code(lambda: Skill(person_id=PERSON))[0] == "validation.required"
    code, field = _code(lambda: Skill(person_id=PERSON, skill=NURSE, free_text="x"))
    assert (code, field) == ("validation.invalid", "free_text")
    code, field = _code(lambda: Skill(person_id=PERSON, free_text="x", shown_by="guessed"))
    assert (code, field) == ("validation.unknown_code", "shown_by")


def test_digital_and_driving_codes() -> None:
    assert DigitalSkill(person_id=PERSON, area="safety", level="basic").level.value == "basic"
    code, _ = _code(lambda: DigitalSkill(person_id=PERSON, area="safety", level="expert"))
    assert code == "validation.unknown_code"
    licence = DrivingLicence(person_id=PERSON, categories=("C", "B", "B"), valid_in_sweden=True)
    assert licence.categories == (DrivingCategory.B, DrivingCategory.C)
    assert _code(lambda: DrivingLicence(person_id=PERSON, categories=()))[0] == (
        "validation.required"
    )
    code, _ = _code(lambda: DrivingLicence(person_id=PERSON, categories=("Z",)))
    assert code == "validation.unknown_code"


def test_goals_and_next_steps() -> None:
    goals = Goals(
        person_id=PERSON,
        wants=("job", "swedish_course", "job"),
        desired_occupations=(NURSE,),
        available_from="2025-01",
        hours_per_week=40,
    )
    assert goals.wants == (GoalType.JOB, GoalType.SWEDISH_COURSE)
    code, field = _code(lambda: Goals(person_id=PERSON, hours_per_week=100))
    assert (code, field) == ("validation.out_of_range", "hours_per_week")
    step = NextStep(person_id=PERSON, text="Apply to UHR", due="2025-02-01")
    assert step.due == PartialDate(2025, 2, 1)
    assert _code(lambda: NextStep(person_id=PERSON, text=" "))[0] == "validation.required"


def test_flags_accept_integers_from_the_store_but_not_text() -> None:
    assert NextStep(person_id=PERSON, text="x", done=1).done is True  # type: ignore[arg-type]
    code, field = _code(lambda: NextStep(person_id=PERSON, text="x", done="yes"))
    assert (code, field) == ("validation.invalid", "done")


def test_position_must_be_a_natural_number() -> None:
    code, field = _code(lambda: NextStep(person_id=PERSON, text="x", position=-1))
    assert (code, field) == ("validation.invalid", "position")
