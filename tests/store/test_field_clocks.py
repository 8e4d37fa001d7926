"""The compact text of a row's field clocks, and schema 12 that converts a store to it."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.domain.consent import Consent, ConsentPurpose
from entryhub_desk.services import Desk, Session
from entryhub_desk.store import field_clocks
from entryhub_desk.store.migrations import CURRENT_SCHEMA, schema_version
from entryhub_desk.store.outbox import dump_fields, load_fields, pending
from entryhub_desk.store.repositories import ConsentRepository, PersonRepository
from entryhub_desk.store.sync_apply import apply_remote
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.sync.helpers import add_person, edit_person, make_desk, outbox_as_remote

COLUMNS = ("id", "origin", "deleted", "field_clocks", "given_name", "family_name", "phone")
MINE = "01a2500f-411b-7d3f-9b1c-b450bbd992a2"
OTHER = "01a2500f-9999-7d3f-9b1c-b450bbd99999"


def clock(ms: int, counter: int = 0, device: str = MINE) -> str:
    return f"{ms:013d}-{counter:04d}-{device}"


def test_one_clock_of_the_rows_own_device_is_a_few_bytes() -> None:
    clocks = dict.fromkeys(("deleted", "given_name", "family_name", "phone"), clock(1762079506642))
    text = field_clocks.encode(COLUMNS, MINE, clocks)
    assert text == "1762079506642-0000/74"
    assert len(text) < len(json.dumps(clocks)) / 10
    assert field_clocks.decode(COLUMNS, MINE, text) == clocks


def test_several_clocks_and_another_device_come_back_exactly() -> None:
    clocks = {
        "given_name": clock(5, 1),
        "family_name": clock(9, 0, OTHER),
        "phone": clock(5, 1),
    }
    text = field_clocks.encode(COLUMNS, MINE, clocks)
    assert OTHER in text and MINE not in text
    assert field_clocks.decode(COLUMNS, MINE, text) == clocks
    # a field without a clock stays without one (a remote value for it applies)
    assert "deleted" not in field_clocks.decode(COLUMNS, MINE, text)


def test_what_the_compact_text_cannot_say_stays_json() -> None:
    for clocks in (
        {"no_such_column": clock(5)},
        {"phone": "not a clock"},
        {"phone": clock(5, 0, "desk/with;marks")},
    ):
        text = field_clocks.encode(COLUMNS, MINE, clocks)
        assert text.startswith("{")
        assert field_clocks.decode(COLUMNS, MINE, text) == clocks
    assert field_clocks.encode(COLUMNS, MINE, {}) == "{}"
    assert field_clocks.decode(COLUMNS, MINE, "{}") == {}


@given(st.text(max_size=60))
def test_no_stored_text_makes_decoding_raise(text: str) -> None:
    found = field_clocks.decode(COLUMNS, MINE, text)
    assert set(found) <= set(COLUMNS)


@given(
    st.dictionaries(
        st.sampled_from(COLUMNS),
        st.builds(
            clock,
            st.integers(0, 10**13 - 1),
            st.integers(0, 9999),
            st.sampled_from((MINE, OTHER, "d")),
        ),
    )
)
def test_every_mapping_comes_back(clocks: dict[str, str]) -> None:
    text = field_clocks.encode(COLUMNS, MINE, clocks)
    assert field_clocks.decode(COLUMNS, MINE, text) == clocks
    # one text per mapping, whatever order the fields were set in (converged desks compare)
    backwards = dict(reversed(list(clocks.items())))
    assert field_clocks.encode(COLUMNS, MINE, backwards) == text


def test_a_change_with_one_clock_is_written_with_it_once() -> None:
    hlc = clock(5, 2)
    fields = {"given_name": {"value": "Hodan", "hlc": hlc}, "phone": {"value": None, "hlc": hlc}}
    text = dump_fields(fields)
    assert text.count(hlc) == 1 and len(text) < len(json.dumps(fields)) * 0.6
    assert load_fields(text) == fields
    # two clocks, or anything but value and clock, stay as they were
    mixed = {**fields, "family_name": {"value": "Ali", "hlc": clock(6)}}
    signed = {**fields, "deleted": {"value": True, "hlc": hlc, "note": 1}}
    for other in (mixed, signed, {}):
        assert load_fields(dump_fields(other)) == other
    assert load_fields(json.dumps(mixed)) == mixed  # as schema 11 wrote it
    assert load_fields("not json") == {}


# -- schema 12 on a store written by schema 11 ---------------------------------------------


def _clocks_by_row(session: Session) -> dict[tuple[str, str], tuple[str, dict[str, str]]]:
    conn = session.opened.conn
    found: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for table in ("person", "consent", "staff"):
        for row in conn.execute(f"SELECT id, origin, field_clocks FROM {table}"):
            stored = {"origin": row[1], "field_clocks": row[2]}
            found[(table, str(row[0]))] = (str(row[2]), field_clocks.read(conn, table, stored))
    return found


def _outbox_bytes(session: Session) -> int:
    return int(
        session.opened.conn.execute("SELECT sum(length(fields_json)) FROM outbox").fetchone()[0]
    )


def _as_schema_11_wrote_it(session: Session) -> dict[tuple[str, str], dict[str, str]]:
    """Every row's clocks and waiting change back in JSON and the store at schema 11; the
    mappings held."""
    conn = session.opened.conn
    for epoch, seq, text in conn.execute("SELECT epoch, seq, fields_json FROM outbox").fetchall():
        conn.execute(
            "UPDATE outbox SET fields_json = ? WHERE epoch = ? AND seq = ?",
            (json.dumps(load_fields(text), sort_keys=True), epoch, seq),
        )
    held = {key: clocks for key, (_, clocks) in _clocks_by_row(session).items()}
    for (table, record_id), clocks in held.items():
        conn.execute(
            f"UPDATE {table} SET field_clocks = ? WHERE id = ?",
            (json.dumps(clocks, sort_keys=True), record_id),
        )
    # a row whose clocks name a field the table lacks: schema 11 could hold it
    person_id = next(i for t, i in held if t == "person")
    odd = {**held[("person", person_id)], "retired_field": clock(7)}
    conn.execute(
        "UPDATE person SET field_clocks = ? WHERE id = ?",
        (json.dumps(odd, sort_keys=True), person_id),
    )
    held[("person", person_id)] = odd
    # the indexes schema 12 finds redundant, as schema 11 had them
    conn.execute("CREATE INDEX IF NOT EXISTS visit_person ON visit (person_id)")
    for kind in ("language", "goals", "driving", "education"):
        conn.execute(
            f"CREATE INDEX IF NOT EXISTS profile_{kind}_person"
            f" ON profile_{kind} (person_id, position)"
        )
    conn.execute("PRAGMA user_version = 11")
    return held


def test_schema_12_compacts_a_schema_11_store_without_losing_a_clock(tmp_path: Path) -> None:
    session = make_desk(tmp_path, "a", FakeClock())
    ctx = session.opened.context
    people = [add_person(session, given_name=f"Hodan{i}", phone="070-123 45 67") for i in range(3)]
    edit_person(session, people[1].id, family_name="Warsame")  # two clocks in one row
    ConsentRepository(ctx).add(
        Consent(
            person_id=people[0].id,
            purpose=ConsentPurpose.KEEP_PROFILE,
            notice_version="2025-1",
            given=True,
            recorded_at=datetime(2026, 1, 5, tzinfo=UTC),
            staff_id=session.staff.id,
        )
    )
    other = make_desk(tmp_path, "b", FakeClock())
    remote_id = add_person(other, given_name="Selam", family_name="Tesfay").id
    foreign = other.identity.device_id
    apply_remote(ctx, outbox_as_remote(other), cursor=None)  # a person another desk wrote
    other.close()
    waiting = pending(session.opened.conn)
    held = _as_schema_11_wrote_it(session)
    old_bytes = _outbox_bytes(session)
    config = dataclasses.replace(session.desk.config)
    session.close()

    session = Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)  # schema 12 runs
    try:
        assert schema_version(session.opened.conn) == CURRENT_SCHEMA >= 12
        after = _clocks_by_row(session)
        assert {key: clocks for key, (_, clocks) in after.items()} == held  # nothing lost
        texts = {key: text for key, (text, _) in after.items()}
        odd_row = ("person", people[0].id)
        assert texts[odd_row].startswith("{")  # what the compact text cannot say stays JSON
        assert all(not t.startswith("{") for k, t in texts.items() if k != odd_row)
        assert texts[("person", people[1].id)].count(";") == 1  # two clocks, two groups
        assert foreign not in texts[("person", remote_id)]  # the origin's id is left out
        listed = "SELECT name FROM sqlite_master WHERE type = 'index'"
        indexes = {str(r[0]) for r in session.opened.conn.execute(listed)}
        assert "visit_last" in indexes and "profile_language_match" in indexes
        assert not indexes & {"visit_person", "profile_language_person", "profile_goals_person"}
        assert pending(session.opened.conn) == waiting  # the same changes wait to be sent
        assert _outbox_bytes(session) < old_bytes / 2
        # the store goes on as before: an edit stamps a later clock on the compact row
        repo = PersonRepository(session.opened.context)
        before = repo.field_clocks(people[2].id)
        edit_person(session, people[2].id, family_name="Ali")
        now = repo.field_clocks(people[2].id)
        assert now["family_name"] > before["family_name"]
        assert now["given_name"] == before["given_name"]
    finally:
        session.close()
