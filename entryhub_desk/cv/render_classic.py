"""The classic template: one column, accent-coloured section titles over a thin rule, a
right-aligned date column, entries kept whole on a page, footer with name and page x/y."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from entryhub_desk.cv.theme import Theme

CLASSIC = Theme(
    name="classic",
    accent=HexColor("#1f5f8b"),
    margin=20 * mm,
    body=9.5,
    leading=13.2,
    small=8.0,
    name_size=22,
    title_size=10.5,
    date_width=34 * mm,
    entry_gap=9,
    section_gap=9,
    photo_width=27 * mm,
    tags_inline=False,
    rule=True,
)
