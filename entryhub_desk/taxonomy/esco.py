"""ESCO occupations (with their ISCO-08 groups) and skills, from the bundled compact files.

The files under ``resources/taxonomy/`` are built by ``build/build_taxonomy.py`` (``make
taxonomy``) and loaded lazily on first use (importing this module costs nothing). Concepts are
stored by the UUID of their ESCO URI. Labels exist in English for every concept, in Swedish for
nearly all (ESCO v1.1.1 labels: no Swedish alternative labels), in Arabic and Ukrainian for all
occupations and for the transversal, language and digital skills; a missing label falls back
to English and says so (:class:`~entryhub_desk.taxonomy.labels.Label.fallback`).
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from entryhub_desk import resources
from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy.labels import FALLBACK_LANG, Label

LANGS: Final = ("en", "sv", "ar", "uk")
OCCUPATION = "occupation"
SKILL = "skill"
URI_PREFIX: Final = "http://data.europa.eu/esco/"
SKILL_TYPES: Final = {"s": "skill/competence", "k": "knowledge", "": ""}
REUSE_LEVELS: Final = {
    "t": "transversal",
    "c": "cross-sector",
    "s": "sector-specific",
    "o": "occupation-specific",
    "": "",
}

_lock = threading.Lock()


@dataclass(frozen=True)
class Concepts:
    """One ESCO scheme (occupations or skills) as loaded from its file."""

    kind: str
    codes: tuple[str, ...]
    index: dict[str, int]
    pref: dict[str, list[str]]  # lang → preferred label per concept ("" = none)
    alt: dict[str, list[str]]  # lang → alternative labels joined by "\n" per concept
    isco: list[str] | None  # occupations: ISCO-08 group per concept
    skill_type: list[str] | None  # skills: "s" / "k" / ""
    reuse: list[str] | None  # skills: "t" / "c" / "s" / "o" / ""

    def position(self, code: str) -> int | None:
        return self.index.get(_short(code))


def _short(code: str) -> str:
    return code.strip().lower().rsplit("/", 1)[-1]


def short_code(code: str) -> str:
    """The stored form of a code: the UUID of its ESCO URI, in lower case."""
    return _short(code)


def unknown(kind: str, code: str) -> DeskError:
    return DeskError("validation.unknown_code", field=kind, value=code)


def _load_json(name: str) -> dict[str, Any]:
    path = resources.resource("taxonomy", name)
    document: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()))
    return document


def _load(kind: str) -> Concepts:
    doc = _load_json("occupations.json.gz" if kind == OCCUPATION else "skills.json.gz")
    codes: tuple[str, ...] = tuple(doc["codes"])
    return Concepts(
        kind=kind,
        codes=codes,
        index={code: i for i, code in enumerate(codes)},
        pref=doc["pref"],
        alt=doc["alt"],
        isco=doc.get("isco"),
        skill_type=doc.get("type"),
        reuse=doc.get("reuse"),
    )


@cache
def _cached(kind: str) -> Concepts:
    return _load(kind)


def concepts(kind: str) -> Concepts:
    """The loaded scheme (thread-safe; the first call reads the file)."""
    with _lock:
        return _cached(kind)


def occupations() -> Concepts:
    return concepts(OCCUPATION)


def skills() -> Concepts:
    return concepts(SKILL)


@cache
def _isco_groups() -> dict[str, dict[str, str]]:
    doc = _load_json("isco_groups.json.gz")
    return {lang: value for lang, value in doc.items() if isinstance(value, dict)}


def is_occupation(code: str) -> bool:
    return occupations().position(code) is not None


def is_skill(code: str) -> bool:
    return skills().position(code) is not None


def is_isco_group(code: str) -> bool:
    with _lock:
        return code in _isco_groups()[FALLBACK_LANG]


def label_of(scheme: Concepts, i: int, lang: str) -> Label:
    """The preferred label of concept ``i`` in ``lang``, else English (marked fallback)."""
    labels = scheme.pref.get(lang)
    if labels is not None and labels[i]:
        return Label(labels[i], lang)
    return Label(scheme.pref[FALLBACK_LANG][i], FALLBACK_LANG, fallback=lang != FALLBACK_LANG)


def _label(scheme: Concepts, code: str, lang: str) -> Label:
    i = scheme.position(code)
    if i is None:
        raise unknown(scheme.kind, code)
    return label_of(scheme, i, lang)


def occupation_label(code: str, lang: str) -> Label:
    """The occupation's name in ``lang`` (``"sv"``, ``"en"``, ``"ar"``, ``"uk"``)."""
    return _label(occupations(), code, lang)


def skill_label(code: str, lang: str) -> Label:
    return _label(skills(), code, lang)


def occupation_isco(code: str) -> str:
    """The ISCO-08 unit group (4 digits) of an ESCO occupation."""
    scheme = occupations()
    i = scheme.position(code)
    if i is None or scheme.isco is None:
        raise DeskError("validation.unknown_occupation", field="occupation", value=code)
    return scheme.isco[i]


def isco_label(group: str, lang: str) -> Label:
    """The name of an ISCO-08 group in ``lang`` (no Arabic: English is the fallback)."""
    with _lock:
        groups = _isco_groups()
    text = groups.get(lang, {}).get(group)
    if text:
        return Label(text, lang)
    english = groups[FALLBACK_LANG].get(group)
    if english is None:
        raise DeskError("validation.unknown_code", field="isco_group", value=group)
    return Label(english, FALLBACK_LANG, fallback=lang != FALLBACK_LANG)


def alternative_labels(kind: str, code: str, lang: str) -> tuple[str, ...]:
    scheme = concepts(kind)
    i = scheme.position(code)
    if i is None:
        raise DeskError("validation.unknown_code", field=kind, value=code)
    text = scheme.alt.get(lang, [""] * len(scheme.codes))[i]
    return tuple(text.split("\n")) if text else ()


def uri(kind: str, code: str) -> str:
    """The full ESCO URI of a stored code (``http://data.europa.eu/esco/skill/<uuid>``)."""
    return f"{URI_PREFIX}{kind}/{_short(code)}"


def attribution() -> str:
    """The ESCO attribution text for the About box (English, as ESCO asks for it)."""
    return resources.resource("taxonomy", "ATTRIBUTION.txt").read_text(encoding="utf-8").strip()
