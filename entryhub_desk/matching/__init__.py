"""Explained matching of openings and persons: pure scoring, no store, no Qt.

- :mod:`.facts` — what is compared: :class:`PersonFacts` (one person's goals, past work,
  skills, languages, licences, education, place, availability) and :class:`Wanted` (what an
  opening asks for).
- :mod:`.occupation` — closeness of occupations through the ISCO-08 hierarchy.
- :mod:`.score` — :func:`score`: one opening against one person's facts, 0–100, with the items
  met and missing and the reasons (codes with parameters; their English and Swedish texts are
  in :mod:`entryhub_desk.catalogue.matching`).
- :mod:`.rank` — the order of a list of matches.

The rules, in words (docs/internals.md, "Matching"):

- Occupation: the closest of the person's desired occupations (goals) and past work: the same
  ESCO occupation, else the same ISCO unit group (4 digits), else the same minor group (3).
  A hard occupation requirement needs at least the same unit group.
- Skills by ESCO code; must-have and nice-to-have counted apart.
- Languages by CEFR: a mother tongue counts as C2; otherwise the lowest of the recorded parts
  reading, spoken interaction and spoken production (what a workplace needs first); when none
  of those is recorded, the lowest part recorded at all; nothing recorded → "level unknown".
- Driving licences by category (a licence held covers the categories it includes, e.g. B
  covers B1 and AM); a licence marked not valid in Sweden does not count.
- Education: the person's highest ISCED level (of education not marked unfinished).
- Place: remote always fits; else the person's municipality against the opening's.
- Availability: goals' "available from" against the opening's start.

A must-have item (must skill, language, licence, education, place) that is missing either
excludes the person (its kind is among the opening's hard requirements) or makes the match a
near miss, which is shown as such. A person missing more than one must-have *skill*
(:data:`~entryhub_desk.matching.best.NEAR_MISS_SKILLS`) is no near miss and is not listed,
neither for the opening nor among the person's openings; nor is a person sharing neither a
skill nor an occupation group with an opening that names skills or an occupation.
"""

from entryhub_desk.matching.facts import LanguageFact, PersonFacts, Wanted, counted_level
from entryhub_desk.matching.occupation import Closeness
from entryhub_desk.matching.rank import rank_key, ranked
from entryhub_desk.matching.result import MUST_KINDS, Item, ItemKind, Match, Reason
from entryhub_desk.matching.score import CandidateFilter, candidate_filter, score

__all__ = [
    "MUST_KINDS",
    "CandidateFilter",
    "Closeness",
    "Item",
    "ItemKind",
    "LanguageFact",
    "Match",
    "PersonFacts",
    "Reason",
    "Wanted",
    "candidate_filter",
    "counted_level",
    "rank_key",
    "ranked",
    "score",
]
