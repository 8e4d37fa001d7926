"""Everything a CV says in words of its own, per CV language (Swedish and English).

A CV's language is chosen per CV, independently of the interface language, so these texts are
not Qt translations. Taxonomy labels (occupations, skills, CEFR, ISCED …) come from
:mod:`entryhub_desk.taxonomy`; dates use one month abbreviation form per language.
"""

from __future__ import annotations

from typing import Final

from entryhub_desk import catalogue
from entryhub_desk.catalogue import CV_LANGUAGES as CV_LANGUAGES  # (re-exported)
from entryhub_desk.domain.profile import PartialDate

LabelTable = dict[str, dict[str, str]]

SECTION_TITLES: Final[LabelTable] = {
    "summary": {"en": "Profile", "sv": "Profil"},
    "work": {"en": "Work experience", "sv": "Arbetslivserfarenhet"},
    "education": {"en": "Education", "sv": "Utbildning"},
    "courses": {"en": "Courses and certificates", "sv": "Kurser och certifikat"},
    "credentials": {"en": "Foreign qualifications", "sv": "Utländska examina och legitimationer"},
    "languages": {"en": "Languages", "sv": "Språk"},
    "skills": {"en": "Skills", "sv": "Kompetenser"},
    "digital": {"en": "Digital skills", "sv": "Digital kompetens"},
    "driving": {"en": "Driving licence", "sv": "Körkort"},
    "interests": {"en": "Interests", "sv": "Intressen"},
}

WORDS: Final[LabelTable] = {
    "page": {"en": "Page {page} of {pages}", "sv": "Sida {page} av {pages}"},
    "present": {"en": "present", "sv": "nu"},
    "mother_tongue": {"en": "Mother tongue", "sv": "Modersmål"},
    "mother_tongues": {"en": "Mother tongues", "sv": "Modersmål"},
    "other_languages": {"en": "Other languages", "sv": "Andra språk"},
    # The Europass self-assessment grid in its own terms (the Swedish edition: Förståelse,
    # Tala, Skriftlig färdighet); its parts are the catalogue's "cefr_skill" table. Writing has
    # no part below its heading.
    "understanding": {"en": "Understanding", "sv": "Förståelse"},
    "speaking": {"en": "Speaking", "sv": "Tala"},
    "cefr_note": {
        "en": "Levels: A1 and A2: basic user; B1 and B2: independent user; C1 and C2: "
        "proficient user (Common European Framework of Reference for Languages).",
        "sv": "Nivåer: A1 och A2: användare på nybörjarnivå; B1 och B2: självständig användare; "
        "C1 och C2: avancerad användare (Gemensam europeisk referensram för språk).",
    },
    "certificate": {"en": "Certificate: {name}", "sv": "Intyg: {name}"},
    "not_completed": {"en": "Not completed", "sv": "Ej avslutad"},
    "level": {"en": "Level: {level}", "sv": "Nivå: {level}"},
    "volunteer": {"en": "Voluntary work", "sv": "Ideellt arbete"},
    "informal": {"en": "Informal work", "sv": "Informellt arbete"},
    "issued_by": {"en": "Issued by {issuer}", "sv": "Utfärdad av {issuer}"},
    "valid_in_sweden": {"en": "Valid in Sweden", "sv": "Giltigt i Sverige"},
    "issued_in": {"en": "Issued in {country}", "sv": "Utfärdat i {country}"},
    "available_from": {"en": "Available from {date}", "sv": "Tillgänglig från {date}"},
    "hours_per_week": {"en": "{hours} hours a week", "sv": "{hours} timmar i veckan"},
    "keywords": {"en": "{keywords}", "sv": "{keywords}"},
    "document_title": {"en": "CV – {name}", "sv": "CV – {name}"},
}

# Month abbreviations, all of one form (CLDR mixes "maj", "juni" and "dec." in Swedish): three
# letters without a full stop, as in Swedish dates such as "3 jan 2020".
MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

