"""A right-to-left line as poppler reads it: an invisible reading layer in logical order.

Why: poppler (``pdftotext``, Evince and Okular's copy) sorts a line's characters by their x
position and then reorders them with a simplified bidi algorithm chosen once per page (page
mostly left to right → ``primaryLR``): every run of right-to-left letters (with the neutral
characters up to the next left-to-right letter or number-like character) is reversed in place,
and everything else stays in screen order. Digits and ``. , ، : / -`` count as number-like,
Latin letters as left to right. So an Arabic or Persian line with a digit, a comma or a Latin
word comes out in pieces, each piece right, the pieces in screen order (left to right: the end
of the sentence first). ``ActualText`` does not help: poppler spreads its string left to right
over the span's box and reorders that too. No honest placement of the drawn glyphs can give the
logical order, because the glyphs' x order *is* the screen order.

The same holds for Arabic inside a left-to-right line ("مطعم الشام، حلب, Syrien" read
"حلب،مطعم الشام"; a number after Arabic words is drawn left of them). What we do, for a line
that poppler would read wrong (:func:`needs_layer`, from what the glyphs stand for):

- the drawn glyphs get an empty ``ActualText`` (:data:`MUTE`): poppler and Acrobat read nothing
  from them; readers without ``ActualText`` (pypdf, pdf.js) still read them, as before;
- an invisible layer (text render mode 3: nothing is painted) follows, one ``ActualText`` span
  per character of the line in logical order (so a reader that joins spans in content order
  reads the typed text), each span holding one invisible space glyph placed at a slot of the
  line's box. The slots are :func:`reading_order`: the line's pieces in logical order from left
  to right, each right-to-left piece's characters from right to left, so poppler's reversal
  gives back exactly the typed text. Where poppler's rules would move a neutral character
  (a space or a bracket between an Arabic word and a number or a Latin word), a left-to-right
  mark (U+200E, invisible, one of the bidi marks pdftotext already writes) goes before it, and
  a right-to-left piece ending in a vowel sign gets a right-to-left mark (U+200F) after it.

On a page where right-to-left letters outnumber left-to-right ones poppler reads right to left
(its other branch), which reads the drawn glyphs right and the layer wrong: the canvas keeps
what each page's lines read (:func:`seen`, :func:`draw_layer`) and :func:`settle` takes the
layers out again (and the glyphs' mute) before such a page is written.

What a viewer highlights when one searches such a line follows the layer's slots, not the
glyphs (the line's box is the same, the order of its pieces is not); ``pdftotext -bbox`` gives
a box per right-to-left character for it, and ``pdftotext -raw`` (content-stream order) a line
per right-to-left character: the price of a content stream in logical order, which is what a
screen reader and a reader that joins ``ActualText`` spans in order need.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics

from entryhub_desk.cv import fonts, tounicode
from entryhub_desk.cv.fonts import LATIN
from entryhub_desk.cv.shaping import shape

LRM = "\u200e"
RLM = "\u200f"
# The marked content that makes poppler and Acrobat read nothing from the glyphs inside it.
MUTE = "/Span <</ActualText <FEFF>>> BDC"
# poppler's character table (poppler/UnicodeTypeTable.cc) is older than Python's Unicode data;
# where they differ for characters an Arabic-script line can hold, poppler's type.
_POPPLER: dict[int, str] = {
    **dict.fromkeys([0x600, 0x601, 0x602, 0x603, 0x6DD, *range(0x616, 0x61B)], "R"),
    **dict.fromkeys([*range(0xFD40, 0xFD50), 0xFDCF, 0x202B, 0x202E], "R"),
    **dict.fromkeys([0x606, 0x607, 0x608, 0x60B, *range(0x659, 0x660)], "#"),
    **dict.fromkeys([0x202A, 0x202D], "L"),
    0x202F: "N",
}
_NUMBER_LIKE = ("EN", "ES", "ET", "CS", "AN")
# A slot narrower than this (a fraction of the font size) would look to poppler like a
# duplicated glyph; such a line keeps today's reading.
_MIN_SLOT = 0.15
# Neighbouring slots overlap by this much (fraction of the font size), so poppler puts no space
# between them; a space's empty slot is wider than poppler's space threshold (0.03).
_OVERLAP = 0.02


@lru_cache(maxsize=4096)
def poppler_type(char: str) -> str:
    """How poppler classes a character for reordering: ``R`` (right to left), ``L`` (left to
    right), ``#`` (number-like: digits and their separators) or ``N`` (neutral)."""
    code = ord(char)
    if code > 0xFFFF:
        return "N"
    if code in _POPPLER:
        return _POPPLER[code]
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return "#" if kind in _NUMBER_LIKE else "N"


