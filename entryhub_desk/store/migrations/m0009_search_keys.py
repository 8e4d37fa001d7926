"""Schema 9: the search index as a vocabulary of name keys with postings (replaces FTS5).

Schema 2's FTS5 tables (``person_fts`` trigram, ``person_words``) held every key of every
person in full text and demanded that every typed word match. They are dropped, and the new
index (:mod:`entryhub_desk.store.search_index`) is built from the person rows:

- ``person_search``: one row per searchable person (merged and deleted persons have none): the
  short code, birth year, Latin word count (for the ranking bound), last visit (kept by
  triggers on ``visit``), the national significant number of the phone, names of records
  merged into this one, and ``wids`` (the person's key ids, 4 bytes each, so that a change or
  a purge removes exactly the postings written);
- ``name_vocab``: every distinct key form once, its kind as first letter (``p`` plain word,
  ``v`` variant or join, ``s`` consonant skeleton), and its postings as one sorted array
  (:mod:`entryhub_desk.store.search_postings`);
- ``person_name_key``: postings written since the word's array was last merged, without rowid;
- ``name_typo``: deletion keys (one or two letters left out) of plain words of five letters
  or more, per vocabulary word, not per person: typo lookup is a few indexed IN queries.
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 9

_LAST_VISIT = (
    "UPDATE person_search SET last_visit = max(coalesce(last_visit, ''), new.visited_at) "
    "WHERE person_id = new.person_id;"
)

STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS person_search_ai",
    "DROP TRIGGER IF EXISTS person_search_ad",
    "DROP TRIGGER IF EXISTS person_search_au",
    "DROP TABLE IF EXISTS person_fts",
    "DROP TABLE IF EXISTS person_words",
    "DROP TABLE IF EXISTS person_search",
    """CREATE TABLE person_search (
    sid INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL,
    birth_year INTEGER,
    words INTEGER NOT NULL,
    last_visit TEXT,
    nsn TEXT,
    extra TEXT,
    wids BLOB NOT NULL
)""",
    "CREATE INDEX person_search_code ON person_search (code)",
    "CREATE INDEX person_search_nsn ON person_search (nsn) WHERE nsn IS NOT NULL",
    """CREATE TABLE name_vocab (
    wid INTEGER PRIMARY KEY,
    form TEXT NOT NULL UNIQUE,
    sids BLOB
)""",
    """CREATE TABLE person_name_key (
    wid INTEGER NOT NULL,
    sid INTEGER NOT NULL,
    PRIMARY KEY (wid, sid)
) WITHOUT ROWID""",
    """CREATE TABLE name_typo (
    dkey TEXT NOT NULL,
    wid INTEGER NOT NULL,
    PRIMARY KEY (dkey, wid)
) WITHOUT ROWID""",
    f"CREATE TRIGGER visit_last_visit_ai AFTER INSERT ON visit BEGIN {_LAST_VISIT} END",
    "CREATE TRIGGER visit_last_visit_au AFTER UPDATE OF person_id, visited_at ON visit "
    f"BEGIN {_LAST_VISIT} END",
)


def upgrade(conn: DeskConnection) -> None:
    from entryhub_desk.store.search_index import rebuild

    for statement in STATEMENTS:
        conn.execute(statement)
    rebuild(conn)
