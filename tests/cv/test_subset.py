"""The font subsets embedded in a CV: byte for byte what reportlab's subsetter makes."""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from entryhub_desk.cv import fonts
from entryhub_desk.cv.subset import Subsetter


@pytest.mark.parametrize("family", fonts.FAMILIES)
@pytest.mark.parametrize("bold", [False, True])
def test_a_subset_is_the_one_reportlab_makes(family: str, bold: bool) -> None:
    fonts.register_all()
    face = pdfmetrics.getFont(fonts.font_name(family, bold)).face
    subsetter = Subsetter(face)
    codes = sorted(face.charToGlyph)
    pick = random.Random(f"{family}{bold}")
    composites = 0
    for size in (1, 20, 127, 255):
        subset = [0, *pick.sample(codes, min(size, len(codes)))]
        made = subsetter.make(subset)
        assert made == TTFontFace.makeSubset(face, subset)  # reportlab's own, unpatched
        composites += sum(bool(subsetter.components(face.charToGlyph[c])) for c in subset[1:])
    if family == fonts.LATIN:  # accented letters are built from parts in Noto Sans
        assert composites > 0
