"""What every hostile file must get: a DeskError with a stable code whose message carries the
row or field and the limit and no Python exception name, and an untouched store."""

from __future__ import annotations

import re
from typing import Any

from entryhub_desk.errors import ENGLISH, DeskError
from entryhub_desk.services import Session
from tests.hostile.corpus import Case

# Exception class names a person must never read ("BadZipFile", "KeyError", "ParseError"…).
PYTHON_NAMES = re.compile(
    r"Traceback|Error\b|Exception\b|BadZipFile|internal error|errno|\bat 0x", re.IGNORECASE
)


def store_counts(session: Session) -> dict[str, int]:
    """Rows of every table of the store (FTS shadow tables included)."""
    conn = session.opened.conn
    names = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def check_message(error: DeskError, mentions: tuple[str, ...] = ()) -> str:
    """The English and the interface text of ``error``: known code, parameters shown, no
    Python exception names."""
    from entryhub_desk.views.error_text import TEXTS, error_text

    assert error.code in ENGLISH and error.code in TEXTS, error.code
    english = error.english()
    shown = error_text(error)
    for text in (english, shown):
        assert not re.search(r"\{[a-z_]+\}", text), text  # every placeholder filled
        assert not PYTHON_NAMES.search(text), text
    for name in mentions:
        assert name in error.params, (name, error.params)
        assert str(error.params[name]) in english and str(error.params[name]) in shown
    return english


def check_refusal(case: Case, error: DeskError) -> None:
    assert error.code == case.code, (error.code, error.params)
    check_message(error, case.mentions)


def row_error(code: str, params: dict[str, Any]) -> DeskError:
    error = DeskError(code)
    error.params = dict(params)
    return error
