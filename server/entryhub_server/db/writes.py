"""The writes of one push transaction, and the serialised last step: positions and commit.

SQLite runs each write at once (the whole transaction holds the database's write lock anyway).
PostgreSQL queues them and sends them in one pipeline together with the positions step and
the ``COMMIT``: one round trip, and the network's counter row lock, taken by the positions
step, is held only while the server runs the event insert and the commit, never while this process
waits for its turn to run Python (hundreds of pushes at once would otherwise queue behind a
thread that holds the lock but not the interpreter).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

from entryhub_server import positions
from entryhub_server.db import tables as t
from entryhub_server.db.dialect import insert_rows, pg_insert_sql, pg_update_sql, update_rows


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

    def update(self, table: Table, rows: list[dict[str, Any]], *, key: str) -> None:
        """:func:`update_rows` now (SQLite) or with the commit (PostgreSQL): for rows this
        transaction has locked already (nothing read later in it depends on the update)."""
        if not rows:
            return
        if self.postgresql:
            self.queued.append(pg_update_sql(table, rows, key))
        else:
            update_rows(self.conn, table, rows, key=key)

    def state(self, rows: list[dict[str, Any]], made: set[tuple[str, str]]) -> None:
        """Merged ``field_state`` rows: where the stored clock is lower (or none is stored).

        A record in ``made`` (made by this transaction) has no stored state (record rows are
        never deleted, and state is only written with its record): a plain insert, which
        costs PostgreSQL less than ``INSERT … ON CONFLICT`` (a row there would fail the
        transaction, never be overwritten)."""
        fresh: list[dict[str, Any]] = []
        held: list[dict[str, Any]] = []
        for row in rows:
            (fresh if (row["entity"], row["entity_id"]) in made else held).append(row)
        if held:
            self.insert(
                t.field_state,
                held,
                conflict=("entity", "entity_id", "field"),
                update=("value_json", "hlc", "person_id"),
                newer="hlc",
            )
        self.insert(t.field_state, fresh)

    def finish(self, events: list[dict[str, Any]]) -> None:
        """Give ``events`` their networks' next positions and insert them; the last step.

        The counter row of each network (:mod:`entryhub_server.positions`) stays locked until
        this transaction commits, so a position becomes visible only after every smaller one
        of its network. On PostgreSQL this commits the transaction (the caller's commit then
        has nothing left to do)."""
        if self.postgresql:
            self.queued.extend(positions.pg_statements(events))
            self._pipeline_commit()
            return
        positions.number_and_insert(self.conn, events)

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
