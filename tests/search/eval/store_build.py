"""A real desk (SQLCipher store, coordinator session) holding the population and every case.

:func:`build` sets up a desk in a folder, generates the population, leaves out the people who
would answer some case's query at least as well as its target (see :mod:`fold`), adds each
case's target, its decoys and the automatic decoys (:func:`auto_decoys`), and writes them all
through the person repository, the case persons scattered through the population (so that
neither the oldest nor the newest records are the targets). Ids are seeded, so the short codes
are the same from run to run.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Gender, Person
from entryhub_desk.services import Desk, Session
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories import PersonRepository
from tests.search.eval import fold
from tests.search.eval.model import Case, Who
from tests.search.eval.population import Visitor, visitors
from tests.support.clock import FakeClock

COORDINATOR = "Eval Coordinator"
PASSWORD = "Utvardering-Sok-2026"
BATCH = 2_000
_BASE_MS = 1_790_000_000_000


@dataclass
class Placed:
    """A case in the store: its target's id and the ids of its decoys."""

    case: Case
    target_id: str
    decoy_ids: list[str]
    decoys: list[Who]
    tie_decoys: int = 0  # decoys the crude matcher cannot tell from the target


@dataclass
class EvalStore:
    folder: Path
    config: DeskConfig
    session: Session
    placed: list[Placed]
    visitors: int  # population only
    persons: int  # everyone in the store
    left_out: int  # population members left out as confusable with some target
    codes: dict[str, str] = field(default_factory=dict)  # person id → short code

    @property
    def conn(self):  # type: ignore[no-untyped-def]
        return self.session.opened.conn

    def close(self) -> None:
        self.session.close()


def seeded_id(rng: random.Random, index: int, low40: int | None = None) -> str:
    """A UUIDv7-shaped id from the seed: milliseconds from ``index``, random bits from ``rng``
    (the last 40 bits, which make the short code, can be given)."""
    rand_a = rng.getrandbits(12)
    rand_b = rng.getrandbits(62)
    if low40 is not None:
        rand_b = (rand_b >> 40 << 40) | low40
    value = ((_BASE_MS + index) << 80) | (7 << 76) | (rand_a << 64) | (2 << 62) | rand_b
    return str(uuid.UUID(int=value))


def _low40(person_id: str) -> int:
    return uuid.UUID(person_id).int & ((1 << 40) - 1)


def _query_year(query: str) -> int | None:
    years = [int(w.strip(",")) for w in query.split() if fold.YEAR.match(w.strip(","))]
    return years[0] if years else None


def closeness(case: Case, who: Who | Visitor) -> fold.Closeness | None:
    names = (
        who.names() if isinstance(who, Who) else [f"{who.given} {who.family}", who.original or ""]
    )
    year = who.year if isinstance(who, Who) else who.birth_year
    return fold.closeness(case.query, names, year, query_year=_query_year(case.query))


