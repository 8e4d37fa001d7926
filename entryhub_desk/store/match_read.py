"""Reading what matching compares (:mod:`entryhub_desk.matching`), straight from the columns.

One opening against the persons (:meth:`MatchRead.candidates`), in three statements and a
few reads keyed by the candidates:

1. **Pre-filter** (:class:`~entryhub_desk.matching.CandidateFilter`): the persons holding one
   of the opening's skills (index ``profile_skill_skill``) or an occupation of its ISCO minor
   group in past work (``profile_work_isco``, ``profile_work_occupation``) or goals; every
   person when the opening names neither skills nor an occupation. The skill and work rows
   read here are the only ones scoring needs (closeness lives inside the minor group), so they
   are kept, not read again.
2. **Consent and visibility**, at the moment of matching: of those, the persons not deleted,
   not merged into another, with a ``match_openings`` consent in force (given, not withdrawn,
   no refusal recorded after it: the rule of ``ConsentRepository.current``, indexes
   ``consent_withdraws`` and ``consent_person_purpose``).
3. **Facts** of the candidates left: goals, the required languages, licences, the highest
   education, the last visit — each table read only when the opening asks for it.

The other way round, :meth:`MatchRead.person` reads one person's facts (the openings are
:mod:`.match_openings`'s).

:meth:`MatchRead.everyone` reads every person's facts with no pre-filter and
:meth:`MatchRead.consenting` the consenting ids: the naive baseline of the benchmark.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Final

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers.opening import HardRequirement, Opening
from entryhub_desk.domain.profile.codes import CefrLevel, DrivingCategory
from entryhub_desk.domain.profile.dates import PartialDate
from entryhub_desk.errors import DeskError
from entryhub_desk.matching import CandidateFilter, Closeness, LanguageFact, PersonFacts, Wanted
from entryhub_desk.matching.best import NEAR_MISS_SKILLS, Held
from entryhub_desk.matching.facts import counted_level, held_licences
from entryhub_desk.matching.occupation import closest, occupations_in_minor_group
from entryhub_desk.store.connection import storage_errors
from entryhub_desk.store.repositories.openings import OpeningRepository

Connection = Any
PURPOSE: Final = ConsentPurpose.MATCH_OPENINGS.value  # spelled out in CONSENT_IN_FORCE
JSON_SET: Final = " IN (SELECT value FROM json_each(?))"  # a JSON array parameter, as a set

# A match_openings consent in force for person ``p`` (see ConsentRepository.current).
CONSENT_IN_FORCE: Final = """EXISTS (
    SELECT 1 FROM consent c
    WHERE c.person_id = p.id AND c.purpose = 'match_openings' AND c.given = 1 AND c.deleted = 0
      AND NOT EXISTS (SELECT 1 FROM consent w WHERE w.withdraws = c.id AND w.deleted = 0)
      AND NOT EXISTS (
        SELECT 1 FROM consent r
        WHERE r.person_id = c.person_id AND r.purpose = 'match_openings' AND r.given = 0
          AND r.withdraws IS NULL AND r.deleted = 0
          AND (r.recorded_at > c.recorded_at
               OR (r.recorded_at = c.recorded_at AND r.id > c.id))))"""
PEOPLE: Final = (
    "SELECT p.id, p.given_name, p.family_name, p.municipality FROM person p"
    " WHERE p.deleted = 0 AND p.merged_into IS NULL"
)
VISIBLE: Final = (
    "SELECT p.id, p.municipality FROM person p WHERE p.deleted = 0 AND p.merged_into IS NULL"
)
PEOPLE_CONSENTING: Final = VISIBLE + " AND " + CONSENT_IN_FORCE
NAMES: Final = (
    "SELECT id, given_name, family_name FROM person WHERE id IN (SELECT value FROM json_each(?))"
)
# Statements keyed by JSON arrays of ids or codes (each ``?`` in ``IN (SELECT value FROM
# json_each(?))`` is one array, read as a set).
SKILL_HOLDERS: Final = (
    "SELECT person_id, skill FROM profile_skill"
    " WHERE deleted = 0 AND skill IN (SELECT value FROM json_each(?))"
)
WORK_IN_GROUP: Final = (
    "SELECT person_id, occupation, isco_group FROM profile_work"
    " WHERE isco_group >= ? AND isco_group < ? AND deleted = 0"
    " UNION ALL SELECT person_id, occupation, isco_group FROM profile_work"
    " WHERE +isco_group IS NULL AND deleted = 0 AND occupation IN (SELECT value FROM json_each(?))"
)
GOALS_IN_GROUP: Final = (
    "SELECT g.person_id, j.value FROM profile_goals g, json_each(g.desired_occupations) j"
    " WHERE g.deleted = 0 AND g.desired_occupations != '[]'"
    " AND j.value IN (SELECT value FROM json_each(?))"
)
GOALS_OF: Final = (
    "SELECT person_id, desired_occupations, available_from FROM profile_goals"
    " WHERE deleted = 0 AND person_id IN (SELECT value FROM json_each(?))"
)
LANGUAGES: Final = (
    "SELECT person_id, language, mother_tongue, listening, reading, spoken_interaction,"
    " spoken_production, writing FROM profile_language"
    " WHERE deleted = 0 AND person_id IN (SELECT value FROM json_each(?))"
)
LICENCES: Final = (
    "SELECT person_id, categories FROM profile_driving"
    " WHERE deleted = 0 AND person_id IN (SELECT value FROM json_each(?))"
    " AND valid_in_sweden IS NOT 0"
)
EDUCATION: Final = (
    "SELECT person_id, max(isced_level) FROM profile_education"
    " WHERE deleted = 0 AND person_id IN (SELECT value FROM json_each(?))"
    " AND isced_level IS NOT NULL AND completed IS NOT 0 GROUP BY person_id"
)
LAST_VISITS: Final = (
    "SELECT person_id, max(visited_at) FROM visit"
    " WHERE deleted = 0 AND person_id IN (SELECT value FROM json_each(?))"
    " GROUP BY person_id"
)
SKILLS: Final = (
    "SELECT person_id, skill FROM profile_skill"
    " WHERE deleted = 0 AND person_id IN (SELECT value FROM json_each(?))"
    " AND skill IS NOT NULL"
)
WORK: Final = (
    "SELECT person_id, occupation, isco_group FROM profile_work"
    " WHERE deleted = 0 AND person_id IN (SELECT value FROM json_each(?))"
    " AND (occupation IS NOT NULL OR isco_group IS NOT NULL)"
)
_CATEGORIES: Final = frozenset(c.value for c in DrivingCategory)
PARTS: Final = ("listening", "reading", "spoken_interaction", "spoken_production", "writing")


def _date(text: object) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse(str(text))
    except DeskError:
        return None


def _codes(text: object) -> tuple[str, ...]:
    return tuple(json.loads(str(text))) if text and text != "[]" else ()


def _minor_range(minor: str) -> tuple[str, str]:
    """ISCO groups starting with ``minor`` lie in ``[minor, minor+1)`` as text."""
    return minor, minor[:-1] + chr(ord(minor[-1]) + 1)


class _Builder:
    """Facts gathered per person from several tables."""

    def __init__(self) -> None:
        self.name: dict[str, str] = {}
        self.municipality: dict[str, str | None] = {}
        self.skills: dict[str, set[str]] = defaultdict(set)
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # must, nice held
        self.work: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
        self.goals: dict[str, tuple[tuple[str, ...], PartialDate | None]] = {}
        self.languages: dict[str, dict[str, LanguageFact]] = defaultdict(dict)
        self.licences: dict[str, set[DrivingCategory]] = defaultdict(set)
        self.education: dict[str, int] = {}
        self.last_visit: dict[str, str] = {}

    def facts(self, person_id: str) -> PersonFacts:
        desired, available = self.goals.get(person_id, ((), None))
        licences = self.licences.get(person_id)
        return PersonFacts(
            person_id=person_id,
            name=self.name.get(person_id, ""),
            municipality=self.municipality.get(person_id),
            desired_occupations=desired,
            work=tuple(self.work.get(person_id, ())),
            skills=frozenset(self.skills.get(person_id, ())),
            languages=self.languages.get(person_id, {}),
            licences=held_licences(licences) if licences else frozenset(),
            education=self.education.get(person_id),
            available_from=available,
            last_visit=self.last_visit.get(person_id),
        )


class Prefiltered:
    """What the pre-filter found: per person, the opening's skills they hold, their past work
    and desired occupations in its ISCO minor group; ``everyone`` the consenting persons when
    the opening names no skill and no occupation."""

    def __init__(self, wanted: Wanted) -> None:
        self.wanted = wanted
        self.skills: dict[str, set[str]] = defaultdict(set)
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # must, nice held
        self.work: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
        self.goals: dict[str, list[str]] = defaultdict(list)
        self.goal_codes: frozenset[str] = frozenset()
        self.everyone: list[str] | None = None
        self.lives: dict[str, str | None] = {}  # municipality, when ``everyone`` was read

    def held(self) -> dict[str, Held]:
        """Per candidate: must-have and nice-to-have skills held, occupation closeness; only
        those missing at most :data:`NEAR_MISS_SKILLS` must-have skills (the rest are no
        near miss, and are not listed)."""
        wanted = self.wanted
        found: dict[str, Held] = {
            person_id: (must, nice, Closeness.NONE, None)
            for person_id, (must, nice) in self.counts.items()
        }
        if wanted.occupation is not None:
            for person_id in self.work.keys() | self.goals.keys():
                near = closest(
                    wanted.occupation, self.work.get(person_id, ()), self.goals.get(person_id, ())
                )
                m, n, _, _ = found.get(person_id, (0, 0, Closeness.NONE, None))
                found[person_id] = (m, n, near.closeness, None)
        for person_id in self.everyone or ():
            found.setdefault(person_id, (0, 0, Closeness.NONE, None))
        needed = len(wanted.must_skills) - NEAR_MISS_SKILLS
        return {person_id: h for person_id, h in found.items() if h[0] >= needed}


class MatchRead:
    """Read side of matching over one connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        with storage_errors():
            return list(self._conn.execute(sql, tuple(params)))

    # -- one opening against the persons -----------------------------------------------
    def pre_filter(self, wanted: Wanted, found: CandidateFilter) -> Prefiltered:
        """The persons sharing a skill or an occupation group with the opening (every
        consenting visible person when it names neither), with what they share."""
        pre = Prefiltered(wanted)
        if found.skills:
            must = frozenset(wanted.must_skills)
            for person_id, skill in self._rows(SKILL_HOLDERS, [json.dumps(found.skills)]):
                pre.skills[person_id].add(skill)
                pre.counts[person_id][0 if skill in must else 1] += 1
        if found.minor_group is not None:
            in_group = occupations_in_minor_group(found.minor_group)
            pre.goal_codes = frozenset(in_group)
            codes = json.dumps(in_group)
            low, high = _minor_range(found.minor_group)
            for person_id, occupation, group in self._rows(WORK_IN_GROUP, [low, high, codes]):
                pre.work[person_id].append((occupation, group))
            for person_id, occupation in self._rows(GOALS_IN_GROUP, [codes]):
                pre.goals[person_id].append(occupation)
        elif found.occupation is not None:  # an occupation the taxonomy has no group for
            pre.goal_codes = frozenset({found.occupation})
        if found.everyone:
            rows = self._rows(PEOPLE_CONSENTING)
            pre.everyone = [str(person_id) for person_id, _ in rows]
            pre.lives = {str(person_id): lives for person_id, lives in rows}
        return pre

    def held(self, pre: Prefiltered) -> dict[str, Held]:
        """:meth:`Prefiltered.held`, with whether those holding every must-have skill live
        where the opening is (when it names a municipality and is not remote): who lives
        elsewhere is a near miss before anything else is read. (The others are near misses
        already; reading more of them costs more than it saves, and so does reading the
        language levels too: measured with ``tests/bench/bench_match.py``.)"""
        found = pre.held()
        wanted = pre.wanted
        if wanted.municipality is None or wanted.remote:
            return found
        place = wanted.municipality.strip().casefold()
        same: dict[object, bool] = {}  # by the municipality as written (few distinct)
        if pre.everyone is not None:  # read with the consent: no second look
            rows: Iterable[tuple[str, object]] = pre.lives.items()
        else:
            every_must = len(wanted.must_skills)
            ids = json.dumps([person_id for person_id, h in found.items() if h[0] == every_must])
            rows = self._rows(VISIBLE + " AND p.id" + JSON_SET, [ids])
        for person_id, lives in rows:
            there = same.get(lives)
            if there is None:
                there = same[lives] = bool(lives) and str(lives).strip().casefold() == place
            must, nice, closeness, _ = found[person_id]
            found[person_id] = (must, nice, closeness, there)
        return found

    def load(
        self, pre: Prefiltered, ids: Sequence[str], *, visits: bool = True
    ) -> list[PersonFacts]:
        """The facts of those of ``ids`` who are visible and consent to matching now
        (without their last visits unless ``visits``: :meth:`last_visits` reads them)."""
        built = _Builder()
        people = self._rows(PEOPLE_CONSENTING + " AND p.id" + JSON_SET, [json.dumps(list(ids))])
        listed = []
        for person_id, municipality in people:
            built.municipality[person_id] = municipality
            listed.append(str(person_id))
        for person_id in listed:
            if person_id in pre.skills:
                built.skills[person_id] = pre.skills[person_id]
            if person_id in pre.work:
                built.work[person_id] = pre.work[person_id]
        self._facts(built, listed, pre.wanted, pre.goal_codes, visits=visits)
        return [built.facts(person_id) for person_id in listed]

    def names(self, ids: Sequence[str]) -> dict[str, str]:
        """``given family`` of each of ``ids`` (for the persons listed)."""
        rows = self._rows(NAMES, [json.dumps(list(ids))])
        return {str(i): f"{given} {family}".strip() for i, given, family in rows}

    def candidates(self, wanted: Wanted, found: CandidateFilter) -> list[PersonFacts]:
        """Every candidate's facts at once (tests and the benchmark's count)."""
        pre = self.pre_filter(wanted, found)
        return self.load(pre, sorted(pre.held()))

    @staticmethod
    def _person_row(built: _Builder, row: Any) -> str:
        person_id, given, family, municipality = row
        built.name[person_id] = f"{given} {family}".strip()
        built.municipality[person_id] = municipality
        return str(person_id)

    def _facts(
        self,
        built: _Builder,
        ids: list[str],
        wanted: Wanted | None,
        goal_codes: frozenset[str] | None,
        *,
        visits: bool = True,
    ) -> None:
        """Goals, languages, licences, education and last visits of ``ids`` (only what
        ``wanted`` asks for; everything when it is ``None``)."""
        if not ids:
            return
        param = [json.dumps(ids)]
        occupations = wanted is None or wanted.occupation is not None
        if occupations or wanted is None or wanted.starts is not None:
            for person_id, desired, available in self._rows(GOALS_OF, param):
                codes = _codes(desired) if occupations else ()
                if goal_codes is not None:
                    codes = tuple(c for c in codes if c in goal_codes)
                built.goals[person_id] = (codes, _date(available))
        if wanted is None or wanted.languages:
            asked = [language for language, _ in wanted.languages] if wanted else None
            self._languages(built, param, asked)
        if wanted is None or wanted.licences:
            for person_id, categories in self._rows(LICENCES, param):
                built.licences[person_id].update(
                    DrivingCategory(c) for c in _codes(categories) if c in _CATEGORIES
                )
        if wanted is None or wanted.min_education is not None:
            for person_id, level in self._rows(EDUCATION, param):
                built.education[person_id] = int(level)
        if visits:
            built.last_visit.update(self.last_visits(ids))

    def last_visits(self, ids: Sequence[str]) -> dict[str, str]:
        """The last visit of each of ``ids`` that has one (stored UTC text)."""
        rows = self._rows(LAST_VISITS, [json.dumps(list(ids))])
        return {str(person_id): str(at) for person_id, at in rows}

    def _languages(self, built: _Builder, param: list[str], asked: list[str] | None) -> None:
        sql = LANGUAGES
        params = param
        if asked is not None:
            sql, params = sql + " AND language" + JSON_SET, [*param, json.dumps(asked)]
        for row in self._rows(sql, params):
            person_id, language, mother_tongue = row[0], row[1], bool(row[2])
            level = counted_level(mother_tongue, dict(zip(PARTS, row[3:], strict=True)))
            known = built.languages[person_id].get(language)
            if known is None or _better(level, known.level):
                built.languages[person_id][language] = LanguageFact(level, mother_tongue)

    # -- one person against the openings -----------------------------------------------
    def consented(self, person_id: str) -> bool:
        """Whether the person is visible and has a match_openings consent in force now."""
        return bool(self._rows(PEOPLE_CONSENTING + " AND p.id = ?", [person_id]))

    def person(self, person_id: str) -> PersonFacts | None:
        """Every fact of one visible person (``None`` when not visible)."""
        built = _Builder()
        rows = self._rows(PEOPLE + " AND p.id = ?", [person_id])
        if not rows:
            return None
        self._person_row(built, rows[0])
        self._read_all(built, [person_id])
        return built.facts(person_id)

    def _read_all(self, built: _Builder, ids: list[str]) -> None:
        param = [json.dumps(ids)]
        for person_id, skill in self._rows(SKILLS, param):
            built.skills[person_id].add(skill)
        for person_id, occupation, group in self._rows(WORK, param):
            built.work[person_id].append((occupation, group))
        self._facts(built, ids, None, None)

    # -- the naive baseline --------------------------------------------------------------
    def everyone(self) -> list[PersonFacts]:
        """Every visible person's facts, no pre-filter, no consent (the baseline)."""
        built = _Builder()
        listed = [self._person_row(built, row) for row in self._rows(PEOPLE)]
        self._read_all(built, listed)
        return [built.facts(person_id) for person_id in listed]

    def consenting(self) -> set[str]:
        """Ids of the visible persons with a match_openings consent in force."""
        return {str(row[0]) for row in self._rows(PEOPLE_CONSENTING)}


