"""reportlab flowables that lay out text with :mod:`entryhub_desk.cv.text`.

A :class:`Block` is a stack of paragraphs with an optional right-hand column (the date column,
or the photo in the header). It never splits across pages unless it is taller than a whole page
(then it splits between lines, so an extreme text is laid out rather than refused).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from entryhub_desk.cv import tagging
from entryhub_desk.cv import text as T

START, LEFT, RIGHT, CENTER = "start", "left", "right", "center"


@dataclass
class Para:
    """A paragraph: spans in one size, with indent, bullet and space above."""

    spans: Sequence[T.Span]
    size: float
    leading: float
    indent: float = 0.0
    bullet: T.Span | None = None
    space_before: float = 0.0
    align: str = START
    base: str = "L"  # the paragraph direction ("R": right to left, see text.direction)
    role: str = "P"  # its structure element in the tagged PDF (H1, H2, P, LI: see tagging)
    links: Sequence[tuple[str, str]] = ()  # (text in the paragraph, URI): made clickable
    lines: list[T.Line] = field(default_factory=list)
    laid_width: float = -1.0  # the width ``lines`` were laid out for

    def wrap(self, width: float) -> float:
        if width != self.laid_width:  # reportlab asks again and again while it paginates
            avail = max(width - self.indent, 1.0)
            self.lines = T.layout(self.spans, self.size, avail, base=self.base)
            self.laid_width = width
        return self.space_before + self.leading * len(self.lines)


@dataclass
class Rule:
    """A thin horizontal rule below the paragraphs above it."""

    color: Color
    width: float = 0.5
    space_before: float = 2.0
    space_after: float = 4.0


Item = Para | Rule


def _height(item: Item) -> float:
    if isinstance(item, Rule):
        return item.space_before + item.space_after
    return item.space_before + item.leading * len(item.lines)


class Block(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Paragraphs on the left, an optional column (text or image) on the right, and optional
    full-width ``lead`` items above both (a section's title, kept with the first entry).

    A block taller than ``split_above`` (an entry of some length) may split between lines
    rather than move whole to the next page, but keeps its lead and title with at least two
    more lines (``HEAD_LINES``) and carries at least two lines over (``TAIL_LINES``); the right
    column stays with the first part. A block taller than a page always splits."""

    HEAD_LINES = 3  # the title and two lines after it
    TAIL_LINES = 2

    def __init__(
        self,
        items: Sequence[Item],
        *,
        lead: Sequence[Item] = (),
        right: Sequence[Para] = (),
        right_width: float = 0.0,
        image: tuple[ImageReader, float, float] | None = None,
        gap: float = 8.0,
        space_after: float = 0.0,
        max_height: float = 10_000.0,
        split_above: float | None = None,
        keep_with_next: bool = False,
    ) -> None:
        super().__init__()
        self.items = list(items)
        self.lead = list(lead)
        self.right = list(right)
        self.right_width = right_width if (right or image) else 0.0
        self.image = image
        self.gap = gap if (right or image) else 0.0
        self.space_after = space_after
        self.max_height = max_height
        self.split_above = split_above
        self.keepWithNext = keep_with_next
        self._width = 0.0
        self._height = 0.0
        self._lead_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        left_width = avail_width - self.right_width - self.gap
        lead_height = 0.0
        for item in self.lead:
            lead_height += _wrap(item, avail_width)
        self._lead_height = lead_height
        left = 0.0
        for item in self.items:
            left += item.wrap(left_width) if type(item) is Para else _wrap(item, left_width)
        right = 0.0
        for para in self.right:
            right += para.wrap(self.right_width)
        if self.image is not None:
            right = max(right, self.image[2])
        self._height = self._lead_height + max(left, right) + self.space_after
        return avail_width, self._height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Between lines when the block may split (see the class); [] moves it on whole."""
        self.wrap(avail_width, avail_height)
        splits = self._height > self.max_height or (
            self.split_above is not None and self._height > self.split_above
        )
        if not splits:
            return []
        return self._split_lines(avail_height)

    def _split_lines(self, avail_height: float) -> list[Flowable]:
        lines: list[tuple[Item, int]] = []  # (item, line index or -1 for a rule)
        for item in self.items:
            if isinstance(item, Rule):
                lines.append((item, -1))
            else:
                lines += [(item, n) for n in range(len(item.lines))]
        right = sum(p.wrap(self.right_width) for p in self.right)
        if self.image is not None:
            right = max(right, self.image[2])
        room = avail_height - self._lead_height
        used = 0.0
        cut = 0
        for item, n in lines:
            if isinstance(item, Rule):
                step = _height(item)
            else:
                step = item.leading + (item.space_before if n == 0 else 0)
            if used + step > room:
                break
            used += step
            cut += 1
        if right > room and self._height <= self.max_height:
            return []  # the date column or photo does not fit: move on whole
        text = [n >= 0 for _, n in lines]
        tail_lines = min(self.TAIL_LINES, sum(text))
        while cut > 0 and sum(text[cut:]) < tail_lines:
            cut -= 1
        while cut > 0 and not text[cut - 1]:  # never end a part on a rule
            cut -= 1
        enough = sum(text[:cut]) >= min(self.HEAD_LINES, sum(text))
        if cut == 0 or cut == len(lines) or (not enough and self._height <= self.max_height):
            return []
        first = self._part(lines[:cut], lead=self.lead)
        first.right, first.image, first.space_after = self.right, self.image, 0.0
        rest = self._part(lines[cut:], lead=())
        return [first, rest]

    def _part(self, lines: list[tuple[Item, int]], *, lead: Sequence[Item]) -> Block:
        items: list[Item] = []
        for item, n in lines:
            if isinstance(item, Rule):
                items.append(item)
                continue
            assert isinstance(item, Para)
            if not items or not isinstance(items[-1], _Slice) or items[-1].source is not item:
                items.append(_Slice(item, n))
            else:
                last = items[-1]
                assert isinstance(last, _Slice)
                last.end = n + 1
        part = Block(
            items,
            lead=lead,
            space_after=self.space_after,
            max_height=self.max_height,
            split_above=self.split_above,
        )
        part.right_width, part.gap = self.right_width, self.gap  # the same text width
        return part

    def draw(self) -> None:
        canvas = self.canv
        left_width = self._width - self.right_width - self.gap
        y = self._height
        for item in self.lead:
            y = _draw_item(canvas, item, 0.0, self._width, y)
        top = y
        for item in self.items:
            y = _draw_item(canvas, item, 0.0, left_width, y)
        x = left_width + self.gap
        # The right column's first baseline on the left column's first baseline (the dates
        # beside the entry's title, whatever their size).
        y = top - (_first_baseline(self.items) - _first_baseline(self.right))
        for para in self.right:
            y = _draw_item(canvas, para, x, self.right_width, y, default=RIGHT)
        if self.image is not None:
            image, w, h = self.image
            tagged = tagging.begin(canvas, "Artifact")
            canvas.drawImage(image, self._width - w, top - h, w, h)
            if tagged:
                tagging.end(canvas)


def _wrap(item: Item, width: float) -> float:
    return item.wrap(width) if isinstance(item, Para) else _height(item)


def _ascent(item: Para) -> float:
    """From the top of a line to its baseline."""
    return item.size * 0.93 + (item.leading - item.size * 1.2) / 2


def _first_baseline(items: Sequence[Item]) -> float:
    """How far below the top the first line's baseline lies (0 without a paragraph)."""
    above = 0.0
    for item in items:
        if isinstance(item, Rule):
            above += _height(item)
            continue
        return above + item.space_before + _ascent(item)
    return 0.0


