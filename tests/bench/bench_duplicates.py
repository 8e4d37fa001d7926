"""The likely-duplicate check on a synthetic population: what it catches, what it cries wolf at.

Builds a store of ``--visitors`` synthetic visitors (``tests/search/synthetic.py``: Somali,
Eritrean, Arabic and Persian naming, father's and grandfather's names, 60 % with a phone) and
then asks :func:`entryhub_desk.services.duplicates.likely_duplicates`, as ``register()`` does:

- **same person** (``--sample`` stored visitors registered again, one variant class each):
  ``exact`` (the same spelling), ``respelled`` (another common romanisation: Maxamed → Mohamed,
  doubled letters, Cabdi → Abdi …), ``short`` (the grandfather's name left out), ``typo`` (two
  letters swapped in the family name), ``given_typo`` (in the given name), ``script`` (only
  the name in its original script); each with the birth year as stored, a year off, or
  missing, the country given or not, the phone as stored, a new one or none. Figures: flagged
  first, flagged at all (the receptionist sees the person).
- **different people** (``--sample`` new visitors drawn from the same name pools with another
  seed): how many are flagged at all (false alarms), and of those how many are *namesakes a
  desk cannot tell apart* (the same folded name, birth year ±1, no other country: asking is
  right there).

Prints a table (stderr) and one JSON document (stdout). Nothing asserts. Run with
``nice -n 10 .venv/bin/python tests/bench/bench_duplicates.py [--visitors N] [--sample M]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from entryhub_desk.ids import new_id  # noqa: E402
from entryhub_desk.search.keys import plain_words  # noqa: E402
from entryhub_desk.services.duplicates import Typed, likely_duplicates  # noqa: E402
from entryhub_desk.store.connection import open_database  # noqa: E402
from entryhub_desk.store.identity import initialise_identity  # noqa: E402
from entryhub_desk.store.migrations import migrate  # noqa: E402
from entryhub_desk.store.repositories import PersonRepository, StoreContext  # noqa: E402
from tests.search.conftest import fill  # noqa: E402
from tests.search.synthetic import Visitor, visitors  # noqa: E402
from tests.support.clock import FakeClock  # noqa: E402

RESPELL = {
    "maxamed": "Mohamed",
    "mohammed": "Mohamed",
    "mohammad": "Mohamad",
    "cali": "Ali",
    "xasan": "Hassan",
    "cabdi": "Abdi",
    "axmed": "Ahmed",
    "cumar": "Omar",
    "faarax": "Farah",
    "jaamac": "Jama",
    "yuusuf": "Yusuf",
    "youssef": "Yusuf",
    "hussein": "Husein",
    "hossein": "Hussein",
    "fatemeh": "Fatima",
    "tesfay": "Tesfai",
    "ghebre": "Gebre",
    "yohannes": "Yohanes",
    "abdulrahman": "Abdul Rahman",
    "al-obaidi": "Obaidi",
    "haddad": "Hadad",
    "mahmoud": "Mahmud",
}


def _respell(name: str) -> str:
    out = []
    for word in name.split():
        low = word.casefold()
        if low in RESPELL:
            out.append(RESPELL[low])
        elif any(a == b and a in "aeiou" for a, b in itertools.pairwise(low)):
            out.append("".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1]))
        else:
            out.append(word)
    return " ".join(out)


def _typo(name: str, rng: random.Random) -> str:
    words = name.split()
    i = max(range(len(words)), key=lambda n: len(words[n]))
    word = words[i]
    if len(word) >= 5:
        j = rng.randrange(1, len(word) - 2)
        words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def variant(person: Any, klass: str, rng: random.Random) -> Typed:
    given, family = person.given_name, person.family_name
    if klass == "respelled":
        given, family = _respell(given), _respell(family)
    elif klass == "short":
        family = family.split()[0]
    elif klass == "typo":
        family = _typo(family, rng)
    elif klass == "given_typo":
        given = _typo(given, rng)
    original = None
    if klass == "script":
        words = (person.original_script_name or "").split()
        given, family, original = words[0], " ".join(words[1:]), person.original_script_name
    roll = rng.random()
    year = person.birth_year if roll < 0.5 else None if roll < 0.7 else person.birth_year + 1
    country = person.country_of_birth if rng.random() < 0.5 else None
    roll = rng.random()
    phone = (
        person.phone if roll < 0.3 else f"+4673{rng.randrange(10**7):07d}" if roll < 0.6 else None
    )
    return Typed(given, family, original, phone, year, country)


def _folded(given: str, family: str) -> tuple[str, ...]:
    return tuple(plain_words(f"{given} {family}"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--show", action="store_true", help="print each false alarm")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.db"
        conn = open_database(path, os.urandom(32), create=True)
        clock = FakeClock(tick=0.001)  # every write a millisecond later
        migrate(conn, db_path=path, backups_dir=path.parent / "backups", clock=clock)
        identity = initialise_identity(conn, database_uuid=new_id(), hub_name="Umeå", clock=clock)
        ctx = StoreContext(conn, identity, clock)
        started = time.perf_counter()
        fill(ctx, args.visitors)
        print(f"built {args.visitors} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        stored = PersonRepository(ctx).list()
        rng = random.Random(11)
        classes = ("exact", "respelled", "short", "typo", "given_typo", "script")
        same: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        timings: list[float] = []
        for n, person in enumerate(rng.sample(stored, args.sample)):
            klass = classes[n % len(classes)]
            if klass == "script" and not person.original_script_name:
                klass = "respelled"
            typed = variant(person, klass, rng)
            t0 = time.perf_counter()
            found = likely_duplicates(ctx, typed)
            timings.append(time.perf_counter() - t0)
            ids = [d.person.id for d in found]
            same[klass].append((bool(ids) and ids[0] == person.id, person.id in ids))
            if args.show and person.id not in ids:
                print(
                    f"  missed {klass}: {typed.given_name} {typed.family_name} "
                    f"{typed.birth_year} {typed.country} for {person.given_name} "
                    f"{person.family_name} {person.birth_year} {person.country_of_birth}",
                    file=sys.stderr,
                )
        by_name: dict[tuple[str, ...], list[Any]] = defaultdict(list)
        for person in stored:
            by_name[_folded(person.given_name, person.family_name)].append(person)
        flagged = unavoidable = 0
        reasons: dict[str, int] = defaultdict(int)
        newcomers: list[Visitor] = list(visitors(args.sample, seed=99))
        for v in newcomers:
            typed = Typed(
                v.given_name,
                v.family_name,
                v.original_script_name,
                f"+4676{rng.randrange(10**7):07d}" if v.phone else None,  # their own number
                v.birth_year,
                v.country_of_birth,
            )
            found = likely_duplicates(ctx, typed)
            if not found:
                continue
            flagged += 1
            reasons[",".join(found[0].reasons)] += 1
            if args.show:
                p = found[0].person
                print(
                    f"  {v.given_name} {v.family_name} {v.birth_year} {v.country_of_birth} ~ "
                    f"{p.given_name} {p.family_name} {p.birth_year} {p.country_of_birth} "
                    f"{found[0].score:.0f} {found[0].reasons}",
                    file=sys.stderr,
                )
            twins = by_name.get(_folded(v.given_name, v.family_name), [])
            if any(
                t.birth_year is not None
                and abs(t.birth_year - v.birth_year) <= 1
                and t.country_of_birth in (None, v.country_of_birth)
                for t in twins
            ):
                unavoidable += 1
        conn.close()
    result: dict[str, Any] = {
        "visitors": args.visitors,
        "same_person": {
            k: {
                "n": len(r),
                "first": sum(f for f, _ in r) / len(r),
                "found": sum(a for _, a in r) / len(r),
            }
            for k, r in same.items()
        },
        "different_people": {
            "n": len(newcomers),
            "flagged": flagged,
            "flagged_share": flagged / len(newcomers),
            "namesakes_not_told_apart": unavoidable,
            "first_reasons": dict(reasons),
        },
        "ms_per_check_p50": sorted(timings)[len(timings) // 2] * 1000,
        "ms_per_check_p95": sorted(timings)[int(len(timings) * 0.95)] * 1000,
    }
    lines = [f"{'same person':14}{'n':>5}{'first':>8}{'found':>8}"]
    for k, r in result["same_person"].items():
        lines.append(f"{k:14}{r['n']:>5}{r['first']:>8.2f}{r['found']:>8.2f}")
    d = result["different_people"]
    lines.append(
        f"different people: {d['flagged']}/{d['n']} flagged ({d['flagged_share']:.1%}), of "
        f"which {d['namesakes_not_told_apart']} are namesakes with the same name, year ±1 "
        f"and no other country; first reasons {d['first_reasons']}"
    )
    lines.append(
        f"check: p50 {result['ms_per_check_p50']:.1f} ms, p95 {result['ms_per_check_p95']:.1f} ms"
    )
    print("\n".join(lines), file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
