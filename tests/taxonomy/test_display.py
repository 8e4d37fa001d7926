"""ESCO labels as prose: sentence case, no inverted comma forms, curated forms, and codes that
read the same told apart in the picker."""

from __future__ import annotations

import re

from entryhub_desk.taxonomy import esco
from entryhub_desk.taxonomy.display import (
    occupation_display,
    sentence_case,
    skill_display,
    swedish_prose,
)
from entryhub_desk.taxonomy.picker import search_occupations

NURSE = "8d3e8aaa-791b-4c75-a465-f3f827028f50"
NURSE_ASSISTANT = "87d0795a-d41f-47ee-979f-0ab7d73836e7"
ACCOUNTANT = "eda0d957-3c3c-4139-b89a-a18bc9e18897"
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
SPREADSHEETS = "1973c966-f236-40c9-b2d4-5d71a89019be"


def test_sentence_case_and_no_catalogue_comma_forms() -> None:
    assert occupation_display(WELDER, "sv").text == "Svetsare"
    assert occupation_display(WELDER, "en").text == "Welder"
    assert skill_display(SPREADSHEETS, "sv").text == "Använda kalkylark"
    assert skill_display(SPREADSHEETS, "en").text == "Use spreadsheets software"
    assert swedish_prose("svetsare, manuell") == "manuell svetsare"
    assert swedish_prose("lektor, medicin") == "lektor i medicin"
    assert swedish_prose("tekniker, vattenåtervinning") == "tekniker inom vattenåtervinning"
    assert swedish_prose("historielärare, gymnasieskola") == "historielärare på gymnasieskola"
    assert swedish_prose("datatekniker, hårdvarutestare") == "datatekniker och hårdvarutestare"
    assert swedish_prose("kock") == "kock"
    assert swedish_prose("chef, äldreboende") == "chef på äldreboende"
    assert sentence_case("iOS developer") == "iOS developer"
    assert sentence_case("e-handel") == "E-handel"


def test_no_swedish_occupation_reads_as_a_catalogue_entry() -> None:
    scheme = esco.occupations()
    for i, code in enumerate(scheme.codes):
        if scheme.pref["sv"][i]:
            text = occupation_display(code, "sv").text
            assert not re.match(r"[^ ,]+, ", text), text  # no "head, qualifier"
            assert text[:1] == text[:1].upper(), text


def test_curated_forms_for_wrong_or_protected_swedish_labels() -> None:
    assert occupation_display(ACCOUNTANT, "sv").text == "Redovisningsekonom"  # not "revisor"
    assert occupation_display(NURSE, "sv").text == "Sjuksköterska"
    assert occupation_display(NURSE_ASSISTANT, "sv").text == "Undersköterska"
    # ESCO itself is untouched: the data keeps its labels.
    assert esco.occupation_label(NURSE_ASSISTANT, "sv").text == "sjuksköterska, grundutbildad"


def test_codes_that_read_the_same_are_told_apart_in_the_picker() -> None:
    hits = search_occupations("elektroingenjör", lang="sv", limit=10)
    same = [h for h in hits if h.label == "Elektroingenjör"]
    assert len(same) == 2
    assert all(h.detail for h in same)
    assert len({h.detail for h in same}) == 2
    # A hit that reads like no other has no detail.
    nurse = search_occupations("undersköterska", lang="sv", limit=5)
    assert nurse[0].code == NURSE_ASSISTANT and nurse[0].detail is None
    for hit in search_occupations("sjuksköterska", lang="sv", limit=20):
        if hit.code == NURSE_ASSISTANT:
            assert hit.label == "Undersköterska"


def test_no_protected_title_or_degree_for_another_occupation() -> None:
    lawyer = "974d4eab-fbee-4c52-b16e-73bdd8c25b53"
    maternity_support = "30194ac4-93b8-4450-8a15-f6f7cbe351cb"
    assert occupation_display(lawyer, "sv").text == "Jurist"  # not "advokat"
    assert occupation_display(maternity_support, "sv").text == (
        "Undersköterska inom förlossningsvård"  # not "barnmorska"
    )
    scheme = esco.occupations()
    for i, code in enumerate(scheme.codes):
        if scheme.pref["sv"][i]:
            text = occupation_display(code, "sv").text.casefold()
            assert text.split()[0] not in ("civilingenjör", "socionom"), text  # degrees
            assert " och specialist" not in text and " inom avancerad" not in text, text
    assert swedish_prose("lärare, litteratur, gymnasieskola") == (
        "lärare i litteratur på gymnasieskola"
    )
    assert swedish_prose("civilingenjör, avlopp") == "ingenjör inom avlopp"


def test_a_noun_qualifier_is_not_set_before_the_head_as_an_adjective() -> None:
    """Endings shared by adjectives and nouns (-ad, -al, -isk: verkstad, byggnad, material,
    central, risk) put the workplace or field before the head ("bilverkstad chef"); ESCO's own
    labels with such qualifiers read as prose."""
    assert swedish_prose("chef, bilverkstad") == "chef på bilverkstad"
    assert swedish_prose("ansvarig, serviceverkstad") == "ansvarig på serviceverkstad"
    assert swedish_prose("verksamhetschef, vårdcentral") == "verksamhetschef på vårdcentral"
    assert swedish_prose("butikschef, byggmaterial") == "butikschef inom byggmaterial"
    assert swedish_prose("arbetsledare, vägbyggnad") == "arbetsledare inom vägbyggnad"
    assert swedish_prose("finansanalytiker, risk") == "finansanalytiker inom risk"
    assert swedish_prose("mönsterkonstruktör, CAD") == "mönsterkonstruktör inom CAD"
    # adjectives still go first
    assert swedish_prose("sjuksköterska, grundutbildad") == "grundutbildad sjuksköterska"
    assert swedish_prose("byggnadskontrollant, kvalitetsansvarig") == (
        "kvalitetsansvarig byggnadskontrollant"
    )
    assert swedish_prose("slaktare, halal") == "halal slaktare"
