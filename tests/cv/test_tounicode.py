"""A subset's ToUnicode map (cv/tounicode) says for every code what it stands for: the text a
shaped run recorded for its glyph, else the character itself (presentation forms folded,
private codes nothing), each code where it stands in the subset."""

from __future__ import annotations

import random

from entryhub_desk.cv import tounicode


def _entries_one_by_one(subset: list[int], records: dict[int, str]) -> list[str]:
    """The map's entries, code by code (what the map must list, in order)."""
    entries = []
    for index, code in enumerate(subset):
        text = records.get(code)
        hexed = tounicode._hex(text) if text else tounicode._natural_hex(code)
        if hexed:
            entries.append(f"<{index:02X}> <{hexed}>")
    return entries


def test_every_code_maps_to_what_was_recorded_for_it_or_its_own_character() -> None:
    pick = random.Random(16)
    pool = [0, 32, 65, 0xE9, 0x627, 0xFB01, 0xFE8D, 0xE000, 0xE001, 0xF8FF, 0x1200]
    for _ in range(200):
        subset = [0] * pick.randint(0, 32) + pick.sample(range(33, 0x3000), pick.randint(1, 200))
        subset += pick.sample(pool, 4)
        records = {code: pick.choice(["", "fi", "ﻻ", "é"]) for code in pick.sample(subset, 5)}
        cmap = tounicode.to_unicode_cmap("ABCDEF+Noto", subset, records)
        listed = [line for line in cmap.splitlines() if line.startswith("<") and "> <" in line]
        assert listed[1:] == _entries_one_by_one(subset, records)  # (after the code space)
