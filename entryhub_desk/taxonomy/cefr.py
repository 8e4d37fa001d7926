"""CEFR levels and the parts of the Europass language self-assessment grid."""

from __future__ import annotations

from typing import Final

from entryhub_desk.domain.profile import CEFR_SKILLS, CefrLevel
from entryhub_desk.taxonomy._table import LabelTable, choices, lookup
from entryhub_desk.taxonomy.labels import Label

LEVELS: Final[LabelTable] = {
    CefrLevel.A1: {"en": "A1 Basic user", "sv": "A1 Nybörjare"},
    CefrLevel.A2: {"en": "A2 Basic user", "sv": "A2 Grundläggande"},
    CefrLevel.B1: {"en": "B1 Independent user", "sv": "B1 Självständig"},
    CefrLevel.B2: {"en": "B2 Independent user", "sv": "B2 Självständig, god"},
    CefrLevel.C1: {"en": "C1 Proficient user", "sv": "C1 Avancerad"},
    CefrLevel.C2: {"en": "C2 Proficient user", "sv": "C2 Mycket avancerad"},
}

PARTS: Final[LabelTable] = {
    "listening": {"en": "Listening", "sv": "Hörförståelse"},
    "reading": {"en": "Reading", "sv": "Läsförståelse"},
    "spoken_interaction": {"en": "Spoken interaction", "sv": "Muntlig interaktion"},
    "spoken_production": {"en": "Spoken production", "sv": "Muntlig produktion"},
    "writing": {"en": "Writing", "sv": "Skriftlig färdighet"},
}
assert tuple(PARTS) == CEFR_SKILLS

MOTHER_TONGUE: Final[LabelTable] = {"mother_tongue": {"en": "Mother tongue", "sv": "Modersmål"}}


def level_label(level: str, lang: str) -> Label:
    return lookup(LEVELS, str(level).upper(), lang, field="cefr_level")


def part_label(part: str, lang: str) -> Label:
    return lookup(PARTS, part, lang, field="cefr_part")


def level_choices(lang: str) -> list[tuple[str, Label]]:
    return choices(LEVELS, lang)
