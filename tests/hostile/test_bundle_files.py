"""Hostile offline bundle files: the desk's reading of an answer bundle (read the file within
its cap, parse, verify, decrypt, unpack within its cap) ends in a stable bundle.* code for each;
the valid one opens. Nothing is stored before these steps succeed."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from tests.hostile import bundle_files
from tests.hostile.checks import check_refusal
from tests.hostile.corpus import Case

CASES = bundle_files.CASES


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_bundle(case: Case, tmp_path: Path) -> None:
    path = case.build(tmp_path)
    if case.code is None:
        assert bundle_files.open_file(path) == bundle_files.PAYLOAD
        return
    with pytest.raises(DeskError) as caught:
        bundle_files.open_file(path)
    check_refusal(case, caught.value)


def test_a_missing_bundle_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DeskError) as caught:
        bundle_files.open_file(tmp_path / "gone.bundle")
    assert caught.value.code == "bundle.unreadable"
    assert "gone.bundle" in caught.value.english()
