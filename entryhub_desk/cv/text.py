"""Lines of text in any of the CV's scripts: font runs, bidi order, HarfBuzz shaping, wrapping.

reportlab lays out words left to right in logical order and shapes a word with the font of its
first fragment; that is wrong for Arabic-script text (right to left, joined letters) and for
words that mix scripts. So the CV lays out its own lines:

1. every character gets a font family: Arabic script → Noto Sans Arabic, Ethiopic → Noto Sans
   Ethiopic, everything else (and whatever a font lacks: Latin letters, brackets, the digits
   Noto Sans Ethiopic has not) → Noto Sans; spaces and marks follow their neighbours;
2. python-bidi gives each character its embedding level (Unicode bidi algorithm, rules up to
   I2); lines are broken at spaces by width (an over-long word is broken between characters);
3. each line is reordered (rules L1 and L2) into runs of one level, font and style, and each run
   is shaped by HarfBuzz in its direction (odd level → right to left, which also mirrors
   brackets), with discretionary ligatures off (``dlig`` turns محمد into U+FDF4);
4. the glyphs are handed to reportlab as its ``ShapedStr`` (glyph → code point of the embedded
   subset, with HarfBuzz's advances and offsets).

Shaping itself, and what each glyph stands for, is :mod:`entryhub_desk.cv.shaping`. Plain
left-to-right text in Noto Sans takes a fast path without bidi (:mod:`entryhub_desk.cv.plain`,
still kerned as HarfBuzz kerns it); a right-to-left paragraph (see :func:`direction`) is
laid out with a right-to-left base direction.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import bidi
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from entryhub_desk.cv import fonts, latin, pictographs, plain, rtl_emit, shaped_ops, tounicode
from entryhub_desk.cv.fonts import ARABIC, ETHIOPIC, LATIN
from entryhub_desk.cv.lines import Line as Line  # (re-exported: T.Line, T.Piece, T.Span)
from entryhub_desk.cv.lines import Piece as Piece
from entryhub_desk.cv.lines import Span as Span
from entryhub_desk.cv.shaping import Shaped, shape

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
# Scripts that need another font, HarfBuzz or bidi: Hebrew, Arabic, Syriac, Thaana, NKo,
# Samaritan, Mandaic, Ethiopic and the presentation forms. Text without them is "simple".
_COMPLEX = re.compile(
    "[\u0590-\u08ff\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f\ufb1d-\ufdff\ufe70-\ufeff"
    "\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def family_of(char: str) -> str | None:
    """The script family a character needs, or None for neutral characters."""
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return ARABIC
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return ARABIC
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return ETHIOPIC
    if char.isspace() or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return None
    return LATIN


def families(text: str, bold: bool) -> list[str]:
    """The font family of every character (neutral ones follow their neighbours if they can)."""
    out: list[str | None] = [family_of(c) for c in text]
    for i, fam in enumerate(out):
        if fam is not None and fam != LATIN and ord(text[i]) not in fonts.get(fam, bold).chars:
            out[i] = LATIN
    last: str | None = None
    for i, fam in enumerate(out):  # marks, joiners and spaces take the previous family …
        if fam is None:
            if last is not None and ord(text[i]) in fonts.get(last, bold).chars:
                out[i] = last
        else:
            last = fam
    nxt: str = LATIN
    for i in range(len(out) - 1, -1, -1):  # … or the next one
        fam = out[i]
        if fam is None:
            ok = ord(text[i]) in fonts.get(nxt, bold).chars
            out[i] = nxt if ok else LATIN
        else:
            nxt = fam
    return [f or LATIN for f in out]


def bidi_levels(text: str, base: str | None = "L") -> tuple[int, list[int]]:
    """The paragraph level and each character's embedding level (python-bidi, per UTF-8 byte).

    ``base`` is the paragraph direction: ``"L"`` (a CV in Swedish or English reads left to
    right, whatever script a field starts with), ``"R"``, or None to find it from the text.
    """
    info = str(bidi.get_display(text, base_dir=base, debug=True))
    body = info[info.index("levels:") : info.index("paragraphs:")]
    per_byte = [int(m) for m in _LEVEL.findall(body)]
    para = int(_LEVEL.findall(info[info.index("paragraphs:") :])[0])
    levels: list[int] = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset] if offset < len(per_byte) else para)
        offset += len(char.encode("utf-8"))
    return para, levels


def direction(text: str) -> str:
    """A free-text paragraph's base direction: ``"R"`` when most of its letters are written
    right to left (an all-Arabic summary), else ``"L"`` (a Swedish sentence with an Arabic
    name in it stays left to right)."""
    if is_simple(text):
        return "L"
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return "R" if rtl > ltr else "L"


_ARABIC_LETTERS = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
_LIST_COMMA = re.compile(f"(?<=[{_ARABIC_LETTERS}]),(?=\\s*[{_ARABIC_LETTERS}])")


def list_commas(text: str) -> str:
    """A list's commas between Arabic-script words as the Arabic comma "،" (Persian and
    Arabic lists); elsewhere unchanged."""
    return _LIST_COMMA.sub("\u060c", text) if not is_simple(text) else text


def is_simple(text: str) -> bool:
    """Left-to-right text that Noto Sans draws alone (no shaping, no bidi needed)."""
    return _COMPLEX.search(text) is None


def _latin(text: str, bold: bool) -> Shaped:
    """Left-to-right Noto Sans text, kerned by HarfBuzz (cached like every shaped run)."""
    return shape(text, LATIN, bold, False)


# -- paragraphs -------------------------------------------------------------------------------


@dataclass
class _Chars:
    text: str
    bold: list[bool]
    color: list[Color]
    size: list[float]
    family: list[str]
    level: list[int]
    para: int


def _prepare(spans: Sequence[Span], size: float, base: str | None) -> _Chars:
    text = "".join(s.text for s in spans)
    bold = [s.bold for s in spans for _ in s.text]
    color = [s.color for s in spans for _ in s.text]
    sizes = [s.size or size for s in spans for _ in s.text]
    fam: list[str] = []
    for s in spans:
        fam += families(s.text, s.bold)
    if is_simple(text) and base != "R":
        para, levels = 0, [0] * len(text)
    else:
        para, levels = bidi_levels(text, base)
    return _Chars(text, bold, color, sizes, fam, levels, para)


def _runs(chars: _Chars, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal ranges of one level, family and style within ``start:end``."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i + 1
        key = _key(chars, i)
        while j < end and _key(chars, j) == key:
            j += 1
        out.append((i, j))
        i = j
    return out


def _key(chars: _Chars, i: int) -> tuple[int, str, bool, Color, float]:
    return (chars.level[i], chars.family[i], chars.bold[i], chars.color[i], chars.size[i])


def _run_width(chars: _Chars, start: int, end: int, size: float) -> float:
    total = 0.0
    for a, b in _runs(chars, start, end):
        total += _measure(chars, a, b, size)
    return total


def _measure(chars: _Chars, a: int, b: int, size: float) -> float:
    text = chars.text[a:b]
    size = chars.size[a]
    fam, bold = chars.family[a], chars.bold[a]
    return shape(text, fam, bold, chars.level[a] % 2 == 1).advance * size / 1000


# A separator (" · " between list items, " – " between dates) never starts a line: it is
# kept with the word before it.
_SEPARATOR = re.compile(r"[·–—|•]+")
_WORD = re.compile(r"\S+(?:\s+[·–—|•]+(?=\s|$))*\s*|\s+")
HYPHEN = "-"


def _words(text: str) -> list[tuple[int, int]]:
    """Ranges of words, each with the spaces (and a separator) that follow it."""
    return [m.span() for m in _WORD.finditer(text)]


def layout(spans: Sequence[Span], size: float, width: float, base: str | None = "L") -> list[Line]:
    """Break the paragraph into lines no wider than ``width`` and place the pieces
    (``base``: the paragraph direction, see :func:`bidi_levels`). Emoji are left out
    (:mod:`entryhub_desk.cv.pictographs`); within a render a paragraph set before at the same
    width is not set again (:func:`latin.render_scope`)."""
    if pictographs.has_pictographs(_joined(spans)):
        spans = [span._replace(text=pictographs.strip(span.text)) for span in spans]
    scope = latin.current_scope()
    if scope is None:
        return _layout(spans, size, width, base)
    key = (_spans_key(spans), size, width, base)
    found = scope.layouts.get(key)
    if found is None:
        found = scope.layouts[key] = _layout(spans, size, width, base)
    return list(found)


def _spans_key(spans: Sequence[Span]) -> tuple[tuple[object, ...], ...]:
    """``spans`` as a key, their colours by value (reportlab's ``Color.__hash__`` and
    ``__eq__`` are Python functions, each called per span when spans are hashed)."""
    out = []
    for span in spans:
        c = span.color
        out.append((span.text, span.bold, span.size, type(c), c.red, c.green, c.blue, c.alpha))
    return tuple(out)


def _joined(spans: Sequence[Span]) -> str:
    """The text of ``spans`` (the patterns asked of it look at one character at a time)."""
    return spans[0].text if len(spans) == 1 else "".join([span.text for span in spans])


def _layout(spans: Sequence[Span], size: float, width: float, base: str | None) -> list[Line]:
    if base != "R" and is_simple(_joined(spans)):
        simple = plain.layout(spans, size, width)
        if simple is not None:
            return simple
    chars = _prepare(spans, size, base)
    text = chars.text
    lines: list[tuple[int, int, bool]] = []  # start, end, ends with a hyphen
    start = end = 0
    line_width = 0.0
    for a, b in _words(text):
        stripped = a + len(text[a:b].rstrip())
        word_width = _run_width(chars, a, stripped, size)
        if end > start and line_width + word_width > width:
            lines.append((start, end, False))
            start, line_width = a, 0.0
        if word_width > width:  # longer than a line (and alone on it): cut, with a hyphen
            for piece_start, _ in _split_long(chars, a, stripped, size, width):
                if piece_start > start:
                    lines.append((start, piece_start, _hyphenates(chars, piece_start - 1)))
                    start = piece_start
            line_width = _run_width(chars, start, b, size)
            end = b
            continue
        line_width += _run_width(chars, a, b, size)
        end = b
    if end > start or not lines:
        lines.append((start, end, False))
    return [_place(chars, a, b, size, hyphen) for a, b, hyphen in lines]


def _hyphenates(chars: _Chars, i: int) -> bool:
    """Whether a word cut after character ``i`` gets a hyphen (left-to-right letters of the
    Latin font: Latin, Cyrillic, Greek; Arabic and Ethiopic are cut without one)."""
    return chars.family[i] == LATIN and chars.level[i] % 2 == 0 and chars.text[i].isalnum()


def _split_long(
    chars: _Chars, start: int, end: int, size: float, width: float
) -> list[tuple[int, int]]:
    """``start:end`` cut into pieces no wider than ``width`` (at least one character each).

    Each run is shaped once and its characters' advances summed to find a cut; a piece is
    measured on its own only to check it (its ends may join or kern otherwise), so a word of
    n characters costs a few shapings per piece, not one per character."""
    pieces: list[tuple[int, int]] = []
    hyphen = _latin(HYPHEN, False).advance * size / 1000
    room = width - hyphen
    advances = _char_widths(chars, start, end)
    a = start
    while a < end:
        b = a + 1
        used = advances[a - start]
        while b < end and used + advances[b - start] <= room:
            used += advances[b - start]
            b += 1
        while b - 1 > a and _run_width(chars, a, _after_marks(chars, b, end), size) > room:
            b -= 1  # the piece shaped on its own is wider than its share of the word
        b = _after_marks(chars, b, end)
        pieces.append((a, b))
        a = b
    return pieces


def _after_marks(chars: _Chars, b: int, end: int) -> int:
    """``b`` moved past combining marks (a letter is never cut from its marks)."""
    while b < end and unicodedata.combining(chars.text[b]):
        b += 1
    return b


def _char_widths(chars: _Chars, start: int, end: int) -> list[float]:
    """The width of each character of ``start:end`` as its runs are shaped whole (points)."""
    widths: list[float] = []
    for a, b in _runs(chars, start, end):
        run = shape(chars.text[a:b], chars.family[a], chars.bold[a], chars.level[a] % 2 == 1)
        widths += [w * chars.size[a] / 1000 for w in run.char_advances(b - a)]
    return widths


def _place(chars: _Chars, start: int, end: int, size: float, hyphen: bool = False) -> Line:
    """Reorder ``start:end`` visually (L1, L2), shape its runs and place them."""
    text = chars.text
    while end > start and text[end - 1].isspace():
        end -= 1
    levels = chars.level[start:end]
    # L1: the line's trailing whitespace is cut above; L2 reverses runs from the highest level.
    runs = _runs(chars, start, end)
    if runs and max(levels, default=0) > 0:
        order = list(range(len(runs)))
        run_levels = [chars.level[a] for a, _ in runs]
        highest = max(run_levels)
        lowest_odd = (
            min(lv for lv in run_levels if lv % 2 == 1)
            if any(lv % 2 for lv in run_levels)
            else highest + 1
        )
        for level in range(highest, lowest_odd - 1, -1):
            i = 0
            while i < len(order):
                if run_levels[order[i]] >= level:
                    j = i
                    while j < len(order) and run_levels[order[j]] >= level:
                        j += 1
                    order[i:j] = reversed(order[i:j])
                    i = j
                else:
                    i += 1
        runs = [runs[k] for k in order]
    pieces: list[Piece] = []
    x = 0.0
    for a, b in runs:
        fam, bold, color = chars.family[a], chars.bold[a], chars.color[a]
        size = chars.size[a]
        name = fonts.font_name(fam, bold)
        run_text = text[a:b]
        run = shape(run_text, fam, bold, chars.level[a] % 2 == 1)
        width = run.advance * size / 1000
        pieces.append(Piece(x, name, color, run.glyphs, width, size, run, run_text))
        x += width
    if hyphen and end > start:
        last = end - 1
        run = _latin(HYPHEN, chars.bold[last])
        name = fonts.font_name(LATIN, chars.bold[last])
        width = run.advance * chars.size[last] / 1000
        pieces.append(
            Piece(x, name, chars.color[last], run.glyphs, width, chars.size[last], run, HYPHEN)
        )
        x += width
    source = text[start:end] + (HYPHEN if hyphen and end > start else "")
    return Line(tuple(pieces), x, rtl=chars.para % 2 == 1, source=source)


def draw_line(
    canvas: Canvas, line: Line, x: float, y: float, bullet: tuple[Line, float] | None = None
) -> None:
    """Draw ``line`` with its left edge at ``x`` and baseline at ``y`` (and ``bullet``, a
    list item's bullet, at its own x); every shaped piece tells the PDF what it stands for
    (:mod:`entryhub_desk.cv.tounicode`). A line with right-to-left text that poppler would
    read in pieces also gets a reading layer (:mod:`entryhub_desk.cv.rtl_emit`)."""
    if not line.pieces:
        return
    if not line.source:  # no reading layer
        if bullet is not None:
            _draw_glyphs(canvas, bullet[0], bullet[1], y, mute=False)
        _draw_glyphs(canvas, line, x, y, mute=False)
        rtl_emit.seen(canvas, line.pieces)
        return
    layer = rtl_emit.layer_of(line, x, bullet)
    start = len(canvas._code)
    if bullet is not None:
        _draw_glyphs(canvas, bullet[0], bullet[1], y, mute=layer is not None)
    _draw_glyphs(canvas, line, x, y, mute=layer is not None)
    if layer is not None:
        rtl_emit.draw_layer(canvas, layer, y, muted=range(start, len(canvas._code)))
    else:
        rtl_emit.seen(canvas, line.pieces)


_Y_OFFSET = operator.itemgetter(4)  # of reportlab's ShapeData


def _draw_glyphs(canvas: Canvas, line: Line, x: float, y: float, *, mute: bool) -> None:
    """The glyphs of ``line`` (``mute``: read by nothing that reads ``ActualText``)."""
    if not line.pieces:
        return
    if not mute and not any([piece.shaped for piece in line.pieces]):  # plain Latin
        canvas._code.append(f"BT {plain.operators(canvas, line, x, y)} ET")
        return
    t = canvas.beginText()
    if mute:  # poppler reads the line's reading layer instead
        t._code.append(rtl_emit.MUTE)
    for piece in line.pieces:
        if piece.shaped is None:
            t._code.append(plain.operators(canvas, Line((piece,), piece.width, False), x, y))
            continue
        t.setFont(piece.font, piece.size)
        t.setFillColor(piece.color)
        t.setTextOrigin(x + piece.x, y)
        run = piece.shaped
        assert run is not None
        if run.segments is not None:
            scale = piece.size / 1000
            for at, part in run.segments:
                if at:
                    t.setTextOrigin(x + piece.x + at * scale, y)
                shaped_ops.text_out(t, part)
            continue
        mapped = tounicode.note(canvas, piece.font, run.glyphs, run.texts) and run.exact
        # a muted line's run gets no span of its own (poppler would end the outer one with it)
        mapped = mapped or mute
        if not mapped:
            t._code.append(tounicode.actual_text_operator(piece.source))
        shaped_ops.text_out(t, piece.text)
        if any(map(_Y_OFFSET, run.glyphs.__shapeData__ or ())):
            # reportlab raises marks with the text rise and leaves the last one's in force: a
            # run ending in a mark (stacked marks) would lift every later line of the page
            t._code.append("0 Ts")
        if not mapped:
            t._code.append("EMC")
    if mute:
        t._code.append("EMC")
    canvas.drawText(t)
