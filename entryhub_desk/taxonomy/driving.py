"""Driving-licence categories of directive 2006/126/EC (as on the EU licence card)."""

from __future__ import annotations

from typing import Final

from entryhub_desk.domain.profile import DrivingCategory
from entryhub_desk.taxonomy._table import LabelTable, choices, lookup
from entryhub_desk.taxonomy.labels import Label

C = DrivingCategory
CATEGORIES: Final[LabelTable] = {
    C.AM: {"en": "AM Mopeds", "sv": "AM Moped klass I"},
    C.A1: {"en": "A1 Light motorcycles", "sv": "A1 Lätt motorcykel"},
    C.A2: {"en": "A2 Medium motorcycles", "sv": "A2 Mellanstor motorcykel"},
    C.A: {"en": "A Motorcycles", "sv": "A Tung motorcykel"},
    C.B1: {"en": "B1 Quadricycles", "sv": "B1 Fyrhjuling"},
    C.B: {"en": "B Cars", "sv": "B Personbil"},
    C.BE: {"en": "BE Car with heavy trailer", "sv": "BE Personbil med tungt släp"},
    C.C1: {"en": "C1 Medium lorries", "sv": "C1 Medeltung lastbil"},
    C.C1E: {"en": "C1E Medium lorry with trailer", "sv": "C1E Medeltung lastbil med släp"},
    C.C: {"en": "C Lorries", "sv": "C Tung lastbil"},
    C.CE: {"en": "CE Lorry with trailer", "sv": "CE Tung lastbil med släp"},
    C.D1: {"en": "D1 Minibuses", "sv": "D1 Mellanstor buss"},
    C.D1E: {"en": "D1E Minibus with trailer", "sv": "D1E Mellanstor buss med släp"},
    C.D: {"en": "D Buses", "sv": "D Buss"},
    C.DE: {"en": "DE Bus with trailer", "sv": "DE Buss med släp"},
}
assert tuple(CATEGORIES) == tuple(DrivingCategory)


def category_label(category: str, lang: str) -> Label:
    return lookup(CATEGORIES, category, lang, field="categories")


def category_choices(lang: str) -> list[tuple[str, Label]]:
    return choices(CATEGORIES, lang)
