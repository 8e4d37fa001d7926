"""Code tables of standards: ISCED/EQF, CEFR, DigComp, driving-licence categories."""

from __future__ import annotations

import pytest

from entryhub_desk.domain.profile import (
    CefrLevel,
    DigCompArea,
    DigitalLevel,
    DrivingCategory,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy import cefr, digcomp, driving, isced


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_code_has_a_label_in_swedish_and_english(lang: str) -> None:
    for level in range(9):
        assert not isced.isced_label(level, lang).fallback
    for code in CefrLevel:
        assert cefr.level_label(code, lang).text.startswith(code.value)
    for area in DigCompArea:
        assert not digcomp.area_label(area, lang).fallback
    for digital in DigitalLevel:
        assert not digcomp.level_label(digital, lang).fallback
    for category in DrivingCategory:
        assert driving.category_label(category, lang).text.startswith(category.value)


def test_other_languages_fall_back_to_english() -> None:
    label = isced.isced_label(6, "ar")
    assert label.fallback and label.lang == "en"


def test_isced_to_eqf() -> None:
    assert isced.eqf_for_isced(0) is None
    assert isced.eqf_for_isced(3) == 4
    assert [code for code, _ in isced.isced_choices("sv")] == [str(n) for n in range(9)]


def test_digcomp_areas_are_numbered_as_in_the_framework() -> None:
    assert digcomp.AREA_NUMBERS[DigCompArea.INFORMATION] == 1
    assert digcomp.AREA_NUMBERS[DigCompArea.PROBLEM_SOLVING] == 5


def test_unknown_code() -> None:
    with pytest.raises(DeskError) as caught:
        cefr.level_label("C3", "sv")
    assert caught.value.code == "validation.unknown_code"
