"""Reading a JSON Resume file and validating it against the bundled schema (draft-07)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entryhub_desk import resources
from entryhub_desk.errors import DeskError

if TYPE_CHECKING:
    import jsonschema

MAX_BYTES = 5_000_000


@cache
def _validator() -> jsonschema.Draft7Validator:
    import jsonschema  # ~50 ms to import: only when a file is checked

    path = resources.resource("jsonresume", "schema.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def load_document(path: Path) -> dict[str, Any]:
    """Parse and validate a JSON Resume file (``resume.unreadable`` / ``resume.invalid``)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DeskError("resume.unreadable", path=str(path), detail="file too large")
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DeskError("resume.unreadable", path=str(path), detail=exc.strerror or "") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DeskError("resume.unreadable", path=str(path), detail=str(exc)) from None
    validate_document(document)
    assert isinstance(document, dict)
    return document


def validate_document(document: object) -> None:
    """``resume.invalid`` with the first problem (the schema's message and a JSON path)."""
    if not isinstance(document, dict):
        raise DeskError("resume.invalid", reason="the top level is not an object", where="$")
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "$" + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in first.absolute_path
        )
        raise DeskError("resume.invalid", reason=first.message[:200], where=where)
