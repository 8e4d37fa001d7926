from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.context import ServerContext
from entryhub_wire import wire
from tests.server.helpers import enrolled, make_world, opened_values

NAME = "Zainab Qwertyuiopson"


def _all_text(ctx: ServerContext) -> str:
    """Every row of every table, and every sealed value opened with the server's keys."""
    with ctx.engine.connect() as conn:
        names = inspect(conn).get_table_names()
        rows = " ".join(
            str(tuple(row))
            for table in names
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"')
        )
    return rows + " " + " ".join(opened_values(ctx))


def test_erasure_purges_the_payload_and_reaches_other_desks(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk, other = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    person = desk.new_person(NAME, family_name="Secretfamily")
    visit = desk.change("visit", new_id(), person.entity_id, note=f"talked with {NAME}")
    desk.push_ok(client, [person, visit])
    assert NAME in _all_text(ctx)
    _, cursor = other.pull_all(client)

    tombstone = desk.change("person", person.entity_id, person.entity_id, deleted=True)
    assert tombstone.is_erasure
    assert desk.push_ok(client, [tombstone]).rejected == ()
    text = _all_text(ctx)
    assert NAME not in text and "Secretfamily" not in text and "talked with" not in text
    url = ctx.settings.db_url
    if url.startswith("sqlite:///"):
        raw = Path(url.removeprefix("sqlite:///")).read_bytes()
        assert NAME.encode() not in raw and b"Secretfamily" not in raw

    events, _ = other.pull_all(client, cursor)
    assert [(type(e), e.person_id) for e in events if isinstance(e, wire.Erasure)] == [
        (wire.Erasure, person.entity_id)
    ]
    fresh, _ = enrolled(ctx, "Umeå").pull_all(client)
    assert not any(isinstance(e, wire.PulledChange) for e in fresh)  # nothing left to serve
    late = desk.change("visit", new_id(), person.entity_id, purpose="x")
    assert [r.reason for r in desk.push_ok(client, [late]).rejected] == ["erased"]
