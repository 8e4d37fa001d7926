"""Font runs, bidi levels, wrapping and shaping of CV text."""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import ShapedStr

from entryhub_desk.cv import fonts
from entryhub_desk.cv import text as T
from entryhub_desk.cv.fonts import ARABIC, ETHIOPIC, LATIN
from entryhub_desk.cv.shaping import glyph_ids


def test_each_script_gets_a_font_that_has_its_letters() -> None:
    text = "Ali (علي) ዮሃንስ 12"
    fams = T.families(text, bold=False)
    assert fams[text.index("A")] == LATIN
    assert fams[text.index("(")] == LATIN  # Noto Sans Arabic has no brackets
    assert fams[text.index("ع")] == ARABIC
    assert fams[text.index("ዮ")] == ETHIOPIC
    assert fams[text.index("1")] == LATIN  # Noto Sans Ethiopic has no digits
    assert fams[text.index("ع") - 1] == LATIN  # the bracket before it


def test_bidi_levels_per_character() -> None:
    para, levels = T.bidi_levels("ab محمد 12")
    assert para == 0
    assert levels[:7] == [0, 0, 0, 1, 1, 1, 1]
    assert levels[-2:] == [2, 2]  # digits after Arabic letters: left to right inside the run
    para, _ = T.bidi_levels("محمد ab", base=None)
    assert para == 1


def test_a_mixed_line_is_placed_in_visual_order() -> None:
    line = T.layout([T.Span("Ali محمد العبيدي 24 x")], 10, 1000)[0]
    kinds = [(p.font, str(p.text)) for p in line.pieces]
    assert kinds[0] == (fonts.font_name(LATIN), "Ali ")
    # The right-to-left run "محمد العبيدي 24" is drawn as "24 العبيدي محمد" from the left.
    arabic = [p for p in line.pieces if p.font == fonts.font_name(ARABIC)]
    assert arabic and all(isinstance(p.text, ShapedStr) for p in arabic)
    digits = next(p for p in line.pieces if "24" in str(p.text))
    assert digits.x < arabic[0].x
    assert str(line.pieces[-1].text).strip() == "x"
    xs = [p.x for p in line.pieces]
    assert xs == sorted(xs)


def test_harfbuzz_is_asked_without_discretionary_ligatures() -> None:
    with_dlig = glyph_ids("محمد", ARABIC, False, True)
    font = fonts.get(ARABIC)
    import uharfbuzz as hb

    buf = hb.Buffer()
    buf.add_str("محمد")
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, {"dlig": True})
    assert len(buf.glyph_infos) == 1  # U+FDF4: what must not be drawn
    assert len(with_dlig) == 4


def test_lines_wrap_at_spaces_and_overlong_words_are_cut() -> None:
    lines = T.layout([T.Span("ord " * 40)], 10, 100)
    assert len(lines) > 5
    assert all(line.width <= 100 for line in lines)
    long = T.layout([T.Span("x" * 300)], 10, 100)
    assert len(long) > 3 and all(line.width <= 100.01 for line in long)
    arabic = T.layout([T.Span("محمد" * 60)], 10, 100)
    assert len(arabic) > 1 and all(line.width <= 100.01 for line in arabic)


def test_empty_text_gives_one_empty_line() -> None:
    lines = T.layout([T.Span("")], 10, 100)
    assert len(lines) == 1 and lines[0].pieces == ()


def _harfbuzz_advance(text: str, bold: bool = False) -> float:
    """HarfBuzz's kerned advance of ``text`` in Noto Sans (1/1000 of the size)."""
    import uharfbuzz as hb

    font = fonts.get(LATIN, bold)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
    return sum(p.x_advance for p in buf.glyph_positions) * 1000 / font.upem


def test_latin_text_is_kerned() -> None:
    """ "AVATAR" is as wide as HarfBuzz sets it with the font's kerning (unkerned: ~6 % wider)."""
    for text, bold in (("AVATAR", False), ("AVATAR", True), ("Waffle fjord Tårta", False)):
        line = T.layout([T.Span(text, bold=bold)], 10, 1000)[0]
        assert abs(line.width - _harfbuzz_advance(text, bold) / 100) < 0.01, text
    plain = sum(fonts.get(LATIN).hb_font.get_glyph_h_advance(g) for g in _gids("AVATAR"))
    assert _harfbuzz_advance("AVATAR") < plain * 1000 / fonts.get(LATIN).upem * 0.97
    # in a wrapped paragraph too: the words are measured and drawn kerned
    lines = T.layout([T.Span("AVATAR " * 30)], 10, 200)
    first = "".join(p.source for p in lines[0].pieces)
    assert first.startswith("AVATAR AVATAR")
    assert abs(lines[0].width - _harfbuzz_advance(first) / 100) < 0.05


def _gids(text: str) -> list[int]:
    font = fonts.get(LATIN)
    return [font.hb_font.get_nominal_glyph(ord(c)) or 0 for c in text]


def test_an_overlong_word_is_cut_with_a_few_shapings_per_line() -> None:
    """A pasted 1,000-character word (a link, a run of letters) is cut after shaping each run
    once, not once per character (which took 0.7 s for one such word, a CV's budget many times
    over); the lines are as full as before: none wider than the column, each but the last
    nearly full."""
    for word in ("".join(chr(ord("a") + (i * 7) % 26) for i in range(1000)), "محمدعلي" * 140):
        T.shape.cache_clear()
        lines = T.layout([T.Span(word)], 9.0, 300.0)
        shaped = T.shape.cache_info().misses
        assert len(lines) > 10
        assert shaped <= 4 * len(lines) + 4, (shaped, len(lines))
        assert all(line.width <= 300.01 for line in lines)
        assert all(line.width > 280 for line in lines[:-1])
        drawn = "".join(p.source for line in lines for p in line.pieces).replace("-", "")
        assert sorted(drawn) == sorted(word)
