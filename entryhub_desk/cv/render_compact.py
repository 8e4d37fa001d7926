"""The compact template: tighter type and spacing, short lists flowing in one paragraph, so a
typical profile fits on one page."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from entryhub_desk.cv.theme import Theme

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
