"""Runs the evaluation cases against a built store and computes the figures per class.

- **recall@1 / recall@5**: the target is first / among the first five rows;
- **MRR**: the mean of 1/rank of the target within the first 20 rows (0 when it is not there);
- **zero rows**: the share of queries that return no rows at all (the person exists);
- **decoy first**: a different person (one of the case's decoys) ranks above the target;
- duplicate check (:func:`duplicate_figures`, not for short codes and typed prefixes): the
  query read as a new visitor's details (first word as given name, the rest as family name,
  the year in the query or else the target's birth year, the phone for phone cases, the
  target's country) given to ``VisitorsService.likely_duplicates``:
  **dup first** (the target is the first warning), **dup found** (anywhere in the warning),
  **false alarms** (decoys flagged that a desk could tell apart: another name, or born more
  than a year apart) and **others** (other people flagged).

Only the public search API is used: ``SearchIndex(conn).search`` and ``VisitorsService``.
"""

from __future__ import annotations

import inspect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from entryhub_desk.ids import short_code
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.search_index import SearchIndex
from tests.search.eval import fold
from tests.search.eval.model import Case
from tests.search.eval.store_build import EvalStore, Placed

LIMIT = 20
# classes whose query is no way to write a new visitor's details (half-typed words)
NOT_A_REGISTRATION = frozenset({"typing_prefix"})
_LATIN = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff'’.,/()+\-–0-9]*$")


def query_text(placed: Placed) -> str:
    """The query of a case, with a short-code template filled in."""
    case = placed.case
    if not case.is_code:
        return case.query
    code = short_code(placed.target_id)
    bare = code.replace("-", "")
    return case.query.format(
        code=code,
        code_lower=code.lower(),
        code_endash=code.replace("-", "\u2013"),
        code_lower_endash=code.lower().replace("-", "\u2013"),
        code_nodash=bare,
        code_nodash_lower=bare.lower(),
        code_space=code.replace("-", " "),
        code4=bare[:4],
        code5=bare[:5],
    )


def direction(case: Case) -> str:
    """``to_script`` (typed in another script than the record's Latin), ``to_latin`` (the
    record holds its own script, the query is Latin), or ``latin``."""
    if case.direction:
        return case.direction
    if not _LATIN.match(case.query):
        return "to_script"
    if case.target.original or not _LATIN.match(case.target.given):
        return "to_latin"
    return "latin"


@dataclass
class Outcome:
    placed: Placed
    query: str
    rank: int | None  # 1-based within LIMIT
    rows: int
    decoy_first: bool
    top: list[str] = field(default_factory=list)  # person ids of the first rows
    error: str = ""  # the exception's name when the search failed

    @property
    def klass(self) -> str:
        return self.placed.case.klass


def run(store: EvalStore, *, limit: int = LIMIT) -> list[Outcome]:
    index = SearchIndex(store.conn)
    outcomes = []
    for placed in store.placed:
        query = query_text(placed)
        try:
            hits = index.search(query, limit=limit)
        except Exception as error:  # noqa: BLE001 - an engine that fails is a finding
            outcomes.append(Outcome(placed, query, None, 0, False, error=type(error).__name__))
            continue
        ids = [h.person_id for h in hits]
        rank = ids.index(placed.target_id) + 1 if placed.target_id in ids else None
        decoys = set(placed.decoy_ids)
        above = ids[: (rank - 1) if rank else len(ids)]
        outcomes.append(
            Outcome(placed, query, rank, len(ids), any(i in decoys for i in above), ids[:5])
        )
    return outcomes


