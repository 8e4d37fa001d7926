"""A first sync through the bulk path (snapshot pages, records written together, the index
built page by page with common words' merges put off) leaves the rows registering each person
one by one leaves: the persons, their search rows (code, year, word count, national number,
names), every word's postings, and no word with MERGE_AT rows at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.store import search_postings as postings
from entryhub_desk.sync import engine
from tests.store.test_search_bulk import FAMILY, index_view
from tests.sync.helpers import add_person, enrolled
from tests.sync.server import LiveServer

LOCAL = ("created_at", "updated_at")


def _persons(conn: Any) -> list[tuple[Any, ...]]:
    cursor = conn.execute("SELECT * FROM person ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [
        tuple(v for n, v in zip(names, row, strict=True) if n not in LOCAL)
        for row in cursor.fetchall()
    ]


def test_a_first_sync_leaves_the_rows_registering_one_by_one_leaves(
    tmp_path: Path, server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    for n in range(480):  # Mohamed's array passes 4 * MERGE_AT: its rows wait between pages
        add_person(
            a,
            given_name="Mohamed",
            family_name=f"{FAMILY[n % len(FAMILY)]} {FAMILY[n * 3 % len(FAMILY)]}",
            original_script_name="محمد علي" if n % 5 == 0 else None,
            birth_year=1950 + n % 60,
            phone=f"+46701{n:06d}" if n % 3 else None,
        )
    sa.sync_now()
    # pages of 40: Mohamed's rows are merged at 80 until its array holds 400, then wait
    # (80 < 400 / 4) and are merged by the last page
    monkeypatch.setattr(engine, "_snapshot_limit", lambda _client: 40)
    b, sb = enrolled(tmp_path, server, "b")
    result = sb.sync_now()
    assert result.pulled >= 480 and result.requests > 12
    plain, bulk = a.opened.conn, b.opened.conn
    assert _persons(bulk) == _persons(plain)
    assert index_view(bulk) == index_view(plain)
    most = (
        "SELECT coalesce(max(c), 0) FROM (SELECT count(*) AS c FROM person_name_key GROUP BY wid)"
    )
    assert int(bulk.execute(most).fetchone()[0]) < postings.MERGE_AT
    nsn = bulk.execute("SELECT count(*) FROM person_search WHERE nsn IS NOT NULL").fetchone()
    assert nsn[0] == 320
