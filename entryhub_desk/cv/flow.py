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
from reportlab.platypus import Flowable

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
    """Paragraphs on the left, an optional column (text or image) on the right."""

    def __init__(
        self,
        items: Sequence[Item],
        *,
        right: Sequence[Para] = (),
        right_width: float = 0.0,
        image: tuple[ImageReader, float, float] | None = None,
        gap: float = 8.0,
        space_after: float = 0.0,
        max_height: float = 10_000.0,
        keep_with_next: bool = False,
    ) -> None:
        super().__init__()
        self.items = list(items)
        self.right = list(right)
        self.right_width = right_width if (right or image) else 0.0
        self.image = image
        self.gap = gap if (right or image) else 0.0
        self.space_after = space_after
        self.max_height = max_height
        self.keepWithNext = keep_with_next
        self._width = 0.0
        self._height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        left_width = avail_width - self.right_width - self.gap
        left = sum(i.wrap(left_width) if isinstance(i, Para) else _height(i) for i in self.items)
        right = sum(p.wrap(self.right_width) for p in self.right)
        if self.image is not None:
            right = max(right, self.image[2])
        self._height = max(left, right) + self.space_after
        return avail_width, self._height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Only a block taller than a page splits (between lines); others move on whole."""
        self.wrap(avail_width, avail_height)
        if self._height <= self.max_height or self.right or self.image is not None:
            return [] if self._height <= self.max_height else self._split_right(avail_height)
        return self._split_lines(avail_height)

    def _split_right(self, avail_height: float) -> list[Flowable]:
        # A huge entry with a date column: the dates stay with the first part.
        head = Block(self.items, max_height=self.max_height)
        head.wrap(self._width - self.right_width - self.gap, avail_height)
        parts = head._split_lines(avail_height)
        if not parts:
            return []
        first = parts[0]
        assert isinstance(first, Block)
        first.right, first.right_width, first.gap = self.right, self.right_width, self.gap
        first.image = self.image
        return parts

    def _split_lines(self, avail_height: float) -> list[Flowable]:
        lines: list[tuple[Item, int]] = []  # (item, line index or -1 for a rule)
        for item in self.items:
            if isinstance(item, Rule):
                lines.append((item, -1))
            else:
                lines += [(item, n) for n in range(len(item.lines))]
        used = 0.0
        cut = 0
        for item, n in lines:
            if isinstance(item, Rule):
                step = _height(item)
            else:
                step = item.leading + (item.space_before if n == 0 else 0)
            if used + step > avail_height:
                break
            used += step
            cut += 1
        if cut == 0 or cut == len(lines):
            return []
        return [self._part(lines[:cut]), self._part(lines[cut:])]

    def _part(self, lines: list[tuple[Item, int]]) -> Block:
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
        return Block(items, space_after=self.space_after, max_height=self.max_height)

    def draw(self) -> None:
        canvas = self.canv
        left_width = self._width - self.right_width - self.gap
        y = self._height
        for item in self.items:
            y = _draw_item(canvas, item, 0.0, left_width, y)
        y = self._height
        x = left_width + self.gap
        for para in self.right:
            y = _draw_item(canvas, para, x, self.right_width, y, default=RIGHT)
        if self.image is not None:
            image, w, h = self.image
            canvas.drawImage(image, self._width - w, self._height - h, w, h)


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
        canvas.setStrokeColor(item.color)
        canvas.setLineWidth(item.width)
        canvas.line(x, y, x + width, y)
        return y - item.space_after
    y = top - item.space_before
    ascent = item.size * 0.93 + (item.leading - item.size * 1.2) / 2
    for n, line in enumerate(item.lines):
        baseline = y - ascent
        align = item.align if item.align != START or default == START else default
        if align == START:
            align = RIGHT if line.rtl else LEFT
        left = x if line.rtl else x + item.indent  # a right-to-left indent is on the right
        avail = width - item.indent
        if align == RIGHT:
            lx = left + avail - line.width
        elif align == CENTER:
            lx = left + (avail - line.width) / 2
        else:
            lx = left
        if n == 0 and item.bullet is not None:
            bullet = T.layout([item.bullet], item.size, item.indent or item.size)[0]
            if line.rtl:
                bx = x + width - max(item.indent - item.size * 0.9, 0) - bullet.width
            else:
                bx = x + max(item.indent - item.size * 0.9, 0)
            T.draw_line(canvas, bullet, bx, baseline)
        T.draw_line(canvas, line, lx, baseline)
        y -= item.leading
    return y


def max_line_width(paras: Sequence[Para], width: float) -> float:
    """The widest line of ``paras`` laid out in ``width`` (to size a date column)."""
    widest = 0.0
    for p in paras:
        p.wrap(width)
        widest = max([widest, *(line.width for line in p.lines)])
    return widest
