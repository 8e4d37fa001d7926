"""Plain left-to-right text in Noto Sans, measured and drawn without shaping each word.

Most of a CV is Latin text that HarfBuzz sets glyph by glyph with pair kerning only. For it,
:class:`Metrics` keeps, per font and per process, each character's advance and each pair's
kerning as HarfBuzz gives them (a kerning table filled as pairs are first met: font metrics,
nothing of a CV's text as such). A run's width is then the sum of its advances and kerns, in
the font's units: exactly HarfBuzz's. A character or pair that HarfBuzz sets otherwise (a
ligature such as "fi", a combining mark, a character the font lacks) makes the run ``None``
here, and the caller shapes it with HarfBuzz (:mod:`entryhub_desk.cv.shaping`).

:func:`operators` writes such a run as content-stream operators directly (font, colour,
position, one ``TJ`` with the kerning), the glyph codes taken from the document's subset
assignment (:class:`Encoder`, per document, so nothing stays after a render).
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

import uharfbuzz as hb
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics

from entryhub_desk.cv import fonts
from entryhub_desk.cv.fonts import LATIN
from entryhub_desk.cv.pdfnum import number
from entryhub_desk.cv.shaping import shape

_NAN = math.nan
_FEATURES = {"kern": True, "liga": True, "dlig": False}
_ENCODERS = "_entryhub_latin_encoders"


class Scope:
    """What one render has measured: runs (font name → text → its units and kerns) and
    paragraphs laid out (spans, size, width, direction → lines), see :func:`render_scope`."""

    def __init__(self) -> None:
        self.runs: dict[str, dict[str, Measured]] = {}
        self.layouts: dict[tuple[Any, ...], list[Any]] = {}


# A run's width in font units (NaN: HarfBuzz must set it) and where it is kerned: (index of
# the character the next one is kerned against, kern in font units).
Measured = tuple[float, tuple[tuple[int, float], ...]]
_scope: ContextVar[Scope | None] = ContextVar("cv_render_scope", default=None)


@contextmanager
def render_scope() -> Iterator[None]:
    """While a CV (or card) is rendered: remember the runs and paragraphs measured (a word
    is measured again and again while paragraphs are set and pages filled). Afterwards
    nothing of its text stays in a cache: the scope goes, and HarfBuzz's cache is emptied."""
    token = _scope.set(Scope())
    try:
        yield
    finally:
        _scope.reset(token)
        shape.cache_clear()


def current_scope() -> Scope | None:
    """The render's scope (None outside :func:`render_scope`)."""
    return _scope.get()