def poppler_reads(visual: str) -> str:
    """What poppler makes of a line whose characters are ``visual`` (x order) on a page that
    reads left to right (its ``reorderText`` with ``primaryLR``, without the bidi controls it
    adds around right-to-left sections)."""
    out: list[str] = []
    i, n = 0, len(visual)
    while i < n:
        j = i
        while j < n and poppler_type(visual[j]) != "R":
            j += 1
        out.append(visual[i:j])
        i = j
        while j < n and poppler_type(visual[j]) not in ("L", "#"):
            j += 1
        out.append(visual[i:j][::-1])
        i = j
    return "".join(out)


def needs_layer(text: str, visual: str) -> bool:
    """Whether poppler reads a line wrong from its glyphs: ``text`` is the line in logical
    order, ``visual`` what its glyphs stand for in x order (:func:`screen_text`)."""
    if not any(poppler_type(c) == "R" for c in text):
        return False
    return poppler_reads(visual) != text


def screen_text(pieces: Sequence[Any]) -> str:
    """What poppler finds under a line's pieces (``text.Piece``), left to right: per glyph its
    ToUnicode text (a glyph of several characters gives them in their order), a piece without
    glyph records its characters."""
    out = []
    for piece in pieces:
        run = piece.shaped
        if run is not None and run.exact:
            out.append("".join(run.texts))
        else:
            out.append(piece.source or str(piece.text))
    return "".join(out)


def reading_order(text: str) -> tuple[str, list[int]]:
    """``text`` with the marks poppler needs, and for each of its characters the slot (0 =
    leftmost) at which poppler reads it back in that order (:func:`poppler_reads`)."""
    kinds = [poppler_type(c) for c in text]
    before: list[str | None] = []  # the nearest non-neutral kind on each side
    last: str | None = None
    for kind in kinds:
        before.append(last)
        last = kind if kind != "N" else last
    after: list[str | None] = [None] * len(kinds)
    last = None
    for i in range(len(kinds) - 1, -1, -1):
        after[i] = last
        last = kinds[i] if kinds[i] != "N" else last
    # A neutral belongs to a right-to-left piece when right-to-left letters are on both sides;
    # a combining mark stays with its letter.
    side: list[str] = []
    for i, kind in enumerate(kinds):
        if kind == "R":
            side.append("R")
        elif kind != "N":
            side.append("L")
        elif side and unicodedata.combining(text[i]):
            side.append(side[-1])
        else:
            side.append("R" if before[i] == "R" and after[i] == "R" else "L")
    chars: list[str] = []
    pieces: list[tuple[str, list[int]]] = []

    def close() -> None:  # poppler starts a reversed piece only at a right-to-left character
        if pieces and pieces[-1][0] == "R" and poppler_type(chars[-1]) != "R":
            pieces[-1][1].append(len(chars))
            chars.append(RLM)

    for i, char in enumerate(text):
        if not pieces or pieces[-1][0] != side[i]:
            close()
            if side[i] == "L" and pieces and kinds[i] == "N":
                pieces.append(("L", [len(chars)]))  # poppler would take the neutral along
                chars.append(LRM)
            else:
                pieces.append((side[i], []))
        pieces[-1][1].append(len(chars))
        chars.append(char)
    close()
    visual: list[int] = []
    for kind, members in pieces:
        visual += members[::-1] if kind == "R" else members
    slots = [0] * len(chars)
    for slot, index in enumerate(visual):
        slots[index] = slot
    return "".join(chars), slots


@dataclass(frozen=True)
class Layer:
    text: str  # the line in logical order, with marks
    slots: tuple[int, ...]
    x: float  # the box the slots share: left edge, width (points), and the font size
    width: float
    size: float


def layer_for(source: str, visual: str, x: float, width: float, size: float) -> Layer | None:
    """The reading layer of a line (``source``: its characters in logical order, a bullet
    drawn beside it first; ``visual``: :func:`screen_text`), spread over the box from ``x``
    ``width`` wide; None when poppler reads the drawn glyphs right already (or the box is too
    tight for a slot per character)."""
    if not source or not needs_layer(source, visual):
        return None
    text, slots = reading_order(source)
    if width / len(text) < _MIN_SLOT * size:
        return None
    return Layer(text, tuple(slots), x, width, size)


