"""The profiles of the CV tests, one shared set: a multiscript one (Arabic, Persian and
Tigrinya names), what a volunteer records for newcomers with work and studies abroad and their
first jobs, courses and internships in Sweden (content tests), and a typical engineer's CV of
about one page in the compact template with variants that end a page in awkward places
(typesetting tests)."""

from __future__ import annotations

import dataclasses

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

Profile = tuple[Person, dict[EntryKind, list[Entry]]]

HUB = "01890000-0000-7000-8000-000000000001"

ARABIC_NAME = "محمد العبيدي"
PERSIAN_PLACE = "دانشگاه تهران"
TIGRINYA_NAME = "ዮሃንስ ተስፋይ"
ARABIC_PLACE = "حلب"
MIXED_LINE = "Kassör på ሆቴል Asmara (2019) och på مطعم الشام 24 timmar"

CIVIL_ENGINEER = "d7d986e1-7333-431b-9719-0c5c6939e360"
BOOKKEEPER = "c3aae59e-1441-4b3e-bdd1-6da50dc7cf42"
ACCOUNTANT = "eda0d957-3c3c-4139-b89a-a18bc9e18897"
NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"
NURSE_ASSISTANT = "87d0795a-d41f-47ee-979f-0ab7d73836e7"
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
SPREADSHEETS = "1973c966-f236-40c9-b2d4-5d71a89019be"
ACCOUNTING = "ecc18804-a466-40d9-98b4-fba5cd67dd4b"
CUSTOMER_SERVICE = "15a33d76-4640-438d-ae64-fdc0c1d3eebc"


def _person(given: str, family: str, **fields: object) -> Person:
    return Person(given_name=given, family_name=family, hub_id=HUB, **fields)  # type: ignore[arg-type]


def _mother_tongue(pid: str, language: str) -> LanguageSkill:
    return LanguageSkill(person_id=pid, language=language, mother_tongue=True)


def _language(pid: str, language: str, grid: str, certificate: str = "") -> LanguageSkill:
    """A language with its grid as typed in the profile: listening, reading, spoken
    interaction, spoken production and writing (``"B1 B1 A2 A2 A2"``)."""
    listening, reading, interaction, production, writing = grid.split()
    return LanguageSkill(
        person_id=pid,
        language=language,
        listening=listening,  # type: ignore[arg-type]
        reading=reading,  # type: ignore[arg-type]
        spoken_interaction=interaction,  # type: ignore[arg-type]
        spoken_production=production,  # type: ignore[arg-type]
        writing=writing,  # type: ignore[arg-type]
        certificate=certificate,
    )


