"""Repair of clocks found beyond the bound (docs/sync.md, "Clock bounds").

The server refuses a push whose clocks lie beyond its time plus the margin (``clock_ahead``).
That happens when this computer's clock is ahead, and also when the desk's clock state was
carried into the future before clocks were bounded (it pulled a far-future clock). The sync
engine then calls :func:`repair_clocks` with the server's time (the answer's ``Date``), and
before merging a pulled page :func:`repair_if_beyond` when its clock state lies beyond it:

- if this computer's own clock is beyond the server's time plus the margin, nothing is
  changed: the clock is wrong (``sync.clock_ahead``; the person sets it right);
- otherwise, in one transaction and dropping nothing: the desk's own clocks still waiting in
  the outbox beyond the bound (nobody else holds them) are stamped again, in their old order,
  at the bound (``(bound, 1)``, ``(bound, 2)``, …), and the rows' ``field_clocks`` that carried
  them follow; every other clock beyond the bound (rows' ``field_clocks``, parked changes,
  conflicts, erasures; pulled before bounds) is *demoted*: millisecond 0, counter and device
  kept (``hlc.demoted``), the rule the server's repair applies, so desk and server agree;
- the desk's clock state continues from the bound.

Judging against the server's time, not this computer's, means a desk whose clock was set back
(behind) never demotes values the server holds as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

import sqlcipher3

from entryhub_desk.config import Clock
from entryhub_desk.errors import DeskError
from entryhub_desk.store import field_clocks
from entryhub_desk.store.connection import DeskConnection, transaction
from entryhub_desk.store.hlc import (
    CLOCK_MARGIN_MS,
    Hlc,
    HybridClock,
    advance,
    demoted,
    limit_ms,
    parse_or_none,
)
from entryhub_desk.store.outbox import dump_fields, load_fields
from entryhub_desk.store.sync_tables import tables_with_column


def repair_clocks(
    conn: DeskConnection,
    clock: Clock,
    server_now: float | None,
    *,
    margin_ms: int = CLOCK_MARGIN_MS,
) -> int:
    """Repair the stored clocks beyond ``server_now`` plus the margin (None: this computer's
    time); returns how many stored values were rewritten. Raises ``sync.clock_ahead`` when
    this computer's clock itself is beyond that bound (the person must set it right)."""
    wall = HybridClock("-", clock, margin_ms=margin_ms).wall()
    server_ms = wall if server_now is None else int(server_now * 1000)
    bound = limit_ms(server_ms, margin_ms)
    if wall > bound:
        raise DeskError("sync.clock_ahead")
    with transaction(conn):
        return _repair(conn, bound)


def repair_if_beyond(
    conn: DeskConnection, clock: Clock, server_now: float, *, margin_ms: int = CLOCK_MARGIN_MS
) -> int:
    """Before a pulled page is merged: if the desk's clock state lies beyond ``server_now``
    plus the margin (it took in a far-future clock before bounds), repair first, so that no
    stored far-future clock wins over what arrives (:func:`repair_clocks`, which raises
    ``sync.clock_ahead`` if this computer's clock is the one that is wrong)."""
    state_ms = int(conn.execute("SELECT hlc_ms FROM identity").fetchone()[0])
    if state_ms <= limit_ms(int(server_now * 1000), margin_ms):
        return 0
    return repair_clocks(conn, clock, server_now, margin_ms=margin_ms)


def _repair(conn: DeskConnection, bound: int) -> int:
    device_id, state_ms, state_counter = conn.execute(
        "SELECT device_id, hlc_ms, hlc_counter FROM identity"
    ).fetchone()
    device_id = str(device_id)
    outbox = conn.execute(
        "SELECT epoch, seq, fields_json FROM outbox ORDER BY epoch, seq"
    ).fetchall()
    # the desk's own waiting clocks beyond the bound, stamped again in their order
    own: set[Hlc] = set()
    for _, _, fields_json in outbox:
        for change in load_fields(fields_json).values():
            stamp = parse_or_none(change.get("hlc")) if isinstance(change, dict) else None
            if stamp is not None and stamp.ms > bound and stamp.device_id == device_id:
                own.add(stamp)
    if int(state_ms) <= bound and not own:
        return 0
    ms, counter = (bound, 0) if int(state_ms) > bound else (int(state_ms), int(state_counter))
    mapping: dict[str, str] = {}
    for stamp in sorted(own):
        ms, counter = advance(ms, counter)
        mapping[str(stamp)] = str(Hlc(ms, counter, device_id))

    def fix(text: object) -> object:
        if not isinstance(text, str):
            return text
        if text in mapping:
            return mapping[text]
        stamp = parse_or_none(text)
        if stamp is not None and stamp.ms > bound:
            return str(demoted(stamp))
        return text

    rewritten = 0
    for epoch, seq, fields_json in outbox:
        fields = load_fields(fields_json)
        n = _fix_changes(fields, fix)
        fixed = dump_fields(fields)
        if n:
            conn.execute(
                "UPDATE outbox SET fields_json = ? WHERE epoch = ? AND seq = ?",
                (fixed, epoch, seq),
            )
            rewritten += n
    for table in tables_with_column(conn, "fields_json"):  # parked, kept-unknown, rejected changes
        if table != "outbox":
            rewritten += _fix_json_column(conn, table, "fields_json", bound, fix, nested=True)
    for table in tables_with_column(conn, "field_clocks"):
        rewritten += _fix_field_clocks(conn, table, fix)
    for column in ("kept_hlc", "lost_hlc"):
        rewritten += _fix_text_column(conn, "sync_conflict", column, bound, fix)
    rewritten += _fix_text_column(conn, "erasure", "hlc", bound, fix)
    conn.execute("UPDATE identity SET hlc_ms = ?, hlc_counter = ?", (ms, counter))
    return rewritten


