"""HarfBuzz shaping of one run of CV text, and what each glyph stands for.

A run (one font, style and direction) is shaped with the CV's features (kerning and standard
ligatures; discretionary ligatures off: ``dlig`` turns محمد into U+FDF4) and handed to
reportlab as its ``ShapedStr`` (glyph → a code point of the embedded subset, HarfBuzz's
advances and offsets). Each glyph also carries the characters of its HarfBuzz cluster, so the
PDF can say which text it draws (:mod:`entryhub_desk.cv.tounicode`). Results are cached.
"""

from __future__ import annotations

import operator
import unicodedata
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import repeat
from typing import Final

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from entryhub_desk.cv import fonts
from entryhub_desk.cv.fonts import LATIN
from entryhub_desk.memo import personal

FEATURES: Final = {"kern": True, "liga": True, "dlig": False}


@dataclass(frozen=True)
class Shaped:
    """A run shaped by HarfBuzz: reportlab's ShapedStr in visual order, its advance (in 1/1000
    of the font size) and, per glyph, the source text it stands for (:mod:`tounicode`)."""

    glyphs: ShapedStr
    advance: float
    texts: tuple[str, ...]
    exact: bool  # every glyph stands for its own characters (no glyph for part of a cluster)
    natural: bool  # … and each is the character its code already means (nothing to record)
    # A natural run without glyph offsets as plain strings at their x (1/1000 of the size),
    # cut where a kerning pair moves the next glyph: drawn without reportlab's per-glyph
    # positioning (much faster). None: draw ``glyphs``.
    segments: tuple[tuple[float, str], ...] | None = None

    def char_advances(self, length: int) -> list[float]:
        """The advance of each of the run's ``length`` characters (1/1000 of the size): a
        cluster's advance goes to its first character, the others of the cluster get 0."""
        out = [0.0] * length
        for data in self.glyphs.__shapeData__:
            out[data[0]] += data[1]
        return out


@personal
@lru_cache(maxsize=8192)
def shape(text: str, family: str, bold: bool, rtl: bool) -> Shaped:
    """``text`` shaped by HarfBuzz in the CV's font of ``family`` (per glyph, C-level passes:
    a right-to-left line of Arabic or a line of Ge'ez is a few dozen glyphs)."""
    font, buf = _harfbuzz(text, family, bold, rtl)
    scale = 1000 / font.upem
    face = pdfmetrics.getFont(font.name).face
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    clusters = list(map(_CLUSTER, infos))
    texts, exact = _cluster_texts(text, clusters, rtl)
    codes = list(map(font.glyph_char.get, map(_CODEPOINT, infos), repeat(0)))
    if any(map(_invisible, set(text))):
        for i, source in enumerate(texts):
            if len(source) == 1 and _invisible(source) and ord(source) in face.charToGlyph:
                codes[i] = ord(source)  # a joiner (HarfBuzz gives the space glyph): its own
    chars = list(map(chr, codes))
    advances = list(map(scale.__mul__, map(_X_ADVANCE, positions)))
    data = list(
        map(
            tuple.__new__,
            repeat(ShapeData),
            zip(
                clusters,
                advances,
                map(scale.__mul__, map(_Y_ADVANCE, positions)),
                map(scale.__mul__, map(_X_OFFSET, positions)),
                map(scale.__mul__, map(_Y_OFFSET, positions)),
                map(face.charWidths.get, codes, advances),
                strict=True,
            ),
        )
    )
    total = reduce(operator.add, advances, 0.0)  # summed in order
    natural = exact and list(texts) == chars
    glyphs = ShapedStr("".join(chars), shapeData=data)
    segments = _segments(chars, data) if natural and family == LATIN else None
    return Shaped(glyphs, total, texts, exact, natural, segments)


_CLUSTER, _CODEPOINT = operator.attrgetter("cluster"), operator.attrgetter("codepoint")
_X_ADVANCE, _Y_ADVANCE = operator.attrgetter("x_advance"), operator.attrgetter("y_advance")
_X_OFFSET, _Y_OFFSET = operator.attrgetter("x_offset"), operator.attrgetter("y_offset")


def _segments(chars: list[str], data: list[ShapeData]) -> tuple[tuple[float, str], ...] | None:
    out: list[tuple[float, str]] = []
    x = start = 0.0
    current: list[str] = []
    for char, d in zip(chars, data, strict=True):
        _, advance, y_advance, x_offset, y_offset, width = d
        if y_advance or x_offset or y_offset:
            return None
        current.append(char)
        x += advance
        if abs(advance - width) > 0.01:  # kerned: the next glyph starts a new segment
            out.append((start, "".join(current)))
            current, start = [], x
    if current:
        out.append((start, "".join(current)))
    return tuple(out)


@lru_cache(maxsize=256)
def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _cluster_texts(text: str, clusters: list[int], rtl: bool) -> tuple[tuple[str, ...], bool]:
    """Per glyph (visual order), the characters of ``text`` it stands for; and whether every
    glyph got its own (False: a cluster drawn with more glyphs than it has characters)."""
    if rtl:  # one glyph per cluster: each cluster ends where the one drawn before it starts
        if all(map(operator.gt, clusters, clusters[1:])):
            return tuple(map(text.__getitem__, map(slice, clusters, [len(text), *clusters]))), True
    elif all(map(operator.lt, clusters, clusters[1:])):  # … where the one drawn after starts
        return tuple(map(text.__getitem__, map(slice, clusters, [*clusters[1:], len(text)]))), True
    return _grouped_texts(text, clusters, rtl)


def _grouped_texts(text: str, clusters: list[int], rtl: bool) -> tuple[tuple[str, ...], bool]:
    """:func:`_cluster_texts` for any clusters (a cluster of several glyphs: a letter and
    its marks, a conjunct; glyphs reordered within a run)."""
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    members: dict[int, list[int]] = {}
    for index, cluster in enumerate(clusters):
        members.setdefault(cluster, []).append(index)
    texts = [""] * len(clusters)
    exact = True
    for cluster, indices in members.items():
        chunk = text[cluster : ends[cluster]]
        order = indices[::-1] if rtl else indices  # logical order of the cluster's glyphs
        if len(order) == 1:
            texts[order[0]] = chunk
        elif len(order) == len(chunk):  # a letter and its marks, drawn one glyph each
            for index, char in zip(order, chunk, strict=True):
                texts[index] = char
        else:
            texts[order[0]] = chunk
            exact = False
    return tuple(texts), exact


def glyph_ids(text: str, family: str, bold: bool, rtl: bool) -> list[int]:
    """HarfBuzz's glyph ids for ``text`` in visual order (what a correct PDF draws)."""
    _, buf = _harfbuzz(text, family, bold, rtl)
    return [info.codepoint for info in buf.glyph_infos]


def _harfbuzz(text: str, family: str, bold: bool, rtl: bool) -> tuple[fonts.CvFont, hb.Buffer]:
    """``text`` shaped by HarfBuzz in the CV's font of ``family``."""
    font = fonts.get(family, bold)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, FEATURES)
    return font, buf
