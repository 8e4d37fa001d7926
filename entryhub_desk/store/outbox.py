"""Change capture: every repository write appends here, in the writer's transaction.

A row is one change of one record: ``(epoch, seq)`` numbers it for the device, ``fields_json``
holds ``{field: {"value": …, "hlc": "<hlc>"}}``: since schema 12 written ``{"@hlc": "<hlc>",
field: value, …}`` when every field has the one clock (a change made here always has), which
is a third of the size (:func:`dump_fields`, :func:`load_fields` reads both). The HLC state
and the next sequence number live in the identity row and are advanced in the same
transaction, so a rolled-back write leaves neither an outbox row nor a gap.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from entryhub_desk.config import Clock
from entryhub_desk.store.connection import DeskConnection, storage_errors, transaction
from entryhub_desk.store.hlc import Hlc, HybridClock, advance, parse_or_none
from entryhub_desk.store.identity import iso_utc

JsonValue = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


@dataclass(frozen=True)
class OutboxEntry:
    epoch: int
    seq: int
    device_id: str
    entity: str
    entity_id: str
    fields: dict[str, dict[str, JsonValue]]
    created_at: str


def record_change(
    conn: DeskConnection,
    clock: Clock,
    *,
    entity: str,
    entity_id: str,
    values: Mapping[str, JsonValue],
    field_clocks: Mapping[str, str] | None = None,
) -> str:
    """Append one change (all ``values`` stamped with one new HLC); returns that HLC.

    ``field_clocks``: the record's clocks per field: the new clock is later than those of the
    fields in ``values``, so an edit wins over what it overwrites even when a pulled clock was
    further ahead than this desk's clock may follow (store/hlc.py: a remote clock moves it at
    most to physical time + margin). The desk's clock state itself is not carried past them.

    Called inside the repository's transaction, it adds no savepoint of its own: the change
    and the record it describes commit or roll back together.
    """
    with _within_transaction(conn):
        device_id, epoch, ms, counter, seq = conn.execute(
            "SELECT device_id, epoch, hlc_ms, hlc_counter, next_outbox_seq FROM identity"
        ).fetchone()
        hlc_clock = HybridClock(str(device_id), clock, ms=int(ms), counter=int(counter))
        overwritten = [(field_clocks or {}).get(name) for name in values]
        hlc = str(_later_than(hlc_clock.now(), overwritten))
        fields = {name: {"value": value, "hlc": hlc} for name, value in values.items()}
        conn.execute(
            "INSERT INTO outbox (epoch, seq, device_id, entity, entity_id, fields_json, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                epoch,
                seq,
                device_id,
                entity,
                entity_id,
                dump_fields(fields),
                iso_utc(clock()),
            ),
        )
        conn.execute(
            "UPDATE identity SET hlc_ms = ?, hlc_counter = ?, next_outbox_seq = ?",
            (hlc_clock.ms, hlc_clock.counter, int(seq) + 1),
        )
    return hlc


_ONE_CLOCK = "@hlc"  # the key of the shared clock in the compact form (no field is named so)


def dump_fields(fields: Mapping[str, Mapping[str, JsonValue]]) -> str:
    """The ``fields_json`` text of a change: compact when every field has one clock."""
    clocks = {change.get("hlc") for change in fields.values()}
    if (
        fields
        and len(clocks) == 1
        and isinstance(next(iter(clocks)), str)
        and all(set(change) == {"value", "hlc"} for change in fields.values())
        and _ONE_CLOCK not in fields
    ):
        compact: dict[str, JsonValue] = {_ONE_CLOCK: next(iter(clocks))}
        compact.update((name, change["value"]) for name, change in fields.items())
        return json.dumps(compact, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def load_fields(text: object) -> dict[str, dict[str, JsonValue]]:
    """``{field: {"value", "hlc"}}`` of a stored ``fields_json`` (either form; ``{}`` for
    text that is no JSON object)."""
    try:
        found = json.loads(str(text))
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    if _ONE_CLOCK in found:
        hlc = found.pop(_ONE_CLOCK)
        return {name: {"value": value, "hlc": hlc} for name, value in found.items()}
    return found


def _later_than(stamp: Hlc, clocks: Iterable[str | None]) -> Hlc:
    """``stamp``, or if a clock in ``clocks`` is as late or later, the next after the latest
    (text that is no clock is passed over)."""
    latest = max(filter(None, map(parse_or_none, clocks)), default=None)
    if latest is None or stamp > latest:
        return stamp
    ms, counter = advance(latest.ms, latest.counter)
    return Hlc(ms, counter, stamp.device_id)


def observe_hlc(conn: DeskConnection, clock: Clock, remote: str) -> None:
    """Advance the desk's HLC past a clock seen in a pulled change (at most to physical time
    plus the margin: store/hlc.py)."""
    with transaction(conn):
        device_id, ms, counter = conn.execute(
            "SELECT device_id, hlc_ms, hlc_counter FROM identity"
        ).fetchone()
        hlc_clock = HybridClock(str(device_id), clock, ms=int(ms), counter=int(counter))
        seen = parse_or_none(remote)
        if seen is None:
            return
        hlc_clock.receive(seen)  # moves it at most to physical time + the margin
        conn.execute(
            "UPDATE identity SET hlc_ms = ?, hlc_counter = ?", (hlc_clock.ms, hlc_clock.counter)
        )


def _entry(row: tuple[object, ...]) -> OutboxEntry:
    return OutboxEntry(
        epoch=int(str(row[0])),
        seq=int(str(row[1])),
        device_id=str(row[2]),
        entity=str(row[3]),
        entity_id=str(row[4]),
        fields=load_fields(row[5]),
        created_at=str(row[6]),
    )


def pending(conn: DeskConnection, *, limit: int | None = None) -> list[OutboxEntry]:
    """Changes not yet acknowledged, oldest first."""
    sql = (
        "SELECT epoch, seq, device_id, entity, entity_id, fields_json, created_at FROM outbox "
        "ORDER BY epoch, seq"
    )
    with storage_errors():
        if limit is None:
            rows = conn.execute(sql).fetchall()
        else:
            rows = conn.execute(sql + " LIMIT ?", (limit,)).fetchall()
    return [_entry(tuple(row)) for row in rows]


def count_pending(conn: DeskConnection) -> int:
    with storage_errors():
        return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def acknowledge(conn: DeskConnection, *, epoch: int, up_to_seq: int) -> int:
    """Drop the changes of ``epoch`` the server holds (up to ``up_to_seq``); returns how many."""
    with transaction(conn):
        cursor = conn.execute("DELETE FROM outbox WHERE epoch = ? AND seq <= ?", (epoch, up_to_seq))
        return int(cursor.rowcount)


@contextlib.contextmanager
def _within_transaction(conn: DeskConnection) -> Iterator[None]:
    if conn.in_transaction:
        yield
        return
    with transaction(conn):
        yield
