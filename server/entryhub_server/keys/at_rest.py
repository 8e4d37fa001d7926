"""Where personal values meet the data keys: sealing a push's writes, opening what is read.

Sealed: ``field_state.value_json`` (each field's merged value) and ``event.fields_json`` of
changes (the fields of one change, with their clocks). Not sealed: ids, clocks, kinds, and the
events without personal values (an erasure's tombstone, scope grants and removals).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from entryhub_server.keys.sealing import event_ad, field_ad
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
    # per network, every (row, column, text, ad) to seal: one pass of its key over them
    work: dict[str, list[tuple[dict[str, Any], str, str, bytes]]] = {n: [] for n in keys}
    for row, network_id in zip(state_rows, state_networks, strict=True):
        ad = field_ad(network_id, row["entity"], row["entity_id"], row["field"])
        work[network_id].append((row, "value_json", row["value_json"], ad))
    for event in changes:
        ad = event_ad(
            event["network_id"],
            SEALED_KIND,
            event["device_id"],
            event["epoch"],
            event["seq"],
            event["entity"],
            event["entity_id"],
        )
        work[event["network_id"]].append((event, "fields_json", event["fields_json"], ad))
    for network_id, items in work.items():
        sealed = keys[network_id].seal_many([(text, ad) for _, _, text, ad in items])
        for (target, column, _, _), value in zip(items, sealed, strict=True):
            target[column] = value


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