class Metrics:
    """HarfBuzz's advances and pair kerns of one font, in font units (NaN: shape instead)."""

    def __init__(self, bold: bool) -> None:
        self.font = fonts.get(LATIN, bold)
        self.name = self.font.name
        self.scale = 1000 / self.font.upem  # font units → 1/1000 of the size
        self.face = pdfmetrics.getFont(self.name).face
        self.advance: dict[str, float] = {}
        # two characters → the first one's extra advance
        self.kern: dict[tuple[str, str], float] = {}
        # per character: the embedded font's width less HarfBuzz's advance (1/1000 of the size)
        self.fix: dict[str, float] = {}
        self.exact = True  # every fix so far is 0
        self.moves: dict[float, str] = {}  # a kern → its number in a TJ array
        self._lock = threading.Lock()
        self.space = self._measure(" ")[0]

    def measure(self, text: str) -> Measured:
        """The width of ``text`` in font units and its kerns (remembered in a render)."""
        scope = _scope.get()
        if scope is None:
            return self._measure(text)
        known = scope.runs.get(self.name)
        if known is None:
            known = scope.runs[self.name] = {}
        found = known.get(text)
        if found is None:
            found = known[text] = self._measure(text)
        return found

    def units(self, text: str) -> float:
        """The width of ``text`` in font units; NaN when HarfBuzz sets it otherwise."""
        return self.measure(text)[0]

    def advances(self, text: str) -> list[float]:
        """The advance of each character of ``text`` in font units (NaN: shape instead)."""
        try:
            return list(map(self.advance.__getitem__, text))
        except KeyError:
            self._learn_chars(text)
            return list(map(self.advance.__getitem__, text))

    def pair_kerns(self, text: str) -> list[float]:
        """The kerning after each character of ``text`` but the last, in font units (NaN:
        shape instead); the characters' advances must be known (:meth:`advances`)."""
        try:
            return list(map(self.kern.__getitem__, itertools.pairwise(text)))
        except KeyError:
            self._learn_pairs(text)
            return list(map(self.kern.__getitem__, itertools.pairwise(text)))

    def _measure(self, text: str) -> Measured:
        advance, kern = self.advance, self.kern
        try:
            total = sum(map(advance.__getitem__, text))
        except KeyError:
            self._learn_chars(text)
            total = sum(map(advance.__getitem__, text))
        if len(text) < 2:
            return total, ()
        try:
            kerns = list(map(kern.__getitem__, itertools.pairwise(text)))
        except KeyError:
            self._learn_pairs(text)
            kerns = list(map(kern.__getitem__, itertools.pairwise(text)))
        if not any(kerns):
            return total, ()
        total += sum(kerns)
        return total, tuple([(i, k) for i, k in enumerate(kerns) if k])

    def kern_of(self, first: str, second: str) -> float:
        """The kerning of two characters in font units (NaN: see :meth:`units`)."""
        found = self.kern.get((first, second))
        if found is None:
            self._learn_chars(first + second)
            self._learn_pairs(first + second)
            found = self.kern[(first, second)]
        return found

    def width(self, text: str, size: float) -> float:
        """The width of ``text`` at ``size`` points (NaN: see :meth:`units`)."""
        return self.units(text) * self.scale * size / 1000

    def _shape(self, text: str) -> tuple[list[Any], list[Any]]:
        buf = hb.Buffer()
        buf.add_str(text)
        buf.direction = "ltr"
        buf.guess_segment_properties()
        hb.shape(self.font.hb_font, buf, _FEATURES)
        return buf.glyph_infos, buf.glyph_positions

    def _plain(self, char: str, info: Any, pos: Any) -> bool:
        code = ord(char)
        gid = self.font.hb_font.get_nominal_glyph(code)
        return (
            bool(gid)
            and info.codepoint == gid
            and code != 0xA0  # reportlab draws it as a space: leave it to the shaped path
            and self.font.glyph_char.get(gid) == code  # the code the subset gives the glyph
            and not (pos.x_offset or pos.y_offset or pos.y_advance)
        )

    def _learn_chars(self, text: str) -> None:
        with self._lock:
            for char in dict.fromkeys(text):
                if char in self.advance:
                    continue
                infos, positions = self._shape(char)
                plain = len(infos) == 1 and self._plain(char, infos[0], positions[0])
                advance = float(positions[0].x_advance) if plain else _NAN
                self.advance[char] = advance
                width = self.face.charWidths.get(ord(char), self.face.defaultWidth)
                self.fix[char] = width - advance * self.scale if plain else 0.0
                self.exact = self.exact and abs(self.fix[char]) <= 0.01

    def _learn_pairs(self, text: str) -> None:
        with self._lock:
            for pair in dict.fromkeys(itertools.pairwise(text)):
                if pair in self.kern:
                    continue
                first, second = self.advance.get(pair[0], _NAN), self.advance.get(pair[1], _NAN)
                if first != first or second != second:
                    self.kern[pair] = _NAN
                    continue
                infos, positions = self._shape(pair[0] + pair[1])
                plain = (
                    len(infos) == 2
                    and self._plain(pair[0], infos[0], positions[0])
                    and self._plain(pair[1], infos[1], positions[1])
                    and positions[1].x_advance == second
                )
                self.kern[pair] = positions[0].x_advance - first if plain else _NAN


_metrics: dict[bool, Metrics] = {}
_by_name: dict[str, Metrics] = {}


def metrics(bold: bool) -> Metrics:
    """The metrics of Noto Sans (bold or regular), made once per process."""
    found = _metrics.get(bold)
    if found is None:
        found = _metrics[bold] = Metrics(bold)
        _by_name[found.name] = found
    return found