def _one_letter_away(word: str) -> str:
    vowels = "aeiou"
    for i in range(len(word) // 2, len(word)):
        if word[i].lower() in vowels:
            swap = vowels[(vowels.index(word[i].lower()) + 2) % 5]
            return word[:i] + swap + word[i + 1 :]
    return word + "a"


def auto_decoys(case: Case) -> list[Who]:
    """The same name born seven years later, the family name one letter away, and (except
    where the query itself is in another order) the given and family names swapped."""
    if case.is_code or case.is_phone:
        return []
    t = case.target
    year = (t.year or 1990) + 7
    found = [Who(t.given, t.family, t.original, year, t.country)]
    if t.family:
        words = t.family.split()
        words[-1] = _one_letter_away(words[-1])
        found.append(Who(t.given, " ".join(words), None, t.year, t.country))
        if case.klass != "word_order":
            found.append(Who(t.family, t.given, None, t.year, t.country))
    target = closeness(case, t)
    return [d for d in found if target is None or not _dominates(closeness(case, d), target)]


def _dominates(other: fold.Closeness | None, target: fold.Closeness) -> bool:
    return other is not None and fold.dominates(other, target)


class _Vocabulary:
    """Which population members have a word like each query word (a generous pre-filter)."""

    def __init__(self, people: list[Visitor] | list[Who]) -> None:
        self.holders: dict[str, set[int]] = defaultdict(set)
        for i, v in enumerate(people):
            for word in fold.words(f"{v.given} {v.family} {v.original or ''}"):
                self.holders[word].add(i)
        self._like: dict[str, list[str]] = {}

    def like(self, query_word: str) -> list[str]:
        if query_word not in self._like:
            q = query_word.replace("/", "")
            self._like[query_word] = [
                w
                for w in self.holders
                if fold.same_word(query_word, w, prefix=True)
                or (len(q) >= 2 and (q in w or (len(w) >= 3 and w in q)))
            ]
        return self._like[query_word]

    def candidates(self, case: Case, least: int) -> list[int]:
        counts: dict[int, int] = defaultdict(int)
        for query_word in dict.fromkeys(fold.words(case.query)):
            hit: set[int] = set()
            for word in self.like(query_word):
                hit |= self.holders[word]
            for i in hit:
                counts[i] += 1
        return [i for i, c in counts.items() if c >= least]


def _judged(case: Case, target: fold.Closeness | None) -> bool:
    """The crude matcher sees why the target answers the query (all typed words but at most
    one); otherwise it cannot judge who else would, and the case is left alone."""
    typed = len(fold.words(case.query))
    return target is not None and target.covered >= min(2, typed) and target.covered >= typed - 1


def confusables(cases: Iterable[Case], people: list[Visitor]) -> set[int]:
    """Population members who answer some case's query at least as well as its target."""
    vocabulary = _Vocabulary(people)
    out: set[int] = set()
    for case in cases:
        if case.is_code or case.is_phone:
            continue
        target = closeness(case, case.target)
        if not _judged(case, target):
            continue
        assert target is not None
        for i in vocabulary.candidates(case, target.covered):
            if _dominates(closeness(case, people[i]), target):
                out.add(i)
    return out


def conflicts(cases: list[Case]) -> list[str]:
    """Cases whose query another case's person (target or decoy) answers at least as well as
    the target: the set itself must not make a case unanswerable."""
    persons: list[Who] = []
    owner: list[int] = []
    for n, case in enumerate(cases):
        for who in (case.target, *case.decoys):
            persons.append(who)
            owner.append(n)
    vocabulary = _Vocabulary(persons)
    found = []
    for n, case in enumerate(cases):
        if case.is_code or case.is_phone:
            continue
        target = closeness(case, case.target)
        if not _judged(case, target):
            continue
        assert target is not None
        for i in vocabulary.candidates(case, target.covered):
            if owner[i] != n and _dominates(closeness(case, persons[i]), target):
                who = persons[i]
                found.append(f"{case.klass}: {case.query!r} ~ {who.given} {who.family} {who.year}")
    return found


def reserved_phones(cases: Iterable[Case]) -> set[str]:
    """The cases' numbers, and what a phone query would mean as a Swedish number."""
    numbers: set[str] = set()
    for case in cases:
        for who in (case.target, *case.decoys):
            if who.phone:
                numbers.add(who.phone)
        if case.is_phone:
            try:
                parsed = phonenumbers.parse(case.query, "SE")
                numbers.add(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
            except phonenumbers.NumberParseException:
                pass
    return numbers


def _person(who: Who | Visitor, hub: str, person_id: str) -> Person:
    year = who.year if isinstance(who, Who) else who.birth_year
    return Person(
        id=person_id,
        given_name=who.given,
        family_name=who.family,
        original_script_name=who.original,
        birth_year=year,
        country_of_birth=who.country,
        phone=who.phone,
        gender=Gender(who.gender),
        hub_id=hub,
    )


def build(
    folder: Path,
    cases: list[Case],
    *,
    visitors_count: int,
    seed: int = 2026,
    progress: Callable[[str], None] = lambda _: None,
) -> EvalStore:
    folder.mkdir(parents=True, exist_ok=True)
    config = DeskConfig(
        data_dir=folder / "data",
        log_dir=folder / "logs",
        clock=FakeClock(tick=0.0005),
        scrypt_n=2**4,
    )
    desk = Desk(config)
    desk.set_up(hub_name="Eval Hub", coordinator_name=COORDINATOR, password=PASSWORD)
    session = desk.unlock(COORDINATOR, PASSWORD)
    ctx = session.opened.context
    hub = ctx.identity.hub_id
    rng = random.Random(seed)

    extra = max(200, visitors_count // 10)
    people = list(
        visitors(visitors_count + extra, seed=seed, reserved_phones=reserved_phones(cases))
    )
    progress(f"generated {len(people)} candidates")
    dropped = confusables(cases, people)
    people = [v for i, v in enumerate(people) if i not in dropped][:visitors_count]
    progress(f"left out {len(dropped)} confusable")

    # case persons: targets, their decoys, automatic decoys
    groups: list[tuple[Case, list[Who]]] = []
    for case in cases:
        decoys = list(case.decoys) + [d for d in auto_decoys(case) if d not in case.decoys]
        groups.append((case, decoys))
    total = len(people) + sum(1 + len(d) for _, d in groups)
    slots = sorted(rng.sample(range(total), sum(1 + len(d) for _, d in groups)))
    order: list[tuple[str, int, int]] = []  # ("case", group, member) or ("pop", index, 0)
    members = [(g, m) for g, (_, d) in enumerate(groups) for m in range(1 + len(d))]
    rng.shuffle(members)
    slot_set = dict(zip(slots, members, strict=True))
    pop_iter = iter(range(len(people)))
    for position in range(total):
        if position in slot_set:
            g, m = slot_set[position]
            order.append(("case", g, m))
        else:
            order.append(("pop", next(pop_iter), 0))

    ids: dict[tuple[int, int], str] = {}
    # the targets' ids first (the decoy codes of code cases derive from them)
    for position, (g, m) in slot_set.items():
        if m == 0:
            ids[(g, 0)] = seeded_id(rng, position)
    repo = PersonRepository(ctx)
    written = 0
    for start in range(0, total, BATCH):
        with transaction(ctx.conn):
            for position in range(start, min(total, start + BATCH)):
                kind, a, b = order[position]
                if kind == "pop":
                    repo.create(_person(people[a], hub, seeded_id(rng, position)))
                    continue
                case, decoys = groups[a]
                if b == 0:
                    person_id = ids[(a, 0)]
                    repo.create(_person(case.target, hub, person_id))
                    continue
                low40 = None
                if case.is_code and b in (1, 2):
                    target_low = _low40(ids[(a, 0)])
                    low40 = target_low ^ (1 if b == 1 else 1 << 12)  # last char / 6th char
                person_id = seeded_id(rng, position, low40)
                ids[(a, b)] = person_id
                repo.create(_person(decoys[b - 1], hub, person_id))
                written += 1
        progress(f"written {min(total, start + BATCH)}/{total}")
    placed = []
    for g, (case, decoys) in enumerate(groups):
        target = closeness(case, case.target)
        ties = 0
        if target is not None and not (case.is_code or case.is_phone):
            ties = sum(_dominates(closeness(case, d), target) for d in decoys)
        placed.append(
            Placed(
                case, ids[(g, 0)], [ids[(g, m)] for m in range(1, 1 + len(decoys))], decoys, ties
            )
        )
    ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return EvalStore(folder, config, session, placed, len(people), total, len(dropped))
