"""Reading a JSON Resume file (within caps) and validating it against the bundled schema
(draft-07)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entryhub_desk import resources
from entryhub_desk.errors import DeskError
from entryhub_desk.resume import limits

if TYPE_CHECKING:
    import jsonschema


@cache
def _validator() -> jsonschema.Draft7Validator:
    import jsonschema  # ~50 ms to import: only when a file is checked

    path = resources.resource("jsonresume", "schema.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def load_document(path: Path) -> dict[str, Any]:
    """Read a JSON Resume file within the caps of :mod:`~entryhub_desk.resume.limits` and
    validate it (``resume.*`` errors naming the place and the limit)."""
    document = limits.read_json(path)
    validate_document(document)
    assert isinstance(document, dict)
    return document


def validate_document(document: object) -> None:
    """``resume.invalid`` with the first problem (the schema's message and a JSON path)."""
    if not isinstance(document, dict):
        raise DeskError("resume.invalid", reason="the top level is not an object", where="$")
    limits.check_caps(document)
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = limits.where(tuple(first.absolute_path))
        raise DeskError("resume.invalid", reason=first.message[:200], where=where)
