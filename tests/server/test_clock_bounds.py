"""Clock bounds on the server (issue 12), on SQLite and PostgreSQL: a push carrying a clock too
far ahead is refused whole (422 clock_ahead); far-future clocks already stored are served
demoted and the merged ones repaired by the migration, so later edits win again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import select
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.app import create_app
from entryhub_server.context import ServerContext, open_context
from entryhub_server.db import tables as t
from entryhub_server.db.engine import alembic_config
from entryhub_wire import wire
from tests.server.helpers import (
    TEST_MASTER,
    TEST_MASTER_KEY,
    Desk,
    FakeClock,
    enrolled,
    make_world,
    stored_field,
)

FAR = 10**13 - 1  # 9999999999999: the value that stopped every desk's sync
YEAR_2099 = 4_070_908_800_000
MARGIN_MS = 600_000


def _stamp(desk: Desk, ms: int, counter: int = 0) -> str:
    return f"{ms:013d}-{counter:04d}-{desk.device_id}"


def _with_clock(change: wire.Change, hlc: str) -> wire.Change:
    fields = {name: wire.FieldValue(value.value, hlc) for name, value in change.fields.items()}
    return replace(change, hlc=hlc, fields=fields)


def _count(ctx: ServerContext, table: str) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


@pytest.mark.parametrize("ahead", [FAR, YEAR_2099])
def test_push_with_a_clock_far_ahead_is_refused_whole(
    ctx: ServerContext, client: TestClient, ahead: int
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    good = desk.new_person()
    bad = _with_clock(desk.new_person("Sara"), _stamp(desk, ahead))
    response = desk.push(client, [good, bad])
    assert response.status_code == 422
    assert response.json()["code"] == "clock_ahead"
    assert "clock" in response.json()["detail"]
    # nothing of it held: the desk keeps both and sends them again once its clock is right
    assert _count(ctx, "received") == _count(ctx, "event") == _count(ctx, "field_state") == 0
    desk_error = wire.error_from_response(422, response.content)
    assert desk_error.code == "sync.clock_ahead"
    fixed = _with_clock(bad, desk.hlc())
    assert desk.push_ok(client, [good, fixed]).acknowledged == {1: 2}


def test_the_margin_is_ten_minutes_of_the_servers_time(
    ctx: ServerContext, client: TestClient, clock: FakeClock
) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    now = int(clock() * 1000)
    within = _with_clock(desk.new_person(), _stamp(desk, now + MARGIN_MS))
    beyond = _with_clock(desk.new_person(), _stamp(desk, now + MARGIN_MS + 1))
    assert desk.push_ok(client, [within]).acknowledged == {1: 1}
    assert desk.push(client, [beyond]).status_code == 422
    clock.advance(1)  # a second later the same clock is within the margin
    assert desk.push_ok(client, [beyond]).acknowledged == {1: 2}


@pytest.fixture
def old_server(ctx: ServerContext) -> Iterator[TestClient]:
    """The same database served as before clocks were bounded (any clock accepted)."""
    lax = open_context(replace(ctx.settings, clock_margin=1e10, migrate=False))
    with TestClient(create_app(context=lax), base_url="http://127.0.0.1") as test_client:
        yield test_client
    lax.engine.dispose()


def test_far_future_clocks_stored_before_are_served_demoted(
    ctx: ServerContext, client: TestClient, old_server: TestClient
) -> None:
    make_world(ctx)
    writer, reader = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    person = writer.new_person()
    broken = _with_clock(person, _stamp(writer, FAR, 9999))
    writer.push_ok(old_server, [broken])
    visit = writer.change("visit", new_id(), person.entity_id, purpose="cv")
    writer.push_ok(client, [visit])
    page = reader.pull(client)  # parsed by the desk's own message code
    served = {c.change.entity: c.change for c in page.changes}
    assert served["person"].hlc == f"0000000000000-9999-{writer.device_id}"
    assert {v.hlc for v in served["person"].fields.values()} == {served["person"].hlc}
    assert served["visit"].hlc == visit.hlc  # clocks within the bound are served as they are
    assert page.next_cursor >= 2 and not page.has_more


def _clock_bounds_revision() -> tuple[str, str]:
    script = ScriptDirectory.from_config(alembic_config())
    for revision in script.walk_revisions():
        if str(revision.path).endswith("_clock_bounds.py"):
            return str(revision.revision), str(revision.down_revision)
    raise AssertionError("no clock bounds revision")


def test_upgrade_repairs_merged_clocks_so_later_edits_win_again(
    ctx: ServerContext, client: TestClient, old_server: TestClient
) -> None:
    make_world(ctx)
    writer, other = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    person = writer.new_person("Broken")
    writer.push_ok(old_server, [_with_clock(person, _stamp(writer, YEAR_2099, 3))])
    kept = writer.new_person("Kept")
    writer.push_ok(client, [kept])
    # the database as it was before the clock bounds revision, then upgraded
    revision, before = _clock_bounds_revision()
    config = alembic_config()
    with ctx.engine.begin() as conn:
        config.attributes["connection"] = conn
        config.attributes["master_key"] = TEST_MASTER_KEY
        command.downgrade(config, before)
        command.upgrade(config, "head")
    f = t.field_state
    with ctx.engine.connect() as conn:
        clocks = {
            (row.entity_id, row.field): row.hlc
            for row in conn.execute(select(f.c.entity_id, f.c.field, f.c.hlc))
        }
    assert clocks[(person.entity_id, "given_name")] == f"0000000000000-0003-{writer.device_id}"
    assert clocks[(kept.entity_id, "given_name")] == kept.hlc  # the rest as it was
    assert json.loads(stored_field(ctx, person.entity_id, "given_name")) == "Broken"
    # a later edit by another desk wins again (before the repair, 2099 won for ever)
    edit = other.change("person", person.entity_id, person.entity_id, given_name="Fixed")
    other.push_ok(client, [edit])
    assert json.loads(stored_field(ctx, person.entity_id, "given_name")) == "Fixed"
    assert revision


def test_settings_default_margin_is_ten_minutes() -> None:
    from entryhub_server.settings import Settings

    assert Settings(db_url="sqlite://").clock_margin == MARGIN_MS / 1000
    assert TEST_MASTER is not None
