"""Values of an imported opening, read from the words of a spreadsheet or a job ad.

Shared by the spreadsheet import (:mod:`~entryhub_desk.importing.openings`) and the JobSearch
import (:mod:`~entryhub_desk.importing.jobsearch`): finding the one ESCO concept a label names
(:class:`LabelFinder`), language requirements ("svenska B1, engelska B2"), driving-licence
categories, education levels, kinds, yes/no and dates; and the draft and report types.

A label is mapped only when it names exactly one concept: one concept has it as a label
(preferred or alternative, in any bundled language, compared folded), or the picker's search
finds just one concept whose label holds it. Anything else is reported with the candidates
the picker offers, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Final

from entryhub_desk.domain.employers import HardRequirement, Opening, OpeningKind, OpeningState
from entryhub_desk.domain.profile.codes import CefrLevel, DrivingCategory
from entryhub_desk.domain.profile.dates import PartialDate
from entryhub_desk.errors import DeskError
from entryhub_desk.importing.visitors import RowProblem
from entryhub_desk.taxonomy import all_languages, display, esco, is_language, picker
from entryhub_desk.taxonomy.isced import ISCED_LEVELS

CANDIDATES_SHOWN: Final = 3
_SEARCH_LIMIT: Final = 20
_LIST_SPLIT: Final = re.compile(r"[,;|\n]+")
_LEVEL: Final = re.compile(r"(?:^|[\s(:\-])([ABC][12])\)?$", re.IGNORECASE)


# -- the draft and the report ------------------------------------------------------------


@dataclass(frozen=True)
class EmployerRef:
    """The employer an imported opening names: found by organisation number, else by name."""

    name: str
    org_number: str | None = None
    municipality: str | None = None


@dataclass(frozen=True)
class OpeningDraft:
    """One row or ad read: the opening (its ``employer_id`` and ``added_*`` are placeholders
    until it is stored) and what could not be mapped but did not stop it."""

    row: int  # the spreadsheet row, or the ad's place in the file (1-based)
    employer: EmployerRef
    opening: Opening
    unmapped: tuple[RowProblem, ...] = ()
    label: str = ""  # how the report names it: the ad id, or empty for a row


@dataclass
class OpeningImportReport:
    rows: int = 0  # rows or ads read
    created: int = 0
    updated: int = 0  # the same source imported before: that opening updated
    unchanged: int = 0
    employers_created: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    unmapped: list[RowProblem] = field(default_factory=list)  # imported, but not all of it
    unknown_columns: list[str] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)  # row → ad id, for the report
    cancelled: bool = False


def problem_of(row: int, error: DeskError) -> RowProblem:
    return RowProblem(row, error.code, dict(error.params))


# -- labels → ESCO concepts --------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """What a label names: ``code`` when exactly one concept, else the problem."""

    code: str | None
    problem: DeskError | None = None


@dataclass(frozen=True)
class _Labels:
    """Every label of every concept of one kind, folded → the concepts that carry it, the
    names (preferred labels, with the desk's curated forms in their place) apart from the
    alternative labels."""

    scheme: esco.Concepts
    names: dict[str, set[int]]
    alternatives: dict[str, set[int]]


@lru_cache(maxsize=2)
def _labels(kind: str) -> _Labels:
    scheme = esco.concepts(kind)
    curated: dict[tuple[int, str], str] = {}
    for (curated_kind, code), forms in display.CURATED.items():
        i = scheme.position(code) if curated_kind == kind else None
        if i is not None:
            for lang, form in forms.items():
                curated[(i, lang)] = form
    names: dict[str, set[int]] = {}
    alternatives: dict[str, set[int]] = {}
    for lang in esco.LANGS:
        for i, label in enumerate(scheme.pref.get(lang, ())):
            name = curated.get((i, lang), label)
            if name:
                names.setdefault(picker.fold(name), set()).add(i)
        for i, alts in enumerate(scheme.alt.get(lang, ())):
            for alt in alts.split("\n") if alts else ():
                alternatives.setdefault(picker.fold(alt), set()).add(i)
    return _Labels(scheme, names, alternatives)


class LabelFinder:
    """Finds the ESCO occupation or skill a label names (Swedish, English or another bundled
    language), remembering the answers of one import."""

    def __init__(self, lang: str = "sv") -> None:
        self._lang = lang
        self._seen: dict[tuple[str, str, str | None], Found] = {}

    def occupation(self, label: str, *, isco_group: str | None = None) -> Found:
        return self._find(esco.OCCUPATION, label, isco_group)

    def occupation_named(self, label: str) -> str | None:
        """The one ESCO occupation whose own name (not an alternative, not a search hit) is
        ``label``, in any bundled language; None when none or several are."""
        folded = picker.fold(label)
        if not folded:
            return None
        labels = _labels(esco.OCCUPATION)
        named = sorted(labels.names.get(folded, ()))
        return labels.scheme.codes[named[0]] if len(named) == 1 else None

    def skill(self, label: str) -> Found:
        return self._find(esco.SKILL, label, None)

    def _find(self, kind: str, label: str, isco_group: str | None) -> Found:
        key = (kind, picker.fold(label), isco_group)
        found = self._seen.get(key)
        if found is None:
            found = self._search(kind, label, isco_group)
            self._seen[key] = found
        return found

    def _search(self, kind: str, label: str, isco_group: str | None) -> Found:
        folded = picker.fold(label)
        field_name = "occupation" if kind == esco.OCCUPATION else "skills"
        if not folded:
            return Found(None, DeskError("import.label_unknown", field=field_name, value=label))
        labels = _labels(kind)
        scheme = labels.scheme
        exact: list[int] = []
        for table in (labels.names, labels.alternatives):  # a name before an alternative
            exact = sorted(table.get(folded, ()))
            if isco_group is not None and scheme.isco is not None:
                exact = [i for i in exact if scheme.isco[i] == isco_group]
            if exact:
                break
        if len(exact) == 1:
            return Found(scheme.codes[exact[0]])
        hits = picker.search(kind, label, self._lang, limit=_SEARCH_LIMIT)
        if isco_group is not None:
            hits = [h for h in hits if h.isco_group == isco_group]
        if len(exact) > 1:
            names = [esco.label_of(scheme, i, self._lang).text for i in exact]
            return Found(None, _ambiguous(field_name, label, names))
        holding = [h for h in hits if _holds(h.label, folded) or _holds(h.matched, folded)]
        if len(hits) == 1 and holding:
            return Found(hits[0].code)
        if hits:
            return Found(None, _ambiguous(field_name, label, [h.label for h in hits]))
        return Found(None, DeskError("import.label_unknown", field=field_name, value=label))


def _holds(text: str | None, folded: str) -> bool:
    return text is not None and f" {folded} " in f" {picker.fold(text)} "


def _ambiguous(field_name: str, label: str, names: Iterable[str]) -> DeskError:
    shown = list(dict.fromkeys(names))[:CANDIDATES_SHOWN]
    return DeskError(
        "import.label_ambiguous", field=field_name, value=label, candidates="; ".join(shown)
    )


# -- languages ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in ("sv", "en"):
        for code, name in all_languages(lang):
            names.setdefault(name.casefold(), code)
    return names


def language_code(name: str) -> str | None:
    """The ISO 639 code of a language named in Swedish or English (or given as its code)."""
    text = name.strip().casefold()
    if is_language(text):
        return text
    return _language_names().get(text)


def language_requirements(text: str, field_name: str = "languages") -> tuple[str, ...]:
    """``"svenska B1, engelska B2"`` (or ``"sv:B1"``, ``"Swedish (B1)"``) → ``("sv:B1",
    "en:B2")``. A language without a level, or one not known, is an error."""
    out: list[str] = []
    for part in _LIST_SPLIT.split(text):
        item = part.strip()
        if not item:
            continue
        match = _LEVEL.search(item)
        if match is None:
            raise DeskError("import.language_level", field=field_name, value=item)
        name = item[: match.start(1)].strip(" :-(")
        code = language_code(name)
        if code is None:
            raise DeskError("validation.unknown_code", field=field_name, value=name)
        out.append(f"{code}:{CefrLevel(match.group(1).upper()).value}")
    return tuple(out)


# -- licences, education, kind, state, hard requirements --------------------------------

_LICENCE_WORDS: Final = re.compile(
    r"\b(?:körkort|korkort|behörighet|klass|driving|licen[cs]e|category|kategori)\b",
    re.IGNORECASE,
)
_CATEGORIES: Final = {c.value: c for c in DrivingCategory}


def licences(text: str, field_name: str = "licences") -> tuple[DrivingCategory, ...]:
    """``"B, CE"``, ``"B-körkort"``, ``"körkort B"`` → the categories."""
    out: list[DrivingCategory] = []
    for part in re.split(r"[,;/|\s]+", _LICENCE_WORDS.sub(" ", text)):
        item = part.strip(" -.").upper()
        if not item:
            continue
        category = _CATEGORIES.get(item)
        if category is None:
            raise DeskError("validation.unknown_code", field=field_name, value=part.strip())
        if category not in out:
            out.append(category)
    return tuple(out)


_EDUCATION_WORDS: Final[dict[str, int]] = {
    "förskola": 0,
    "grundskola": 2,
    "primary": 1,
    "lower secondary": 2,
    "gymnasium": 3,
    "gymnasieskola": 3,
    "gymnasieutbildning": 3,
    "gymnasieexamen": 3,
    "upper secondary": 3,
    "high school": 3,
    "eftergymnasial": 4,
    "yrkeshögskola": 5,
    "högskola": 6,
    "universitet": 6,
    "kandidat": 6,
    "kandidatexamen": 6,
    "bachelor": 6,
    "master": 7,
    "magister": 7,
    "masterexamen": 7,
    "doktor": 8,
    "doktorsexamen": 8,
    "phd": 8,
}


@lru_cache(maxsize=1)
def _education_names() -> dict[str, int]:
    names = {picker.fold(k): v for k, v in _EDUCATION_WORDS.items()}
    for level, labels in ISCED_LEVELS.items():
        for label in labels.values():
            names.setdefault(picker.fold(label), int(level))
    return names


def education(text: str) -> int | None:
    """An ISCED 2011 level from its digit, ``"ISCED 3"``, or a Swedish or English name."""
    folded = picker.fold(text)
    if not folded:
        return None
    digits = re.fullmatch(r"(?:isced\s*)?([0-8])", folded)
    if digits is not None:
        return int(digits.group(1))
    level = _education_names().get(folded)
    if level is None:
        raise DeskError("validation.unknown_code", field="min_education", value=text.strip())
    return level


_KINDS: Final[dict[str, OpeningKind]] = {
    "jobb": OpeningKind.JOB,
    "job": OpeningKind.JOB,
    "anställning": OpeningKind.JOB,
    "tjänst": OpeningKind.JOB,
    "employment": OpeningKind.JOB,
    "praktik": OpeningKind.INTERNSHIP,
    "internship": OpeningKind.INTERNSHIP,
    "trainee": OpeningKind.TRAINEE,
    "traineeplats": OpeningKind.TRAINEE,
    "lärling": OpeningKind.APPRENTICESHIP,
    "lärlingsplats": OpeningKind.APPRENTICESHIP,
    "apprenticeship": OpeningKind.APPRENTICESHIP,
    "mentor": OpeningKind.MENTORING,
    "mentorskap": OpeningKind.MENTORING,
    "mentoring": OpeningKind.MENTORING,
    "företagande": OpeningKind.ENTREPRENEURSHIP,
    "starta eget": OpeningKind.ENTREPRENEURSHIP,
    "entrepreneurship": OpeningKind.ENTREPRENEURSHIP,
}
_STATES: Final[dict[str, OpeningState]] = {
    "öppen": OpeningState.OPEN,
    "open": OpeningState.OPEN,
    "tillsatt": OpeningState.FILLED,
    "filled": OpeningState.FILLED,
    "stängd": OpeningState.CLOSED,
    "closed": OpeningState.CLOSED,
}
_HARD: Final[dict[str, HardRequirement]] = {
    "yrke": HardRequirement.OCCUPATION,
    "occupation": HardRequirement.OCCUPATION,
    "krav": HardRequirement.MUST_SKILLS,
    "kompetens": HardRequirement.MUST_SKILLS,
    "kompetenser": HardRequirement.MUST_SKILLS,
    "must have": HardRequirement.MUST_SKILLS,
    "must have skills": HardRequirement.MUST_SKILLS,
    "skills": HardRequirement.MUST_SKILLS,
    "språk": HardRequirement.LANGUAGES,
    "languages": HardRequirement.LANGUAGES,
    "language": HardRequirement.LANGUAGES,
    "körkort": HardRequirement.LICENCES,
    "licence": HardRequirement.LICENCES,
    "licences": HardRequirement.LICENCES,
    "license": HardRequirement.LICENCES,
    "utbildning": HardRequirement.EDUCATION,
    "education": HardRequirement.EDUCATION,
    "ort": HardRequirement.PLACE,
    "plats": HardRequirement.PLACE,
    "kommun": HardRequirement.PLACE,
    "place": HardRequirement.PLACE,
    "municipality": HardRequirement.PLACE,
}


def _word(table: dict[str, Any], field_name: str) -> Callable[[str], Any]:
    folded = {picker.fold(k): v for k, v in table.items()}

    def read(text: str) -> Any:
        value = folded.get(picker.fold(text))
        if value is None:
            raise DeskError("validation.unknown_code", field=field_name, value=text.strip())
        return value

    return read


kind_of: Final = _word(_KINDS, "kind")
state_of: Final = _word(_STATES, "state")
_hard_of: Final = _word(_HARD, "hard")


def hard_requirements(text: str) -> tuple[HardRequirement, ...]:
    out: list[HardRequirement] = []
    for part in _LIST_SPLIT.split(text):
        if part.strip():
            requirement = _hard_of(part)
            if requirement not in out:
                out.append(requirement)
    return tuple(out)


_YES: Final = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "sant", "distans", "remote"})
_NO: Final = frozenset({"nej", "n", "no", "0", "false", "falskt", ""})


def yes_no(value: object, field_name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = picker.fold(str(value)) if value is not None else ""
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise DeskError("validation.invalid", field=field_name)


_SOON: Final = frozenset({"snarast", "omgående", "asap", "enligt överenskommelse", "by agreement"})


def partial_date(value: object, field_name: str) -> PartialDate | None:
    """A date cell: a date or datetime, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the date
    part of an ISO timestamp too); "snarast" / "as soon as possible" leave it empty."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise DeskError("validation.bad_date", field=field_name, value=str(value))
    text = str(int(value)) if isinstance(value, int | float) else value.strip()
    if not text or picker.fold(text) in {picker.fold(s) for s in _SOON}:
        return None
    if "T" in text[:11] and len(text) > 10:
        text = text[:10]
    return PartialDate.parse(text, field=field_name)


def whole_number(value: object, field_name: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise DeskError("validation.invalid", field=field_name)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,6}\s*", value):
        return int(value)
    raise DeskError("validation.invalid", field=field_name)
