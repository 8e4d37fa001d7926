"""Where personal values meet the data keys: sealing a push's writes, opening what is read.

Sealed: ``field_state.value_json`` (each field's merged value) and ``event.fields_json`` of
changes (the fields of one change, with their clocks). Not sealed: ids, clocks, kinds, and the
events without personal values (an erasure's tombstone, scope grants and removals).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from entryhub_server.keys.sealing import event_ad, event_ad_head, event_ad_of_head, field_ad
from entryhub_server.keys.vault import Vault

SEALED_KIND = "change"  # merge.CHANGE: the events that carry values


def seal_changes(
    conn: Connection,
    vault: Vault,
    state_rows: list[dict[str, Any]],
    events: list[dict[str, Any]],
    network_of: Callable[[str, str], str],
) -> None:
    """Seal, in place, the ``value_json`` of merged-state rows and the ``fields_json`` of
    change events, each once, with the active data key of its network."""
    state_networks = [network_of(row["entity"], row["entity_id"]) for row in state_rows]
    changes = [event for event in events if event["kind"] == SEALED_KIND]
    keys = vault.active(conn, {*state_networks, *(e["network_id"] for e in changes)})
    # per network, the rows to seal and their (text, ad): one pass of its key over them
    targets: dict[str, list[dict[str, Any]]] = {n: [] for n in keys}
    items: dict[str, list[tuple[str, bytes]]] = {n: [] for n in keys}
    for row, network_id in zip(state_rows, state_networks, strict=True):
        ad = field_ad(network_id, row["entity"], row["entity_id"], row["field"])
        targets[network_id].append(row)
        items[network_id].append((row["value_json"], ad))
    column = {n: len(rows) for n, rows in targets.items()}  # rows before: value_json
    heads: dict[tuple[str, str], str] = {}
    for event in changes:
        network_id, device_id = event["network_id"], event["device_id"]
        head = heads.get((network_id, device_id))
        if head is None:
            head = heads[(network_id, device_id)] = event_ad_head(
                network_id, SEALED_KIND, device_id
            )
        ad = event_ad_of_head(
            head, event["epoch"], event["seq"], event["entity"], event["entity_id"]
        )
        targets[network_id].append(event)
        items[network_id].append((event["fields_json"], ad))
    for network_id, rows in targets.items():
        sealed = keys[network_id].seal_many(items[network_id])
        split = column[network_id]
        for row, value in zip(rows[:split], sealed[:split], strict=True):
            row["value_json"] = value
        for event, value in zip(rows[split:], sealed[split:], strict=True):
            event["fields_json"] = value


def event_ad_of(event: Any) -> bytes:
    """The associated data of an event row or dict."""
    get = event.__getitem__ if isinstance(event, dict) else event._mapping.__getitem__
    return event_ad(
        str(get("network_id")),
        str(get("kind")),
        str(get("device_id")),
        int(get("epoch")),
        int(get("seq")),
        str(get("entity")),
        str(get("entity_id")),
    )


def open_event(conn: Connection, vault: Vault, row: Any) -> str:
    """The canonical JSON of a stored change event's fields."""
    return vault.open(conn, str(row.fields_json), str(row.network_id), event_ad_of(row))


def open_field(
    conn: Connection,
    vault: Vault,
    network_id: str,
    entity: str,
    entity_id: str,
    field: str,
    text: str,
) -> str:
    """The JSON of one stored field value."""
    return vault.open(conn, text, network_id, field_ad(network_id, entity, entity_id, field))
