"""The one likely-duplicate check: used by ``Reception.register``, the new-visitor dialog and
the visitor import (``import-visitors``).

Candidates come from the same fuzzy name search as the search box (the Latin name, the name in
its original script, and the name with the birth year, so that among hundreds of namesakes the
ones born that year are reached) and from the same phone number. Then what tells namesakes
apart decides (:func:`judge`): a receptionist warned for every "Mohamed Ali" stops reading
warnings, so a name alone is not enough.

- The same phone number is always a likely duplicate (whatever the name: a typo, a new
  spelling, or a relative's phone, which the receptionist can tell at once).
- The name must be the same person's name (:func:`~entryhub_desk.services.name_match.
  compare_names`: the given names agree, the family words agree in order): the search lets a
  word go unmatched and ignores order, so alone it would bring up brothers and namesakes.
- The same name (all family words of the shorter side matched) or a similar one (some) is a
  likely duplicate unless the birth years differ by more than one year or the countries of
  birth differ (both known); a *similar* name also needs something that agrees: the birth year
  (±1) or the country. The same name with nothing else to compare (one side lacks year and
  country) is still reported, since that is exactly when a second record is made, unless both
  have a phone number and the numbers differ.

Each candidate carries its reasons as codes (:data:`REASONS`), which the GUI translates and the
command line prints in English (:data:`ENGLISH_REASONS`). Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Protocol

from entryhub_desk.domain.person import Person, normalise_phone
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.search.keys import name_readings
from entryhub_desk.search.slavic import has_evidence, slavic_forms
from entryhub_desk.services.name_match import SAME, SIMILAR, compare_names
from entryhub_desk.store.repositories.base import StoreContext
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.search_index import IndexHit, SearchIndex, person_facts

SAME_PHONE: Final = "same_phone"
SAME_NAME: Final = "same_name"
SIMILAR_NAME: Final = "similar_name"
SAME_BIRTH_YEAR: Final = "same_birth_year"
NEAR_BIRTH_YEAR: Final = "near_birth_year"
SAME_COUNTRY: Final = "same_country"
#: Reason codes, in the order they are shown.
REASONS: Final = (
    SAME_PHONE,
    SAME_NAME,
    SIMILAR_NAME,
    SAME_BIRTH_YEAR,
    NEAR_BIRTH_YEAR,
    SAME_COUNTRY,
)
#: The reasons in English for the command line (``{year}``: the existing person's birth year).
ENGLISH_REASONS: Final[dict[str, str]] = {
    SAME_PHONE: "same phone",
    SAME_NAME: "same name",
    SIMILAR_NAME: "similar name",
    SAME_BIRTH_YEAR: "born {year}",
    NEAR_BIRTH_YEAR: "born {year}",
    SAME_COUNTRY: "same country of birth",
}

#: The search's closeness (0–100) a similar (not the same) name needs.
SIMILAR_NAME_SCORE: Final = 80.0
#: Name candidates looked at per query (the birth-year query reaches further namesakes).
NAME_CANDIDATES: Final = 60
DEFAULT_LIMIT: Final = 5


@dataclass(frozen=True)
class Typed:
    """The values of the person about to be registered (as far as they are typed)."""

    given_name: str
    family_name: str = ""
    original_script_name: str | None = None
    phone: str | None = None  # any notation; read as Swedish when local
    birth_year: int | None = None
    country: str | None = None  # ISO 3166-1 alpha-2

    @classmethod
    def of(cls, person: Person) -> Typed:
        return cls(
            given_name=person.given_name,
            family_name=person.family_name,
            original_script_name=person.original_script_name,
            phone=person.phone,
            birth_year=person.birth_year,
            country=person.country_of_birth,
        )


class Known(Protocol):
    """What the check compares of an existing person (a :class:`Person`, or the index's
    :class:`~entryhub_desk.store.search_index.Facts` of a candidate)."""

    @property
    def given_name(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def original_script_name(self) -> str | None: ...
    @property
    def birth_year(self) -> int | None: ...
    @property
    def country_of_birth(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...


@dataclass(frozen=True)
class Duplicate:
    """An existing person who is probably the one being registered."""

    person: Person
    code: str  # short code "XXXX-XXXX"
    score: float  # name closeness 0–100 (0 when only the phone matched)
    reasons: tuple[str, ...]  # codes of REASONS, in that order
    why: tuple[str, ...] = ()  # the search keys that matched the name


def _e164(phone: str | None) -> str | None:
    if not phone or not phone.strip():
        return None
    try:
        return normalise_phone(phone)
    except DeskError:
        return None


def judge(
    typed: Typed,
    person: Known,
    name: str | None,
    *,
    same_phone: bool,
    other_phone: bool = False,
) -> tuple[str, ...]:
    """The reasons why ``person`` is probably ``typed`` (empty: probably someone else).

    ``name``: :data:`SAME_NAME`, :data:`SIMILAR_NAME` or None (see :func:`name_reason`);
    ``other_phone``: both have a phone number and the numbers differ."""
    reasons: list[str] = [SAME_PHONE] if same_phone else []
    year: str | None = None
    far_year = False
    if typed.birth_year is not None and person.birth_year is not None:
        gap = abs(typed.birth_year - person.birth_year)
        year = SAME_BIRTH_YEAR if gap == 0 else NEAR_BIRTH_YEAR if gap == 1 else None
        far_year = gap > 1
    country: str | None = None
    other_country = False
    if typed.country and person.country_of_birth:
        if typed.country.upper() == person.country_of_birth:
            country = SAME_COUNTRY
        else:
            other_country = True
    agreeing = [r for r in (year, country) if r is not None]
    if name is not None:
        contradicted = far_year or other_country
        # nothing agrees: only the same name, and only if no different phone tells them apart
        unsure = name == SAME_NAME and not other_phone
        if same_phone or (not contradicted and (agreeing or unsure)):
            reasons.append(name)
            reasons.extend(agreeing)
    elif same_phone:
        reasons.extend(agreeing)
    return tuple(r for r in REASONS if r in reasons)


def _told_apart(typed: Typed, person: Known) -> bool:
    """Birth years more than one year apart, or other countries of birth (both known)."""
    years = (typed.birth_year, person.birth_year)
    if years[0] is not None and years[1] is not None and abs(years[0] - years[1]) > 1:
        return True
    return bool(
        typed.country
        and person.country_of_birth
        and typed.country.upper() != person.country_of_birth
    )


def name_reason(typed: Typed, person: Known, score: float = 100.0) -> str | None:
    """:data:`SAME_NAME`, :data:`SIMILAR_NAME` or None for the two written names; a similar
    name also needs the search's closeness ``score`` (0–100) of at least
    :data:`SIMILAR_NAME_SCORE` (one family word in common is common among namesakes)."""
    outcome = compare_names(
        typed.given_name,
        typed.family_name,
        typed.original_script_name,
        person.given_name,
        person.family_name,
        person.original_script_name,
    )
    if outcome != SAME and _slavic_same(typed, person):
        outcome = SAME
    if outcome == SIMILAR and score < SIMILAR_NAME_SCORE:
        return None
    return {SAME: SAME_NAME, SIMILAR: SIMILAR_NAME}.get(outcome or "")


def _slavic_words(person: Typed | Known) -> list[frozenset[str]] | None:
    """The East Slavic folds of each Latin name word (of the original script's readings when
    there is no Latin name), or None when the names do not show East Slavic origin."""
    names = (person.given_name, person.family_name, person.original_script_name)
    texts = [" ".join(n for n in names[:2] if n)] if any(names[:2]) else [names[2] or ""]
    readings = name_readings(texts[0]) if texts[0].strip() else ()
    if not readings or not has_evidence(names, [t for r in readings for t in r]):
        return None
    same = [r for r in readings if len(r) == len(readings[0])]
    return [frozenset(f for r in same for f in slavic_forms(r[i])) for i in range(len(same[0]))]


def _slavic_same(typed: Typed, person: Known) -> bool:
    """Both names East Slavic and the same word for word once the romanisations are folded
    (Yevhen Hnatiuk, Evgen Gnatyuk, Jevgen Gnatjuk): the given names agree and every word of
    the shorter name's rest in order. Exact folds only: no typing errors or skeletons here,
    which the folding would make too loose (Kharchuk, Martjuk)."""
    a, b = _slavic_words(typed), _slavic_words(person)
    if not a or not b or len(a) < 2 or len(b) < 2 or a[0].isdisjoint(b[0]):
        return False
    shorter, longer = sorted((a[1:], b[1:]), key=len)
    rest = iter(longer)
    return all(any(not word.isdisjoint(other) for other in rest) for word in shorter)


def _name_queries(typed: Typed) -> Iterable[tuple[str, bool]]:
    """``(query, with a birth year)``: the names, and the names with the year (the search
    reads a 4-digit year as a birth-year filter)."""
    latin = " ".join(part for part in (typed.given_name, typed.family_name) if part).strip()
    for text in (latin, (typed.original_script_name or "").strip()):
        if len(text) >= 2:
            yield text, False
            if typed.birth_year is not None:
                yield f"{text} {typed.birth_year}", True


def _name_hits(index: SearchIndex, typed: Typed) -> dict[str, IndexHit]:
    best: dict[str, IndexHit] = {}
    full = False  # the last name query filled its list: more namesakes may lie beyond it
    for query, with_year in _name_queries(typed):
        if with_year and not full:
            continue
        found = (
            [h for h in index.search(query, limit=NAME_CANDIDATES) if h.kind == "name"]
            if with_year
            else index.names(query, limit=NAME_CANDIDATES)
        )
        full = len(found) >= NAME_CANDIDATES
        for hit in found:
            known = best.get(hit.person_id)
            if known is None or hit.score > known.score:
                best[hit.person_id] = hit
    return best


def likely_duplicates(
    ctx: StoreContext,
    typed: Typed,
    *,
    limit: int = DEFAULT_LIMIT,
    exclude: Iterable[str] = (),
) -> list[Duplicate]:
    """Existing persons (not merged, not ``exclude``) who are probably ``typed``, the most
    likely first: the same phone, then the same name before a similar one, the same birth year
    before ±1, then the search's closeness."""
    if limit <= 0:
        return []
    skip = set(exclude)
    persons = PersonRepository(ctx)
    phone = _e164(typed.phone)
    by_phone = [p.id for p in persons.find_by_phone(phone)] if phone else []
    names = _name_hits(SearchIndex(ctx.conn), typed)
    ids = list(dict.fromkeys([*by_phone, *names]))
    # the candidates' names, years and countries only: whole persons for those kept
    found = person_facts(ctx.conn, [i for i in ids if i not in skip])
    result: list[tuple[str, float, tuple[str, ...], tuple[str, ...]]] = []
    for person_id in ids:
        person = found.get(person_id)
        if person is None:
            continue
        hit = names.get(person_id)
        score = hit.score if hit is not None else 0.0
        if person_id not in by_phone and _told_apart(typed, person):
            continue  # born years apart or in another country: no need to read the names
        reasons = judge(
            typed,
            person,
            name_reason(typed, person, score),
            same_phone=person_id in by_phone,
            other_phone=bool(phone and person.phone and person.phone != phone),
        )
        if reasons:
            result.append((person_id, score, reasons, hit.why if hit is not None else ()))
    result.sort(
        key=lambda d: (
            SAME_PHONE not in d[2],
            SAME_NAME not in d[2],
            SAME_BIRTH_YEAR not in d[2],
            -round(d[1]),
            -len(d[2]),
        )
    )
    kept = persons.get_many([person_id for person_id, *_ in result[:limit]])
    return [
        Duplicate(kept[person_id], short_code(person_id), score, reasons, why)
        for person_id, score, reasons, why in result[:limit]
        if person_id in kept
    ]


def english_reasons(duplicate: Duplicate) -> str:
    """The reasons as the command line prints them ("same name, born 1990")."""
    year = duplicate.person.birth_year
    return ", ".join(ENGLISH_REASONS[r].format(year=year) for r in duplicate.reasons)
