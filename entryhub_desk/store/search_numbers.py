"""Short codes and phone numbers in the search (names are read in
:mod:`entryhub_desk.store.search_read`): the codes starting with what was typed, and the persons
whose phone, whole or as a local number, starts with it, each with its score."""

from __future__ import annotations

from typing import Any, Final

from entryhub_desk.search.hit import IndexHit
from entryhub_desk.search.phone import prefix_score
from entryhub_desk.search.query import ParsedQuery

Connection = Any
PHONE_CANDIDATES: Final = 50
CODE_CANDIDATES: Final = 20
CODE_PREFIX: Final = 97.0  # the start of a code with a digit typed
LETTERS_CODE_PREFIX: Final = 65.0  # letters only (a name too): below the lowest name key, 70
# five letters or more of a code: 1 in 33 million for a person's code by chance, so above the
# weak name keys (a skeleton across scripts, up to 88; a typing error) a word like that meets
LONG_LETTERS_CODE_PREFIX: Final = 89.0
LONG_CODE_PREFIX: Final = 5
LOCAL_PHONE: Final = 0.95  # a local number of a visitor born in the number's country
FOREIGN_LOCAL_PHONE: Final = 0.8  # a local number of someone else


def code_prefix_hits(conn: Connection, prefix: str, *, typed_digit: bool) -> list[IndexHit]:
    """Codes starting with ``prefix``: :data:`CODE_PREFIX` when a digit was typed, else
    :data:`LETTERS_CODE_PREFIX`, below every name key (the O, I and L of a name read as 0
    and 1 are not typed digits: "Omer", read as 0MER, means Omar before a stranger), and
    :data:`LONG_LETTERS_CODE_PREFIX` from five letters ("SZKQX" is no name: the Persian
    Sediqa's consonants, met across scripts, must not push the code off the list)."""
    long = len(prefix.replace("-", "")) >= LONG_CODE_PREFIX
    value = (
        CODE_PREFIX if typed_digit else LONG_LETTERS_CODE_PREFIX if long else LETTERS_CODE_PREFIX
    )
    rows = conn.execute(
        "SELECT person_id, code FROM person_search WHERE code >= ? AND code < ? "
        "ORDER BY last_visit DESC LIMIT ?",
        (prefix, prefix + "\x7f", CODE_CANDIDATES),
    ).fetchall()
    return [IndexHit(str(p), str(c), value, "code", ("code_prefix",)) for p, c in rows]


def phone_hits(conn: Connection, parsed: ParsedQuery) -> list[IndexHit]:
    """The persons whose phone starts with a typed E.164 prefix (``phone``), or whose national
    number starts with one typed as a local number (``phone_local``: :data:`LOCAL_PHONE` when
    the number's region is the country of birth, else :data:`FOREIGN_LOCAL_PHONE`). Each path
    reads one covering index of ``person_search`` (schema 15) and no table row: the numbers
    are of different persons, so their pages are seldom in the page cache, and on the
    encrypted store each page read is decrypted. Deleted and merged persons have no index
    row."""
    found: dict[str, IndexHit] = {}

    def keep(hit: IndexHit) -> None:
        if hit.score > 0 and (hit.person_id not in found or found[hit.person_id].score < hit.score):
            found[hit.person_id] = hit

    for kind, prefix in parsed.phone:
        if kind == "e164":
            rows = conn.execute(
                "SELECT person_id, phone, code FROM person_search "
                "WHERE phone >= ? AND phone < ? ORDER BY phone, sid LIMIT ?",
                (prefix, prefix + ":", PHONE_CANDIDATES),
            ).fetchall()
            for person_id, phone, code in rows:
                value = prefix_score(prefix, str(phone))
                keep(IndexHit(str(person_id), str(code), value, "phone", ("phone",)))
            continue
        rows = conn.execute(
            "SELECT person_id, nsn, code, phone_home FROM person_search "
            "WHERE nsn >= ? AND nsn < ? ORDER BY nsn, sid LIMIT ?",
            (prefix, prefix + ":", PHONE_CANDIDATES),
        ).fetchall()
        for person_id, nsn, code, home in rows:
            weight = LOCAL_PHONE if home else FOREIGN_LOCAL_PHONE
            value = round(weight * prefix_score(prefix, str(nsn)), 1)
            keep(IndexHit(str(person_id), str(code), value, "phone", ("phone_local",)))
    return list(found.values())
