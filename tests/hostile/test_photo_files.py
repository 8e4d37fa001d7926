"""Hostile photos: every damaged or unusable picture is refused with a stable code (never
printed with a grey or scrambled part), usable ones come out as the 3:4 JPEG; a CV asked for
with a refused photo is not rendered and nothing is written to the store."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from entryhub_desk.cv import photo
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.cv import CvService
from entryhub_desk.services.resume import import_resume
from tests.hostile import photo_files, resume_files
from tests.hostile.checks import check_refusal, store_counts
from tests.hostile.corpus import Case

CASES = photo_files.CASES


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_photo(case: Case, tmp_path: Path) -> None:
    data = case.build(tmp_path).read_bytes()
    if case.code is None:
        prepared = Image.open(io.BytesIO(photo.prepare(data)))
        assert prepared.format == "JPEG" and prepared.size == photo.OUT_SIZE
        return
    with pytest.raises(DeskError) as caught:
        photo.prepare(data)
    check_refusal(case, caught.value)


def test_a_cv_with_a_damaged_photo_is_not_rendered(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(resume_files._text(resume_files.full()), encoding="utf-8")
    person = import_resume(session, path).person_id
    damaged = photo_files.damaged_middle(photo_files.picture())
    before = store_counts(session)
    target = tmp_path / "cv.pdf"
    with pytest.raises(DeskError) as caught:
        CvService(session).save(person, target, language="en", template="classic", photo=damaged)
    assert caught.value.code == "cv.photo_damaged"
    assert not target.exists()
    assert store_counts(session) == before  # not even an audit entry
