"""What a CV template is: sizes, spacing, accent colour and how short lists flow.

Templates are data (:mod:`render_classic`, :mod:`render_compact`) that import only this module,
so the renderer can import them without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color


@dataclass(frozen=True)
class Theme:
    name: str
    accent: Color
    margin: float
    body: float  # body text size (pt)
    leading: float
    small: float
    name_size: float
    title_size: float  # section titles
    date_width: float
    entry_gap: float
    section_gap: float
    photo_width: float
    tags_inline: bool  # skills, digital skills and interests as one flowing paragraph
    rule: bool  # a thin rule under section titles
    subtitle_inline: bool = False  # where (employer, place) beside the title when it fits
