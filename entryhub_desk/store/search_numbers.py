"""Short codes and phone numbers in the search (names are read in
:mod:`entryhub_desk.store.search_read`): the codes starting with what was typed, and the persons
whose phone, whole or as a local number, starts with it, each with its score."""

from __future__ import annotations

from typing import Any, Final

from entryhub_desk.search.hit import IndexHit
from entryhub_desk.search.phone import national_number, prefix_score
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
    found: dict[str, IndexHit] = {}

    def keep(hit: IndexHit) -> None:
        if hit.score > 0 and (hit.person_id not in found or found[hit.person_id].score < hit.score):
            found[hit.person_id] = hit

    for kind, prefix in parsed.phone:
        if kind == "e164":
            rows = conn.execute(
                "SELECT p.id, p.phone, s.code FROM person p "
                "JOIN person_search s ON s.person_id = p.id "
                "WHERE p.phone >= ? AND p.phone < ? AND p.deleted = 0 "
                "ORDER BY p.phone LIMIT ?",
                (prefix, prefix + ":", PHONE_CANDIDATES),
            ).fetchall()
            for person_id, phone, code in rows:
                value = prefix_score(prefix, str(phone))
                keep(IndexHit(str(person_id), str(code), value, "phone", ("phone",)))
            continue
        rows = conn.execute(
            "SELECT s.person_id, s.nsn, s.code, p.phone, p.country_of_birth "
            "FROM person_search s JOIN person p ON p.id = s.person_id "
            "WHERE s.nsn >= ? AND s.nsn < ? ORDER BY s.nsn LIMIT ?",
            (prefix, prefix + ":", PHONE_CANDIDATES),
        ).fetchall()
        for person_id, nsn, code, phone, country in rows:
            region = (national_number(str(phone)) or ("", ""))[1]
            same = bool(country) and region.upper() == str(country).upper()
            weight = LOCAL_PHONE if same else FOREIGN_LOCAL_PHONE
            value = round(weight * prefix_score(prefix, str(nsn)), 1)
            keep(IndexHit(str(person_id), str(code), value, "phone", ("phone_local",)))
    return list(found.values())