SKILL_LEVELS: Final[LabelTable] = {
    "beginner": {"en": "beginner", "sv": "grundläggande"},
    "intermediate": {"en": "intermediate", "sv": "god"},
    "advanced": {"en": "advanced", "sv": "mycket god"},
    "master": {"en": "expert", "sv": "expert"},
}

# How the recognition of a foreign credential reads for an employer. Statuses that say
# nothing useful to an employer (not started, not recognised) print no line.
RECOGNITION: Final[LabelTable] = {
    "recognised": {
        "en": "Recognised by {authority} as equivalent to {recognised_as}",
        "sv": "Bedömd av {authority} som likvärdig med {recognised_as}",
    },
    "recognised_no_as": {
        "en": "Recognised by {authority}",
        "sv": "Erkänd av {authority}",
    },
    "partly_recognised": {
        "en": "Partly recognised by {authority} as equivalent to {recognised_as}",
        "sv": "Delvis bedömd av {authority} som likvärdig med {recognised_as}",
    },
    "partly_recognised_no_as": {
        "en": "Partly recognised by {authority}",
        "sv": "Delvis erkänd av {authority}",
    },
    "applied": {
        "en": "Recognition applied for at {authority}",
        "sv": "Ansökan om bedömning inlämnad till {authority}",
    },
    "decision": {"en": "decision {date}", "sv": "beslut {date}"},
    "bridging_started": {
        "en": "Bridging programme for foreign graduates in progress",
        "sv": "Kompletterande utbildning pågår",
    },
    "bridging_completed": {
        "en": "Bridging programme for foreign graduates completed",
        "sv": "Kompletterande utbildning avslutad",
    },
    "authority_unknown": {"en": "the Swedish authority", "sv": "svensk myndighet"},
}


def _pick(table: LabelTable, key: str, lang: str) -> str:
    entry = table[key]
    return entry.get(lang) or entry["en"]


def section_title(key: str, lang: str) -> str:
    return _pick(SECTION_TITLES, key, lang)


def word(key: str, lang: str, **params: object) -> str:
    text = _pick(WORDS, key, lang)
    return text.format(**params) if params else text


def skill_level(level: str, lang: str) -> str:
    return _pick(SKILL_LEVELS, level, lang)


def recognition(key: str, lang: str, **params: object) -> str:
    return _pick(RECOGNITION, key, lang).format(**params)


def format_partial(value: PartialDate, lang: str) -> str:
    """``2014`` → "2014"; ``2014-05`` or a full date → "maj 2014" / "May 2014"."""
    if value.month is None:
        return str(value.year)
    months = MONTHS.get(lang) or MONTHS["en"]
    return f"{months[value.month - 1]} {value.year}"


def date_range(
    start: PartialDate | None, end: PartialDate | None, lang: str, *, ongoing: bool
) -> str:
    """The date column: "maj 2014 – dec 2015", "2014 – nu", "2014" (one date)."""
    if start is None and end is None:
        return ""
    if start is None:
        assert end is not None
        return format_partial(end, lang)
    first = format_partial(start, lang)
    if end is None:
        return f"{first} – {word('present', lang)}" if ongoing else first
    last = format_partial(end, lang)
    return first if last == first else f"{first} – {last}"


def page_labels(lang: str) -> dict[str, str]:
    """The texts the renderers place themselves (footer, language grid)."""
    keys = (
        "page",
        "mother_tongue",
        "mother_tongues",
        "other_languages",
        "understanding",
        "speaking",
        "cefr_note",
    )
    parts = ("listening", "reading", "spoken_interaction", "spoken_production")
    return {
        **{key: _pick(WORDS, key, lang) for key in keys},
        **{part: catalogue.text("cefr_skill", part, lang) for part in parts},
        "writing_group": catalogue.text("cefr_skill", "writing", lang),
        "writing": "",
    }
