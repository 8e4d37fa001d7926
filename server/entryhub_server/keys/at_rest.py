"""Where personal values meet the data keys: sealing a push's writes, opening what is read.

Sealed: ``field_state.value_json`` (each field's merged value) and ``event.fields_json`` of
changes (the fields of one change, with their clocks). Not sealed: ids, clocks, kinds, and the
events without personal values (an erasure's tombstone, scope grants and removals).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from entryhub_server.keys.sealing import (
    event_ad,
    event_ad_head,
    event_ad_of_head,
    field_ad,
    field_ad_entity,
    field_ad_of_entity,
)
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
    if len(keys) == 1:  # a group's rows are of one network (the usual case): no sorting out
        ((network_id, key),) = keys.items()
        key.seal_rows(state_rows, "value_json", _field_ads(network_id, state_rows))
        key.seal_rows(changes, "fields_json", _event_ads(changes))
        return
    for network_id, key in keys.items():
        rows = [r for r, n in zip(state_rows, state_networks, strict=True) if n == network_id]
        key.seal_rows(rows, "value_json", _field_ads(network_id, rows))
        mine = [event for event in changes if event["network_id"] == network_id]
        key.seal_rows(mine, "fields_json", _event_ads(mine))


def _field_ads(network_id: str, rows: list[dict[str, Any]]) -> list[bytes]:
    """The ADs of ``field_state.value_json`` of ``rows``, all of ``network_id``."""
    heads: dict[str, str] = {}  # per entity: what field_ad writes before the record's id
    ads = []
    for row in rows:
        entity, entity_id, field = row["entity"], row["entity_id"], row["field"]
        head = heads.get(entity)
        if head is None:
            head = heads[entity] = field_ad_entity(network_id, entity)
        ads.append(field_ad_of_entity(head, entity_id, field))
    return ads


def _event_ads(events: list[dict[str, Any]]) -> list[bytes]:
    """The ADs of ``event.fields_json`` of change ``events``."""
    heads: dict[tuple[str, str], str] = {}  # per network and device
    ads = []
    for event in events:
        network_id, device_id = event["network_id"], event["device_id"]
        head = heads.get((network_id, device_id))
        if head is None:
            head = heads[(network_id, device_id)] = event_ad_head(
                network_id, SEALED_KIND, device_id
            )
        ads.append(
            event_ad_of_head(
                head, event["epoch"], event["seq"], event["entity"], event["entity_id"]
            )
        )
    return ads


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
