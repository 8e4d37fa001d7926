"""Plain Latin paragraphs set from running sums (entryhub_desk.cv.measured) give exactly the
lines of the word by word setting (plain._layout_words): the same breaks, pieces, widths,
positions and kerns, to the last bit, for paragraphs of one to three spans in both weights and
several sizes, with separators, double spaces, leading spaces and empty spans, at widths from
a few words to one line."""

from __future__ import annotations

import random

import pytest
from reportlab.lib.colors import HexColor, black

from entryhub_desk.cv import fonts, measured, plain
from entryhub_desk.cv.lines import Span

WORDS = [
    "AVATAR",
    "Tårta",
    "VAT",
    "Team",
    "lead",
    "·",
    "–",
    "—",
    "|",
    "•",
    "Python,",
    "Java.",
    "(2019)",
    "Dec",
    "2013",
    "Yes",
    "To",
    "We",
    "Ta",
    "Vo",
    "24/7",
    "e-mail",
    "ali@example.com",
    "Åsa",
    "Ölund",
    "Приём",
    "Zürich",
    "T.",
    "Y.",
    "«quoted»",
]
GREY = HexColor("#5c6670")


def _paragraph(rnd: random.Random) -> list[Span]:
    spans = []
    for _ in range(rnd.randint(1, 3)):
        parts = []
        for _ in range(rnd.randint(0, 25)):
            parts += [rnd.choice(WORDS), rnd.choice([" ", " ", " ", "  ", ""])]
        text = "".join(parts)
        if rnd.random() < 0.15:
            text = rnd.choice([" ", "   "]) + text
        if rnd.random() < 0.05:
            text = rnd.choice(["", "   "])
        spans.append(
            Span(
                text,
                bold=rnd.random() < 0.3,
                color=rnd.choice([black, GREY]),
                size=rnd.choice([None, 7.5, 12.0]),
            )
        )
    return spans


@pytest.mark.parametrize("seed", range(4))
def test_running_sums_set_the_lines_of_the_word_by_word_setting(seed: int) -> None:
    fonts.register_all()
    rnd = random.Random(seed)
    compared = one_lines = 0
    for _ in range(300):
        spans = _paragraph(rnd)
        size = rnd.choice([8.5, 9.0, 10.0])
        width = rnd.choice([30.0, 60.0, 120.0, 250.0, 365.5, 10_000.0, rnd.uniform(20, 400)])
        sums = [measured.Measured(span, size) for span in spans]
        assert all(m.exact for m in sums), spans
        words = plain._layout_words(spans, size, width)
        assert measured.lines(spans, sums, width) == words, (spans, size, width)
        one = measured.one_line(spans, sums, width)
        if one is not None:
            assert [one] == words, (spans, size, width)
            one_lines += 1
        compared += 1
    assert compared == 300 and one_lines > 20


def test_a_ligature_or_a_mark_is_not_exact() -> None:
    fonts.register_all()
    for text in ("office", "Waffle", "e\u0301"):
        assert not measured.Measured(Span(text), 10.0).exact, text
    assert measured.Measured(Span("Tårta VAT"), 10.0).exact


def test_a_word_wider_than_the_line_is_left_to_the_general_path() -> None:
    fonts.register_all()
    spans = [Span("A " + "W" * 40 + " end")]
    sums = [measured.Measured(span, 10.0) for span in spans]
    assert measured.lines(spans, sums, 100.0) is None
    assert plain._layout_words(spans, 10.0, 100.0) is None


LIGATURES = ["office", "fit", "Waffle", "fjord", "cafe\u0301", "e\u0301", "flow.", "fi", "f"]


@pytest.mark.parametrize("seed", range(4))
def test_words_with_a_ligature_or_a_mark_are_measured_by_harfbuzz_in_the_same_lines(
    seed: int,
) -> None:
    """A paragraph that is not exact is set from the running sums too, its words with a
    ligature or a mark measured by HarfBuzz: the lines of the word by word setting."""
    fonts.register_all()
    rnd = random.Random(100 + seed)
    compared = shaped = by_sums = 0
    for _ in range(300):
        spans = [
            span._replace(text=span.text.replace("Team", rnd.choice(LIGATURES)))
            for span in _paragraph(rnd)
        ]
        if rnd.random() < 0.5:
            spans.append(Span(" ".join(rnd.choice(LIGATURES + WORDS) for _ in range(12))))
        size = rnd.choice([8.5, 9.0, 10.0])
        width = rnd.choice([30.0, 60.0, 120.0, 250.0, 365.5, 10_000.0, rnd.uniform(20, 400)])
        words = plain._layout_words(spans, size, width)
        sums = [measured.Measured(span, size) for span in spans]
        try:
            found = measured.lines(spans, sums, width)
        except measured.WordByWord:
            assert not all(m.exact for m in sums)
            continue
        assert found == words, (spans, size, width)
        assert plain.layout(spans, size, width) == words
        if not all(m.exact for m in sums):
            by_sums += 1
            shaped += any(p.shaped for line in found or () for p in line.pieces)
        compared += 1
    assert compared > 200 and by_sums > 100 and shaped > 50


def test_a_character_to_shape_among_spaces_is_left_to_the_word_by_word_setting() -> None:
    fonts.register_all()
    spans = [Span("We are\u00a0 here")]  # a no-break space (drawn as HarfBuzz shapes it)
    sums = [measured.Measured(span, 10.0) for span in spans]
    with pytest.raises(measured.WordByWord):
        measured.lines(spans, sums, 1000.0)
    assert plain.layout(spans, 10.0, 1000.0) == plain._layout_words(spans, 10.0, 1000.0)
