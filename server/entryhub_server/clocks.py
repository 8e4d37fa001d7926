"""Clock bounds on the server (docs/sync.md, "Clock bounds").

A change whose clock is further ahead of the server's time than ``Settings.clock_margin`` is
refused, the whole push with it (422 ``clock_ahead``): nothing of it is held, so the desk keeps
its changes and sends them again once its clock is right (it stamps them again then,
entryhub_desk/store/clock_repair.py). One broken clock can therefore neither win every
conflict for ever nor drag every desk's clock into the future.

Values stored before clocks were bounded: alembic revision "clock bounds" demotes every merged
clock beyond the bound (:func:`repair_stored_clocks`) to millisecond 0 with its counter and
device kept, the rule the desks apply too; pull serves stored events the same way
(:func:`served`), so no stored value reaches a desk beyond the bound.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, text

from entryhub_server.errors import ServerError
from entryhub_wire import wire

MAX_MS = 10**13 - 1


def clock_ms(hlc: str) -> int | None:
    """The milliseconds of an HLC text, or None if it is not one (never raises)."""
    head = hlc[:13]
    if len(head) != 13 or not head.isascii() or not head.isdigit() or hlc[13:14] != "-":
        return None
    return int(head)


def bound_ms(now: float, margin: float) -> int:
    return min(int((now + margin) * 1000), MAX_MS)


def clock_ahead(request: wire.PushRequest, now: float, margin: float) -> ServerError | None:
    """The refusal for a push carrying a clock beyond ``now + margin``, or None."""
    bound = bound_ms(now, margin)
    ahead = 0
    for change in request.changes:
        for hlc in (change.hlc, *(value.hlc for value in change.fields.values())):
            ms = clock_ms(hlc)
            if ms is not None and ms > bound:
                ahead = max(ahead, ms - bound)
    if not ahead:
        return None
    minutes = (ahead + int(margin * 1000)) // 60_000
    return ServerError(
        422,
        wire.ERR_CLOCK_AHEAD,
        f"a change's clock is about {minutes} minutes ahead of the server's time "
        f"(at most {int(margin // 60)} minutes are accepted): set this computer's clock right",
    )


def demote(hlc: str, bound: int) -> str:
    """``hlc`` if within ``bound``, else the same counter and device at millisecond 0."""
    ms = clock_ms(hlc)
    if ms is None or ms <= bound:
        return hlc
    return f"{0:013d}{hlc[13:]}"


def _demote_fields(fields_json: str, bound: int) -> str | None:
    try:
        fields: Any = json.loads(fields_json)
    except ValueError:
        return None
    if not isinstance(fields, dict):
        return None
    changed = False
    for value in fields.values():
        if isinstance(value, dict) and isinstance(value.get("hlc"), str):
            new = demote(value["hlc"], bound)
            if new != value["hlc"]:
                value["hlc"], changed = new, True
    if not changed:
        return None
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def repair_stored_clocks(conn: Connection, bound: int) -> int:
    """Demote every merged clock (``field_state.hlc``, what later pushes are merged against)
    beyond ``bound``; returns how many. Events keep their stored clocks (their fields may be
    sealed): pull serves them demoted (:func:`served`)."""
    low = f"{bound:013d}-9999-~"  # every clock text beyond the bound sorts above this
    rows = conn.execute(
        text("SELECT entity, entity_id, field, hlc FROM field_state WHERE hlc > :low"),
        {"low": low},
    ).all()
    for row in rows:
        conn.execute(
            text(
                "UPDATE field_state SET hlc = :hlc "
                "WHERE entity = :e AND entity_id = :i AND field = :f"
            ),
            {
                "hlc": demote(str(row.hlc), bound),
                "e": row.entity,
                "i": row.entity_id,
                "f": row.field,
            },
        )
    return len(rows)


def served(hlc: str, fields_json: str, bound: int) -> tuple[str, str]:
    """A stored change as pull serves it: clocks beyond ``bound`` (stored before clocks were
    bounded, or written into the database by hand) demoted, and the change's clock the highest
    of its fields' again. Cheap when nothing is beyond (one comparison)."""
    ms = clock_ms(hlc)
    if ms is None or ms <= bound:
        return hlc, fields_json
    fields = _demote_fields(fields_json, bound)
    if fields is None:
        return demote(hlc, bound), fields_json
    found = json.loads(fields)
    clocks = [v["hlc"] for v in found.values() if isinstance(v, dict) and "hlc" in v]
    return (max(clocks) if clocks else demote(hlc, bound)), wire.canonical(found)
