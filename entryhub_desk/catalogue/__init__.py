"""One Qt-free label catalogue: code tables in English with their Swedish, for GUI, CV and errors.

Error texts: :func:`error_template` gives ``errors.ENGLISH``'s text of a code in a language
(Swedish in :mod:`entryhub_desk.catalogue.errors_sv`).

``text(table, code, lang)`` is a code's label in ``lang`` (``"en"`` or ``"sv"``; any other
falls back to English); ``choices(table, lang)`` the table's ``(code, text)`` pairs in their
declared order. The GUI asks in the interface language, a CV in the CV's own language. ISCED
levels, the parts of the CEFR grid and DigComp areas and levels are standards' own labels:
they are read from the taxonomy (one table each, there), not repeated here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

from entryhub_desk.catalogue.errors_sv import SWEDISH_ERRORS
from entryhub_desk.catalogue.source import N_, TABLES
from entryhub_desk.catalogue.sv import SWEDISH
from entryhub_desk.domain.profile.codes import CEFR_SKILLS

__all__ = [
    "CV_LANGUAGES",
    "LANGUAGES",
    "N_",
    "TABLES",
    "choices",
    "codes",
    "error_template",
    "lookup",
    "text",
]

#: The languages the catalogue is complete in (English is the source).
LANGUAGES: Final = ("en", "sv")
#: The languages a CV can be printed in (each CV chooses its own).
CV_LANGUAGES: Final = ("sv", "en")


def _taxonomy(table: str) -> Callable[[str, str], str] | None:
    """The taxonomy's label function of ``table``, if its labels live there."""
    if table not in _TAXONOMY_CODES:
        return None  # the other tables: no taxonomy module is imported for them
    return _taxonomy_labels().get(table)


@cache
def _taxonomy_labels() -> dict[str, Callable[[str, str], str]]:
    """Built on the first lookup of such a table, then kept (it was built at every lookup);
    imported late, so that importing the catalogue reads no taxonomy file."""
    from entryhub_desk.taxonomy import cefr, digcomp, isced

    return {
        "cefr_skill": lambda code, lang: cefr.part_label(code, lang).text,
        "isced": lambda code, lang: isced.isced_label(int(code), lang).text,
        "digcomp_area": lambda code, lang: digcomp.area_label(code, lang).text,
        "digital_level": lambda code, lang: digcomp.level_label(code, lang).text,
    }


_TAXONOMY_CODES: Final[dict[str, tuple[str, ...]]] = {
    "cefr_skill": CEFR_SKILLS,
    "isced": tuple(str(level) for level in range(9)),
    "digcomp_area": ("information", "communication", "content", "safety", "problem_solving"),
    "digital_level": ("basic", "independent", "proficient"),
}


def codes(table: str) -> tuple[str, ...]:
    """The codes of ``table`` in their declared order."""
    if table in _TAXONOMY_CODES:
        return _TAXONOMY_CODES[table]
    return tuple(TABLES[table])


def text(table: str, code: object, lang: str) -> str:
    """``text("work_permit", "applied", "sv")`` → "har ansökt om arbetstillstånd"; an unknown
    code reads as itself."""
    found = lookup(table, code, lang)
    return str(getattr(code, "value", code)) if found is None else found


def lookup(table: str, code: object, lang: str) -> str | None:
    """Like :func:`text`, but ``None`` for a code the table does not have."""
    key = str(getattr(code, "value", code))
    from_taxonomy = _taxonomy(table)
    if from_taxonomy is not None:
        return from_taxonomy(key, lang) if key in _TAXONOMY_CODES[table] else None
    source = TABLES.get(table, {}).get(key)
    if source is None:
        return None
    if lang == "sv":
        return SWEDISH.get(table, {}).get(source) or source
    return source


def error_template(code: str, lang: str) -> str | None:
    """The text of error ``code`` (``errors.ENGLISH``) in ``lang``, with its ``{params}``
    unfilled; ``None`` for an unknown code."""
    from entryhub_desk.errors import ENGLISH

    english = ENGLISH.get(code)
    if english is None:
        return None
    if lang == "sv":
        return SWEDISH_ERRORS.get(english) or english
    return english


def choices(table: str, lang: str) -> list[tuple[str, str]]:
    """``(code, text)`` of ``table`` in its declared order."""
    return [(code, text(table, code, lang)) for code in codes(table)]
