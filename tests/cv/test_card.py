"""The profile card for employers: what a named and an anonymised card say, in Swedish and
English, on one page; an anonymised card gives away nothing of the person (text, images,
metadata, bytes, font subsets), whatever the script of their name."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from entryhub_desk.cv.card import CardContext, build_card, initials, render_card
from entryhub_desk.domain.employers.introduction import CardKind
from entryhub_desk.domain.profile import EntryKind, Goals, Skill
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from tests.cv import samples
from tests.cv.card_checks import image_count, leaks, pdfinfo
from tests.cv.helpers import in_order, keep_pages, page_count, pdftotext

HUB = "Entry Hub Norr"
CONTEXT = CardContext(hub_name=HUB, opening_title="Kock", employer_name="Restaurang Gläntan")
PROFILES: dict[str, Callable[[], samples.Profile]] = {
    "multiscript": samples.multiscript,  # Arabic name
    "engineer": samples.engineer,  # Persian name
    "accountant": samples.accountant,
    "nurse_assistant": samples.nurse_assistant,  # Tigrinya name
    "site_engineer": samples.site_engineer,
}


def cyrillic() -> samples.Profile:
    """The site engineer's profile under a Russian name, phone and e-mail."""
    person, entries = samples.site_engineer()
    person = dataclasses.replace(
        person,
        given_name="Olga",
        family_name="Ivanova",
        original_script_name="Ольга Иванова",
        phone="+46739876543",
        email="olga.ivanova@example.org",
    )
    return person, entries


PROFILES["cyrillic"] = cyrillic


def card(
    profile: samples.Profile, kind: CardKind, language: str, context: CardContext = CONTEXT
) -> bytes:
    person, entries = profile
    return render_card(build_card(person, entries, kind=kind, language=language, context=context))


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    return pdftotext(path, layout=True)


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_an_anonymised_card_gives_nothing_of_the_person_away(name: str, language: str) -> None:
    profile = PROFILES[name]()
    pdf = card(profile, CardKind.ANONYMOUS, language)
    assert leaks(pdf, profile[0]) == []


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_leak_check_finds_the_person_on_a_named_card(name: str) -> None:
    """The check above can fail: on the named card it finds the name (and its script)."""
    person, entries = PROFILES[name]()
    found = leaks(card((person, entries), CardKind.NAMED, "sv"), person)
    assert "name in the text" in found and "name in the metadata" in found
    if person.original_script_name:
        assert "a letter of the original-script name in a font subset" in found
    # … but never the phone, the e-mail (its local part may be the given name), the birth
    # year or the municipality.
    assert not [f for f in found if f.startswith(("phone", "e-mail in", "birth", "municip"))]


def test_an_anonymised_card_says_what_an_employer_needs(tmp_path: Path) -> None:
    person, entries = samples.accountant()
    pdf = card((person, entries), CardKind.ANONYMOUS, "sv")
    keep_pages(pdf, "card-anonymous-sv")
    text = text_of(pdf, tmp_path)
    code = short_code(person.id)
    in_order(
        text,
        [
            "A. Y.",
            f"Kontakt via {HUB}",
            f"referens {code}",
            "Tillgänglig från sep 2025",
            "40 timmar i veckan",
            "PRESENTERAS FÖR",
            "Kock, Restaurang Gläntan",
            "ERFARENHET",
            "Ekonomiassistent (praktik)",
            "2024",
            "Chief accountant",
            "2014 – 2021",
            "SPRÅK",
            "NAMN OCH KONTAKTUPPGIFTER",
            f"Profilkort · {code}",
        ],
    )
    # Employers', schools' and places' names, free descriptions and the education level are
    # for the named card (or the CV) only.
    for absent in ("Dahabshiil", "Redovisningsbyrån", "Hargeisa", "Stockholm", "UTBILDNINGSNIVÅ"):
        assert absent not in text
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    info = pdfinfo(path)
    assert f"Profilkort {code}" in info and f"Author:          {HUB}" in info


