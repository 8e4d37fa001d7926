"""A laid-out line of CV text: its spans in, its shaped and placed pieces out (plain data,
shared by :mod:`entryhub_desk.cv.text` and :mod:`entryhub_desk.cv.plain`).

They are named tuples, immutable and hashable like frozen dataclasses, and made several
times faster (a render makes a few hundred; a frozen dataclass sets each field through
``object.__setattr__``). Change one with ``_replace``.
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib.colors import Color, black

from entryhub_desk.cv.shaping import Shaped


class Span(NamedTuple):
    """A piece of a paragraph in one style."""

    text: str
    bold: bool = False
    color: Color = black
    size: float | None = None  # None: the paragraph's size


class Piece(NamedTuple):
    """Shaped text in one font, placed at ``x`` from the line's start."""

    x: float
    font: str
    color: Color
    text: str  # a ShapedStr on the complex path
    width: float
    size: float
    shaped: Shaped | None = None  # how ``text`` was shaped (None: plain characters)
    source: str = ""  # the characters in logical order (shaped pieces)
    # plain pieces (shaped None): where HarfBuzz kerns (index of a character, font units)
    kerns: tuple[tuple[int, float], ...] = ()


class Line(NamedTuple):
    pieces: tuple[Piece, ...]
    width: float
    rtl: bool  # the paragraph runs right to left (aligned to the right by "start")
    source: str = ""  # the line's characters in logical order (lines that need bidi)
