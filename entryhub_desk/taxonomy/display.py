"""ESCO labels as prose for people to read (on a CV, in the picker), not catalogue entries.

ESCO's preferred labels are written for a catalogue: lower case, and in Swedish often in an
inverted "head, qualifier" form ("svetsare, manuell", "lektor, medicin"). A few are wrong for
a Swedish reader: "accountant" is "revisor" (an auditor), "nurse assistant" has the same
label as the nurse ("sjuksköterska, grundutbildad", a protected title), "cook" is the
feminine "kokerska". So:

1. the most used occupations and skills of newcomers have a display form curated here;
2. other Swedish "head, qualifier" labels are turned around: an adjective goes before the
   head ("manuell svetsare"), a second person noun is joined with "och" ("datatekniker och
   hårdvarutestare"), a school with "på", a teacher's subject with "i" ("lärare i litteratur
   på gymnasieskola"), anything else with "inom" ("tekniker inom vattenåtervinning"); a head
   that is a Swedish degree is replaced ("civilingenjör, bygg" is an engineer: "ingenjör
   inom …"; "socionom" a social worker);
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
    # Protected titles or degrees ESCO's Swedish labels give to other occupations:
    # lawyer (2611): "advokat" is only a member of the Bar Association
    ("occupation", "974d4eab-fbee-4c52-b16e-73bdd8c25b53"): {"sv": "Jurist"},
    # maternity support worker (5321): "barnmorska" is the midwife
    ("occupation", "30194ac4-93b8-4450-8a15-f6f7cbe351cb"): {
        "sv": "Undersköterska inom förlossningsvård"
    },
    # public finance accountant (2411): "revisor" is an auditor
    ("occupation", "78db356f-a96a-4456-ab29-2de62e52f830"): {
        "sv": "Redovisningsekonom inom offentlig förvaltning"
    },
    # social worker (2635): "socionom" is a Swedish degree
    ("occupation", "4b05bef2-ded4-4b09-ab94-f4c6a555a775"): {"sv": "Socialarbetare"},
    # general practitioner (2211)
    ("occupation", "71f09c8b-a172-408c-b9e7-32e580e39ff6"): {"sv": "Allmänläkare"},
    # call centre agent (4222): not telesales
    ("occupation", "0ededdc2-050a-4ec3-8e70-6295105fcd19"): {"sv": "Kundtjänstmedarbetare"},
    # domestic cleaner (9111)
    ("occupation", "cbad55a4-c7cf-4ab6-9540-eac72b26729b"): {"sv": "Hemstädare"},
    # Engineers: "civilingenjör" is a Swedish degree, the occupation is "…ingenjör"
    ("occupation", "2a914d26-42aa-46b5-acf3-097d51ba4617"): {"sv": "Byggingenjör"},
    ("occupation", "579254cf-6d69-4889-9000-9c79dc568644"): {"sv": "Maskiningenjör"},
    ("occupation", "ec21ce88-ce14-49b6-be0a-cc53cf5a3a67"): {"sv": "Kemiingenjör"},
    ("occupation", "b5eaf231-77ad-4a86-8e54-15cc4398aad2"): {"sv": "Processingenjör"},
    ("occupation", "53d2052f-edc0-4f44-8be1-164526412bfe"): {"sv": "Industriingenjör"},
    ("occupation", "3f3748a7-4bb3-40b4-9ae3-1c5040c70f52"): {"sv": "Järnvägsingenjör"},
    ("occupation", "aad7819e-d62e-41de-a594-9f2be186a6c2"): {"sv": "Transportingenjör"},
    ("occupation", "fcf9024e-277c-43c7-8ec8-8903e5c9c576"): {"sv": "VA-ingenjör"},
    # welding techniques (skill): "svetstekniker" reads as an occupation
    ("skill", "530cb489-d900-46ab-9350-4d50ccd49eea"): {"sv": "Svetsteknik"},
}

# Heads of "head, qualifier" labels that name a Swedish degree, not an occupation.
_HEADS: Final[dict[str, str]] = {"civilingenjör": "ingenjör", "socionom": "socialarbetare"}
_ADJECTIVE_ENDINGS: Final = ("ell", "ad", "ade", "isk", "ig", "lig", "iv", "al", "ös")
# Nouns with those endings (a field, not a quality: "butikschef inom byggmaterial").
_NOUN_ENDINGS: Final = ("byggnad", "material", "risk")
_PERSON_ENDINGS: Final = ("are", "ör", "ist", "iker", "log", "ent", "ant", "man", "tör")
# Workplaces, joined with "på" ("lärare på gymnasieskola", "chef på äldreboende").
_SCHOOL_ENDINGS: Final = (
    "skola",
    "skolan",
    "gymnasium",
    "boende",
    "flygplats",
    "butik",
    "sjukhus",
    "hotell",
    "restaurang",
    "bibliotek",
    "museum",
    "callcenter",
    "kontaktcenter",
    "verkstad",
    "central",
)


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
    head = _HEADS.get(head, head)
    school = ""
    if ", " in qualifier and qualifier.rsplit(", ", 1)[1].endswith(_SCHOOL_ENDINGS):
        qualifier, school = qualifier.rsplit(", ", 1)  # "lärare, litteratur, gymnasieskola"
        school = f" på {school}"
    word = qualifier.casefold()
    field = "i" if head.endswith(("lärare", "lektor")) else "inom"  # "lärare i kemi"
    if word == "specialist":
        return f"{head} med specialistkompetens"
    if word.endswith("nivå"):
        return f"{head} på {qualifier}"  # "fysioterapeut på avancerad nivå"
    if " " not in qualifier and "/" not in qualifier:
        if word.endswith(_SCHOOL_ENDINGS):
            return f"{head} på {qualifier}"
        adjective = qualifier.islower() and not word.endswith(_NOUN_ENDINGS)  # not CAD
        if adjective and word.endswith(_ADJECTIVE_ENDINGS):
            return f"{qualifier} {head}{school}"
        if word.endswith(_PERSON_ENDINGS):
            return f"{head} och {qualifier}{school}"
    return f"{head} {field} {qualifier}{school}"


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
