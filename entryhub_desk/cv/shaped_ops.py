"""The text operators of a shaped run, byte for byte what reportlab's text object writes.

reportlab's ``PDFTextObject._formatText`` writes a HarfBuzz-shaped string (its ``ShapedStr``)
glyph by glyph: each glyph's offsets and advance as numbers around its code, runs of codes and
of numbers grouped with ``itertools.groupby`` and a ``lambda`` per value, a new cluster of
operators wherever the rise (a mark's vertical offset) changes. :func:`format_shaped` is the
same algorithm with plain loops (a shaped line of a CV, a ligature's line or a line of Arabic,
was a few times slower to write than a plain one). Everything else goes to reportlab.
"""

from __future__ import annotations

import operator
from itertools import compress
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapedStr, _sdGuardL

from entryhub_desk.cv import latin

# of a ShapeData
_X_ADVANCE, _X_OFFSET, _Y_OFFSET, _WIDTH = map(operator.itemgetter, (1, 3, 4, 5))


def text_out(t: Any, text: Any) -> None:
    """``t.textOut(text)`` for a shaped run drawn at a set origin (the text cursor is not
    moved on: every run of a CV line sets its own origin)."""
    font = getFont(t._fontname)
    if not (font._dynamicFont and font.shapable and isinstance(text, ShapedStr)):
        t.textOut(text)
        return
    t._code.append(format_shaped(t, font, text))


def format_shaped(t: Any, font: Any, text: ShapedStr) -> str:
    """reportlab's ``_formatText(text)`` for a shaped string in a TrueType font."""
    canv = t._canvas
    state = (t._code, t._x, t._y)
    try:
        out: list[str] = []
        t._code = out
        emit = out.append
        template = None
        r0 = t._rise
        shape_data = text.__shapeData__
        size = t._fontsize
        # no glyph offset (Latin with a ligature, most Arabic): one cluster of codes and moves
        flat = not (any(map(_X_OFFSET, shape_data)) or any(map(_Y_OFFSET, shape_data)))
        sd0 = 0
        enc = latin.encoder(canv._doc, font.fontName)  # (reportlab's codes, remembered)
        for subset, codes in enc.split(text):
            cluster: int | None = None
            if subset != t._curSubset:
                if not template:
                    template = f"{fp_str(size)} Tf {fp_str(t._leading)} TL"
                emit(f"{enc.subset_name(subset)} {template}")
                t._curSubset = subset
            sd1 = sd0 + len(codes)
            if flat:
                _emit_flat(out, canv, codes, shape_data[sd0:sd1])
                sd0 = sd1
                continue
            values: list[Any] = []
            for i, sd in enumerate(shape_data[sd0:sd1] + _sdGuardL):
                rise = r0 + size * sd.y_offset / 1000
                if cluster is None or sd.cluster < 0 or rise != t._rise:
                    if cluster is not None:
                        _emit(out, canv, values)
                        if t._rise != r0:
                            t.setRise(r0)
                        if sd.cluster < 0:
                            break
                    if rise != t._rise:
                        t.setRise(rise)
                    cluster = sd.cluster
                    values = []
                values.append(-sd.x_offset)
                values.append(bytes((codes[i],)))
                values.append(sd.width - sd.x_advance + sd.x_offset)
            sd0 = sd1
        if t._rise != r0:
            t.setRise(r0)
    finally:
        t._code, t._x, t._y = state
    return " ".join(out)


def _emit_flat(out: list[str], canv: Any, codes: bytes, shape_data: list[Any]) -> None:
    """:func:`_emit` of glyphs without offsets: each glyph's code and the move after it (its
    embedded width less its advance), the same parts in fewer steps."""
    moves = list(
        map(
            operator.add,
            map(operator.sub, map(_WIDTH, shape_data), map(_X_ADVANCE, shape_data)),
            map(_X_OFFSET, shape_data),
        )
    )
    parts: list[str] = []
    start = 0
    for i in compress(range(len(moves)), moves):  # where a glyph is moved
        parts.append(f"({canv._escape(codes[start : i + 1])})")
        moved = fp_str(moves[i])
        if moved != "0":
            parts.append(moved)
        start = i + 1
    if start < len(codes):
        parts.append(f"({canv._escape(codes[start:])})")
    if len(parts) == 1 and parts[0].startswith("("):
        out.append(f"{parts[0]} Tj")
    else:
        out.append(f"[{' '.join(parts)}] TJ")


def _emit(out: list[str], canv: Any, values: list[Any]) -> None:
    """One cluster: runs of codes as strings, runs of numbers summed, zero moves left out;
    ``Tj`` for a lone string, else ``TJ``."""
    parts: list[str] = []
    codes: list[bytes] = []
    numbers: list[Any] = []
    for value in values:
        if not value:
            continue
        if isinstance(value, bytes):
            if numbers:
                moved = fp_str(sum(numbers))
                if moved != "0":
                    parts.append(moved)
                numbers = []
            codes.append(value)
        else:
            if codes:
                parts.append(f"({canv._escape(b''.join(codes))})")
                codes = []
            numbers.append(value)
    if numbers:
        moved = fp_str(sum(numbers))
        if moved != "0":
            parts.append(moved)
    elif codes:
        parts.append(f"({canv._escape(b''.join(codes))})")
    if len(parts) == 1 and parts[0].startswith("("):
        out.append(f"{parts[0]} Tj")
    else:
        out.append(f"[{' '.join(parts)}] TJ")
