"""The words of matching in English and Swedish: every reason code has both, with the same
parameters, and the lines read as the issue shows them."""

from __future__ import annotations

import string

from entryhub_desk.catalogue.matching import ENGLISH, SWEDISH, item_text, reason_text
from entryhub_desk.domain.profile import CefrLevel, DrivingCategory, PartialDate
from entryhub_desk.matching import Item, ItemKind, LanguageFact, PersonFacts, Reason, Wanted, score
from entryhub_desk.matching.facts import held_licences
from tests.matching.codes import ARC, BOILERMAKER, DRAWINGS, EQUIPMENT, SAFETY, TIG, WELDER


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_has_english_and_swedish_with_the_same_parameters() -> None:
    assert set(ENGLISH) == set(SWEDISH)
    for code, english in ENGLISH.items():
        assert _fields(english) == _fields(SWEDISH[code]), code
        assert SWEDISH[code] != english, code


def test_every_reason_scoring_gives_has_a_text() -> None:
    wanted = Wanted(
        opening_id="o",
        occupation=WELDER,
        must_skills=(TIG, ARC),
        nice_skills=(DRAWINGS,),
        languages=(("sv", CefrLevel.B1), ("en", CefrLevel.A2), ("ar", CefrLevel.B1)),
        licences=(DrivingCategory.B, DrivingCategory.C),
        min_education=3,
        municipality="Umeå",
        starts=PartialDate(2027, 3),
    )
    people = [
        PersonFacts(
            person_id="a",
            desired_occupations=(WELDER,),
            municipality="Umeå",
            available_from=PartialDate(2027, 1),
            education=4,
            languages={
                "sv": LanguageFact(CefrLevel.A2),
                "en": LanguageFact(CefrLevel.B1),
                "ar": LanguageFact(CefrLevel.C2, mother_tongue=True),
            },
        ),
        PersonFacts(
            person_id="b",
            work=((None, "7212"),),
            municipality="Luleå",
            available_from=PartialDate(2027, 6),
            education=2,
            languages={"en": LanguageFact(None)},
        ),
        PersonFacts(
            person_id="c",
            desired_occupations=(BOILERMAKER,),
            licences=held_licences([DrivingCategory.B]),
        ),
        PersonFacts(person_id="d", skills=frozenset({TIG, ARC, DRAWINGS})),
    ]
    seen = set()
    for facts in people:
        for reason in score(wanted, facts).reasons:
            seen.add(reason.code)
            for lang in ("en", "sv"):
                text = reason_text(reason, lang)
                assert text and "{" not in text and "None" not in text, (reason, lang)
    spoken = {c for c in ENGLISH if c.count(".") == 1 and not c.startswith(("item.", "source."))}
    assert spoken - {"skills.missing", "place.remote"} <= seen


def test_the_lines_read_as_the_issue_shows_them() -> None:
    welder = Reason.of("occupation.same", occupation=WELDER, group="7212", source="work")
    assert reason_text(welder, "en") == "same occupation (welder; past work)"
    assert reason_text(welder, "sv") == "samma yrke (manuell svetsare; tidigare arbete)"
    skills = Reason.of("skills.must", met=5, total=6, skills=(TIG,))
    assert reason_text(skills, "en") == (
        "5 of 6 must-have skills; missing: perform tungsten inert gas welding"
    )
    assert reason_text(skills, "sv") == (
        "5 av 6 kompetenser som krävs; saknas: utföra gasvolframsvetsning"
    )
    swedish = Reason.of("language.below", language="sv", required="B1", level="A2")
    assert reason_text(swedish, "en") == "Swedish B1 required, has A2"
    assert reason_text(swedish, "sv") == "svenska B1 krävs, har A2"
    assert reason_text(Reason.of("licence.met", category="B"), "en") == "licence B ✓"
    assert reason_text(Reason.of("licence.met", category="B"), "sv") == "körkort B ✓"
    umea = Reason.of("place.met", municipality="Umeå")
    assert (reason_text(umea, "en"), reason_text(umea, "sv")) == ("lives in Umeå ✓", "bor i Umeå ✓")
    march = Reason.of("available.from", when="2027-03")
    assert reason_text(march, "en") == "available from March 2027"
    assert reason_text(march, "sv") == "tillgänglig från mars 2027"
    group = Reason.of("occupation.unit_group", occupation=None, group="7212", source="work")
    assert reason_text(group, "en") == (
        "close occupation (past work in the same group: welders and flamecutters)"
    )
    assert reason_text(group, "sv").startswith("närliggande yrke (tidigare arbete i samma")


def test_items_in_both_languages() -> None:
    assert item_text(Item(ItemKind.LANGUAGE, "sv:B1"), "en") == "Swedish B1"
    assert item_text(Item(ItemKind.LANGUAGE, "sv:B1"), "sv") == "svenska B1"
    assert item_text(Item(ItemKind.MUST_SKILL, EQUIPMENT), "sv") == "använda svetsutrustning"
    assert item_text(Item(ItemKind.NICE_SKILL, SAFETY), "en") == (
        "ensure public safety and security"
    )
    assert item_text(Item(ItemKind.LICENCE, "C"), "sv") == "körkort C"
    assert item_text(Item(ItemKind.EDUCATION, "3"), "en") == "upper secondary education"
    assert item_text(Item(ItemKind.PLACE, "remote"), "sv") == "distansarbete"
    assert item_text(Item(ItemKind.AVAILABILITY, "2027-03-05"), "en") == "5 March 2027"
    assert item_text(Item(ItemKind.OCCUPATION, WELDER), "en") == "welder"