class _Slice(Para):
    """Some lines of an already laid-out paragraph (a part of a split block)."""

    def __init__(self, source: Para, start: int) -> None:
        super().__init__(
            source.spans,
            source.size,
            source.leading,
            source.indent,
            source.bullet if start == 0 else None,
            source.space_before if start == 0 else 0.0,
            source.align,
            source.base,
            role=source.role,
        )
        self.source = source
        self.start = start
        self.end = start + 1

    def wrap(self, width: float) -> float:
        self.lines = self.source.lines[self.start : self.end]
        return self.space_before + self.leading * len(self.lines)


def _draw_item(
    canvas: Any, item: Item, x: float, width: float, top: float, default: str = START
) -> float:
    if isinstance(item, Rule):
        y = top - item.space_before
        tagged = tagging.begin(canvas, "Artifact")
        canvas.setStrokeColor(item.color)
        canvas.setLineWidth(item.width)
        canvas.line(x, y, x + width, y)
        if tagged:
            tagging.end(canvas)
        return y - item.space_after
    tagged = tagging.begin(canvas, item.role)
    y = top - item.space_before
    ascent = _ascent(item)
    para_align = item.align if item.align != START or default == START else default
    indent, leading = item.indent, item.leading
    avail = width - indent
    for n, line in enumerate(item.lines):
        baseline = y - ascent
        align = para_align
        if align == START:
            align = RIGHT if line.rtl else LEFT
        left = x if line.rtl else x + indent  # a right-to-left indent is on the right
        if align == RIGHT:
            lx = left + avail - line.width
        elif align == CENTER:
            lx = left + (avail - line.width) / 2
        else:
            lx = left
        beside = None
        if n == 0 and item.bullet is not None:
            bullet = T.layout([item.bullet], item.size, item.indent or item.size)[0]
            if line.rtl:
                bx = x + width - max(item.indent - item.size * 0.9, 0) - bullet.width
            else:
                bx = x + max(item.indent - item.size * 0.9, 0)
            beside = (bullet, bx)
        T.draw_line(canvas, line, lx, baseline, bullet=beside)
        if item.links:
            _link_areas(canvas, item, line, lx, baseline)
        y -= leading
    if tagged:
        tagging.end(canvas)
    return y


def _link_areas(canvas: Any, item: Para, line: T.Line, x: float, baseline: float) -> None:
    """A link annotation over each of the paragraph's link texts found on ``line``."""
    for piece in line.pieces:
        text = piece.source or str(piece.text)
        for target, uri in item.links:
            at = text.find(target)
            if at < 0:
                continue
            x0 = x + piece.x + stringWidth(text[:at], piece.font, piece.size)
            x1 = x0 + stringWidth(target, piece.font, piece.size)
            rect = (x0, baseline - 0.25 * piece.size, x1, baseline + 0.85 * piece.size)
            canvas.linkURL(uri, rect, relative=1, thickness=0)


def max_line_width(paras: Sequence[Para], width: float) -> float:
    """The widest line of ``paras`` laid out in ``width`` (to size a date column)."""
    widest = 0.0
    for p in paras:
        p.wrap(width)
        widest = max([widest, *(line.width for line in p.lines)])
    return widest
