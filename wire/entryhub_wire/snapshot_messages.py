"""The snapshot messages: a new desk's first sync as the current state, not the whole log.

A desk with nothing pulled yet (cursor 0) asks ``POST /v1/sync/snapshot`` page by page: each
page holds the merged state of the next persons its hub may see (by person id; erased persons
never) and then of its hub's own records, as changes with ``epoch = seq = 0`` (as when a
person comes into scope). ``position`` is the network's position the page was read at; the
desk keeps the first page's position and, after the last page, pulls the log from there: a
value changed after that position arrives again through the log (same clock: merged once),
nothing between is missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Final

from entryhub_wire.declare import OPTIONAL, Message, message
from entryhub_wire.messages import Change
from entryhub_wire.protocol import MAX_FIELDS
from entryhub_wire.specs import Int, ListOf, Nested, Text

__all__ = [
    "DEFAULT_SNAPSHOT_LIMIT",
    "MAX_SNAPSHOT_LIMIT",
    "PATH_SNAPSHOT",
    "SnapshotRequest",
    "SnapshotResponse",
]

PATH_SNAPSHOT: Final = "/v1/sync/snapshot"
DEFAULT_SNAPSHOT_LIMIT: Final = 500  # persons (or hub records) per page
MAX_SNAPSHOT_LIMIT: Final = 2000
MAX_SNAPSHOT_AFTER: Final = 200  # the length of a page key


@message("snapshot")
@dataclass(frozen=True)
class SnapshotRequest(Message):
    """The page after ``after`` (``""``: the first page; else a previous ``next_after``).
    ``include_own`` false leaves out the fields whose clock is the asking device's: a desk
    that was never restored holds them already (as the pull leaves out its own changes)."""

    after: Annotated[str, Text(MAX_SNAPSHOT_AFTER, empty=True)] = ""
    limit: Annotated[int, Int(1, MAX_SNAPSHOT_LIMIT), OPTIONAL] = DEFAULT_SNAPSHOT_LIMIT
    include_own: Annotated[bool, OPTIONAL] = True


_CAP: Final = 10 * MAX_SNAPSHOT_LIMIT * MAX_FIELDS


@message("snapshot answer")
@dataclass(frozen=True)
class SnapshotResponse(Message):
    """One page of the current state; ask for ``next_after`` while ``has_more``."""

    changes: Annotated[tuple[Change, ...], ListOf(Nested(Change), _CAP)] = ()
    position: int = 0
    next_after: Annotated[str, Text(MAX_SNAPSHOT_AFTER, empty=True)] = ""
    has_more: bool = False
