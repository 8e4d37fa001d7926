"""ESCO labels as prose for people to read (on a CV, in the picker), not catalogue entries.

ESCO's preferred labels are written for a catalogue: lower case, and in Swedish often in an
inverted "head, qualifier" form ("svetsare, manuell", "lektor, medicin"). A few are wrong for
a Swedish reader: "accountant" is "revisor" (an auditor), "nurse assistant" has the same
label as the nurse ("sjuksköterska, grundutbildad", a protected title), "cook" is the
feminine "kokerska". So:

1. the most used occupations and skills of newcomers have a display form curated here;
2. other Swedish "head, qualifier" labels are turned around: an adjective goes before the
   head ("manuell svetsare"), a second person noun is joined with "och" ("datatekniker och
   hårdvarutestare"), a school with "på", anything else with "inom" ("lektor inom medicin");
3. the result is in sentence case ("Svetsare", "Use spreadsheets software"), unless the first
   word is not all lower case ("iOS", "ICT").

The data under ``resources/taxonomy/`` is not changed: codes, search and exports keep ESCO's
own labels.
"""

from __future__ import annotations

from typing import Final

from entryhub_desk.taxonomy import esco
from entryhub_desk.taxonomy.labels import Label

# (kind, ESCO UUID) → display form per language. Checked against Swedish usage (SSYK names,
# Arbetsförmedlingen's job titles) for the occupations newcomers most often have or seek.
CURATED: Final[dict[tuple[str, str], dict[str, str]]] = {
    # nurse responsible for general care (ISCO 2221)
    ("occupation", "8d3e8aaa-791b-4c75-a465-f3f827028f50"): {"sv": "Sjuksköterska", "en": "Nurse"},
    # nurse assistant (5321): not a nurse
    ("occupation", "87d0795a-d41f-47ee-979f-0ab7d73836e7"): {"sv": "Undersköterska"},
    # healthcare assistant (5321)
    ("occupation", "d38c2107-98f2-47b7-8bb4-f69750d51082"): {
        "sv": "Undersköterska på vårdavdelning och mottagning"
    },
    # accountant (2411): "revisor" is an auditor
    ("occupation", "eda0d957-3c3c-4139-b89a-a18bc9e18897"): {"sv": "Redovisningsekonom"},
    # cook (5120): ESCO has the feminine "kokerska"
    ("occupation", "90f75f67-495d-49fa-ab57-2f320e251d7e"): {"sv": "Kock"},
    # welder (7212)
    ("occupation", "7aedaa07-3884-4c5b-88f9-80997b2aa54b"): {"sv": "Svetsare"},
    # civil engineer (2142): "civilingenjör" is a Swedish degree, not the occupation
    ("occupation", "d7d986e1-7333-431b-9719-0c5c6939e360"): {"sv": "Byggnadsingenjör"},
    # cargo vehicle driver (8332)
    ("occupation", "45037d43-a8f5-4f46-b332-b2935bc305f4"): {
        "sv": "Lastbilsförare",
        "en": "Truck driver",
    },
    # electrician (7411)
    ("occupation", "4910419f-b4af-4f59-b544-9dbebc8a74f0"): {"sv": "Elektriker"},
    # cashier (5230)
    ("occupation", "2b871272-bd61-4206-bd1a-0b96d7023098"): {"sv": "Kassör"},
    # security guard (5414)
    ("occupation", "31808988-fc0a-4bc3-9e47-27216d6759f5"): {"sv": "Väktare"},
    # construction painter (7131)
    ("occupation", "15620506-fb5d-49cd-87a2-1c9047fb406a"): {"sv": "Byggnadsmålare"},
    # care home worker (3412)
    ("occupation", "f4525ed8-54eb-4a3b-90db-55cc01b0d9fd"): {"sv": "Undersköterska i hemtjänsten"},
    # hospitality establishment receptionist (4224)
    ("occupation", "82025c02-9082-416c-998b-f51eb0359ee6"): {
        "sv": "Hotellreceptionist",
        "en": "Hotel receptionist",
    },
    # welding techniques (skill): "svetstekniker" reads as an occupation
    ("skill", "530cb489-d900-46ab-9350-4d50ccd49eea"): {"sv": "Svetsteknik"},
}

_ADJECTIVE_ENDINGS: Final = ("ell", "ad", "ade", "isk", "ig", "lig", "iv", "al", "ös")
_PERSON_ENDINGS: Final = ("are", "ör", "ist", "iker", "log", "ent", "ant", "man", "tör")
_SCHOOL_ENDINGS: Final = ("skola", "skolan", "gymnasium")


def sentence_case(text: str) -> str:
    """The first letter in upper case when the first word is all lower case."""
    first = text.split(" ", 1)[0]
    if not first or not first.islower():
        return text
    return text[:1].upper() + text[1:]


def swedish_prose(label: str) -> str:
    """A Swedish ``"head, qualifier"`` occupation label as a phrase (see the module text)."""
    if ", " not in label:
        return label
    head, qualifier = label.split(", ", 1)
    if " " not in qualifier and "/" not in qualifier:
        word = qualifier.casefold()
        if word.endswith(_SCHOOL_ENDINGS):
            return f"{head} på {qualifier}"
        if word.endswith(_ADJECTIVE_ENDINGS):
            return f"{qualifier} {head}"
        if word.endswith(_PERSON_ENDINGS):
            return f"{head} och {qualifier}"
    return f"{head} inom {qualifier}"


def display_text(kind: str, code: str, label: Label) -> str:
    """The display form of ``label`` (the ESCO label of ``code`` in ``label.lang``)."""
    curated = CURATED.get((kind, esco.short_code(code)), {}).get(label.lang)
    if curated is not None:
        return curated
    text = label.text
    if kind == esco.OCCUPATION and label.lang == "sv":
        text = swedish_prose(text)
    return sentence_case(text)


def display_label(kind: str, code: str, lang: str) -> Label:
    """The label of an ESCO concept in ``lang`` as prose (English, marked, as the fallback)."""
    scheme = esco.concepts(kind)
    i = scheme.position(code)
    if i is None:
        raise esco.unknown(kind, code)
    label = esco.label_of(scheme, i, lang)
    return Label(display_text(kind, code, label), label.lang, label.fallback)


def occupation_display(code: str, lang: str) -> Label:
    return display_label(esco.OCCUPATION, code, lang)


def skill_display(code: str, lang: str) -> Label:
    return display_label(esco.SKILL, code, lang)
