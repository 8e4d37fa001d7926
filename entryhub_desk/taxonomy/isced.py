"""ISCED 2011 levels of education (UNESCO), with the EQF / SeQF level they usually match.

SeQF (Sveriges referensram för kvalifikationer) uses the eight EQF levels, so one number
serves both. The EQF level is a suggestion the volunteer can change per education entry.
"""

from __future__ import annotations

from typing import Final

from entryhub_desk.domain.profile import EQF_FOR_ISCED
from entryhub_desk.taxonomy._table import LabelTable, choices, lookup
from entryhub_desk.taxonomy.labels import Label

ISCED_LEVELS: Final[LabelTable] = {
    "0": {"en": "Early childhood education", "sv": "Förskola"},
    "1": {"en": "Primary education", "sv": "Grundskola, årskurs 1–6"},
    "2": {"en": "Lower secondary education", "sv": "Grundskola, årskurs 7–9"},
    "3": {"en": "Upper secondary education", "sv": "Gymnasieskola"},
    "4": {
        "en": "Post-secondary non-tertiary education",
        "sv": "Eftergymnasial utbildning, ej högskola",
    },
    "5": {"en": "Short-cycle tertiary education", "sv": "Kort eftergymnasial utbildning"},
    "6": {"en": "Bachelor's or equivalent level", "sv": "Kandidatexamen eller motsvarande"},
    "7": {"en": "Master's or equivalent level", "sv": "Magister- eller masterexamen"},
    "8": {"en": "Doctoral or equivalent level", "sv": "Doktorsexamen eller motsvarande"},
}

EQF_LEVELS: Final[LabelTable] = {
    str(n): {"en": f"EQF level {n}", "sv": f"SeQF-nivå {n}"} for n in range(1, 9)
}


def isced_label(level: int, lang: str) -> Label:
    return lookup(ISCED_LEVELS, str(level), lang, field="isced_level")


def eqf_label(level: int, lang: str) -> Label:
    return lookup(EQF_LEVELS, str(level), lang, field="eqf_level")


def eqf_for_isced(level: int) -> int | None:
    """The EQF / SeQF level an ISCED level usually corresponds to (None for ISCED 0)."""
    return EQF_FOR_ISCED[level]


def isced_choices(lang: str) -> list[tuple[str, Label]]:
    return choices(ISCED_LEVELS, lang)
