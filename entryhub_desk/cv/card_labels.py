"""The profile card's own words, per card language (Swedish and English), beside the CV's
(:mod:`entryhub_desk.cv.labels`). Like the CV, a card's language is chosen per card, so these
are not Qt translations."""

from __future__ import annotations

from typing import Final

from entryhub_desk.cv.labels import LabelTable

CARD_WORDS: Final[LabelTable] = {
    "card": {"en": "Profile card", "sv": "Profilkort"},
    "introduced_for": {"en": "Introduced for", "sv": "Presenteras för"},
    "occupations_held": {"en": "Experience", "sv": "Erfarenhet"},
    "education_level": {"en": "Education level", "sv": "Utbildningsnivå"},
    "contact": {"en": "Contact through {hub}", "sv": "Kontakt via {hub}"},
    "reference": {"en": "reference {code}", "sv": "referens {code}"},
    "name_and_contact": {"en": "Name and contact details", "sv": "Namn och kontaktuppgifter"},
    "anonymous_note": {
        "en": "This profile is anonymised. {hub} gives the name and contact details once the "
        "person has agreed; quote the reference above.",
        "sv": "Profilen är avidentifierad. {hub} lämnar namn och kontaktuppgifter när personen "
        "har samtyckt; ange referensen ovan.",
    },
}


def card_word(key: str, lang: str, **params: object) -> str:
    entry = CARD_WORDS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text
