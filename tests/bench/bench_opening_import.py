"""Import of JobSearch job ads into an encrypted store (issue 15: 1,000 ads ≤ 10 s).

Writes ``--ads`` synthetic ads (a search response, ``{"hits": [...]}``) built from the five
realistic ads of ``tests/importing/data/jobsearch_ads.json`` (welder, undersköterska, bus
driver, cleaner, IT support: each copied with a new id, one of ``--employers`` employers with
valid organisation numbers, another municipality and a description of some 1,500 characters),
then measures, in one run:

- ``taxonomy_load``: loading ESCO and building the picker's indexes (once per process; the
  desk does it after log-in);
- ``parse_first``: the first read, which also builds the label tables (once per process);
- ``parse_only`` (the baseline): reading the file into drafts again, labels mapped through
  the picker (nothing stored);
- ``import_new``: :func:`import_openings` on a new encrypted store (SQLCipher): parse, find
  or create the employers, store every opening (one transaction);
- ``reimport_same``: the same file again (every opening found by its source, unchanged);
- ``reimport_changed``: the file with every ad's number of places changed (all updated).

Prints a table (stderr) and one JSON document (stdout). Nothing asserts. Run with
``nice -n 10 .venv/bin/python tests/bench/bench_opening_import.py [--ads N] [--employers M]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from entryhub_desk.config import DeskConfig  # noqa: E402
from entryhub_desk.domain.employers.employer import _luhn_ok  # noqa: E402
from entryhub_desk.importing.jobsearch import read_ads  # noqa: E402
from entryhub_desk.importing.opening_store import import_openings  # noqa: E402
from entryhub_desk.services import Desk  # noqa: E402
from entryhub_desk.services.openings import OpeningsService  # noqa: E402
from entryhub_desk.taxonomy import picker  # noqa: E402
from tests.support.clock import FakeClock  # noqa: E402

FIXTURE = ROOT / "tests" / "importing" / "data" / "jobsearch_ads.json"
MUNICIPALITIES = ("Umeå", "Skellefteå", "Luleå", "Sundsvall", "Göteborg", "Malmö", "Borås")
WORDS = ("Vi", "söker", "dig", "som", "vill", "arbeta", "hos", "oss", "och", "har", "erfarenhet")


def _org_number(rng: random.Random) -> str:
    while True:
        digits = "55" + "".join(rng.choice("0123456789") for _ in range(8))
        if _luhn_ok(digits):
            return digits


def synthetic_ads(count: int, employers: int, seed: int = 15) -> dict[str, Any]:
    rng = random.Random(seed)
    templates = json.loads(FIXTURE.read_text(encoding="utf-8"))["hits"][:5]
    names = [(f"Arbetsgivare {n} AB", _org_number(rng)) for n in range(employers)]
    hits = []
    for n in range(count):
        ad = copy.deepcopy(templates[n % len(templates)])
        name, number = names[rng.randrange(employers)]
        ad["id"] = str(30_000_000 + n)
        ad["employer"] = {"name": name, "organization_number": number}
        ad["workplace_address"] = {"municipality": rng.choice(MUNICIPALITIES)}
        ad["description"] = {"text": " ".join(rng.choice(WORDS) for _ in range(220))}
        hits.append(ad)
    return {"total": {"value": count}, "hits": hits}


def _timed(work: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ads", type=int, default=1000)
    parser.add_argument("--employers", type=int, default=150)
    args = parser.parse_args()
    figures: dict[str, Any] = {"ads": args.ads, "employers": args.employers}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        path = tmp / "ads.json"
        path.write_text(json.dumps(synthetic_ads(args.ads, args.employers)), encoding="utf-8")
        figures["file_mb"] = round(path.stat().st_size / 1e6, 2)

        figures["taxonomy_load_s"], _ = _timed(picker.warm_up)
        # the first read also builds the label tables the finder compares with (once)
        figures["parse_first_s"], _ = _timed(lambda: read_ads(path))
        figures["parse_only_s"], (drafts, report) = _timed(lambda: read_ads(path))
        figures["drafts"] = len(drafts)
        figures["not_mapped"] = len(report.unmapped)

        config = DeskConfig(
            data_dir=tmp / "store", log_dir=tmp / "logs", clock=FakeClock(), scrypt_n=2**10
        )
        desk = Desk(config)
        desk.set_up(hub_name="Bench hub", coordinator_name="Bench Boss", password="Bänk-Lösen-15")
        session = desk.unlock("Bench Boss", "Bänk-Lösen-15")
        figures["encrypted"] = not config.plaintext_store
        for name, prepare in (
            ("import_new", None),
            ("reimport_same", None),
            ("reimport_changed", "places"),
        ):
            if prepare == "places":
                document = json.loads(path.read_text(encoding="utf-8"))
                for ad in document["hits"]:
                    ad["number_of_vacancies"] = ad.get("number_of_vacancies", 1) % 9 + 1
                path.write_text(json.dumps(document), encoding="utf-8")
            seconds, result = _timed(lambda: import_openings(session, path))
            figures[f"{name}_s"] = seconds
            figures[f"{name}_counts"] = {
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "employers_created": result.employers_created,
                "rejected": len(result.rejected),
            }
        figures["openings_stored"] = len(OpeningsService(session).list())
        session.close()
    for key, value in figures.items():
        if key.endswith("_s"):
            figures[key] = round(value, 3)
    goal = figures["import_new_s"] <= 10.0
    print(
        f"{args.ads} ads, {args.employers} employers, {figures['file_mb']} MB\n"
        f"  taxonomy load (once per process) {figures['taxonomy_load_s']:8.2f} s\n"
        f"  first parse (builds label tables) {figures['parse_first_s']:8.2f} s\n"
        f"  baseline: parse only              {figures['parse_only_s']:8.2f} s\n"
        f"  import into a new encrypted store {figures['import_new_s']:8.2f} s"
        f"  (goal ≤ 10 s: {'met' if goal else 'NOT met'})\n"
        f"  re-import, nothing changed        {figures['reimport_same_s']:8.2f} s\n"
        f"  re-import, every ad changed       {figures['reimport_changed_s']:8.2f} s\n"
        f"  openings stored {figures['openings_stored']}, not mapped notes {figures['not_mapped']}",
        file=sys.stderr,
    )
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
