"""Positions per network: dense and independent, and cursors handed out before survive 0003."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.app import create_app
from entryhub_server.context import ServerContext, open_context
from entryhub_server.db.engine import alembic_config, make_engine
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import SERVER_START, FakeClock, enrolled, make_world, opened_values

_databases = itertools.count()


def test_two_networks_number_their_events_densely_and_independently(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx, "North", ("Umeå",))
    make_world(ctx, "South", ("Malmö",))
    north = [enrolled(ctx, "Umeå", "North") for _ in range(2)]
    south = [enrolled(ctx, "Malmö", "South") for _ in range(2)]
    for round_ in range(3):  # interleaved: North, South, North, South, …
        for desk in (north[0], south[0]):
            person = desk.new_person(f"P{round_}")
            desk.push_ok(client, [person, desk.change("visit", new_id(), person.entity_id, n=1)])
    north_events, north_cursor = north[1].pull_all(client)
    south_events, south_cursor = south[1].pull_all(client)
    assert [e.position for e in north_events] == list(range(1, 7))
    assert [e.position for e in south_events] == list(range(1, 7))
    assert north_cursor == south_cursor == 6
    with ctx.engine.connect() as conn:
        rows = conn.execute(text("SELECT network_id, position FROM event")).all()
    assert len(rows) == 12 and len(set(rows)) == 12


def test_one_group_numbers_each_networks_events_under_its_own_id(ctx: ServerContext) -> None:
    """Pushes of two networks in one transaction (twice: a desk's second push goes in the
    next one): each network's events get its id and its positions 1, 2, 3, …"""
    from entryhub_server.push import PushJob, apply_group

    make_world(ctx, "North", ("Umeå",))
    make_world(ctx, "South", ("Malmö",))
    desks = [enrolled(ctx, "Umeå", "North"), enrolled(ctx, "Malmö", "South")] * 2
    jobs = []
    for n, desk in enumerate(desks):
        person = desk.new_person(f"P{n}")
        visits = [desk.change("visit", new_id(), person.entity_id, n=i) for i in range(n + 1)]
        jobs.append(PushJob(wire.PushRequest((person, *visits), None), token=desk.token))
    apply_group(ctx, jobs)
    assert all(job.error is None for job in jobs)
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT n.name, e.position, e.device_id FROM event e "
                "JOIN network n ON n.id = e.network_id ORDER BY n.name, e.position"
            )
        ).all()
    north = [(r[1], r[2]) for r in rows if r[0] == "North"]
    south = [(r[1], r[2]) for r in rows if r[0] == "South"]
    assert [p for p, _ in north] == list(range(1, 2 + 4 + 1))  # pushes 0 and 2: 2 + 4 events
    assert [p for p, _ in south] == list(range(1, 3 + 5 + 1))  # pushes 1 and 3: 3 + 5 events
    assert {d for _, d in north} == {desks[0].device_id}
    assert {d for _, d in south} == {desks[1].device_id}
    # each value sealed with its own network's key: every merged field and event opens
    with ctx.engine.connect() as conn:
        fields = conn.execute(text("SELECT COUNT(*) FROM field_state")).scalar_one()
    assert fields > 0 and len(opened_values(ctx)) == fields + len(rows)


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no schema) on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    base = str(request.getfixturevalue("pg_server"))
    name = f"entryhub_old_{os.getpid()}_{next(_databases)}"
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def _old_event(position: int, network: str, hub: str, name: str) -> dict[str, object]:
    device, person = new_id(), new_id()
    hlc = f"{1_750_000_000_000 + position:013d}-0000-{device}"
    return {
        "position": position,
        "network_id": network,
        "hub_id": hub,
        "person_id": person,
        "kind": "change",
        "device_id": device,
        "epoch": 1,
        "seq": 1,
        "entity": wire.PERSON_ENTITY,
        "entity_id": person,
        "hlc": hlc,
        "fields_json": wire.canonical(
            {"given_name": {"value": name, "hlc": hlc}, "hub_id": {"value": hub, "hlc": hlc}}
        ),
    }


def test_cursors_from_the_global_counter_stay_valid_after_the_upgrade(blank_url: str) -> None:
    """Schema 0002 with two networks' events interleaved in one global order and the counter
    at 5; a North desk's cursor is 5 (next_cursor ran up to the global counter). After the
    upgrade the old events keep their positions and North's next event comes after 5."""
    engine = make_engine(blank_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    north, south, umea, malmo = new_id(), new_id(), new_id(), new_id()
    old = [
        _old_event(1, north, umea, "A"),
        _old_event(2, south, malmo, "B"),
        _old_event(3, north, umea, "C"),
        _old_event(4, south, malmo, "D"),
        _old_event(5, south, malmo, "E"),
    ]
    with engine.begin() as conn:
        for network_id, name in ((north, "North"), (south, "South")):
            conn.execute(
                text("INSERT INTO network (id, name, created_at) VALUES (:i, :n, 0)"),
                {"i": network_id, "n": name},
            )
        for hub_id, network_id, name in ((umea, north, "Umeå"), (malmo, south, "Malmö")):
            conn.execute(
                text("INSERT INTO hub (id, network_id, name, created_at) VALUES (:i, :n, :m, 0)"),
                {"i": hub_id, "n": network_id, "m": name},
            )
        columns = ", ".join(old[0])
        values = ", ".join(f":{name}" for name in old[0])
        conn.execute(text(f"INSERT INTO event ({columns}) VALUES ({values})"), old)
        conn.execute(text("UPDATE counter SET value = 5 WHERE name = 'position'"))
    engine.dispose()
    ctx = open_context(
        Settings(db_url=blank_url, clock=FakeClock(SERVER_START))
    )  # migrates to head
    try:
        with TestClient(create_app(context=ctx), base_url="http://127.0.0.1") as client:
            reader, writer = enrolled(ctx, "Umeå", "North"), enrolled(ctx, "Umeå", "North")
            events, cursor = reader.pull_all(client)
            assert [(e.position, _name(e)) for e in events] == [(1, "A"), (3, "C")]
            assert cursor == 5
            writer.push_ok(client, [writer.new_person("F", hub_id=umea)])
            page = reader.pull(client, cursor)  # the cursor handed out before the upgrade
            assert [(e.position, _name(e)) for e in page.events()] == [(6, "F")]
            south_desk = enrolled(ctx, "Malmö", "South")
            south_desk.push_ok(client, [south_desk.new_person("G", hub_id=malmo)])
            events, _ = enrolled(ctx, "Malmö", "South").pull_all(client)
            assert [(e.position, _name(e)) for e in events] == [
                (2, "B"),
                (4, "D"),
                (5, "E"),
                (6, "G"),
            ]
    finally:
        ctx.engine.dispose()


def _name(event: wire.PullEvent) -> str:
    assert isinstance(event, wire.PulledChange)
    return str(event.change.fields["given_name"].value)