def multiscript() -> Profile:
    person = _person(
        "Mohammed",
        "Al-Obeidi",
        original_script_name=ARABIC_NAME,
        birth_year=1990,
        country_of_birth="SY",
        phone="+46701234567",
        email="mohammed@example.org",
        municipality="Umeå",
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
            _mother_tongue(pid, "ar"),
            _language(pid, "sv", "B1 B1 A2 A2 A2", "SFI D"),
            _language(pid, "ti", "B2 A2 B2 B1 A1"),
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


def engineer() -> Profile:
    """An Afghan civil engineer in an internship in Sweden (entered oldest first)."""
    person = _person(
        "Ahmad",
        "Rahimi",
        original_script_name="احمد رحیمی",
        phone="+46701234567",
        email="ahmad.rahimi@example.org",
        municipality="Umeå",
    )
    pid = person.id
    return person, {
        EntryKind.GOALS: [
            Goals(
                person_id=pid,
                wants=("job",),
                desired_occupations=(CIVIL_ENGINEER,),
                summary="Byggnadsingenjör med sex års erfarenhet av vägar och broar.",
            )
        ],
        EntryKind.WORK: [
            Work(
                person_id=pid,
                title="Site engineer",
                occupation=CIVIL_ENGINEER,
                employer="Kabul Construction Company",
                place="Kabul",
                country="AF",
                start="2016-03",
                end="2021-08",
                tasks=("Led a team of 25 on road projects", "Quantity surveying"),
            ),
            Work(
                person_id=pid,
                title="Praktikant, platsingenjör",
                occupation=CIVIL_ENGINEER,
                employer="Byggbolaget i Umeå AB",
                place="Umeå",
                country="SE",
                start="2024-02",
            ),
        ],
        EntryKind.EDUCATION: [
            Education(
                person_id=pid,
                institution="Kabul Polytechnic University",
                country="AF",
                title="Bachelor of Engineering",
                field="Civil Engineering",
                isced_level=6,
                start="2011",
                end="2015",
                completed=True,
            ),
            Education(
                person_id=pid,
                institution="Komvux Umeå",
                country="SE",
                title="Svenska för invandrare",
                isced_level=2,
                start="2022-08",
                end="2023-06",
                completed=True,
            ),
        ],
        EntryKind.CREDENTIAL: [
            Credential(
                person_id=pid,
                name="Bachelor of Engineering (Civil)",
                issuer="Kabul Polytechnic University",
                issuing_country="AF",
                issued="2015",
                status="recognised",
                authority="UHR",
                recognised_as="en svensk högskoleingenjörsexamen",
            ),
            Credential(
                person_id=pid,
                name="ID06 och Säker byggarbetsplats",
                issuer="Byggbranschens Yrkesnämnd",
                issuing_country="SE",
                issued="2024-01",
            ),
        ],
        EntryKind.LANGUAGE: [
            _mother_tongue(pid, "ps"),
            _language(pid, "prs", "C1 C1 C1 C1 B2"),
            _language(pid, "sv", "B1 B1 A2 A2 A2"),
            _language(pid, "en", "B2 B2 B1 B1 B1"),
        ],
        EntryKind.SKILL: [
            Skill(person_id=pid, free_text="AutoCAD", level="advanced"),
            Skill(person_id=pid, skill=SPREADSHEETS, level="intermediate"),
        ],
        EntryKind.DRIVING: [
            DrivingLicence(person_id=pid, categories=("B",), issuing_country="SE"),
        ],
    }


def accountant() -> Profile:
    """A Somali chief accountant with an internship as an accounts assistant in Sweden."""
    person = _person(
        "Amina",
        "Yusuf",
        phone="+4687654321",
        email="amina.yusuf@example.org",
        municipality="Stockholm",
    )
    pid = person.id
    return person, {
        EntryKind.GOALS: [
            Goals(
                person_id=pid,
                wants=("job",),
                desired_occupations=(ACCOUNTANT, BOOKKEEPER),
                available_from="2025-09",
                hours_per_week=40,
                summary="Redovisningsekonom med tio års erfarenhet från Somalia och Kenya.",
            )
        ],
        EntryKind.WORK: [
            Work(
                person_id=pid,
                title="Ekonomiassistent (praktik)",
                occupation=BOOKKEEPER,
                employer="Redovisningsbyrån Norr AB",
                place="Stockholm",
                country="SE",
                start="2024-09",
                end="2024-12",
            ),
            Work(
                person_id=pid,
                title="Chief accountant",
                occupation=ACCOUNTANT,
                employer="Dahabshiil",
                place="Hargeisa",
                country="SO",
                start="2014-01",
                end="2021-06",
                tasks=("Monthly and annual accounts", "Led four accountants"),
            ),
            Work(
                person_id=pid,
                title="Accountant",
                occupation=ACCOUNTANT,
                employer="Kenya Commercial Bank",
                place="Nairobi",
                country="KE",
                start="2010-09",
                end="2013-12",
            ),
        ],
        EntryKind.EDUCATION: [
            Education(
                person_id=pid,
                institution="University of Hargeisa",
                country="SO",
                title="Bachelor of Accounting",
                isced_level=6,
                start="2006",
                end="2010",
                completed=True,
            ),
        ],
        EntryKind.CREDENTIAL: [
            Credential(
                person_id=pid,
                name="Bachelor of Accounting",
                issuer="University of Hargeisa",
                issuing_country="SO",
                issued="2010-07",
                status="applied",
                authority="UHR",
            ),
            Credential(
                person_id=pid,
                name="Excel fortsättningskurs",
                issuer="Arbetsförmedlingen",
                issuing_country="SE",
                issued="2024-05",
            ),
        ],
        EntryKind.LANGUAGE: [
            _mother_tongue(pid, "so"),
            _language(pid, "sv", "B2 B2 B1 B1 B1"),
            _language(pid, "en", "C1 C1 C1 C1 C1"),
            _language(pid, "ar", "A2 A2 A1 A1 A1"),
        ],
        EntryKind.SKILL: [
            Skill(person_id=pid, skill=ACCOUNTING, level="master"),
            Skill(person_id=pid, skill=SPREADSHEETS, level="advanced"),
            Skill(person_id=pid, skill=CUSTOMER_SERVICE, level="intermediate"),
        ],
        EntryKind.DIGITAL: [
            DigitalSkill(person_id=pid, area="information", level="proficient"),
        ],
        EntryKind.DRIVING: [
            DrivingLicence(
                person_id=pid, categories=("B",), issuing_country="SE", valid_in_sweden=True
            ),
        ],
    }


def nurse_assistant() -> Profile:
    """An Eritrean nurse assistant, trained in Sweden (a protected title must not appear)."""
    person = _person(
        "Selam",
        "Tesfay",
        original_script_name="ሰላም ተስፋይ",
        phone="+46735551234",
        municipality="Umeå",
    )
    pid = person.id
    return person, {
        EntryKind.GOALS: [
            Goals(person_id=pid, wants=("job",), desired_occupations=(NURSE_ASSISTANT,)),
        ],
        EntryKind.WORK: [
            Work(
                person_id=pid,
                title="Nurse aide",
                occupation=NURSE_ASSISTANT,
                employer="Orotta Hospital",
                place="Eritrea",
                country="ER",
                start="2012",
                end="2019",
            ),
            Work(
                person_id=pid,
                title="Undersköterska",
                occupation=NURSE_ASSISTANT,
                employer="Region Västerbotten",
                place="Umeå",
                country="SE",
                start="2023-01",
            ),
        ],
        EntryKind.EDUCATION: [
            Education(
                person_id=pid,
                institution="Komvux Umeå",
                country="SE",
                title="Vård- och omsorgsutbildning",
                isced_level=3,
                start="2021-01",
                end="2022-12",
                completed=True,
            ),
        ],
        EntryKind.LANGUAGE: [
            _mother_tongue(pid, "ti"),
            _language(pid, "sv", "B2 B1 B2 B1 B1"),
        ],
        EntryKind.DRIVING: [
            DrivingLicence(
                person_id=pid, categories=("B",), issuing_country="ER", valid_in_sweden=False
            ),
        ],
    }


def site_engineer() -> Profile:
    """A civil engineer with three jobs, two educations, four languages, skills, licence B."""
    person = _person(
        "Yonas",
        "Tesfamariam",
        birth_year=1988,
        country_of_birth="ER",
        phone="+46701234567",
        email="yonas.tesfamariam@example.org",
        municipality="Sundsvall",
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
            _mother_tongue(pid, "ti"),
            _language(pid, "en", "C1 C1 B2 B2 B2"),
            _language(pid, "sv", "B1 B2 B1 B1 B1", "SFI D"),
            _language(pid, "ar", "A2 A1 A2 A1 A1"),
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