def _share(values: list[bool]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def figures(outcomes: list[Outcome]) -> dict[str, dict[str, Any]]:
    """Per class and ``"ALL"``: n, recall@1, recall@5, MRR, zero-row rate, decoy-first rate."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.klass].append(o)
    groups["ALL"] = list(outcomes)
    table: dict[str, dict[str, Any]] = {}
    for klass, group in groups.items():
        table[klass] = {
            "n": len(group),
            "recall@1": _share([o.rank == 1 for o in group]),
            "recall@5": _share([o.rank is not None and o.rank <= 5 for o in group]),
            "mrr": round(sum(1 / o.rank for o in group if o.rank) / len(group), 4),
            "zero_rows": _share([o.rows == 0 for o in group]),
            "decoy_first": _share([o.decoy_first for o in group]),
            "errors": sum(1 for o in group if o.error),
        }
    return table


def _details(placed: Placed) -> dict[str, Any]:
    """The case's query read as the details of a visitor being registered again."""
    case, target = placed.case, placed.case.target
    year_words = [w for w in case.query.replace(",", " ").split() if fold.YEAR.match(w)]
    year = int(year_words[0]) if year_words else target.year
    details: dict[str, Any] = {"birth_year": year}
    if case.is_phone:
        details.update(given_name=target.given, family_name=target.family, phone=case.query)
    else:
        words = [w for w in case.query.replace(",", " ").split() if not fold.YEAR.match(w)]
        details.update(given_name=words[0], family_name=" ".join(words[1:]))
        if not _LATIN.match(case.query):
            details["original_script_name"] = " ".join(words)
    details["country"] = target.country
    return details


def _telling_apart(placed: Placed, decoy_index: int) -> bool:
    """A decoy a desk can tell from the target: another name or born over a year apart."""
    t, d = placed.case.target, placed.decoys[decoy_index]
    other_name = fold.words(f"{t.given} {t.family}") != fold.words(f"{d.given} {d.family}")
    far = t.year is not None and d.year is not None and abs(t.year - d.year) > 1
    return other_name or far


def duplicate_figures(store: EvalStore) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Per class: the likely-duplicate check on each case's same-person variant."""
    accepted = inspect.signature(VisitorsService(store.session).likely_duplicates).parameters
    rows: dict[str, list[tuple[bool, bool, int, int]]] = defaultdict(list)
    notes: list[str] = []
    for placed in store.placed:
        if placed.case.is_code or placed.case.klass in NOT_A_REGISTRATION:
            continue
        details = {k: v for k, v in {**_details(placed), "limit": 5}.items() if k in accepted}
        flagged = [h.person.id for h in VisitorsService(store.session).likely_duplicates(**details)]
        decoys = {
            decoy_id: i for i, decoy_id in enumerate(placed.decoy_ids) if _telling_apart(placed, i)
        }
        false_alarms = sum(1 for f in flagged if f in decoys)
        others = sum(1 for f in flagged if f != placed.target_id and f not in placed.decoy_ids)
        first = bool(flagged) and flagged[0] == placed.target_id
        rows[placed.case.klass].append((first, placed.target_id in flagged, false_alarms, others))
        if not first:
            notes.append(f"{placed.case.klass}: {placed.case.query!r} not flagged first")
    rows["ALL"] = [r for k, v in rows.items() for r in v]
    table = {
        klass: {
            "n": len(r),
            "dup_first": _share([x[0] for x in r]),
            "dup_found": _share([x[1] for x in r]),
            "false_alarms": sum(x[2] for x in r),
            "other_flags": sum(x[3] for x in r),
        }
        for klass, r in rows.items()
    }
    return table, notes


def failures(store: EvalStore, outcomes: list[Outcome], *, worst: int = 40) -> list[str]:
    """Readable lines for the cases whose target is not in the first five."""
    people = store.session.opened.context
    lines = []
    for o in outcomes:
        if o.rank is not None and o.rank <= 5:
            continue
        first = ""
        if o.top:
            row = people.conn.execute(
                "SELECT given_name, family_name, birth_year FROM person WHERE id = ?", (o.top[0],)
            ).fetchone()
            first = f" first: {row[0]} {row[1]} {row[2]}" if row else ""
        failed = f" error={o.error}" if o.error else ""
        lines.append(f"{o.klass:16} {o.query!r:38} rank={o.rank} rows={o.rows}{first}{failed}")
    return lines[:worst]


def table_text(
    search: dict[str, dict[str, Any]], duplicates: dict[str, dict[str, Any]] | None = None
) -> str:
    head = f"{'class':18}{'n':>4}{'R@1':>7}{'R@5':>7}{'MRR':>7}{'zero':>7}{'decoy1':>8}"
    if duplicates:
        head += f"{'dup1st':>8}{'dupany':>8}{'falseA':>7}{'other':>7}"
    lines = [head]
    for klass, row in search.items():
        line = (
            f"{klass:18}{row['n']:>4}{row['recall@1']:>7.2f}{row['recall@5']:>7.2f}"
            f"{row['mrr']:>7.2f}{row['zero_rows']:>7.2f}{row['decoy_first']:>8.2f}"
        )
        if duplicates and klass in duplicates:
            d = duplicates[klass]
            line += (
                f"{d['dup_first']:>8.2f}{d['dup_found']:>8.2f}"
                f"{d['false_alarms']:>7}{d['other_flags']:>7}"
            )
        lines.append(line)
    return "\n".join(lines)


def directions(outcomes: list[Outcome]) -> dict[str, dict[str, Any]]:
    """recall@5 by direction across scripts."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[direction(o.placed.case)].append(o)
    return {
        k: {"n": len(v), "recall@5": _share([o.rank is not None and o.rank <= 5 for o in v])}
        for k, v in groups.items()
    }


Progress = Callable[[str], None]
