"""JSON Resume round trips: the standard sample, and a full profile without loss."""

from __future__ import annotations

import copy
import json
from typing import Any

import phonenumbers
import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.profile import (
    Business,
    Credential,
    DigitalSkill,
    DrivingLicence,
    Education,
    EntryKind,
    Goals,
    Interest,
    LanguageSkill,
    NextStep,
    Skill,
    Work,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.changes import Changes
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.resume import export_resume, import_document, import_resume
from entryhub_desk.store.repositories import PersonRepository
from tests.conftest import FakeClock
from tests.services.helpers import coordinator_session, set_up_desk
from tests.shared_files import shared

NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"
PYTHON_SKILL = "ccd0a1d9-afda-43d9-b901-96344886e14d"
EXTRA = "x-entryhub"


@pytest.fixture
def session(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    return coordinator_session(desk)


def _strip_extras(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_extras(v) for k, v in value.items() if k != EXTRA}
    if isinstance(value, list):
        return [_strip_extras(v) for v in value]
    return value


def _drop(document: dict[str, Any], path: str) -> None:
    """Remove ``basics.location.region`` or ``work[0].url`` or ``awards[0]`` from a document."""
    parts: list[str | int] = []
    for part in path.replace("]", "").split("."):
        name, _, index = part.partition("[")
        parts.append(name)
        if index:
            parts.append(int(index))
    node: Any = document
    for part in parts[:-1]:
        node = node[part]
    last = parts[-1]
    if isinstance(last, int):
        node[last] = None  # keep the other indexes right; removed below
    else:
        del node[last]


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        pruned = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [_prune(v) for v in value if v is not None]
    return value


def test_sample_resume_survives_import_and_export(session: Session) -> None:
    path = shared("fixtures", "jsonresume-sample.resume.json")
    original = json.loads(path.read_text(encoding="utf-8"))
    result = import_resume(session, path)
    assert result.created

    # What had no home is reported…
    assert {"awards[0]", "publications[0]", "references[0]", "projects[0]"} <= set(result.unmapped)
    assert "basics.url" in result.unmapped and "education[0].courses" in result.unmapped
    # …and everything else survives the trip.
    expected = copy.deepcopy(original)
    for path_text in result.unmapped:
        _drop(expected, path_text)
    for key in ("$schema", "meta"):
        expected.pop(key, None)
    exported = export_resume(session, result.person_id)
    got = _strip_extras(exported)
    got.pop("$schema")
    # The phone is stored normalised (read in the resume's country).
    region = original["basics"]["location"]["countryCode"]
    assert got["basics"].pop("phone") == phonenumbers.format_number(
        phonenumbers.parse(expected["basics"].pop("phone"), region),
        phonenumbers.PhoneNumberFormat.E164,
    )
    assert _prune(got) == _prune(expected)

    person = PersonRepository(session.opened.context).get(result.person_id)
    assert (person.given_name, person.family_name) == ("Richard", "Hendriks")


def _full_profile(session: Session, person_id: str) -> None:
    profiles = Profiles(session)
    for entry in (
        Goals(
            person_id=person_id,
            wants=("job", "validation"),
            desired_occupations=(NURSE,),
            available_from="2025-03",
            hours_per_week=30,
            summary="Nurse with ten years in Aleppo.",
            appraisal="Strong; needs Swedish for licence.",
        ),
        NextStep(person_id=person_id, text="Apply to Socialstyrelsen", due="2025-02-15"),
        LanguageSkill(person_id=person_id, language="ar", mother_tongue=True),
        LanguageSkill(
            person_id=person_id,
            language="sv",
            listening="B1",
            reading="B2",
            spoken_interaction="A2",
            spoken_production="B1",
            writing="A2",
            certificate="SFI D",
        ),
        Education(
            person_id=person_id,
            institution="University of Aleppo",
            country="SY",
            field="Nursing",
            title="Bachelor of Nursing",
            isced_level=6,
            start="2004",
            end="2008-06",
            completed=True,
            documents_available=False,
        ),
        Credential(
            person_id=person_id,
            name="Nursing licence",
            issuer="Syrian Ministry of Health",
            issued="2008",
            issuing_country="SY",
            status="partly_recognised",
            authority="Socialstyrelsen",
            recognised_as="Sjuksköterskeexamen (delvis)",
            decision_date="2024-11-03",
            bridging="suggested",
        ),
        Work(
            person_id=person_id,
            title="Ward nurse",
            occupation=NURSE,
            employer="Aleppo University Hospital",
            place="Aleppo",
            country="SY",
            start="2008-09",
            end="2016",
            description="Surgical ward.",
            tasks=("Medication rounds", "Wound care"),
        ),
        Work(person_id=person_id, title="Home care", work_type="informal", start="2017"),
        Work(
            person_id=person_id, title="Interpreter", work_type="volunteer", employer="Röda Korset"
        ),
        Skill(person_id=person_id, skill=PYTHON_SKILL, level="beginner", shown_by="tried_at_hub"),
        Skill(person_id=person_id, free_text="Cupping therapy", keywords=("hijama",)),
        DigitalSkill(person_id=person_id, area="communication", level="independent"),
        DrivingLicence(person_id=person_id, categories=("B",), issuing_country="SY"),
        Interest(person_id=person_id, name="Cooking", keywords=("Syrian",)),
        Business(person_id=person_id, idea="Catering", sector="food", support_wanted="Permits"),
    ):
        profiles.save(entry)


def test_full_profile_round_trips_without_loss(
    session: Session, desk_config: DeskConfig, tmp_path: Any
) -> None:
    result = import_document(session, {"basics": {"name": "Haddad, Amal", "phone": "12-34"}})
    _full_profile(session, result.person_id)
    first = export_resume(session, result.person_id)
    assert first["basics"]["phone"] == "12-34"  # not valid: kept as written
    language = next(item for item in first["languages"] if item["language"] == "Swedish")
    assert language["fluency"] == "A2–B2"
    assert language[EXTRA]["reading"] == "B2"
    assert first["work"][0][EXTRA]["isco_group"] == "2221"
    assert first["certificates"][0][EXTRA]["status"] == "partly_recognised"
    assert first["volunteer"][0]["organization"] == "Röda Korset"

    # Into the same desk again: the same person and entries are updated, nothing doubles.
    again = import_document(session, copy.deepcopy(first))
    assert not again.created and again.unmapped == ()
    assert export_resume(session, result.person_id) == first

    # Into another desk: the same document comes out.
    other_config = DeskConfig(
        data_dir=tmp_path / "other",
        log_dir=tmp_path / "other-logs",
        clock=FakeClock(),
        scrypt_n=desk_config.scrypt_n,
    )
    other_desk, _ = set_up_desk(other_config)
    other = coordinator_session(other_desk)
    moved = import_document(other, copy.deepcopy(first))
    assert moved.created and moved.person_id == result.person_id
    assert export_resume(other, moved.person_id) == first


def test_public_export_leaves_out_the_hub_notes(session: Session) -> None:
    result = import_document(session, {"basics": {"name": "Amal Haddad"}})
    _full_profile(session, result.person_id)
    public = export_resume(session, result.person_id, internal=False)
    assert "appraisal" not in public[EXTRA]["goals"]
    assert "next_steps" not in public[EXTRA]
    assert public["basics"]["summary"] == "Nurse with ten years in Aleppo."


def test_reimport_of_a_foreign_file_does_not_double_the_goals(session: Session) -> None:
    result = import_document(session, {"basics": {"name": "Amal Haddad", "summary": "One."}})
    document = export_resume(session, result.person_id)
    del document[EXTRA]["goals"]  # as if a person had edited the file
    document["basics"]["summary"] = "Two."
    import_document(session, document)
    goals = Profiles(session).entries(result.person_id, EntryKind.GOALS)
    assert [g.summary for g in goals if isinstance(g, Goals)] == ["Two."]


def test_bad_values_in_an_import_are_refused_whole(session: Session) -> None:
    bad_dates = {
        "basics": {"name": "A B"},
        "work": [{"name": "X", "position": "Y", "startDate": "2015", "endDate": "2014"}],
    }
    with pytest.raises(DeskError) as caught:
        import_document(session, bad_dates)
    assert caught.value.code == "validation.end_before_start"
    assert caught.value.params["field"] == "work[0].end"
    bad_level = {
        "basics": {"name": "A B"},
        "languages": [{"language": "Swedish", EXTRA: {"reading": "C3"}}],
    }
    with pytest.raises(DeskError) as caught:
        import_document(session, bad_level)
    assert caught.value.code == "validation.bad_cefr_level"
    bad_code = {
        "basics": {"name": "A B"},
        "work": [
            {"position": "Nurse", EXTRA: {"occupation": "0" * 8 + "-0000-4000-8000-" + "0" * 12}}
        ],
    }
    with pytest.raises(DeskError) as caught:
        import_document(session, bad_code)
    assert caught.value.code == "validation.unknown_occupation"
    # Nothing of the refused files was stored.
    assert PersonRepository(session.opened.context).list() == []


def test_an_import_is_heard_once_after_its_commit(session: Session) -> None:
    heard: list[tuple[Changes, bool]] = []
    conn = session.opened.context.conn
    session.listen(lambda changes: heard.append((changes, conn.in_transaction)))
    result = import_document(
        session,
        {
            "basics": {"name": "Amal Haddad", "summary": "Nurse."},
            "work": [{"name": "X", "position": "Nurse"}, {"name": "Y", "position": "Cook"}],
            "interests": [{"name": "Football"}],
        },
    )
    assert result.entries >= 3
    person = [result.person_id]
    assert heard == [(Changes.of(persons=person, profiles=person), False)]


def test_a_refused_import_tells_nobody_of_what_it_rolled_back(session: Session) -> None:
    heard: list[Changes] = []
    session.listen(heard.append)
    later_bad = {
        "basics": {"name": "A B"},
        "work": [
            {"name": "X", "position": "Nurse"},
            {"position": "Nurse", EXTRA: {"occupation": "0" * 8 + "-0000-4000-8000-" + "0" * 12}},
        ],
    }
    with pytest.raises(DeskError):
        import_document(session, later_bad)
    assert PersonRepository(session.opened.context).list() == []
    assert heard == []
