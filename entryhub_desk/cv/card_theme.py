"""The profile card's look: the compact CV template with somewhat larger type (a card holds
less than a CV and is read at a glance), skills flowing in one paragraph."""

from __future__ import annotations

import dataclasses

from reportlab.lib.units import mm

from entryhub_desk.cv.render_compact import COMPACT

CARD = dataclasses.replace(
    COMPACT,
    name="card",
    margin=18 * mm,
    body=10.0,
    leading=13.0,
    small=8.5,
    name_size=20,
    title_size=10,
    entry_gap=3,
    section_gap=9,
)
