"""Schema 14: the names ranking reads, kept in the search index (``person_search.names``).

Ranking a query's candidates read each candidate's ``person`` row for the given, family and
original-script names: at 100,000 visitors a query's first run read a few hundred person rows
from pages not yet in the page cache (the person table is several times the cache), which was
most of its time on the encrypted store. ``names`` holds the three names
(:func:`entryhub_desk.store.search_index.names_text`: separated by U+001F, a missing original
name empty), written with the rest of the person's index row by
:func:`~entryhub_desk.store.search_index.search_row` on every write, edit, merge and sync
apply; a query reads only the small ``person_search`` rows. Filled here from the person rows
(no other change: postings and vocabulary stay as they are).
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 14


def upgrade(conn: DeskConnection) -> None:
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(person_search)")}
    if "names" not in columns:
        conn.execute("ALTER TABLE person_search ADD COLUMN names TEXT")
    conn.execute(
        "UPDATE person_search SET names = ("
        "SELECT coalesce(p.given_name, '') || char(31) || coalesce(p.family_name, '') "
        "|| char(31) || coalesce(p.original_script_name, '') "
        "FROM person p WHERE p.id = person_search.person_id)"
    )
