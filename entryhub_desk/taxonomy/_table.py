"""Small code tables of standards with Swedish and English labels (English is the fallback)."""

from __future__ import annotations

from collections.abc import Mapping

from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy.labels import FALLBACK_LANG, Label

LabelTable = Mapping[str, Mapping[str, str]]  # code → {lang: label}


def lookup(table: LabelTable, code: str, lang: str, *, field: str) -> Label:
    labels = table.get(str(code))
    if labels is None:
        raise DeskError("validation.unknown_code", field=field, value=str(code))
    text = labels.get(lang)
    if text:
        return Label(text, lang)
    return Label(labels[FALLBACK_LANG], FALLBACK_LANG, fallback=lang != FALLBACK_LANG)


def choices(table: LabelTable, lang: str) -> list[tuple[str, Label]]:
    """Every code with its label, in the table's order (the standard's order)."""
    return [(code, lookup(table, code, lang, field="code")) for code in table]
