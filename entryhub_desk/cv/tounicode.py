"""Text a machine can read back: every drawn glyph mapped to the characters it stands for.

The CV draws HarfBuzz's glyphs, not characters. A glyph is written with a code of the embedded
subset, and the subset's ``ToUnicode`` map tells a reader (copy and paste, ``pdftotext``, an
applicant-tracking system) which text that code means. reportlab maps a code to the character
the glyph was selected by; for shaped text that is a presentation form (U+FExx for a joined
Arabic letter) or a private-use code (a glyph no character reaches). So:

- while a line is drawn, :func:`note` records for the document what each glyph of a shaped run
  stands for (its HarfBuzz cluster: one character, a ligature's characters, a letter with its
  marks), first use wins;
- :class:`CvTTFont` writes the ``ToUnicode`` map from those records (other codes: the
  character itself, presentation forms folded to their letters by NFKC, private codes nothing)
  and gives each subset its own tag (a hash of the font and its glyphs, six capitals; reportlab
  names every first subset ``AAAAAA+``);
- a run whose glyphs cannot all be mapped one by one (a glyph already recorded with another
  meaning, several glyphs for one cluster) is wrapped in an ``ActualText`` span with its text
  in logical order (:func:`actual_text_operator`), which poppler and Acrobat use instead.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFObject
from reportlab.pdfbase.ttfonts import TTFont

from entryhub_desk.cv.subset import Subsetter

_RECORDS = "_entryhub_glyph_text"
_TAGS = "_entryhub_subset_tags"


def _records(doc: Any) -> dict[str, dict[int, str]]:
    records: dict[str, dict[int, str]] | None = getattr(doc, _RECORDS, None)
    if records is None:
        records = {}
        setattr(doc, _RECORDS, records)
    return records


def note(canvas: Any, font: str, codes: str, texts: Sequence[str]) -> bool:
    """Record that the glyph codes of ``codes`` (a shaped run in ``font``) stand for ``texts``;
    False when one of them already stands for another text in this document, or is a bracket
    drawn mirrored (right to left, "(" is drawn with the glyph of ")": recording it would make
    every ")" of the document read "(")."""
    known = _records(canvas._doc).setdefault(font, {})
    agree = True
    for char, text in zip(codes, texts, strict=True):
        code = ord(char)
        if not text or (text != char and unicodedata.mirrored(char)):
            agree = False
            continue
        had = known.setdefault(code, text)
        if had != text:
            agree = False
    return agree


def natural_text(code: int) -> str:
    """What a code means when nothing was recorded for it."""
    if 0xE000 <= code <= 0xF8FF or code == 0:
        return ""
    char = chr(code)
    if 0xFB00 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:  # presentation forms
        return unicodedata.normalize("NFKC", char)
    return char


def actual_text_operator(text: str) -> str:
    """The marked-content operator that opens an ``ActualText`` span (UTF-16BE with BOM)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def _hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


@lru_cache(maxsize=4096)
def _natural_hex(code: int) -> str:
    """:func:`natural_text` of a code in hexadecimal UTF-16 ("" for nothing); a property of
    the code alone, kept for the process."""
    return _hex(natural_text(code))


def _starts(count: int) -> tuple[str, ...]:
    """How the entries of the first ``count`` codes of a subset begin (``<0A> <``)."""
    return tuple(f"<{index:02X}> <" for index in range(count))


_STARTS = _starts(256)  # a subset has at most 256 codes


def to_unicode_cmap(name: str, subset: Sequence[int], records: dict[int, str]) -> str:
    entries = []
    natural = _natural_hex
    starts = _STARTS if len(subset) <= len(_STARTS) else _starts(len(subset))
    for index, code in enumerate(subset):
        text = records.get(code)
        hexed = _hex(text) if text else natural(code)
        if hexed:
            entries.append(f"{starts[index]}{hexed}>")
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[start : start + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def subset_tag(doc: Any, font: str, subset: Sequence[int]) -> str:
    """Six capitals from a hash of the font and its subset, unique within the document."""
    used: set[str] = getattr(doc, _TAGS, None) or set()
    setattr(doc, _TAGS, used)
    seed = f"{font}:{','.join(map(str, subset))}".encode()
    while True:
        digest = hashlib.sha256(seed).digest()
        tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
        if tag not in used:
            used.add(tag)
            return tag
        seed = digest


class _Raw(PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A direct object written as it is (a widths array: a hundred numbers formatted one by
    one as reportlab's objects cost more than the rest of the font's dictionary)."""

    def __init__(self, text: str) -> None:
        self.data = text.encode("latin-1")

    def format(self, doc: Any) -> bytes:
        return self.data


class CvTTFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """reportlab's TrueType font with a ToUnicode map of what was drawn and distinct tags."""

    def addObjects(self, doc: Any) -> None:  # reportlab's name
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        subsetter = Subsetter.of(self.face)
        records = _records(doc).get(self.fontName, {})
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            face_name = (self.face.name + self.face.subfontNameX).decode("pdfdoc")
            base = f"{subset_tag(doc, self.fontName, subset)}+{face_name}"
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = _Raw(f"[{subsetter.widths(subset)}]")
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base, subset, records)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            font.FontDescriptor = self.face.addSubsetObjects(doc, base, subset)
            # The font file stays uncompressed: deflating it was a tenth of a render, for
            # about 7 KB less per font (a two-page CV: 56 KB instead of 42).
            doc.idToObject[f"fontFile:{self.face.filename}({base})"].filters = []
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]