def layer_of(line: Any, x: float, bullet: tuple[Any, float] | None) -> Layer | None:
    """:func:`layer_for` a ``text.Line`` drawn at ``x`` (and a list item's bullet line drawn
    beside it at its own x: read first, its box joins the line's)."""
    source, visual = line.source, screen_text(line.pieces)
    left, right = x, x + line.width
    if bullet is not None:
        mark, at = bullet
        sign = screen_text(mark.pieces)
        source = f"{sign} {source}"
        visual = f"{visual} {sign}" if at > x else f"{sign} {visual}"
        left, right = min(left, at), max(right, at + mark.width)
    return layer_for(source, visual, left, right - left, line.pieces[0].size)


def draw_layer(canvas: Any, layer: Layer, y: float, muted: range) -> None:
    """The invisible reading layer on the baseline ``y`` (``muted``: the canvas's code entries
    of the line's muted glyphs)."""
    size = layer.size
    step = layer.width / len(layer.text)
    advance = shape(" ", LATIN, False, False).advance * size / 1000
    name = fonts.font_name(LATIN, False)
    t = canvas.beginText()
    t.setFont(name, size)
    t.setTextRenderMode(3)
    t.setHorizScale(100 * (step + _OVERLAP * size) / advance)
    first = True
    space = ""
    code: list[str] = []
    for char, slot in zip(layer.text, layer.slots, strict=True):
        if first:  # reportlab selects the subset of the space (and records its use)
            t.setTextOrigin(layer.x + slot * step, y)
            t._code.append(tounicode.actual_text_operator(char))
            t.textOut(" ")
            t._code.append("EMC")
            ((_, encoded),) = pdfmetrics.getFont(name).splitString(" ", canvas._doc)
            space = f"({canvas._escape(encoded)}) Tj"
            first = False
            continue
        code.append(f"1 0 0 1 {layer.x + slot * step:.3f} {y:.3f} Tm {_span(char)} {space} EMC")
    t._code.append(" ".join(code))
    t.setTextRenderMode(0)
    t.setHorizScale(100)
    page = _page(canvas)
    page.muted += muted
    page.layers.append(len(canvas._code))
    page.reads.append(layer.text)
    canvas.drawText(t)


@lru_cache(maxsize=1024)
def _span(char: str) -> str:
    return tounicode.actual_text_operator(char)


# -- pages poppler reads right to left --------------------------------------------------------

_PAGE = "_entryhub_reading_page"


@dataclass
class _Page:
    code: list[str]  # the canvas's code of the page (reportlab starts a new list per page)
    reads: list[str | Sequence[Any]] = field(default_factory=list)  # text, or a line's pieces
    muted: list[int] = field(default_factory=list)  # indices in ``code``
    layers: list[int] = field(default_factory=list)


def _page(canvas: Any) -> _Page:
    page: _Page | None = getattr(canvas, _PAGE, None)
    if page is None or page.code is not canvas._code:
        page = _Page(canvas._code)
        setattr(canvas, _PAGE, page)
    return page


def seen(canvas: Any, pieces: Sequence[Any]) -> None:
    """Note a line drawn without a layer (what it reads counts only when the page has one)."""
    _page(canvas).reads.append(pieces)


def settle(canvas: Any) -> None:
    """Before the page is written: on a page poppler reads right to left (more right-to-left
    than left-to-right letters, its ``lrCount``), take the layers out and unmute the glyphs."""
    page: _Page | None = getattr(canvas, _PAGE, None)
    if page is None or page.code is not canvas._code or not page.layers:
        return
    balance = 0
    for read in page.reads:
        for char in read if isinstance(read, str) else screen_text(read):
            kind = poppler_type(char)
            balance += 1 if kind == "L" else -1 if kind == "R" else 0
    if balance >= 0:
        return
    code = page.code
    for index in page.layers:
        code[index] = ""
    for index in page.muted:
        text = code[index]
        at = text.find(MUTE)
        if at >= 0:
            text = text[:at] + text[at + len(MUTE) :]
            end = text.rindex("EMC")
            code[index] = text[:end] + text[end + 3 :]
    page.layers.clear()
    page.muted.clear()
