"""The writes of one push transaction, and the serialised last step: positions and commit.

SQLite runs each write at once (the whole transaction holds the database's write lock anyway).
PostgreSQL queues them and sends them in one pipeline together with the positions step and
the ``COMMIT``: one round trip, and the counter's row lock, taken by the positions step, is
held only while the server runs the event insert and the commit, never while this process
waits for its turn to run Python (hundreds of pushes at once would otherwise queue behind a
thread that holds the lock but not the interpreter).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from sqlalchemy import Connection, Table, insert, update
from sqlalchemy.exc import DBAPIError

from entryhub_server.db import tables as t
from entryhub_server.db.dialect import insert_rows, pg_arrays, pg_insert_sql, pg_unnest


class Writes:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgresql = conn.dialect.name == "postgresql"
        self.queued: list[tuple[str, dict[str, Any]]] = []

    def insert(
        self,
        table: Table,
        rows: list[dict[str, Any]],
        *,
        conflict: Sequence[str] = (),
        update: Sequence[str] = (),
        newer: str | None = None,
    ) -> None:
        """:func:`insert_rows` now (SQLite) or with the commit (PostgreSQL)."""
        if not rows:
            return
        if self.postgresql:
            self.queued.append(
                pg_insert_sql(table, rows, conflict=conflict, update=update, newer=newer)
            )
        else:
            insert_rows(self.conn, table, rows, conflict=conflict, update=update, newer=newer)

    def finish(self, events: list[dict[str, Any]]) -> None:
        """Give ``events`` the next positions of the counter and insert them; the last step.

        ``UPDATE counter … RETURNING`` holds the counter's row lock until this transaction
        commits, so a position becomes visible only after every smaller one. On PostgreSQL
        this commits the transaction (the caller's commit then has nothing left to do)."""
        if self.postgresql:
            if events:
                self.queued.append(_pg_events(events))
            self._pipeline_commit()
            return
        if not events:
            return
        top = self.conn.execute(
            update(t.counter)
            .where(t.counter.c.name == "position")
            .values(value=t.counter.c.value + len(events))
            .returning(t.counter.c.value)
        ).scalar_one()
        first = int(top) - len(events) + 1
        for offset, item in enumerate(events):
            item["position"] = first + offset
        self.conn.execute(insert(t.event), events)

    def _pipeline_commit(self) -> None:
        raw: Any = self.conn.connection.driver_connection
        sql, params = "COMMIT", dict[str, Any]()
        try:
            with raw.cursor() as cursor, raw.pipeline():
                for sql, params in self.queued:
                    cursor.execute(sql, params)
                raw.commit()
        except psycopg.Error as error:  # as SQLAlchemy reports it (OperationalError → 503)
            raise DBAPIError.instance(sql, params, error, psycopg.Error) from error
        finally:
            self.queued = []


def _pg_events(events: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """One statement: advance the counter by len(events) and insert the events numbered from
    its old value + 1, in list order (``WITH ORDINALITY``)."""
    names = [c.name for c in t.event.columns if c.name != "position" and c.name in events[0]]
    quoted = ", ".join(f'"{n}"' for n in names)
    taken = ", ".join(f'u."{n}"' for n in names)
    # names from the table's metadata only; every value is a parameter
    sql = (
        "WITH c AS (UPDATE counter SET value = value + %(n)s::bigint "  # noqa: S608
        "WHERE name = 'position' RETURNING value) "
        f'INSERT INTO event ("position", {quoted}) '
        f"SELECT c.value - %(n)s::bigint + u.o, {taken} "
        f"FROM c, {pg_unnest(t.event, names)} WITH ORDINALITY AS u({quoted}, o)"
    )
    return sql, {**pg_arrays(names, events), "n": len(events)}
