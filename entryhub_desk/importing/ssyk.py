"""SSYK 2012 unit groups (the Swedish occupation classification JobSearch ads use) to ISCO-08
unit groups, from the bundled key ``resources/taxonomy/ssyk2012_isco08.csv`` (its header
names the sources and what it holds)."""

from __future__ import annotations

import csv
import io
import re
from functools import cache

from entryhub_desk import resources

_CODE = re.compile(r"\d{4}")


@cache
def _key() -> dict[str, str]:
    text = resources.resource("taxonomy", "ssyk2012_isco08.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    key: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        ssyk, isco = row["ssyk2012"].strip(), row["isco08"].strip()
        if _CODE.fullmatch(ssyk) and _CODE.fullmatch(isco):
            key[ssyk] = isco
    return key


def isco_for_ssyk(code: str) -> str | None:
    """The ISCO-08 unit group of an SSYK 2012 unit group, when the key has it."""
    return _key().get(code.strip())


def known_ssyk() -> frozenset[str]:
    return frozenset(_key())