class Encoder:
    """One font's characters as codes of its subsets in one document (reportlab assigns
    them in order of first use; this remembers each as its subset and escaped byte)."""

    def __init__(self, font_name: str, doc: Any) -> None:
        self.font = pdfmetrics.getFont(font_name)
        self.doc = doc
        self.subset: dict[str, int] = {}
        self.table: dict[int, str] = {}  # for str.translate: character → escaped byte
        self.names: dict[int, str] = {}
        self.single = True  # every character so far is in subset 0
        self.assigned: dict[int, int] | None = None  # reportlab's (see learn)
        self.sized: dict[float, str] = {}  # a size → the operator selecting subset 0 at it
        self.readable: bool | None = None  # printable ASCII has its own codes (see as_is)
        self.codes: dict[str, int] = {}  # character → its code in its subset

    def split(self, text: str) -> list[tuple[int, bytes]]:
        """reportlab's ``splitString(text, doc)`` of the font: ``text`` as (subset, codes)
        runs, the codes of characters already used read from this document's encoder."""
        runs = self.runs(text)  # (learns what is new)
        code = self.codes.__getitem__
        return [(subset, bytes(map(code, text[start:end]))) for subset, start, end in runs]

    def runs(self, text: str) -> list[tuple[int, int, int]]:
        """``text`` as (subset, start, end) runs of one subset each."""
        subset = self.subset
        if not subset.keys() >= set(text):
            self.learn(text)
        if self.single:
            return [(0, 0, len(text))]
        out: list[tuple[int, int, int]] = []
        start = 0
        numbers = list(map(subset.__getitem__, text))
        for i in range(1, len(text) + 1):
            if i == len(text) or numbers[i] != numbers[start]:
                out.append((numbers[start], start, i))
                start = i
        return out

    def learn(self, text: str) -> None:
        """Give the characters of ``text`` not yet used their codes, in order of first use
        (the same codes in every process): those reportlab's subsets already hold (ASCII,
        and what another run of the document used) read from its assignments, else all
        assigned by reportlab in one call."""
        subset, table = self.subset, self.table
        new = "".join(itertools.filterfalse(subset.__contains__, dict.fromkeys(text)))
        if self.assigned is None:
            state = getattr(self.font, "state", {}).get(self.doc)
            self.assigned = state.assignments if state is not None else None
        known = None
        if self.assigned is not None and "\xa0" not in new:  # (reportlab draws it as a space)
            known = list(map(self.assigned.get, map(ord, new)))
        if known is None or None in known:
            codes: list[int] = []
            for number, data in self.font.splitString(new, self.doc):
                codes += [number << 8 | byte for byte in data]
        else:
            codes = cast(list[int], known)
        raw = self.codes
        for char, code in zip(new, codes, strict=True):
            subset[char] = code >> 8
            table[ord(char)] = _ESCAPED[code & 0xFF]
            raw[char] = code & 0xFF
        self.single = self.single and (not codes or max(codes) < 256)

    def as_is(self, text: str) -> bool:
        """Whether ``text`` is written as it is: printable ASCII without the delimiters a PDF
        string escapes, in a document whose subset gives every such character its own code
        (reportlab's readable ASCII: what :meth:`learn` would find, without learning it)."""
        if not (text.isascii() and text.isprintable()):
            return False
        if "(" in text or ")" in text or "\\" in text:
            return False
        readable = self.readable
        if readable is None:
            state = getattr(self.font, "state", {}).get(self.doc)
            if state is None:  # (nothing of this font drawn yet in the document)
                return False
            assigned = state.assignments
            readable = self.readable = all(assigned.get(n) == n for n in range(32, 127))
        return readable

    def subset_name(self, subset: int) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name


def _escape(byte: int) -> str:
    if byte in (0x28, 0x29, 0x5C):  # ( ) \
        return "\\" + chr(byte)
    if byte < 32 or byte > 126:
        return f"\\{byte:03o}"
    return chr(byte)


_ESCAPED = [_escape(byte) for byte in range(256)]


def encoder(doc: Any, font_name: str) -> Encoder:
    encoders: dict[str, Encoder] | None = getattr(doc, _ENCODERS, None)
    if encoders is None:
        encoders = {}
        setattr(doc, _ENCODERS, encoders)
    found = encoders.get(font_name)
    if found is None:
        found = encoders[font_name] = Encoder(font_name, doc)
    return found


_colors: dict[tuple[float, float, float], str] = {}


