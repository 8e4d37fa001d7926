"""``person_search.names`` (schema 14): a person's own names in the index row, so that ranking
reads no person row. Written by :func:`entryhub_desk.store.search_index.search_row`, read by
:mod:`entryhub_desk.store.search_read`."""

from __future__ import annotations

from typing import Final

NAMES_SEPARATOR: Final = "\x1f"  # between the given, family and original-script names


def names_text(given: str | None, family: str | None, original: str | None) -> str:
    """The given, family and original-script names as one column value (a missing name
    empty; the migration of schema 14 writes the same in SQL)."""
    return NAMES_SEPARATOR.join((given or "", family or "", original or ""))


def names_of(text: str) -> tuple[str | None, str | None, str | None]:
    """The given, family and original-script names of :func:`names_text` (no original name:
    None)."""
    given, family, original = [*text.split(NAMES_SEPARATOR), "", "", ""][:3]
    return given, family, original or None
