"""Realistic profiles for the content tests of the CV: what a volunteer records for newcomers
with work and studies abroad and their first jobs, courses and internships in Sweden."""

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
    LanguageSkill,
    Skill,
    Work,
)
from tests.cv.samples import HUB

Profile = tuple[Person, dict[EntryKind, list[Entry]]]

CIVIL_ENGINEER = "d7d986e1-7333-431b-9719-0c5c6939e360"
BOOKKEEPER = "c3aae59e-1441-4b3e-bdd1-6da50dc7cf42"
ACCOUNTANT = "eda0d957-3c3c-4139-b89a-a18bc9e18897"
NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"
NURSE_ASSISTANT = "87d0795a-d41f-47ee-979f-0ab7d73836e7"
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
SPREADSHEETS = "1973c966-f236-40c9-b2d4-5d71a89019be"
ACCOUNTING = "ecc18804-a466-40d9-98b4-fba5cd67dd4b"
CUSTOMER_SERVICE = "15a33d76-4640-438d-ae64-fdc0c1d3eebc"


def engineer() -> Profile:
    """An Afghan civil engineer in an internship in Sweden (entered oldest first)."""
    person = Person(
        given_name="Ahmad",
        family_name="Rahimi",
        original_script_name="احمد رحیمی",
        phone="+46701234567",
        email="ahmad.rahimi@example.org",
        municipality="Umeå",
        hub_id=HUB,
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
            LanguageSkill(person_id=pid, language="ps", mother_tongue=True),
            LanguageSkill(
                person_id=pid,
                language="prs",
                listening="C1",
                reading="C1",
                spoken_interaction="C1",
                spoken_production="C1",
                writing="B2",
            ),
            LanguageSkill(
                person_id=pid,
                language="sv",
                listening="B1",
                reading="B1",
                spoken_interaction="A2",
                spoken_production="A2",
                writing="A2",
            ),
            LanguageSkill(
                person_id=pid,
                language="en",
                listening="B2",
                reading="B2",
                spoken_interaction="B1",
                spoken_production="B1",
                writing="B1",
            ),
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
    person = Person(
        given_name="Amina",
        family_name="Yusuf",
        phone="+4687654321",
        email="amina.yusuf@example.org",
        municipality="Stockholm",
        hub_id=HUB,
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
            LanguageSkill(person_id=pid, language="so", mother_tongue=True),
            LanguageSkill(
                person_id=pid,
                language="sv",
                listening="B2",
                reading="B2",
                spoken_interaction="B1",
                spoken_production="B1",
                writing="B1",
            ),
            LanguageSkill(
                person_id=pid,
                language="en",
                listening="C1",
                reading="C1",
                spoken_interaction="C1",
                spoken_production="C1",
                writing="C1",
            ),
            LanguageSkill(
                person_id=pid,
                language="ar",
                listening="A2",
                reading="A2",
                spoken_interaction="A1",
                spoken_production="A1",
                writing="A1",
            ),
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
    person = Person(
        given_name="Selam",
        family_name="Tesfay",
        original_script_name="ሰላም ተስፋይ",
        phone="+46735551234",
        municipality="Umeå",
        hub_id=HUB,
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
            LanguageSkill(person_id=pid, language="ti", mother_tongue=True),
            LanguageSkill(
                person_id=pid,
                language="sv",
                listening="B2",
                reading="B1",
                spoken_interaction="B2",
                spoken_production="B1",
                writing="B1",
            ),
        ],
        EntryKind.DRIVING: [
            DrivingLicence(
                person_id=pid, categories=("B",), issuing_country="ER", valid_in_sweden=False
            ),
        ],
    }


ALL = {"engineer": engineer, "accountant": accountant, "nurse_assistant": nurse_assistant}
