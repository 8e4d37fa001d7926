"""Who may see a person: the hub that registered it, and the other hubs of its network while
the person's ``share_across_hubs`` consent is in force (given and not withdrawn)."""

from __future__ import annotations

from typing import Any

from entryhub_wire import codes, wire

SHARE_PURPOSE = codes.SHARE_ACROSS_HUBS
CONSENT_ENTITY = "consent"


def visibility_problem(person: Any, *, network_id: str, hub_id: str) -> str | None:
    """Why a device of ``hub_id`` may not change ``person`` (a person row), or None."""
    if person is None:
        return wire.REJECT_UNKNOWN_PERSON
    if person.network_id != network_id:
        return wire.REJECT_FOREIGN_RECORD
    if person.erased:
        return wire.REJECT_ERASED
    if person.hub_id != hub_id and not person.shared:
        return wire.REJECT_NOT_VISIBLE
    return None
