"""Realistic profiles for the typesetting tests: a typical engineer's CV (about one page in the
compact template) and variants that end a page in awkward places."""

from __future__ import annotations

import dataclasses

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
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
from tests.cv.samples import HUB

Profile = tuple[Person, dict[EntryKind, list[Entry]]]


def engineer() -> Profile:
    """A civil engineer with three jobs, two educations, four languages, skills, licence B."""
    person = Person(
        given_name="Yonas",
        family_name="Tesfamariam",
        birth_year=1988,
        country_of_birth="ER",
        phone="+46701234567",
        email="yonas.tesfamariam@example.org",
        municipality="Sundsvall",
        hub_id=HUB,
    )
    pid = person.id
    entries: dict[EntryKind, list[Entry]] = {
        EntryKind.GOALS: [
            Goals(
                person_id=pid,
                wants=("job",),
                summary=(
                    "Civilingenjör med åtta års erfarenhet av vägbyggen och broar i Eritrea och "
                    "Sverige. Van att leda arbetslag, planera materialflöden och följa upp "
                    "kvalitet och arbetsmiljö. Söker arbete som platsingenjör eller "
                    "arbetsledare inom anläggning."
                ),
                hours_per_week=40,
            )
        ],
        EntryKind.WORK: [
            Work(
                person_id=pid,
                title="Praktikant, platsingenjör",
                employer="Sundsvall Energi AB",
                place="Sundsvall",
                country="SE",
                start="2024-02",
                end="2024-08",
                description="Praktik inom projektet för en ny fjärrvärmeledning genom centrum.",
                tasks=(
                    "Följde upp tidplan och mängder varje vecka tillsammans med platschefen",
                    "Dokumenterade egenkontroller och avvikelser i projektets system",
                    "Tog fram underlag för trafikanordningsplaner",
                ),
            ),
            Work(
                person_id=pid,
                title="Platsingenjör",
                employer="Segen Construction",
                place="Asmara",
                country="ER",
                start="2016-03",
                end="2022-06",
                description=(
                    "Ansvarade för byggandet av två broar och tolv kilometer väg, med upp till "
                    "sextio anställda och underentreprenörer."
                ),
                tasks=(
                    "Planerade arbetet och materialleveranser för varje vecka",
                    "Ledde dagliga genomgångar om säkerhet på arbetsplatsen",
                    "Kontrollerade betonggjutningar och armering mot ritningarna",
                    "Rapporterade kostnader och framdrift till beställaren varje månad",
                ),
            ),
            Work(
                person_id=pid,
                title="Biträdande ingenjör",
                employer="Ministry of Public Works",
                place="Keren",
                country="ER",
                start="2013-09",
                end="2016-02",
                tasks=(
                    "Mätte upp och stakade ut vägsträckor",
                    "Ritade enklare konstruktioner i AutoCAD",
                ),
            ),
        ],
        EntryKind.EDUCATION: [
            Education(
                person_id=pid,
                institution="Eritrea Institute of Technology",
                country="ER",
                title="Bachelor of Science",
                field="Civil Engineering",
                isced_level=6,
                start="2008",
                end="2013",
            ),
            Education(
                person_id=pid,
                institution="Mittuniversitetet",
                country="SE",
                title="Svenska för akademiker",
                isced_level=5,
                start="2023",
                end="2023",
            ),
        ],
        EntryKind.LANGUAGE: [
            LanguageSkill(person_id=pid, language="ti", mother_tongue=True),
            LanguageSkill(
                person_id=pid,
                language="en",
                listening="C1",
                reading="C1",
                spoken_interaction="B2",
                spoken_production="B2",
                writing="B2",
            ),
            LanguageSkill(
                person_id=pid,
                language="sv",
                listening="B1",
                reading="B2",
                spoken_interaction="B1",
                spoken_production="B1",
                writing="B1",
                certificate="SFI D",
            ),
            LanguageSkill(
                person_id=pid,
                language="ar",
                listening="A2",
                reading="A1",
                spoken_interaction="A2",
                spoken_production="A1",
                writing="A1",
            ),
        ],
        EntryKind.SKILL: [
            Skill(person_id=pid, free_text="AutoCAD", level="advanced"),
            Skill(person_id=pid, free_text="Betongarbeten", level="master"),
            Skill(person_id=pid, free_text="Arbetsledning", level="advanced"),
            Skill(person_id=pid, free_text="Mängdberäkning", level="advanced"),
            Skill(person_id=pid, free_text="Trafikanordningsplaner", level="intermediate"),
        ],
        EntryKind.DIGITAL: [
            DigitalSkill(person_id=pid, area="content", level="proficient"),
            DigitalSkill(person_id=pid, area="communication", level="independent"),
        ],
        EntryKind.DRIVING: [DrivingLicence(person_id=pid, categories=("B",), valid_in_sweden=True)],
        EntryKind.INTEREST: [Interest(person_id=pid, name="Löpning", keywords=("Midnattsloppet",))],
    }
    return person, entries


SENTENCE = (
    "Under projektet ansvarade jag för planering, inköp och uppföljning av arbetet på plats, "
    "med täta kontakter med beställare, konsulter och underentreprenörer. "
)


def with_long_description(profile: Profile) -> Profile:
    """The engineer with one job that runs for most of a page (description and tasks)."""
    person, entries = profile
    jobs = list(entries[EntryKind.WORK])
    first = jobs[1]
    assert isinstance(first, Work)
    text = (SENTENCE * 40)[:3900].rsplit(" ", 1)[0] + "."
    tasks = tuple(
        f"Arbetsuppgift {n} som beskrivs med en mening av vanlig längd" for n in range(12)
    )
    jobs[1] = dataclasses.replace(first, description=text, tasks=tasks)
    entries = {**entries, EntryKind.WORK: jobs}
    return person, entries
