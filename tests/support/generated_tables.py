"""Writing generated table modules (``domain/iso_codes.py``, ``taxonomy/cldr_names.py``) the
way their tests compare them: string literals as ``ruff format`` quotes them, and the entries
of a long table packed several to a line (the formatter is told to leave them so), which keeps
a data module within the house's 500 lines."""

from __future__ import annotations

import json

WIDTH = 99


def quoted(text: str) -> str:
    """A string literal as ``ruff format`` writes it (double quotes)."""
    return json.dumps(text, ensure_ascii=False)


def packed(entries: list[str], indent: str) -> list[str]:
    """``entries`` (each ending in a comma) joined by spaces into lines of at most
    :data:`WIDTH` characters after ``indent``."""
    lines: list[str] = []
    line = ""
    for entry in entries:
        if line and len(indent) + len(line) + 1 + len(entry) > WIDTH:
            lines.append(indent + line)
            line = entry
        else:
            line = f"{line} {entry}" if line else entry
    if line:
        lines.append(indent + line)
    return lines


def mapping(names: dict[str, str] | list[tuple[str, str]], indent: str) -> list[str]:
    """The entries ``"code": "name",`` of a table, packed."""
    items = names.items() if isinstance(names, dict) else names
    return packed([f"{quoted(code)}: {quoted(text)}," for code, text in items], indent)
