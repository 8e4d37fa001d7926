"""Schema 2: Reception: search keys and index, purposes, merge redirects.

- ``person.preferred_language``, ``person.merged_into`` (a merged record redirects to the kept
  person); ``visit.other_purpose`` (the text of purpose "other"), ``visit.recorded_by``;
- ``person_search``: one row per searchable person (merged and deleted persons have none) with
  the short code and the name keys (:mod:`entryhub_desk.search.keys`) as ``|word|word|`` text
  (``joins``: adjacent words written together, kept apart so word-start queries stay cheap);
- ``person_fts``: an FTS5 trigram index over those keys (external content: ``person_search``,
  kept in step by triggers), inside the encrypted file like everything else;
- ``person_words``: an FTS5 word index over the same keys with a prefix index (``prefix='1 2
  3'``): whole words and word starts, also under three characters where the trigram index
  matches nothing; the trigram index finds any part of a name.
Persons already in the store are indexed by schema 9 (which replaces these tables).
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 2

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE person ADD COLUMN preferred_language TEXT",
    "ALTER TABLE person ADD COLUMN merged_into TEXT",
    "ALTER TABLE visit ADD COLUMN other_purpose TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE visit ADD COLUMN recorded_by TEXT",
    "CREATE INDEX person_merged_into ON person (merged_into)",
    """CREATE TABLE person_search (
    sid INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL,
    plain TEXT NOT NULL,
    variants TEXT NOT NULL,
    skeletons TEXT NOT NULL,
    joins TEXT NOT NULL
)""",
    "CREATE INDEX person_search_code ON person_search (code)",
    """CREATE VIRTUAL TABLE person_words USING fts5(
    plain, variants, skeletons, content='person_search', content_rowid='sid',
    tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
)""",
    """CREATE VIRTUAL TABLE person_fts USING fts5(
    variants, skeletons, joins, content='person_search', content_rowid='sid',
    tokenize='trigram'
)""",
    """CREATE TRIGGER person_search_ai AFTER INSERT ON person_search BEGIN
    INSERT INTO person_fts (rowid, variants, skeletons, joins)
    VALUES (new.sid, new.variants, new.skeletons, new.joins);
    INSERT INTO person_words (rowid, plain, variants, skeletons)
    VALUES (new.sid, new.plain, new.variants, new.skeletons);
END""",
    """CREATE TRIGGER person_search_ad AFTER DELETE ON person_search BEGIN
    INSERT INTO person_fts (person_fts, rowid, variants, skeletons, joins)
    VALUES ('delete', old.sid, old.variants, old.skeletons, old.joins);
    INSERT INTO person_words (person_words, rowid, plain, variants, skeletons)
    VALUES ('delete', old.sid, old.plain, old.variants, old.skeletons);
END""",
    """CREATE TRIGGER person_search_au AFTER UPDATE ON person_search BEGIN
    INSERT INTO person_fts (person_fts, rowid, variants, skeletons, joins)
    VALUES ('delete', old.sid, old.variants, old.skeletons, old.joins);
    INSERT INTO person_fts (rowid, variants, skeletons, joins)
    VALUES (new.sid, new.variants, new.skeletons, new.joins);
    INSERT INTO person_words (person_words, rowid, plain, variants, skeletons)
    VALUES ('delete', old.sid, old.plain, old.variants, old.skeletons);
    INSERT INTO person_words (rowid, plain, variants, skeletons)
    VALUES (new.sid, new.plain, new.variants, new.skeletons);
END""",
)


def upgrade(conn: DeskConnection) -> None:
    # The index is filled by schema 9, which replaces these tables.
    for statement in STATEMENTS:
        conn.execute(statement)
