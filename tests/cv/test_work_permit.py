"""The work permit on a CV: a right to work is printed in the header, in the CV's language;
an application under way or no permit is not (an employer checks the permit before hiring, and
a CV need not tell a stranger a person's residence status)."""

from __future__ import annotations

import dataclasses

import pytest

from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.labels import page_labels
from entryhub_desk.domain.profile import EntryKind, Goals
from entryhub_desk.domain.profile.goals import WorkPermit
from entryhub_desk.errors import DeskError
from tests.cv import samples

ENTITLED = {"en": "Entitled to work in Sweden", "sv": "Har rätt att arbeta i Sverige"}


def _availability(permit: WorkPermit | None, language: str) -> str:
    person, entries = samples.multiscript()
    goals = next(g for g in entries[EntryKind.GOALS] if isinstance(g, Goals))
    entries[EntryKind.GOALS] = [dataclasses.replace(goals, work_permit=permit)]
    return build_document(person, entries, language=language).header.availability


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("permit", [WorkPermit.NOT_NEEDED, WorkPermit.HAS_PERMIT])
def test_a_right_to_work_is_printed(permit: WorkPermit, language: str) -> None:
    assert _availability(permit, language).endswith(ENTITLED[language])


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("permit", [None, WorkPermit.APPLIED, WorkPermit.NO_PERMIT])
def test_nothing_else_is_printed(permit: WorkPermit | None, language: str) -> None:
    text = _availability(permit, language)
    assert ENTITLED[language] not in text
    assert "permit" not in text and "tillstånd" not in text


def test_the_domain_takes_codes_and_refuses_others() -> None:
    pid = samples.multiscript()[0].id
    assert Goals(person_id=pid, work_permit="applied").work_permit is WorkPermit.APPLIED
    assert Goals(person_id=pid, work_permit="").work_permit is None
    with pytest.raises(DeskError) as caught:
        Goals(person_id=pid, work_permit="tourist visa")
    assert (caught.value.code, caught.value.params["field"]) == (
        "validation.unknown_code",
        "work_permit",
    )


def test_the_language_grid_reads_the_catalogue() -> None:
    assert page_labels("sv")["listening"] == "Hörförståelse"
    assert page_labels("en")["writing_group"] == "Writing"
    assert page_labels("sv")["writing"] == ""