def _color(color: Color) -> str:
    key = (color.red, color.green, color.blue)
    op = _colors.get(key)
    if op is None:
        op = _colors[key] = f"{fp_str(key)} rg"
    return op


def _kerns(m: Metrics, text: str) -> list[tuple[int, float]]:
    """Where ``text`` is kerned: within its words and spaces (as measured) and where they
    meet."""
    out: list[tuple[int, float]] = []
    at = 0
    for part in _PARTS.findall(text):
        if at:
            k = m.kern_of(text[at - 1], part[0])
            if k:
                out.append((at - 1, k))
        inner = m.measure(part)[1]
        if inner:
            out += [(at + i, k) for i, k in inner]
        at += len(part)
    return out


_PARTS = re.compile(r"\S+|\s+")  # words and spaces, as text.py's layout measures them


def operators(
    doc: Any,
    text: str,
    font: str,
    size: float,
    color: Color,
    x: float,
    y: float,
    kerns: Sequence[tuple[int, float]] | None = None,
) -> str:
    """Text-object operators that draw ``text`` in ``font`` (a run :meth:`Metrics.units`
    measured) at ``x``, ``y``: colour, font, position and one ``TJ`` with HarfBuzz's kerning
    (a number wherever HarfBuzz's advance differs from the embedded font's width); ``kerns``:
    where the layout found it kerned (see :func:`_kerns`), else found here."""
    m = _by_name[font]
    enc = encoder(doc, font)
    if m.exact and kerns is not None:
        as_is = enc.as_is(text)
        if not as_is and not enc.subset.keys() >= set(text):
            enc.learn(text)
        if enc.single:  # one subset, the kerns as the layout found them
            return _single(m, enc, text, size, color, x, y, kerns, as_is)
    runs = enc.runs(text)
    scale = m.scale
    if m.exact:  # the embedded widths are HarfBuzz's advances: numbers only where kerned
        found = _kerns(m, text) if kerns is None else kerns
        moves = [(i, -k * scale) for i, k in found]
    else:
        m._measure(text)
        fix, kern = m.fix, m.kern
        adjust = [fix[c] - kern[(c, d)] * scale for c, d in itertools.pairwise(text)]
        moves = [(i, a) for i, a in enumerate(adjust) if a > 0.01 or a < -0.01]
    table = enc.table
    size_text = fp_str(size)
    ops = [f"{_color(color)} 1 0 0 1 {fp_str(x, y)} Tm"]
    for subset, start, end in runs:
        parts = []
        a = start
        for i, move in moves:
            if start <= i < end:  # (a kern at a run's end moves the next run)
                parts.append(f"({text[a : i + 1].translate(table)}) {fp_str(move)}")
                a = i + 1
        if a < end:
            parts.append(f"({text[a:end].translate(table)})")
        ops.append(f"{enc.subset_name(subset)} {size_text} Tf [{' '.join(parts)}] TJ")
    return " ".join(ops)


def _single(
    m: Metrics,
    enc: Encoder,
    text: str,
    size: float,
    color: Color,
    x: float,
    y: float,
    kerns: Sequence[tuple[int, float]],
    as_is: bool = False,
) -> str:
    """:func:`operators` for text in the font's first subset (the same operators, fewer
    steps: each kern's number is written once per process, see :attr:`Metrics.moves`, the
    font operator once per document and size, and text written as it is when its codes are
    its characters, see :meth:`Encoder.as_is`)."""
    font = enc.sized.get(size)
    if font is None:
        font = enc.sized[size] = f"{enc.subset_name(0)} {fp_str(size)} Tf"
    if kerns:
        moves = m.moves
        parts = []
        a = 0
        table = None if as_is else enc.table
        for i, k in kerns:
            move = moves.get(k)
            if move is None:
                move = moves[k] = fp_str(-k * m.scale)
            shown = text[a : i + 1]
            parts.append(f"({shown if table is None else shown.translate(table)}) {move}")
            a = i + 1
        if a < len(text):
            shown = text[a:]
            parts.append(f"({shown if table is None else shown.translate(table)})")
        shown = " ".join(parts)
    else:
        shown = f"({text if as_is else text.translate(enc.table)})"
    return f"{_color(color)} 1 0 0 1 {number(x)} {number(y)} Tm {font} [{shown}] TJ"
