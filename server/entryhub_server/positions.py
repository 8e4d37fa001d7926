"""Positions: every network numbers its events on its own (1, 2, 3, … without gaps).

One counter row per network (``network_position``), advanced by the last statement of a
push transaction: the row lock it takes is held until commit, so within one network a
position becomes visible only after every smaller one (a pull never passes a change that
commits later), while pushes of different networks never wait for each other. A group
that holds changes of several networks takes their rows in network id order (no deadlock).

The row is made by the first push of a network (``INSERT … ON CONFLICT DO UPDATE``: a
concurrent first push waits for it like for the lock). Alembic 0003 started every network
that existed then at the old global counter's value, so cursors handed out before stay valid.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from sqlalchemy import Connection, insert, select

from entryhub_server.db import tables as t
from entryhub_server.db.dialect import pg_arrays, pg_unnest, upsert


def by_network(events: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The events per network, networks in id order, each network's events in list order."""
    if events and all(item["network_id"] == events[0]["network_id"] for item in events):
        return [(str(events[0]["network_id"]), events)]  # one network: the usual group
    ordered = sorted(events, key=lambda item: str(item["network_id"]))  # stable
    return [(key, list(items)) for key, items in groupby(ordered, lambda i: str(i["network_id"]))]


def take(conn: Connection, network_id: str, count: int) -> int:
    """Advance the network's counter by ``count`` (locking its row until commit); the first
    of the positions taken."""
    statement = upsert(conn, t.network_position).values(network_id=network_id, value=count)
    statement = statement.on_conflict_do_update(
        index_elements=["network_id"],
        set_={"value": t.network_position.c.value + statement.excluded.value},
    ).returning(t.network_position.c.value)
    return int(conn.execute(statement).scalar_one()) - count + 1


def number_and_insert(conn: Connection, events: list[dict[str, Any]]) -> None:
    """Give ``events`` their networks' next positions and insert them (SQLite, tests)."""
    for network_id, items in by_network(events):
        first = take(conn, network_id, len(items))
        for offset, item in enumerate(items):
            item["position"] = first + offset
        conn.execute(insert(t.event), items)


def pg_statements(events: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """PostgreSQL: per network (in id order) one statement that advances its counter by the
    number of its events and inserts them numbered from the old value + 1, in list order."""
    return [_pg_network(network_id, items) for network_id, items in by_network(events)]


def _pg_network(network_id: str, events: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    # the network is the statement's own: one parameter, not an array of the same id
    names = [
        c.name
        for c in t.event.columns
        if c.name not in ("position", "network_id") and c.name in events[0]
    ]
    quoted = ", ".join(f'"{n}"' for n in names)
    taken = ", ".join(f'u."{n}"' for n in names)
    # names from the table's metadata only; every value is a parameter
    sql = (
        "WITH c AS (INSERT INTO network_position (network_id, value) "  # noqa: S608
        "VALUES (%(network)s, %(n)s::bigint) ON CONFLICT (network_id) "
        "DO UPDATE SET value = network_position.value + EXCLUDED.value RETURNING value) "
        f'INSERT INTO event ("network_id", "position", {quoted}) '
        f"SELECT %(network)s, c.value - %(n)s::bigint + u.o, {taken} "
        f"FROM c, {pg_unnest(t.event, names)} WITH ORDINALITY AS u({quoted}, o)"
    )
    return sql, {**pg_arrays(names, events), "n": len(events), "network": network_id}


def committed_top(conn: Connection, network_id: str) -> int:
    """The network's highest position handed out by a committed transaction (read before the
    events: every position up to it is committed and visible)."""
    value = conn.execute(
        select(t.network_position.c.value).where(t.network_position.c.network_id == network_id)
    ).scalar()
    return 0 if value is None else int(value)
