"""DigComp 2.2: the five competence areas and the three levels of the Europass grid."""

from __future__ import annotations

from typing import Final

from entryhub_desk.domain.profile import DigCompArea, DigitalLevel
from entryhub_desk.taxonomy._table import LabelTable, choices, lookup
from entryhub_desk.taxonomy.labels import Label

AREAS: Final[LabelTable] = {
    DigCompArea.INFORMATION: {
        "en": "Information and data literacy",
        "sv": "Informations- och datakompetens",
    },
    DigCompArea.COMMUNICATION: {
        "en": "Communication and collaboration",
        "sv": "Kommunikation och samarbete",
    },
    DigCompArea.CONTENT: {"en": "Digital content creation", "sv": "Skapa digitalt innehåll"},
    DigCompArea.SAFETY: {"en": "Safety", "sv": "Säkerhet"},
    DigCompArea.PROBLEM_SOLVING: {"en": "Problem solving", "sv": "Problemlösning"},
}

# DigComp numbers the areas 1–5.
AREA_NUMBERS: Final[dict[str, int]] = {area: n for n, area in enumerate(AREAS, start=1)}

LEVELS: Final[LabelTable] = {
    DigitalLevel.BASIC: {"en": "Basic", "sv": "Grundläggande"},
    DigitalLevel.INDEPENDENT: {"en": "Independent", "sv": "Självständig"},
    DigitalLevel.PROFICIENT: {"en": "Proficient", "sv": "Avancerad"},
}


def area_label(area: str, lang: str) -> Label:
    return lookup(AREAS, area, lang, field="area")


def level_label(level: str, lang: str) -> Label:
    return lookup(LEVELS, level, lang, field="level")


def area_choices(lang: str) -> list[tuple[str, Label]]:
    return choices(AREAS, lang)


def level_choices(lang: str) -> list[tuple[str, Label]]:
    return choices(LEVELS, lang)
