"""Hostile JSON Resume files through ``import_resume``: a stable DeskError naming the place
and the limit, nothing stored (every table counted), refused before the schema for the caps;
and a type fuzz over every value of a full export never escapes as another exception."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.resume import plan_import, schema, validate_document
from entryhub_desk.services import Session
from entryhub_desk.services.resume import import_resume
from tests.hostile import resume_files
from tests.hostile.checks import check_refusal, store_counts
from tests.hostile.corpus import Case

CASES = resume_files.CASES
HUB = "01a24d70-3d23-7de3-97a9-39aa2dc83900"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_resume(case: Case, session: Session, tmp_path: Path) -> None:
    path = case.build(tmp_path)
    before = store_counts(session)
    if case.code is None:
        result = import_resume(session, path)
        assert result.created and result.entries > 5
        assert store_counts(session)["person"] - before["person"] == 1
        return
    with pytest.raises(DeskError) as caught:
        import_resume(session, path)
    check_refusal(case, caught.value)
    assert store_counts(session) == before


CAPPED = [
    c
    for c in CASES
    if c.code is not None
    and c.code.split(".")[1]
    in {
        "too_deep",
        "too_many",
        "too_long",
        "too_large",
        "bad_number",
        "bad_text",
        "duplicate_key",
    }
]


@pytest.mark.parametrize("case", CAPPED, ids=[case.id for case in CAPPED])
def test_caps_refuse_before_the_schema_runs(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The work is bounded by the file's size: the schema validator (slow on 100,000 skills)
    is never reached for a file over a cap."""
    reached: list[bool] = []
    real = schema._validator

    def spy() -> Any:
        reached.append(True)
        return real()

    monkeypatch.setattr(schema, "_validator", spy)
    with pytest.raises(DeskError) as caught:
        schema.load_document(case.build(tmp_path))
    assert caught.value.code == case.code
    assert reached == []


def _paths(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


WRONG: list[object] = [None, 0, -1, 1.5, True, "", "x", [], {}, ["x"], {"a": 1}, [[]], 10**17]


def test_wrong_types_everywhere_never_escape() -> None:
    """Every value of a full export replaced by every wrong type: each document is accepted
    or refused with a DeskError (validation and mapping; the store path is covered above)."""
    document = resume_files.full()
    tried = refused = 0
    for path in _paths(document):
        for wrong in WRONG:
            mutated = copy.deepcopy(document)
            node: Any = mutated
            for part in path[:-1]:
                node = node[part]
            node[path[-1]] = copy.deepcopy(wrong)
            tried += 1
            try:
                validate_document(mutated)
                plan_import(mutated, hub_id=HUB, existing=lambda _id: None)
            except DeskError:
                refused += 1
    assert tried > 1500 and refused > 500
