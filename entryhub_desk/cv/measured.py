"""Plain Latin paragraphs set from running sums: the same lines as :mod:`plain`'s word by word
setting, with the per-character work done by C-level passes and no word measured apart.

Each span is measured at once (:class:`Measured`): the running sums of HarfBuzz's advances and
pair kerns of its characters, in font units. Advances and kerns are whole numbers, so any
word's or piece's width, taken as a difference of two sums, is exactly the sum
:meth:`entryhub_desk.cv.latin.Metrics.measure` gives for it, and the widths, the breaks and the
pieces are those of :func:`entryhub_desk.cv.plain._layout_words` to the last bit. A span with
a character or pair HarfBuzz sets otherwise (a ligature, a mark) is not ``exact``:
:mod:`plain` sets it word by word.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate, compress

from entryhub_desk.cv import latin
from entryhub_desk.cv.fonts import LATIN
from entryhub_desk.cv.lines import Line, Piece, Span
from entryhub_desk.cv.shaping import shape

# A word, a separator that never starts a line (kept with the word before it), or spaces
# only (they come only at a span's start: a word takes the spaces after it).
WORD, SEPARATOR, SPACES = 0, 1, 2
SEPARATOR_CHARS = frozenset("·–—|•")
_SEPARATOR = re.compile(r"[·–—|•]+")
_PART = re.compile(r"(\S+)\s*|\s+")
_POSITIVE = (0.0).__lt__
# Below this distance from the line's width, a paragraph's width summed whole may differ from
# the sum of its words (rounding) in which side of the width it falls.
_MARGIN = 1e-6


class WordByWord(Exception):
    """Raised by :func:`lines` for a paragraph that :mod:`plain` must set word by word."""


def _nans(values: list[float]) -> list[int]:
    return [i for i, v in enumerate(values) if v != v]


class Measured:
    """One span measured at once (see the module). ``exact`` is False when a character or
    pair must be shaped. The running sums are made when a part of the span is asked for
    (:meth:`sums`): most paragraphs are one line, set from the totals."""

    __slots__ = (
        "_sums",
        "advance",
        "advanced",
        "bad",
        "bold",
        "kern",
        "metrics",
        "scale",
        "size",
        "text",
        "total",
    )

    def __init__(self, span: Span, size: float) -> None:
        metrics = latin.metrics(span.bold)
        self.text = text = span.text
        self.bold = span.bold
        self.metrics = metrics
        self.size = span.size or size
        self.scale = metrics.scale * self.size / 1000
        self.advance = advance = metrics.advances(text)  # advance[i]: of character i
        self.kern = kern = metrics.pair_kerns(text)  # kern[i]: after character i
        # Whole numbers: a sum in any order is the running sum's last value, to the bit.
        self.advanced = sum(advance, 0.0)
        self.total = self.advanced + sum(kern, 0.0)
        self._sums: tuple[list[float], list[float], list[int]] | None = None
        # Of a span that is not exact (see sums): the characters whose advance and those
        # whose kern after them HarfBuzz must give.
        self.bad: tuple[list[int], list[int]] | None = None

    @property
    def exact(self) -> bool:
        total = self.total
        return total == total  # not NaN

    def sums(self) -> tuple[list[float], list[float], list[int]]:
        """The running sums of the advances (``[i]``: of ``text[:i]``) and of the kerns
        (within ``text[:i]``), and the characters kerned after. In a span that is not exact
        the sums count what HarfBuzz must give as 0 (:attr:`bad`, see :meth:`clean`)."""
        sums = self._sums
        if sums is None:
            advance, kern = self.advance, self.kern
            if not self.exact:
                self.bad = (_nans(advance), _nans(kern))
                advance = [0.0 if v != v else v for v in advance]
                kern = [0.0 if v != v else v for v in kern]
            sums = self._sums = (
                list(accumulate(advance, initial=0.0)),
                list(accumulate(kern, initial=0.0)),
                list(compress(range(len(kern)), kern)),
            )
        return sums

    def clean(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (not empty) is set from the sums (not exact: whether
        no character and no pair in it must be shaped; :meth:`sums` first)."""
        bad = self.bad
        if bad is None:
            return True
        chars, kerns = bad
        return bisect_left(chars, start) == bisect_left(chars, end) and bisect_left(
            kerns, start
        ) == bisect_left(kerns, end - 1)

    def units(self, start: int, end: int) -> float:
        """The kerned width of ``text[start:end]`` (not empty) in font units."""
        if start == 0 and end == len(self.text):
            return self.total
        advances, kerns, _ = self.sums()
        return advances[end] - advances[start] + kerns[end - 1] - kerns[start]

    def kerns_in(self, start: int, end: int) -> tuple[tuple[int, float], ...]:
        """The kerns between the characters of ``text[start:end]``, counted from ``start``."""
        kern = self.kern
        if start == 0 and end == len(self.text):
            return tuple([(i, k) for i, k in enumerate(kern) if k]) if any(kern) else ()
        kerned = self.sums()[2]
        inside = kerned[bisect_left(kerned, start) : bisect_left(kerned, end - 1)]
        return tuple([(i - start, kern[i]) for i in inside])

    def piece(self, x: float, span: Span, start: int, end: int) -> Piece:
        """``text[start:end]`` (not empty) as a plain piece at ``x`` (shaped by HarfBuzz
        when it holds a character or pair that must be, as :mod:`plain` sets it)."""
        text = self.text[start:end]
        if not self.clean(start, end):
            run = shape(text, LATIN, self.bold, False)
            width = run.advance * self.size / 1000
            return Piece(x, self.metrics.name, span.color, run.glyphs, width, self.size, run, text)
        width = self.units(start, end) * self.metrics.scale * self.size / 1000
        kerns = self.kerns_in(start, end)
        return Piece(x, self.metrics.name, span.color, text, width, self.size, None, text, kerns)


