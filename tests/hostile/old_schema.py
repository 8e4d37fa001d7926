"""A store as schema 8 left it (before the search index of schema 9), for migration attacks.

:func:`downgrade_to_8` takes a store of today's schema back to what schema 8 held: the schema-9
index tables and triggers dropped, schema 2's FTS5 tables (``person_search`` with its text keys,
``person_fts`` trigram, ``person_words``) made again and filled for every person, as the desk
kept them until schema 9, the tables and indexes of schemas 10 and later dropped, and
``user_version`` 8. :func:`add_persons` writes many persons fast
(one transaction, through the repository, as an import does)."""

from __future__ import annotations

import re
from typing import Any

from entryhub_desk.domain.person import Person
from entryhub_desk.ids import short_code
from entryhub_desk.search.keys import name_keys
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.migrations import m0002_reception, m0010_employers, m0011_match_index
from entryhub_desk.store.repositories.persons import PersonRepository
from tests.search.synthetic import visitors

_SCHEMA9 = (
    "DROP TRIGGER IF EXISTS visit_last_visit_ai",
    "DROP TRIGGER IF EXISTS visit_last_visit_au",
    "DROP TABLE IF EXISTS person_name_key",
    "DROP TABLE IF EXISTS name_typo",
    "DROP TABLE IF EXISTS name_vocab",
    "DROP TABLE IF EXISTS person_search",
)


def add_persons(session: Any, count: int, *, seed: int = 5) -> None:
    ctx = session.opened.context
    persons = PersonRepository(ctx)
    with transaction(ctx.conn):
        for v in visitors(count, seed=seed):
            persons.create(
                Person(
                    given_name=v.given_name,
                    family_name=v.family_name,
                    original_script_name=v.original_script_name,
                    phone=v.phone,
                    birth_year=v.birth_year,
                    country_of_birth=v.country_of_birth,
                    hub_id=session.identity.hub_id,
                )
            )


def _undo(statements: tuple[str, ...]) -> list[str]:
    """DROP statements for the indexes and tables a later schema's statements created."""
    drops = []
    for statement in reversed(statements):
        match = re.match(r"\s*CREATE (INDEX|TABLE) (\w+)", statement)
        if match:
            drops.append(f"DROP {match.group(1)} IF EXISTS {match.group(2)}")
    return drops


def downgrade_to_8(conn: Any) -> None:
    with transaction(conn):
        # schemas 11 and 10 (match indexes, employers) first: they came after 9
        for statement in _undo(m0011_match_index.STATEMENTS) + _undo(m0010_employers.STATEMENTS):
            conn.execute(statement)
        for statement in _SCHEMA9:
            conn.execute(statement)
        # schema 2's person_search and its FTS tables, as schema 8 had them
        for statement in m0002_reception.STATEMENTS[5:]:
            conn.execute(statement)
        rows = conn.execute(
            "SELECT id, given_name, family_name, original_script_name FROM person "
            "WHERE deleted = 0 AND merged_into IS NULL"
        ).fetchall()
        for person_id, given, family, original in rows:
            forms = name_keys(given, family, original).index_forms()
            text = "|" + "|".join(forms) + "|"
            conn.execute(
                "INSERT INTO person_search (person_id, code, plain, variants, skeletons, joins) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (person_id, short_code(person_id), f"|{given}|{family}|", text, text, text),
            )
        conn.execute("PRAGMA user_version = 8")
