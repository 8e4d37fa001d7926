"""Build the compact ESCO lookup files under resources/taxonomy/ from the shared ESCO CSVs.

    .venv/bin/python build/build_taxonomy.py [--source ../shared/data/esco] \
        [--out resources/taxonomy]

(what ``make taxonomy`` runs). The CSVs are the input and are never read at run time; the
generated files are committed so a fresh clone works. Output (gzip'd JSON, reproducible: sorted,
no timestamps in the gzip header):

- ``occupations.json.gz``: ``codes`` (ESCO UUIDs, sorted), ``isco`` (ISCO-08 group per code),
  ``pref`` {lang: [preferred label or ""]}, ``alt`` {lang: ["alt1\\nalt2" or ""]};
- ``skills.json.gz``: the same without ``isco``, with ``type`` (``s`` skill/competence,
  ``k`` knowledge, ``""`` unknown) and ``reuse`` (``t`` transversal, ``c`` cross-sector,
  ``s`` sector-specific, ``o`` occupation-specific, ``""`` unknown);
- ``isco_groups.json.gz``: {lang: {code: label}}.

The set of concepts is that of the English files (ESCO v1.2.1 occupations; v1.2.1 collections +
v1.1.1 skills, see SOURCE.md); labels of other languages are joined by URI. Occupations that
exist only in the older Swedish file are left out and counted.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "sv", "ar", "uk")
ISCO_LANGS = ("en", "sv", "uk")
FORMAT = 1
_TYPE = {"skill/competence": "s", "knowledge": "k", "": ""}
_REUSE = {
    "transversal": "t",
    "cross-sector": "c",
    "sector-specific": "s",
    "occupation-specific": "o",
    "": "",
}


def _code(uri: str) -> str:
    return uri.rsplit("/", 1)[-1].lower()


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _alts(text: str) -> str:
    parts = [part.strip() for part in text.split(" | ")]
    return "\n".join(part for part in parts if part)


def _write(path: Path, document: object) -> int:
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    path.write_bytes(data)
    return len(data)


def build_concepts(source: Path, name: str) -> tuple[dict[str, object], dict[str, int]]:
    english = {_code(row["conceptUri"]): row for row in _read(source / f"{name}_en.csv")}
    codes = sorted(english)
    index = {code: i for i, code in enumerate(codes)}
    document: dict[str, object] = {"format": FORMAT, "codes": codes}
    stats: dict[str, int] = {"concepts": len(codes)}
    pref: dict[str, list[str]] = {}
    alt: dict[str, list[str]] = {}
    for lang in LANGS:
        path = source / f"{name}_{lang}.csv"
        labels, alts = [""] * len(codes), [""] * len(codes)
        unknown = 0
        for row in _read(path):
            i = index.get(_code(row["conceptUri"]))
            if i is None:
                unknown += 1
                continue
            labels[i] = row["preferredLabel"].strip()
            alts[i] = _alts(row.get("altLabels", ""))
        pref[lang], alt[lang] = labels, alts
        stats[f"{lang}_labels"] = sum(1 for label in labels if label)
        stats[f"{lang}_alt"] = sum(1 for a in alts if a)
        stats[f"{lang}_not_in_english"] = unknown
    document["pref"], document["alt"] = pref, alt
    if name == "occupations":
        document["isco"] = [english[code]["iscoGroup"].strip() for code in codes]
    else:
        document["type"] = [_TYPE.get(english[c].get("skillType", ""), "") for c in codes]
        document["reuse"] = [_REUSE.get(english[c].get("reuseLevel", ""), "") for c in codes]
    return document, stats


def build_isco(source: Path) -> dict[str, object]:
    groups: dict[str, object] = {"format": FORMAT}
    for lang in ISCO_LANGS:
        rows = _read(source / f"ISCOGroups_{lang}.csv")
        groups[lang] = {row["code"].strip(): row["preferredLabel"].strip() for row in rows}
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "esco")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "taxonomy")
    args = parser.parse_args(argv)
    if not (args.source / "occupations_en.csv").exists():
        print(f"build_taxonomy: no ESCO CSVs in {args.source}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("occupations", "skills"):
        document, stats = build_concepts(args.source, name)
        size = _write(args.out / f"{name}.json.gz", document)
        print(f"{name}: {size:,} bytes; " + ", ".join(f"{k}={v}" for k, v in stats.items()))
    size = _write(args.out / "isco_groups.json.gz", build_isco(args.source))
    print(f"isco_groups: {size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
