"""Profiles for the CV tests: a Latin one and one with Arabic, Persian and Tigrinya names."""

from __future__ import annotations

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    Credential,
    DigitalSkill,
    DrivingLicence,
    Education,
    Entry,
    EntryKind,
    Goals,
    Interest,
    LanguageSkill,
    Skill,
    Work,
)

HUB = "01890000-0000-7000-8000-000000000001"

ARABIC_NAME = "محمد العبيدي"
PERSIAN_PLACE = "دانشگاه تهران"
TIGRINYA_NAME = "ዮሃንስ ተስፋይ"
ARABIC_PLACE = "حلب"
MIXED_LINE = "Kassör på ሆቴል Asmara (2019) och på مطعم الشام 24 timmar"


def multiscript() -> tuple[Person, dict[EntryKind, list[Entry]]]:
    person = Person(
        given_name="Mohammed",
        family_name="Al-Obeidi",
        original_script_name=ARABIC_NAME,
        birth_year=1990,
        country_of_birth="SY",
        phone="+46701234567",
        email="mohammed@example.org",
        municipality="Umeå",
        hub_id=HUB,
    )
    pid = person.id
    entries: dict[EntryKind, list[Entry]] = {
        EntryKind.GOALS: [
            Goals(
                person_id=pid,
                wants=("job",),
                summary="Erfaren kock och kassör som vill arbeta i restaurang i Umeå.",
                hours_per_week=40,
            )
        ],
        EntryKind.WORK: [
            Work(
                person_id=pid,
                title="Kock",
                employer="مطعم الشام",
                place=ARABIC_PLACE,
                country="SY",
                start="2012-03",
                end="2015-08",
                description=MIXED_LINE,
                tasks=("Lagade mat för 200 gäster om dagen", "Ansvarade för inköp"),
            ),
            Work(
                person_id=pid,
                title="Hotellreceptionist",
                employer=TIGRINYA_NAME,
                place="ኣስመራ",
                country="ER",
                start="2016",
                end="2018",
            ),
        ],
        EntryKind.EDUCATION: [
            Education(
                person_id=pid,
                institution=PERSIAN_PLACE,
                country="IR",
                title="Kandidatexamen",
                field="Ekonomi",
                isced_level=6,
                start="2008",
                end="2012",
            )
        ],
        EntryKind.CREDENTIAL: [
            Credential(
                person_id=pid,
                name="Bachelor of Economics",
                issuer=PERSIAN_PLACE,
                issuing_country="IR",
                issued="2012-06",
                status="recognised",
                authority="UHR",
                recognised_as="a Swedish bachelor's degree",
            )
        ],
        EntryKind.LANGUAGE: [
            LanguageSkill(person_id=pid, language="ar", mother_tongue=True),
            LanguageSkill(
                person_id=pid,
                language="sv",
                listening="B1",
                reading="B1",
                spoken_interaction="A2",
                spoken_production="A2",
                writing="A2",
                certificate="SFI D",
            ),
            LanguageSkill(
                person_id=pid,
                language="ti",
                listening="B2",
                reading="A2",
                spoken_interaction="B2",
                spoken_production="B1",
                writing="A1",
            ),
        ],
        EntryKind.SKILL: [
            Skill(person_id=pid, free_text="Arabisk matlagning", level="master"),
            Skill(person_id=pid, free_text="Kassahantering", level="advanced"),
        ],
        EntryKind.DIGITAL: [DigitalSkill(person_id=pid, area="communication", level="independent")],
        EntryKind.DRIVING: [
            DrivingLicence(person_id=pid, categories=("B", "C"), valid_in_sweden=True)
        ],
        EntryKind.INTEREST: [Interest(person_id=pid, name="Fotboll", keywords=("IFK Umeå",))],
    }
    return person, entries