def _better(level: CefrLevel | None, than: CefrLevel | None) -> bool:
    order = list(CefrLevel)
    return level is not None and (than is None or order.index(level) > order.index(than))


def wanted_from_row(row: Iterable[Any]) -> Wanted:
    """An opening's row (``id, occupation, must_skills, …, starts``) as matching reads it."""
    (opening_id, occupation, must, nice, languages, licences, education, hard, place,
     remote, starts) = row  # fmt: skip
    requirements = []
    for text in _codes(languages):
        language, _, level = str(text).partition(":")
        requirements.append((language, CefrLevel(level)))
    return Wanted(
        opening_id=str(opening_id),
        occupation=occupation,
        must_skills=_codes(must),
        nice_skills=_codes(nice),
        languages=tuple(requirements),
        licences=tuple(DrivingCategory(c) for c in _codes(licences)),
        min_education=None if education is None else int(education),
        hard=frozenset(HardRequirement(h) for h in _codes(hard)),
        municipality=place,
        remote=bool(remote),
        starts=_date(starts),
    )


class OpeningRows(OpeningRepository):
    """Openings by id, decoded as the repository decodes them (for the matches listed)."""

    def many(self, opening_ids: Sequence[str]) -> dict[str, Opening]:
        if not opening_ids:
            return {}
        found = self._select(
            "id IN (SELECT value FROM json_each(?))", [json.dumps(list(opening_ids))]
        )
        return {opening.id: opening for opening in found}
