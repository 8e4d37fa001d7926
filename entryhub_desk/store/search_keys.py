"""From typed words to vocabulary words: which keys each typed word may meet, with the most
each key can score (the bounds of :mod:`entryhub_desk.search.ranking`).

Per typed word: its plain form, abbreviation expansions, variants and skeletons (one indexed
IN query for all words); the word being typed (the last) also as the start of plain words and
variants (range scans on the vocabulary's unique index, at most :data:`PREFIX_FORMS` words);
typos through deletion keys (:mod:`entryhub_desk.search.typos`), verified by edit distance;
when a word of three letters or more met nothing, any vocabulary word containing it (a scan of
the vocabulary, which is small: distinct words, not persons). Adjacent typed words also look up
their joins (Habte Mariam → habtimariam), which count for both words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from entryhub_desk.search import ranking
from entryhub_desk.search.keys import QueryWord, join_forms
from entryhub_desk.search.typos import MAX_TYPED_LENGTH, deletion_keys
from entryhub_desk.store import search_postings as postings

Connection = Any
PREFIX_FORMS: Final = 400
SHORT_PREFIX_FORMS: Final = 60  # one or two letters typed
PART_FORMS: Final = 300


@dataclass
class WordKeys:
    scores: dict[int, float] = field(default_factory=dict)

    def add(self, wid: int, value: float) -> None:
        if value > self.scores.get(wid, 0.0):
            self.scores[wid] = value


def _in(conn: Connection, sql: str, items: Sequence[str]) -> list[tuple[Any, ...]]:
    if not items:
        return []
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(items), 500):
        part = list(items[start : start + 500])
        marks = ", ".join("?" for _ in part)
        found.extend(conn.execute(sql.format(marks=marks), part).fetchall())
    return found


def _exact_forms(word: QueryWord) -> dict[str, float]:
    """Vocabulary words (with kind letter) a typed word meets whole, with their bounds."""
    forms: dict[str, float] = {}

    def put(form: str, value: float, kinds: str) -> None:
        for kind in kinds:
            key = kind + form
            if form and value > forms.get(key, 0.0):
                forms[key] = value

    for form in word.skeletons:
        put(form, ranking.SKELETON + ranking.SKELETON_EVIDENCE, "svp")
    for form in word.variants:
        put(form, ranking.VARIANT, "vp")
    for form in word.expansions:
        put(form, ranking.ABBREVIATION, "p")
    slavic = ranking.SLAVIC if word.slavic_evidence else ranking.SLAVIC_WEAK
    for form in word.slavic:
        put(form, slavic, "u")
    put(word.plain, ranking.EXACT, "p")
    return forms


def _prefix(conn: Connection, keys: WordKeys, word: QueryWord) -> None:
    cap = PREFIX_FORMS if len(word.plain) >= 3 else SHORT_PREFIX_FORMS
    starts = [("p" + word.plain, ranking.TYPED_PREFIX)]
    forms = ranking.prefix_forms(word)
    starts += [("v" + v, ranking.VARIANT_PREFIX) for v in forms]
    starts += [("p" + v, ranking.VARIANT_PREFIX) for v in forms if v != word.plain]

    def find() -> tuple[tuple[int, float], ...]:
        found = []
        for start, value in starts:
            for (wid,) in conn.execute(
                "SELECT wid FROM name_vocab WHERE form >= ? AND form < ? LIMIT ?",
                (start, start + "\x7f", cap),
            ):
                found.append((int(wid), value))
        return tuple(found)

    for wid, value in _looked_up(conn, ("prefix", *(s for s, _ in starts)), find):
        keys.add(wid, value)


def _typos(conn: Connection, keys: WordKeys, word: QueryWord) -> None:
    edits = ranking.allowed_edits(word.plain)
    if not edits or len(word.plain) > MAX_TYPED_LENGTH:
        return

    def find() -> tuple[tuple[int, float], ...]:
        dkeys = sorted(deletion_keys(word.plain))
        rows = _in(
            conn,
            "SELECT v.wid, v.form FROM name_typo t JOIN name_vocab v ON v.wid = t.wid "
            "WHERE t.dkey IN ({marks})",
            [word.plain, *dkeys],
        )
        rows += _in(
            conn,
            "SELECT wid, form FROM name_vocab WHERE form IN ({marks})",
            [f"p{k}" for k in dkeys],
        )
        osa = ranking.distances().OSA
        return tuple(
            (int(wid), ranking.TYPO)
            for wid, form in rows
            if osa.distance(word.plain, str(form)[1:], score_cutoff=edits) <= edits
        )

    for wid, value in _looked_up(conn, ("typo", word.plain), find):
        keys.add(wid, value)


def _parts(conn: Connection, keys: WordKeys, word: QueryWord) -> None:
    def find() -> tuple[tuple[int, float], ...]:
        return tuple(
            (int(wid), ranking.PART)
            for (wid,) in conn.execute(
                "SELECT wid FROM name_vocab WHERE form >= 'p' AND form < 'q' "
                "AND instr(form, ?) > 1 LIMIT ?",
                (word.plain, PART_FORMS),
            )
        )

    for wid, value in _looked_up(conn, ("part", word.plain), find):
        keys.add(wid, value)


def _looked_up(
    conn: Connection, key: tuple[str, ...], find: Callable[[], tuple[tuple[int, float], ...]]
) -> tuple[tuple[int, float], ...]:
    """A look-up's outcome, kept with the connection's decoded postings until the store
    changes (:meth:`~entryhub_desk.store.search_postings.PostingCache.lookup`)."""
    return postings.cache_of(conn).lookup(key, find)


def _form_ids(conn: Connection, forms: list[str]) -> list[tuple[str, int]]:
    """The vocabulary ids of whole forms, in the order one IN query per 500 forms gives them
    (sorted within each 500: the unique index's order); each form is looked up once until
    the store changes."""
    cache = postings.cache_of(conn)
    cache.valid_for(conn)
    ids: dict[str, int] = {}
    missing = []
    for form in forms:
        kept = cache.lookups.get(("form", form))
        if kept is None:
            missing.append(form)
        elif kept:
            ids[form] = kept[0][0]
    fresh = {
        str(form): int(wid)
        for wid, form in _in(
            conn, "SELECT wid, form FROM name_vocab WHERE form IN ({marks})", missing
        )
    }
    for form in missing:
        outcome: tuple[tuple[int, float], ...] = ((fresh[form], 0.0),) if form in fresh else ()
        cache.remember(("form", form), outcome)
    ids.update(fresh)
    return [
        (form, ids[form])
        for start in range(0, len(forms), 500)
        for form in sorted(forms[start : start + 500])
        if form in ids
    ]


def word_keys(conn: Connection, words: Sequence[QueryWord]) -> list[WordKeys]:
    """The vocabulary words each typed word may meet, with their bounds."""
    result = [WordKeys() for _ in words]
    wanted: dict[str, list[tuple[int, float]]] = {}
    for index, word in enumerate(words):
        for form, value in _exact_forms(word).items():
            wanted.setdefault(form, []).append((index, value))
    for index in range(len(words) - 1):
        for form in join_forms(words[index].plain, words[index + 1].plain):
            for kind in "vsp":
                wanted.setdefault(kind + form, []).extend(
                    [(index, ranking.COMPOUND), (index + 1, ranking.COMPOUND)]
                )
    for form, wid in _form_ids(conn, list(wanted)):
        for index, value in wanted[form]:
            result[index].add(wid, value)
    last = len(words) - 1
    for index, word in enumerate(words):
        keys = result[index]
        if index == last:
            _prefix(conn, keys, word)
        _typos(conn, keys, word)
        if not keys.scores and len(word.plain) >= 3:
            _parts(conn, keys, word)
    return result
