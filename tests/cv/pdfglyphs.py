"""Read what a PDF really draws: per text-showing operator, the outlines of its glyphs.

Glyphs are compared by outline (fontTools' decomposing recording pen) because the embedded
subsets renumber glyphs: a drawn glyph equals glyph N of the original font when their outlines
are the same. Reversed, unjoined (isolated forms) or ligature-swapped letters draw different
outlines in a different order, so they fail the comparison.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import uharfbuzz as hb
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

Outline = tuple[object, ...]


def _outline(glyph_set: object, name: str) -> Outline:
    pen = DecomposingRecordingPen(glyph_set)
    glyph_set[name].draw(pen)  # type: ignore[index]
    return tuple((op, tuple(args)) for op, args in pen.value)


@dataclass
class Run:
    """One Tj/TJ: the font's base name and the outlines drawn, in drawing order."""

    font: str
    outlines: list[Outline]


class _Subset:
    def __init__(self, data: bytes) -> None:
        self.font = TTFont(io.BytesIO(data))
        self.glyph_set = self.font.getGlyphSet()
        self.cmap: dict[int, str] = {}
        for table in self.font["cmap"].tables:
            for code, name in table.cmap.items():
                self.cmap.setdefault(code & 0xFF if table.platformID == 3 else code, name)

    def outline(self, code: int) -> Outline:
        return _outline(self.glyph_set, self.cmap[code])


def drawn_runs(pdf: bytes) -> list[Run]:
    """Every text-showing operator of every page, in drawing order."""
    reader = PdfReader(io.BytesIO(pdf))
    runs: list[Run] = []
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        subsets: dict[str, tuple[str, _Subset]] = {}
        content = ContentStream(page.get_contents(), reader)
        current: tuple[str, _Subset] | None = None
        for operands, operator in content.operations:
            if operator == b"Tf":
                key = str(operands[0])
                if key not in subsets:
                    font = fonts[key].get_object()
                    base = str(font["/BaseFont"]).split("+", 1)[-1]
                    data = font["/FontDescriptor"]["/FontFile2"].get_data()
                    subsets[key] = (base, _Subset(data))
                current = subsets[key]
            elif operator in (b"Tj", b"TJ") and current is not None:
                items = operands[0] if operator == b"TJ" else [operands[0]]
                codes: list[int] = []
                for item in items:
                    if isinstance(item, bytes | str):
                        raw = item.original_bytes if hasattr(item, "original_bytes") else item
                        codes += list(raw if isinstance(raw, bytes) else raw.encode("latin-1"))
                base, subset = current
                runs.append(Run(base, [subset.outline(c) for c in codes]))
    return runs


def harfbuzz_outlines(
    text: str, font_path: Path, *, rtl: bool, features: dict[str, bool] | None = None
) -> list[Outline]:
    """The outlines HarfBuzz places for ``text`` (visual order), straight from the font file."""
    blob = hb.Blob.from_file_path(str(font_path))
    face = hb.Face(blob)
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(font, buf, features or {})
    original = TTFont(str(font_path))
    order = original.getGlyphOrder()
    glyph_set = original.getGlyphSet()
    return [_outline(glyph_set, order[info.codepoint]) for info in buf.glyph_infos]


def contains(runs: list[Run], font: str, expected: list[Outline]) -> bool:
    """Whether one run in ``font`` draws ``expected`` as a contiguous sequence."""
    n = len(expected)
    for run in runs:
        if run.font != font:
            continue
        for i in range(len(run.outlines) - n + 1):
            if run.outlines[i : i + n] == expected:
                return True
    return False