def one_line(spans: Sequence[Span], measured: Sequence[Measured], width: float) -> Line | None:
    """The paragraph as one line when it surely fits (most titles, dates and short items),
    without cutting it into words: no break can come before a paragraph no wider than its
    advances and its positive kerns. None: see :func:`lines`."""
    bound = 0.0
    for m in measured:
        bound += (m.advanced + sum(filter(_POSITIVE, m.kern))) * m.scale
    if bound > width - _MARGIN:
        return None
    last = len(spans) - 1
    while last >= 0 and (not spans[last].text or spans[last].text.isspace()):
        last -= 1  # the line's end: spaces only (dropped, see _line)
    pieces: list[Piece] = []
    x = 0.0
    for index in range(last + 1):
        m = measured[index]
        if m.text:
            end = len(m.text.rstrip()) if index == last else len(m.text)
            piece = m.piece(x, spans[index], 0, end)
            pieces.append(piece)
            x += piece.width
    return Line(tuple(pieces), x, rtl=False)


def lines(spans: Sequence[Span], measured: Sequence[Measured], width: float) -> list[Line] | None:
    """The paragraph broken into lines no wider than ``width`` at the words (a separator
    never starts a line), the widths summed as the words come; None when a word is wider
    than a line. A word with a character or pair that must be shaped (a ligature, a mark) is
    measured by HarfBuzz, as :mod:`plain` measures it; :class:`WordByWord` is raised when such
    a character or pair is among or before spaces."""
    tokens: list[_Token] = []
    append = tokens.append
    for n, m in enumerate(measured):
        text, scale = m.text, m.scale
        sums, kerns, _ = m.sums()
        exact = m.bad is None
        for match in _PART.finditer(text):
            a, b = match.span()
            c = match.end(1)
            if c < 0:  # spaces only
                if not (exact or m.clean(a, b)):
                    raise WordByWord
                spaces = (sums[b] - sums[a] + kerns[b - 1] - kerns[a]) * scale
                append((n, a, a, b, spaces, 0.0, SPACES))
                continue
            if exact or m.clean(a, c):
                bare = (sums[c] - sums[a] + kerns[c - 1] - kerns[a]) * scale
            else:
                bare = shape(text[a:c], LATIN, m.bold, False).advance * m.size / 1000
            if bare > width:
                return None
            if b > c and not (exact or m.clean(c - 1, b)):
                raise WordByWord
            spaces = (sums[b] - sums[c] + kerns[b - 1] - kerns[c]) * scale if b > c else 0.0
            kind = WORD
            if text[a] in SEPARATOR_CHARS and _SEPARATOR.fullmatch(text, a, c):
                kind = SEPARATOR
            append((n, a, c, b, bare + spaces, bare, kind))
    starts = [0]  # the first token of each line
    used = 0.0
    count = len(tokens)
    for i, token in enumerate(tokens):
        if token[6] == WORD:  # a word: breaks may come before it
            need = token[5]
            j = i + 1
            while j < count and tokens[j][6] == SPACES:
                j += 1
            if j < count and tokens[j][6] == SEPARATOR:
                need = sum(t[4] for t in tokens[i:j]) + tokens[j][5]  # … and its separator
            if i > starts[-1] and used + need > width:
                starts.append(i)
                used = 0.0
        used += token[4]
    starts.append(count)
    return [_line(spans, measured, tokens[a:b]) for a, b in itertools.pairwise(starts)]


# A token: its span, where it starts, where its spaces start and where it ends (characters
# of the span), its width with and without the spaces (points) and its kind.
_Token = tuple[int, int, int, int, float, float, int]


def _line(spans: Sequence[Span], measured: Sequence[Measured], line: list[_Token]) -> Line:
    """One line: a piece per span, without the spaces at the line's end."""
    while line and line[-1][6] == SPACES:
        line.pop()
    pieces: list[Piece] = []
    x = 0.0
    n = 0
    count = len(line)
    while n < count:
        index = line[n][0]
        m = n + 1
        while m < count and line[m][0] == index:
            m += 1
        end = line[m - 1][2] if m == count else line[m - 1][3]  # the line's end: no spaces
        piece = measured[index].piece(x, spans[index], line[n][1], end)
        pieces.append(piece)
        x += piece.width
        n = m
    return Line(tuple(pieces), x, rtl=False)
