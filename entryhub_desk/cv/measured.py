"""Plain Latin paragraphs set from running sums: the same lines as :mod:`plain`'s word by word
setting, with the per-character and per-word work done by C-level passes.

Each span is measured at once (:class:`Measured`): the running sums of HarfBuzz's advances and
pair kerns of its characters, in font units. Advances and kerns are whole numbers, so any
word's or piece's width, taken as a difference of two sums, is exactly the sum
:meth:`entryhub_desk.cv.latin.Metrics.measure` gives for it, and the widths, the breaks and the
pieces are those of :func:`entryhub_desk.cv.plain._layout_words` to the last bit (the whole-CV
byte comparisons of the CV tests hold). A span with a character or pair HarfBuzz sets
otherwise (a ligature, a mark) is not ``exact``: :mod:`plain` sets it word by word.
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate, compress

from entryhub_desk.cv import latin
from entryhub_desk.cv.lines import Line, Piece, Span

# A word, a separator that never starts a line (kept with the word before it), or spaces
# only (they come only at a span's start: a word takes the spaces after it).
WORD, SEPARATOR, SPACES = 0, 1, 2
SEPARATOR_CHARS = frozenset("·–—|•")
_SEPARATOR = re.compile(r"[·–—|•]+")
_PART = re.compile(r"(\S+)\s*|\s+")
_START, _END = operator.methodcaller("start"), operator.methodcaller("end")
_BARE_END = operator.methodcaller("end", 1)  # where the word's spaces start
_BEFORE = (-1).__add__
_POSITIVE = (0.0).__lt__
# Below this distance from the line's width, a paragraph's width summed whole may differ from
# the sum of its words (rounding) in which side of the width it falls.
_MARGIN = 1e-6
_sub, _add, _mul, _ne = operator.sub, operator.add, operator.mul, operator.ne


class Measured:
    """One span measured at once (see the module). ``exact`` is False when a character or
    pair must be shaped."""

    __slots__ = ("advances", "kern", "kerned", "kerns", "metrics", "scale", "size", "text")

    def __init__(self, span: Span, size: float) -> None:
        metrics = latin.metrics(span.bold)
        self.text = text = span.text
        self.metrics = metrics
        self.size = span.size or size
        self.scale = metrics.scale * self.size / 1000
        self.advances = list(accumulate(metrics.advances(text), initial=0.0))
        self.kern = kern = metrics.pair_kerns(text)  # kern[i]: after character i
        # kerns[i]: the kerning within text[:i]; one more (the same) after the last character,
        # read (and multiplied by 0) where a word at the span's end has no spaces after it
        self.kerns = list(accumulate(kern, initial=0.0))
        self.kerns.append(self.kerns[-1])
        self.kerned = list(compress(range(len(kern)), kern))

    @property
    def exact(self) -> bool:
        total = self.advances[-1] + self.kerns[-1]
        return total == total  # not NaN

    def units(self, start: int, end: int) -> float:
        """The kerned width of ``text[start:end]`` (not empty) in font units."""
        return self.advances[end] - self.advances[start] + self.kerns[end - 1] - self.kerns[start]

    def kerns_in(self, start: int, end: int) -> tuple[tuple[int, float], ...]:
        """The kerns between the characters of ``text[start:end]``, counted from ``start``."""
        kerned, kern = self.kerned, self.kern
        inside = kerned[bisect_left(kerned, start) : bisect_left(kerned, end - 1)]
        return tuple([(i - start, kern[i]) for i in inside])

    def piece(self, x: float, span: Span, start: int, end: int) -> Piece:
        """``text[start:end]`` (not empty) as a plain piece at ``x``."""
        text = self.text[start:end]
        width = self.units(start, end) * self.metrics.scale * self.size / 1000
        kerns = self.kerns_in(start, end)
        return Piece(x, self.metrics.name, span.color, text, width, self.size, None, text, kerns)


def one_line(spans: Sequence[Span], measured: Sequence[Measured], width: float) -> Line | None:
    """The paragraph as one line when it surely fits (most titles, dates and short items),
    without cutting it into words: no break can come before a paragraph no wider than its
    advances and its positive kerns. None: see :func:`lines`."""
    bound = 0.0
    for m in measured:
        bound += (m.advances[-1] + sum(filter(_POSITIVE, m.kern))) * m.scale
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
    never starts a line); None when a word is wider than a line."""
    where: list[tuple[int, int, int, int]] = []  # per token: span, start, spaces start, end
    wide: list[float] = []  # per token: its width with the spaces after it (points)
    bare: list[float] = []  # … without them
    kinds: list[int] = []
    for n, m in enumerate(measured):
        text = m.text
        if not text:
            continue
        found = list(_PART.finditer(text))
        starts = list(map(_START, found))
        ends = list(map(_END, found))
        bares = list(map(_BARE_END, found))
        leading = bares[0] < 0  # spaces only
        if leading:
            bares[0] = 0
        sums, kerns, scale = m.advances, m.kerns, m.scale
        word = list(
            map(
                scale.__mul__,
                map(
                    _sub,
                    map(
                        _add,
                        map(_sub, map(sums.__getitem__, bares), map(sums.__getitem__, starts)),
                        map(kerns.__getitem__, map(_BEFORE, bares)),
                    ),
                    map(kerns.__getitem__, starts),
                ),
            )
        )
        spaces = map(
            _mul,
            map(
                scale.__mul__,
                map(
                    _sub,
                    map(
                        _add,
                        map(_sub, map(sums.__getitem__, ends), map(sums.__getitem__, bares)),
                        map(kerns.__getitem__, map(_BEFORE, ends)),
                    ),
                    map(kerns.__getitem__, bares),
                ),
            ),
            map(_ne, ends, bares),  # none after the word: 0
        )
        total = list(map(_add, word, spaces))
        kind = [WORD] * len(found)
        if leading:
            word[0] = 0.0
            total[0] = m.units(0, ends[0]) * scale
            kind[0] = SPACES
        if max(word) > width:
            return None
        firsts = map(text.__getitem__, starts)
        for i in compress(range(len(found)), map(SEPARATOR_CHARS.__contains__, firsts)):
            if kind[i] == WORD and _SEPARATOR.fullmatch(text, starts[i], bares[i]):
                kind[i] = SEPARATOR
        where += zip(itertools.repeat(n), starts, bares, ends, strict=False)
        wide += total
        bare += word
        kinds += kind
    return [_line(spans, measured, where, a, b) for a, b in _breaks(wide, bare, kinds, width)]