def _fields(text: str) -> dict[str, object]:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _fix_changes(fields: Mapping[str, object], fix: Callable[[object], object]) -> int:
    """Fix the clocks of ``{field: {"value", "hlc"}}`` in place; how many changed."""
    changed = 0
    for change in fields.values():
        if isinstance(change, dict) and "hlc" in change:
            new = fix(change["hlc"])
            if new != change["hlc"]:
                change["hlc"] = new
                changed += 1
    return changed


def _fix_fields(text: str, fix: Callable[[object], object]) -> tuple[str, int]:
    """``{field: {"value", "hlc"}}`` with its clocks fixed; and how many changed."""
    fields = _fields(text)
    changed = _fix_changes(fields, fix)
    if not changed:
        return text, 0
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")), changed


def _fix_json_column(
    conn: DeskConnection,
    table: str,
    column: str,
    bound: int,
    fix: Callable[[object], object],
    *,
    nested: bool,
) -> int:
    """Rewrite the clocks beyond ``bound`` in a JSON column (``{field: hlc}``, or with
    ``nested`` ``{field: {"hlc": …}}``); only rows that hold one are read."""
    path = "$.hlc" if nested else "$"
    value = f"json_extract(j.value, '{path}')" if nested else "j.value"
    rows = conn.execute(
        f'SELECT rowid, "{column}" FROM "{table}" WHERE json_valid("{column}") AND EXISTS '  # noqa: S608
        f'(SELECT 1 FROM json_each("{table}"."{column}") AS j '
        f"WHERE typeof({value}) = 'text' AND substr({value}, 1, 13) > ?)",
        (f"{bound:013d}",),
    ).fetchall()
    rewritten = 0
    for rowid, text in rows:
        if nested:
            fixed, n = _fix_fields(str(text), fix)
        else:
            clocks = _fields(str(text))
            n = 0
            for name, stamp in list(clocks.items()):
                new = fix(stamp)
                if new != stamp:
                    clocks[name] = new
                    n += 1
            fixed = json.dumps(clocks, sort_keys=True)
        if n:
            conn.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',  # noqa: S608
                (fixed, rowid),
            )
            rewritten += n
    return rewritten


def _fix_field_clocks(conn: DeskConnection, table: str, fix: Callable[[object], object]) -> int:
    """Rewrite the clocks ``fix`` changes in the rows' ``field_clocks`` (compact text or JSON,
    :mod:`entryhub_desk.store.field_clocks`); every row is read (a repair is rare)."""
    rewritten = 0
    rows = conn.execute(f'SELECT rowid, origin, field_clocks FROM "{table}"').fetchall()  # noqa: S608
    for rowid, origin, text in rows:
        clocks = field_clocks.read(conn, table, {"origin": origin, "field_clocks": text})
        n = 0
        for name, stamp in list(clocks.items()):
            new = fix(stamp)
            if new != stamp:
                clocks[name] = str(new)
                n += 1
        if n:
            fixed = field_clocks.write(conn, table, str(origin), clocks)
            conn.execute(
                f'UPDATE "{table}" SET field_clocks = ? WHERE rowid = ?',  # noqa: S608
                (fixed, rowid),
            )
            rewritten += n
    return rewritten


def _fix_text_column(
    conn: DeskConnection, table: str, column: str, bound: int, fix: Callable[[object], object]
) -> int:
    rows = conn.execute(
        f'SELECT rowid, "{column}" FROM "{table}" WHERE substr("{column}", 1, 13) > ?',  # noqa: S608
        (f"{bound:013d}",),
    ).fetchall()
    rewritten = 0
    for rowid, text in rows:
        new = fix(text)
        if new != text:
            try:
                conn.execute(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',  # noqa: S608
                    (new, rowid),
                )
            except sqlcipher3.IntegrityError:  # another conflict holds that clock: keep this one
                continue
            rewritten += 1
    return rewritten
