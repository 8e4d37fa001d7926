"""The binder: every kind of entry, with every field the dialog edits set, shown in its dialog
and built back from the widgets is the same entry (and the label tables fill the combos)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from entryhub_desk.domain.profile import (
    Business,
    Credential,
    DigitalSkill,
    DrivingLicence,
    Education,
    Entry,
    EntryKind,
    Goals,
    Interest,
    LanguageSkill,
    NextStep,
    Skill,
    Work,
)
from entryhub_desk.domain.profile.goals import WorkPermit
from entryhub_desk.services.profile import Profiles, search_occupations, search_skills
from entryhub_desk.services.session import Session
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.profile import binder
from entryhub_desk.views.profile.entry_dialog import EntryDialog
from entryhub_desk.views.profile.kinds import DIALOGS
from tests.views.profile.conftest import VOLUNTEER, VOLUNTEER_PASSWORD, ProfileDesk


@pytest.fixture
def session(profile_desk: ProfileDesk) -> Iterator[Session]:
    opened = profile_desk.desk.unlock(VOLUNTEER, VOLUNTEER_PASSWORD)
    yield opened
    opened.close()


def _entries(pid: str) -> list[Entry]:
    nurse = search_occupations("nurse responsible for general care", "en", 1)[0].code
    wound = search_skills("wound care", "en", 1)[0].code
    return [
        Goals(
            person_id=pid,
            wants=("job", "swedish_course"),
            desired_occupations=(nurse,),
            available_from="2026-05",
            hours_per_week=30,
            summary="Nurse with ten years in surgery.\nLikes night shifts.",
            appraisal="Ready for a trial placement.",
            work_permit=WorkPermit.APPLIED,
        ),
        NextStep(person_id=pid, text="Apply to Socialstyrelsen", due="2026-03", done=True),
        LanguageSkill(
            person_id=pid, language="sv", listening="B1", writing="A2", certificate="SFI D"
        ),
        Education(
            person_id=pid,
            institution="University of Aleppo",
            country="SY",
            field="Nursing",
            title="Bachelor",
            isced_level=6,
            start="2008",
            end="2012-06",
            completed=True,
            documents_available=True,
        ),
        Credential(
            person_id=pid,
            name="Nursing licence",
            issuer="Syrian Ministry of Health",
            issued="2012",
            issuing_country="SY",
            status="applied",
            authority="Socialstyrelsen",
            recognised_as="sjuksköterska",
            decision_date="2025-01",
            bridging="started",
        ),
        Work(
            person_id=pid,
            title="Nurse",
            occupation=nurse,
            employer="Aleppo University Hospital",
            place="Aleppo",
            country="SY",
            start="2012-09",
            end="2023",
            tasks=("Wound care", "Night shifts"),
            description="Surgical ward",
            work_type="volunteer",
        ),
        Skill(person_id=pid, skill=wound, level="advanced", shown_by="documented"),
        Skill(person_id=pid, free_text="Forklift driving", keywords=("warehouse", "truck")),
        DigitalSkill(person_id=pid, area="safety", level="proficient"),
        DrivingLicence(
            person_id=pid, categories=("B", "C1"), issuing_country="SY", valid_in_sweden=True
        ),
        Interest(person_id=pid, name="Football", keywords=("coaching", "youth")),
        Business(person_id=pid, idea="Catering", sector="food", support_wanted="Premises"),
    ]


def test_every_entry_survives_load_and_build(
    qtbot: QtBot, session: Session, profile_desk: ProfileDesk, translations: Translations
) -> None:
    profiles = Profiles(session)
    entries = _entries(profile_desk.person_id)
    assert {type(e).KIND for e in entries} == set(EntryKind)  # type: ignore[attr-defined]
    for entry in entries:
        kind: EntryKind = type(entry).KIND  # type: ignore[attr-defined]
        dialog = DIALOGS[kind](profiles, profile_desk.person_id, entry)
        qtbot.addWidget(dialog)
        assert isinstance(dialog, EntryDialog)
        built = dialog.build(id=entry.id, person_id=entry.person_id, position=entry.position)
        assert built == entry, kind
        # A new dialog builds the entry's defaults from its empty widgets.
        empty = DIALOGS[kind](profiles, profile_desk.person_id)
        qtbot.addWidget(empty)
        values = binder.values(empty, type(entry))
        assert "id" not in values and "person_id" not in values


def test_label_tables_fill_the_combos_in_the_interface_language(
    qtbot: QtBot, session: Session, profile_desk: ProfileDesk, translations: Translations
) -> None:
    dialog = DIALOGS[EntryKind.GOALS](Profiles(session), profile_desk.person_id)
    qtbot.addWidget(dialog)
    combo = dialog.ui.work_permit  # type: ignore[attr-defined]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "— not given —",
        "not needed (EU/EEA, permanent residence, AT-UND)",
        "has a work permit",
        "has applied for a work permit",
        "has no work permit",
    ]
    combo.setCurrentIndex(2)
    translations.switch("sv")
    qtbot.waitUntil(lambda: combo.itemText(2) == "har arbetstillstånd")
    assert combo.currentData() == "has_permit"  # the choice survives the language change
    assert combo.itemText(0) == "— inte angivet —"


def test_field_types_read_the_annotations() -> None:
    types = {ft.name: ft for ft in binder.field_types(Goals)}
    assert types["work_permit"].base is WorkPermit and types["work_permit"].optional
    assert types["work_permit"].labels == "work_permit"
    assert types["wants"].base is tuple and not types["wants"].optional
    assert types["hours_per_week"].base is int and types["hours_per_week"].optional
    assert "id" not in types and "position" not in types