def test_a_named_card_in_english(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    pdf = card((person, entries), CardKind.NAMED, "en")
    keep_pages(pdf, "card-named-en")
    text = text_of(pdf, tmp_path)
    in_order(
        text,
        [
            "Mohammed Al-Obeidi",
            f"Contact through {HUB}",
            f"reference {short_code(person.id)}",
            "INTRODUCED FOR",
            "EXPERIENCE",
            "Hotellreceptionist",
            "Kock",
            "SKILLS",
            "Arabisk matlagning",
            "LANGUAGES",
            "Mother tongue: Arabic",
            "Swedish",
            "EDUCATION LEVEL",
            "DRIVING LICENCE",
            "Profile card · Mohammed Al-Obeidi",
        ],
    )
    assert "محمد العبيدي" in text
    for absent in ("mohammed@example.org", "070-123 45 67", "Umeå", "1990", "Syria"):
        assert absent not in text
    assert "Erfaren kock" not in text  # the person's own summary stays on the CV
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    assert image_count(path) == 0


def test_cards_are_one_page_and_without_an_opening_have_no_introduction(tmp_path: Path) -> None:
    person, entries = samples.site_engineer()
    many = [Skill(person_id=person.id, free_text=f"Skill number {n}") for n in range(40)]
    entries = {**entries, EntryKind.SKILL: many}
    for kind in CardKind:
        for language in ("sv", "en"):
            pdf = card((person, entries), kind, language, CardContext(hub_name=HUB))
            path = tmp_path / f"{kind}-{language}.pdf"
            path.write_bytes(pdf)
            assert page_count(path) == 1
            text = pdftotext(path)
            assert "PRESENTERAS" not in text and "INTRODUCED" not in text
            assert "Skill number 13" in text and "Skill number 14" not in text


def test_initials_and_bad_language() -> None:
    person, entries = samples.multiscript()
    assert initials(person) == "M. A."
    assert initials(dataclasses.replace(person, family_name="")) == "M."
    with pytest.raises(DeskError) as error:
        build_card(person, entries, kind=CardKind.NAMED, language="ar", context=CONTEXT)
    assert error.value.code == "cv.bad_language"


def test_only_the_right_to_work_of_the_permit_is_shown(tmp_path: Path) -> None:
    person, entries = samples.accountant()
    goals = entries[EntryKind.GOALS][0]
    assert isinstance(goals, Goals)
    entries = {**entries, EntryKind.GOALS: [dataclasses.replace(goals, work_permit="has_permit")]}
    text = text_of(card((person, entries), CardKind.ANONYMOUS, "en"), tmp_path)
    assert "Available from Sep 2025" in text


def test_free_texts_that_carry_the_name_or_contacts_stay_off_the_card(tmp_path: Path) -> None:
    """Attacks through the person's own words: a job title with the family name (in Latin and
    in Arabic script), a skill typed in with the e-mail, a certificate with the name and the
    phone number."""
    from entryhub_desk.domain.profile import LanguageSkill, Work

    person, entries = samples.multiscript()
    pid = person.id
    entries = {
        **entries,
        EntryKind.WORK: [
            Work(person_id=pid, title="Owner, AlObeidi Catering", start="2019", end="2020"),
            Work(
                person_id=pid,
                title="طاهي في مطعم العبيدي",
                occupation=samples.WELDER,
                start="2016",
                end="2018",
            ),
            Work(person_id=pid, title="Kock", start="2012", end="2015"),
        ],
        EntryKind.SKILL: [
            Skill(person_id=pid, free_text="Catering (write to mohammed@example.org)"),
            Skill(person_id=pid, free_text="Call 070-123 45 67 for references"),
            Skill(person_id=pid, free_text="Kassahantering"),
        ],
        EntryKind.LANGUAGE: [
            LanguageSkill(
                person_id=pid,
                language="sv",
                listening="B1",
                certificate="SFI D, Mohammed Al-Obeidi, tel 0701234567",
            )
        ],
    }
    anonymous = card((person, entries), CardKind.ANONYMOUS, "en")
    keep_pages(anonymous, "card-attack-anonymous-en")
    assert leaks(anonymous, person) == []
    text = text_of(anonymous, tmp_path)
    assert "Kock" in text and "Kassahantering" in text  # what is safe stays
    assert "Welder" in text  # the coded occupation stands in for the title it replaced
    assert "Catering" not in text and "SFI D" not in text and "70-123" not in text

    named = text_of(card((person, entries), CardKind.NAMED, "en"), tmp_path)
    assert "Owner, AlObeidi Catering" in named  # the name may be on a named card …
    assert "example.org" not in named and "45 67" not in named  # … contacts never
    assert "0701234567" not in named
