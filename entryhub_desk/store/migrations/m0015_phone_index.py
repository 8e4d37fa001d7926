"""Schema 15: a phone lookup answered from one index, without reading a person row.

A phone query (:func:`entryhub_desk.store.search_numbers.phone_hits`) read, for each number it
found, an index leaf, the ``person`` row (phone, deleted flag, country of birth) and the
``person_search`` row (short code, national number) through their id indexes: about four pages
per number, each a different person, so pages not yet in the page cache, and each decrypted
on the encrypted store (at 100,000 visitors the lookup took 1.5 times as long as on an
unencrypted copy). Now ``person_search`` holds what the lookup needs and two covering indexes
answer it:

- ``phone`` (the stored E.164 number) and ``phone_home`` (1 when the number's region is the
  country of birth: its local notation is a :data:`~entryhub_desk.store.search_numbers.LOCAL_PHONE`
  hit, else a :data:`~entryhub_desk.store.search_numbers.FOREIGN_LOCAL_PHONE` one), written with
  the rest of the person's index row by
  :func:`~entryhub_desk.store.search_index.search_row` on every write, edit, merge and sync
  apply;
- ``person_search_phone`` (the E.164 path, ``+46701…`` typed) and ``person_search_nsn`` (the
  national number typed as a local one), each ordered as the lookup reads it and holding the
  short code and the person's id. ``person_search_nsn`` replaces the index of that name that
  held the national number alone.

A person with an index row is live (deleted and merged persons have none), which the
``deleted = 0`` of the person row said before. ``person_phone`` on ``person`` stays: finding a
person by their exact number (a registration's duplicate check) uses it. Filled here from the
person rows (nothing else changes).
"""

from __future__ import annotations

from typing import Final

from entryhub_desk.store.connection import DeskConnection

VERSION = 15

# ordered as the lookup reads them: by number, then sid (the order the replaced index kept)
INDEXES: Final = (
    "CREATE INDEX person_search_phone ON person_search (phone, sid, code, person_id) "
    "WHERE phone IS NOT NULL",
    "CREATE INDEX person_search_nsn ON person_search (nsn, sid, phone_home, code, person_id) "
    "WHERE nsn IS NOT NULL",
)


def upgrade(conn: DeskConnection) -> None:
    from entryhub_desk.store.search_index import phone_columns

    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(person_search)")}
    if "phone" not in columns:
        conn.execute("ALTER TABLE person_search ADD COLUMN phone TEXT")
    if "phone_home" not in columns:
        conn.execute("ALTER TABLE person_search ADD COLUMN phone_home INTEGER NOT NULL DEFAULT 0")
    rows = conn.execute(
        "SELECT s.sid, p.phone, p.country_of_birth FROM person_search s "
        "JOIN person p ON p.id = s.person_id WHERE p.phone IS NOT NULL"
    ).fetchall()
    conn.executemany(
        "UPDATE person_search SET phone = ?, phone_home = ? WHERE sid = ?",
        [(*phone_columns(phone, country)[1:], sid) for sid, phone, country in rows],
    )
    for name in ("person_search_nsn", "person_search_phone"):  # the old nsn index; a rerun's
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    for statement in INDEXES:
        conn.execute(statement)
