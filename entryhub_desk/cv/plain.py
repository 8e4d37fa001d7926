"""Plain left-to-right Latin text laid out and drawn without bidi or shaping each word.

Text that Noto Sans draws alone (see :func:`entryhub_desk.cv.text.is_simple`) is broken into
words, each measured with HarfBuzz's advances and kerns (:mod:`entryhub_desk.cv.latin`; a word
it cannot measure, a ligature or a mark, is shaped), set into lines (a separator never starts
a line) and drawn as content-stream operators directly. A paragraph whose every character
and pair HarfBuzz sets alone is set from running sums instead (:mod:`entryhub_desk.cv.measured`:
the same lines, bit for bit, in fewer steps).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from entryhub_desk.cv import latin
from entryhub_desk.cv.fonts import LATIN
from entryhub_desk.cv.lines import Line, Piece, Span
from entryhub_desk.cv.measured import Measured, WordByWord, lines, one_line
from entryhub_desk.cv.shaping import Shaped, shape

_SEPARATOR = re.compile(r"[·–—|•]+")


def _shape(text: str, bold: bool) -> Shaped:
    return shape(text, LATIN, bold, False)


def layout(spans: Sequence[Span], size: float, width: float) -> list[Line] | None:
    """Left-to-right Latin text: words measured with HarfBuzz's advances and kerns
    (:mod:`entryhub_desk.cv.latin`; a word it cannot measure is shaped) and set, no bidi.
    None when a word is longer than a line (the general path cuts it)."""
    sums = [Measured(span, size) for span in spans]
    if all(m.exact for m in sums):  # every character and pair as HarfBuzz sets it alone
        line = one_line(spans, sums, width)
        return [line] if line is not None else lines(spans, sums, width)
    try:  # the words with a ligature or a mark measured by HarfBuzz
        return lines(spans, sums, width)
    except WordByWord:
        return _layout_words(spans, size, width)


def _layout_words(spans: Sequence[Span], size: float, width: float) -> list[Line] | None:
    """:func:`layout` word by word: spans with a character or pair the Latin metrics cannot
    measure (each such word is shaped)."""
    tokens: list[_Token] = []
    for n, span in enumerate(spans):
        metrics = latin.metrics(span.bold)
        scale = metrics.scale * (span.size or size) / 1000
        measure, space, kern = metrics.measure, metrics.space, metrics.kern
        for word in _TOKEN.findall(span.text):
            bare = word.rstrip()
            length = len(bare)
            kind = _KIND_WORD
            if length == len(word):  # no spaces after it
                bare_units, kerns = measure(word)
                word_units = bare_units
                spaces = 0.0
            elif not length:  # spaces only
                bare_units, kind = 0.0, _KIND_SPACES
                word_units, kerns = measure(word)
                spaces = word_units * scale
            elif length + 1 == len(word) and word[-1] == " ":  # one space after it
                bare_units, kerns = measure(bare)
                last = kern.get((bare[-1], " "))
                if last is None:
                    last = metrics.kern_of(bare[-1], " ")
                word_units = bare_units + last + space
                if last:
                    kerns = (*kerns, (length - 1, last))
                spaces = space * scale
            else:
                bare_units = measure(bare)[0]
                word_units, kerns = measure(word)
                spaces = measure(word[length:])[0] * scale
            if kind == _KIND_WORD and bare[0] in _SEPARATOR_CHARS and _SEPARATOR.fullmatch(bare):
                kind = _KIND_SEPARATOR
            bare_width = bare_units * scale
            if bare_width != bare_width:  # NaN: a ligature, a mark: HarfBuzz measures it
                bare_width = _shape(bare, span.bold).advance * (span.size or size) / 1000
            if bare_width > width:
                return None
            tokens.append(
                (word, n, bare_width + spaces, bare_width, word_units, bare_units, kind, kerns)
            )
    lines: list[list[_Token]] = [[]]
    used = 0.0
    count = len(tokens)
    for i, token in enumerate(tokens):
        if token[6] == _KIND_WORD:  # a word: breaks may come before it
            need = token[3]
            j = i + 1
            while j < count and tokens[j][6] == _KIND_SPACES:
                j += 1
            if j < count and tokens[j][6] == _KIND_SEPARATOR:
                need = sum(t[2] for t in tokens[i:j]) + tokens[j][3]  # … and its separator
            if lines[-1] and used + need > width:
                lines.append([])
                used = 0.0
        lines[-1].append(token)
        used += token[2]
    return [_line(spans, size, line) for line in lines]


# A word with the spaces after it, its span, its width with and without the spaces (points),
# the same in font units (kerned within the word; NaN when HarfBuzz must measure it), and
# its kind (a word, a separator that never starts a line, or spaces only) and its kerns
# (index of a character, font units: see latin.Measured).
_Token = tuple[str, int, float, float, float, float, int, tuple[tuple[int, float], ...]]
_KIND_WORD, _KIND_SEPARATOR, _KIND_SPACES = 0, 1, 2
_SEPARATOR_CHARS = frozenset("·–—|•")
_TOKEN = re.compile(r"\S+\s*|\s+")


def _line(spans: Sequence[Span], size: float, line: list[_Token]) -> Line:
    """One line of :func:`layout`: a piece per span, its width the sum of its words'
    and the kerning where they meet (HarfBuzz's width of the whole piece); a piece the Latin
    metrics cannot measure is shaped by HarfBuzz."""
    while line and line[-1][6] == _KIND_SPACES:
        line.pop()
    pieces: list[Piece] = []
    x = 0.0
    n = 0
    while n < len(line):
        span_index = line[n][1]
        m = n
        while m < len(line) and line[m][1] == span_index:
            m += 1
        group = line[n:m]
        text = "".join(t[0] for t in group)
        span = spans[span_index]
        span_size = span.size or size
        metrics = latin.metrics(span.bold)
        units = sum(t[4] for t in group)
        if m == len(line):  # the line's end: without its spaces
            text = text.rstrip()
            units += group[-1][5] - group[-1][4]
        kerns: list[tuple[int, float]] = []
        at = 0
        previous = ""
        kern = metrics.kern
        for token in group:
            word = token[0]
            if at:  # where two tokens meet
                k = kern.get((previous, word[0]))
                if k is None:
                    k = metrics.kern_of(previous, word[0])
                if k:
                    units += k
                    kerns.append((at - 1, k))
            inner = token[7]
            if inner:
                kerns += [(at + i, k) for i, k in inner] if at else inner
            at += len(word)
            previous = word[-1]
        piece_width = units * metrics.scale * span_size / 1000
        if piece_width == piece_width:
            while kerns and kerns[-1][0] >= len(text) - 1:  # after the last character
                kerns.pop()
            pieces.append(
                Piece(
                    x,
                    metrics.name,
                    span.color,
                    text,
                    piece_width,
                    span_size,
                    None,
                    text,
                    tuple(kerns),
                )
            )
        else:
            run = _shape(text, span.bold)
            piece_width = run.advance * span_size / 1000
            pieces.append(
                Piece(x, metrics.name, span.color, run.glyphs, piece_width, span_size, run, text)
            )
        x += piece_width
        n = m
    return Line(tuple(pieces), x, rtl=False)


def operators(canvas: Canvas, line: Line, x: float, y: float) -> str:
    """The operators of ``line``'s plain pieces (:func:`entryhub_desk.cv.latin.operators`)."""
    doc = canvas._doc
    return " ".join(
        [
            latin.operators(doc, p.text, p.font, p.size, p.color, x + p.x, y, p.kerns)
            for p in line.pieces
            if p.text
        ]
    )
