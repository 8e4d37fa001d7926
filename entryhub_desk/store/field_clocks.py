"""The compact text of a synced row's ``field_clocks`` (``{field: hlc}``), schema 12 on.

Most rows carry one clock for every field (a record is written whole) or a few clocks for a
few groups of fields, and most clocks name the row's own origin device. JSON spelt out each
field's name and its 55-character clock: about 1.1 KB of a person's row, more than everything
else in it. The compact text groups the fields by clock::

    <clock>/<mask>[;<clock>/<mask>…]

``<mask>`` is a hexadecimal bit set over the table's columns in the store's column order
(``pragma_table_info``: creation order, which ``ALTER TABLE … ADD COLUMN`` only appends to, so
a bit keeps naming its column; a migration that drops a column of a synced table, or rebuilds
one in another column order, must decode its ``field_clocks`` before and encode them after).
``<clock>`` is ``<ms:013d>-<counter:04d>`` when the clock's device is the row's ``origin``,
else the whole HLC text. A person registered at this desk holds ``"1762079506642-0001/1fffc0"``:
25 bytes.

The encoding is exact and canonical: :func:`decode` gives back the very mapping :func:`encode`
was given (which fields have a clock, and which clock), and one mapping has one text (groups in
the order of their clock text), so desks that converged hold the same bytes. What the compact
text cannot say (a field that is no column, a device id with ``/`` or ``;``, a clock that is
no HLC) is written as JSON, as before schema 12, and :func:`decode` reads both. Nothing stored
makes :func:`decode` raise: text it cannot read gives the fields it can (none for text that is
no encoding at all), so a remote change for them applies, as for a record without clocks.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from typing import Any

from entryhub_desk.store.hlc import parse_or_none

_OWN = re.compile(r"\d{13}-\d{4}")
_ORDER_CACHE = "_field_clock_columns"  # attribute of the connection: {table: (version, names)}


def columns_in_order(conn: Any, table: str) -> tuple[str, ...]:
    """The table's columns in the store's order (cached per connection and schema version)."""
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    cache: dict[str, tuple[int, tuple[str, ...]]] | None = getattr(conn, _ORDER_CACHE, None)
    if cache is None:
        cache = {}
        with contextlib.suppress(AttributeError):  # else read every time
            setattr(conn, _ORDER_CACHE, cache)
    found = cache.get(table)
    if found is not None and found[0] == version:
        return found[1]
    names = tuple(str(r[1]) for r in conn.execute("SELECT * FROM pragma_table_info(?)", (table,)))
    cache[table] = (version, names)
    return names


@functools.lru_cache(maxsize=64)
def _positions(columns: tuple[str, ...]) -> dict[str, int]:
    """Each column's bit (a table's few column orders, built once each)."""
    return {name: index for index, name in enumerate(columns)}


def encode(columns: tuple[str, ...], origin: str, clocks: dict[str, str]) -> str:
    """The compact text of ``clocks`` for a row of ``origin`` in a table with ``columns``."""
    if not clocks:
        return "{}"
    position = _positions(columns)
    masks: dict[str, int] = {}  # by clock (a row has few): each clock is checked once
    for name, clock in clocks.items():
        index = position.get(name)
        if index is None or not isinstance(clock, str):
            return json.dumps(clocks, sort_keys=True)
        masks[clock] = masks.get(clock, 0) | (1 << index)
    groups: dict[str, int] = {}
    for clock, mask in masks.items():
        stamp = parse_or_none(clock)
        if stamp is None or str(stamp) != clock:
            return json.dumps(clocks, sort_keys=True)
        if stamp.device_id == origin:
            groups[clock[:18]] = mask
        elif "/" in stamp.device_id or ";" in stamp.device_id:
            return json.dumps(clocks, sort_keys=True)
        else:
            groups[clock] = mask
    # groups in clock order: one mapping has one text on every desk
    return ";".join(f"{text}/{groups[text]:x}" for text in sorted(groups))


def decode(columns: tuple[str, ...], origin: str, text: object) -> dict[str, str]:
    """The ``{field: hlc}`` mapping of a stored ``field_clocks`` (compact text or JSON)."""
    if not isinstance(text, str) or not text:
        return {}
    if text.startswith("{"):
        try:
            found = json.loads(text)
        except ValueError:
            return {}
        if not isinstance(found, dict):
            return {}
        return {str(k): v for k, v in found.items() if isinstance(v, str)}
    clocks: dict[str, str] = {}
    for group in text.split(";"):
        clock, _, mask_text = group.rpartition("/")
        try:
            mask = int(mask_text, 16)
        except ValueError:
            continue
        if mask < 0:
            continue
        if _OWN.fullmatch(clock):
            clock = f"{clock}-{origin}"
        for index, name in enumerate(columns):
            if mask >> index & 1:
                clocks[name] = clock
    return clocks


def read(conn: Any, table: str, row: Any) -> dict[str, str]:
    """The clocks of a stored ``row`` (a mapping with ``origin`` and ``field_clocks``)."""
    return decode(columns_in_order(conn, table), str(row["origin"]), row["field_clocks"])


def write(conn: Any, table: str, origin: str, clocks: dict[str, str]) -> str:
    """The text to store as the ``field_clocks`` of a row of ``origin`` in ``table``."""
    return encode(columns_in_order(conn, table), origin, clocks)