def _breaks(
    wide: list[float], bare: list[float], kinds: list[int], width: float
) -> list[tuple[int, int]]:
    """The tokens of each line (first, end): a line breaks before a word that no longer fits
    (with its separator, when one follows it), the widths summed as the words come."""
    count = len(kinds)
    needs: list[float | None] = [b if k == WORD else None for b, k in zip(bare, kinds, strict=True)]
    for j in compress(range(count), map((SEPARATOR).__eq__, kinds)):
        i = j - 1
        while i >= 0 and kinds[i] == SPACES:
            i -= 1
        if i >= 0 and kinds[i] == WORD:  # the word keeps its separator on its line
            needs[i] = sum(wide[i:j]) + bare[j]
    starts = [0]
    first = 0
    used = 0.0
    for i in range(count):
        need = needs[i]
        if need is not None and i > first and used + need > width:
            starts.append(i)
            first = i
            used = 0.0
        used += wide[i]
    starts.append(count)
    return list(itertools.pairwise(starts))


def _line(
    spans: Sequence[Span],
    measured: Sequence[Measured],
    where: list[tuple[int, int, int, int]],
    first: int,
    end: int,
) -> Line:
    """The tokens ``first:end`` as a line: a piece per span, without the spaces at its end."""
    while end > first and where[end - 1][2] == where[end - 1][1]:  # spaces only
        end -= 1
    pieces: list[Piece] = []
    x = 0.0
    n = first
    while n < end:
        index = where[n][0]
        m = n + 1
        while m < end and where[m][0] == index:
            m += 1
        stop = where[m - 1][2] if m == end else where[m - 1][3]  # the line's end: no spaces
        piece = measured[index].piece(x, spans[index], where[n][1], stop)
        pieces.append(piece)
        x += piece.width
        n = m
    return Line(tuple(pieces), x, rtl=False)
