"""The compact template: tighter type and spacing, short lists flowing in one paragraph, so a
typical profile fits on one page."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from entryhub_desk.cv.model import CvDocument
from entryhub_desk.cv.render import Theme, render_with

COMPACT = Theme(
    name="compact",
    accent=HexColor("#2e6b4f"),
    margin=14 * mm,
    body=9.0,
    leading=11.5,
    small=8.0,
    name_size=17,
    title_size=9.5,
    date_width=27 * mm,
    entry_gap=4,
    section_gap=5,
    photo_width=22 * mm,
    tags_inline=True,
    rule=False,
    subtitle_inline=True,
)


def render(document: CvDocument, photo: bytes | None = None) -> bytes:
    return render_with(document, COMPACT, photo)
