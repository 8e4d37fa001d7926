"""Profile codes as a person reads them, in the interface language (from the label catalogue).

The texts live in :mod:`entryhub_desk.catalogue` (English source, Swedish beside it), which the
CV reads too; this module only asks it in the interface language.
"""

from __future__ import annotations

from entryhub_desk import catalogue
from entryhub_desk.views.locale_text import ui_language


def code_text(table: str, code: object) -> str:
    """``code_text("evidence", Evidence.TOLD)`` → "told by the visitor" (translated)."""
    return catalogue.text(table, code, ui_language())


def choices(table: str) -> list[tuple[str, str]]:
    """``(code, text)`` of a table in its declared order."""
    return catalogue.choices(table, ui_language())
