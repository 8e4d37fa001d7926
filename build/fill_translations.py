"""Fill translations into the Qt Linguist sources after ``make translations`` (lupdate).

    python build/fill_translations.py SWEDISH.json

SWEDISH.json maps ``"Context|source text"`` to the Swedish translation. Every message of
``translations/entryhub_sv.ts`` named there gets that translation (finished); every message of
``translations/entryhub_en.ts`` without a translation gets its source text. Messages not named
stay as they are, so the translation test still reports what is missing. Run it under
``flock /tmp/entryhub-ts.lock`` when several people edit translations at once.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _fill(path: Path, lookup: dict[str, str] | None) -> tuple[int, int]:
    tree = ET.parse(path)
    filled = missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            wanted = source if lookup is None else lookup.get(f"{name}|{source}")
            if wanted is None:
                if translation.get("type") == "unfinished" or not (translation.text or ""):
                    missing += 1
                continue
            if lookup is None and translation.text and translation.get("type") != "unfinished":
                continue
            translation.text = wanted
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    return filled, missing


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    swedish = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    sv = _fill(ROOT / "translations" / "entryhub_sv.ts", swedish)
    en = _fill(ROOT / "translations" / "entryhub_en.ts", None)
    print(f"sv: {sv[0]} filled, {sv[1]} still missing; en: {en[0]} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
