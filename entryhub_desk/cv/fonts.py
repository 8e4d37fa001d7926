"""The CV's fonts: Noto Sans (Latin), Noto Sans Arabic and Noto Sans Ethiopic, bundled under
``resources/fonts`` (SIL OFL 1.1, see ``OFL.txt`` there) and embedded in every PDF as subsets.

Each font is registered once per process, on first use; what reportlab parses from the file (in
pure Python) is kept in a per-user cache (:mod:`.font_cache`) for the next process. Every glyph
that the font's character map does not reach (contextual Arabic forms, ligatures) gets a
private-use code point *in glyph order* at registration, so that the codes reportlab embeds do
not depend on which CVs were drawn before (reportlab would otherwise hand them out in order of
first use): the same CV gives the same bytes in any process.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from entryhub_desk.cv import font_cache
from entryhub_desk.cv.tounicode import CvTTFont
from entryhub_desk.errors import DeskError
from entryhub_desk.resources import resource

LATIN: Final = "latin"
ARABIC: Final = "arabic"
ETHIOPIC: Final = "ethiopic"
FAMILIES: Final = (LATIN, ARABIC, ETHIOPIC)

FILES: Final[dict[tuple[str, bool], str]] = {
    (LATIN, False): "NotoSans-Regular.ttf",
    (LATIN, True): "NotoSans-Bold.ttf",
    (ARABIC, False): "NotoSansArabic-Regular.ttf",
    (ARABIC, True): "NotoSansArabic-Bold.ttf",
    (ETHIOPIC, False): "NotoSansEthiopic-Regular.ttf",
    (ETHIOPIC, True): "NotoSansEthiopic-Bold.ttf",
}
LICENCE: Final = "OFL.txt"
_PRIVATE_FIRST: Final = 0xE000
_PRIVATE_LAST: Final = 0xF8FF
# Joiners and direction marks (zero width): mapped to the space glyph when a font lacks them,
# so that the PDF says which one was typed.
#: Zero-width format characters: joiners, bidi marks, embeddings, overrides and isolates.
_INVISIBLE: Final = (
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    0x2060,
    *range(0x2066, 0x206A),
    0xFEFF,
)


#: The constants of what :func:`_parse` adds to a parsed font, in the font cache's key: a change
#: to them makes the cached fonts again (a change to ``_parse``'s logic bumps
#: ``font_cache.FORMAT``).
CACHE_RECIPE: Final = repr((_PRIVATE_FIRST, _PRIVATE_LAST, _INVISIBLE))


@dataclass(frozen=True)
class CvFont:
    """A registered font: its reportlab name, HarfBuzz font and character coverage."""

    name: str
    family: str
    bold: bool
    path: Path
    hb_font: hb.Font
    upem: int
    chars: frozenset[int]  # code points the font's cmap maps (before private codes)
    glyph_char: dict[int, int]  # glyph id → a code point that reportlab maps to it


_lock = threading.Lock()
_fonts: dict[tuple[str, bool], CvFont] = {}


def font_name(family: str, bold: bool = False) -> str:
    return f"EntryHub-{family}-{'bold' if bold else 'regular'}"


def font_path(family: str, bold: bool) -> Path:
    name = FILES[(family, bold)]
    try:
        return resource("fonts", name)
    except FileNotFoundError:
        raise DeskError("cv.fonts_missing", name=name) from None


def get(family: str, bold: bool = False) -> CvFont:
    """The registered font of ``family`` (registered on first use)."""
    font = _fonts.get((family, bold))
    if font is None:
        with _lock:
            font = _fonts.get((family, bold))
            if font is None:
                font = _fonts[(family, bold)] = _register(family, bold, font_path(family, bold))
    return font


def register_all() -> None:
    """Register every CV font with reportlab (``cv.fonts_missing`` when a file is missing)."""
    for family, bold in FILES:
        get(family, bold)


def _register(family: str, bold: bool, path: Path) -> CvFont:
    """Register one font, from the per-user cache of parsed fonts when it holds this file."""
    name = font_name(family, bold)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DeskError("cv.fonts_missing", name=f"{path.name} ({error})") from None
    hb_face = hb.Face(hb.Blob(data))
    hb_font = hb.Font(hb_face)
    cached = font_cache.load(name, path, data, CACHE_RECIPE)
    if cached is not None:
        ttf, extra = cached
        chars = frozenset(extra["chars"])
        glyph_char: dict[int, int] = extra["glyph_char"]
    else:
        ttf, chars, glyph_char = _parse(name, path, hb_face, hb_font)
        extra = {"chars": sorted(chars), "glyph_char": glyph_char}
        font_cache.store(name, path, data, CACHE_RECIPE, ttf, extra)
    pdfmetrics.registerFont(ttf)
    return CvFont(name, family, bold, path, hb_font, hb_face.upem, chars, glyph_char)


def _parse(
    name: str, path: Path, hb_face: hb.Face, hb_font: hb.Font
) -> tuple[CvTTFont, frozenset[int], dict[int, int]]:
    """The font parsed by reportlab, with a code for every glyph (see the module's text)."""
    try:
        ttf = CvTTFont(name, str(path), shapable=True)
    except (TTFError, OSError, ValueError) as error:
        raise DeskError("cv.fonts_missing", name=f"{path.name} ({error})") from None
    face = ttf.face
    chars = frozenset(face.charToGlyph)
    upem = hb_face.upem
    glyph_char: dict[int, int] = {}
    for char in sorted(face.charToGlyph):
        glyph_char.setdefault(face.charToGlyph[char], char)
    space = face.charToGlyph.get(0x20, 0)
    for char in _INVISIBLE:  # HarfBuzz draws them with the space glyph: a code of their own
        own = face.charToGlyph.get(char)
        # Noto draws some of them (its ZWNJ is a bar, its bidi marks arrows): never on a CV
        if own is None or _inked(hb_font, own):
            face.charToGlyph[char] = space
            face.charWidths[char] = 0
    code = _PRIVATE_FIRST
    for gid in range(hb_face.glyph_count):
        if gid in glyph_char:
            continue
        while code in face.charToGlyph:
            code += 1
        if code > _PRIVATE_LAST:
            break
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = round(hb_font.get_glyph_h_advance(gid) * 1000 / upem)
        glyph_char[gid] = code
        code += 1
    return ttf, chars, glyph_char


def _inked(font: hb.Font, gid: int) -> bool:
    extents = font.get_glyph_extents(gid)
    return extents is not None and (extents.width != 0 or extents.height != 0)


def licence_path() -> Path:
    return resource("fonts", LICENCE)
