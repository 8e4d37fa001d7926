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
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapedStr, _sdGuardL

_X_OFFSET, _Y_OFFSET = operator.itemgetter(3), operator.itemgetter(4)  # of a ShapeData


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
        for subset, codes in font.splitString(text, canv._doc):
            cluster: int | None = None
            if subset != t._curSubset:
                if not template:
                    template = f"{fp_str(size)} Tf {fp_str(t._leading)} TL"
                emit(f"{font.getSubsetInternalName(subset, canv._doc)} {template}")
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
    parts: list[str] = []
    run: list[int] = []
    for code, data in zip(codes, shape_data, strict=True):
        run.append(code)
        move = data[5] - data[1] + data[3]  # width - x_advance + x_offset (0)
        if move:
            parts.append(f"({canv._escape(bytes(run))})")
            run = []
            moved = fp_str(move)
            if moved != "0":
                parts.append(moved)
    if run:
        parts.append(f"({canv._escape(bytes(run))})")
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
