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
from typing import Any, Final

from entryhub_wire.codec import want_bool, want_int, want_list, want_obj, want_text
from entryhub_wire.messages import Change
from entryhub_wire.protocol import MAX_FIELDS

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


@dataclass(frozen=True)
class SnapshotRequest:
    """The page after ``after`` (``""``: the first page; else a previous ``next_after``).
    ``include_own`` false leaves out the fields whose clock is the asking device's: a desk
    that was never restored holds them already (as the pull leaves out its own changes)."""

    after: str = ""
    limit: int = DEFAULT_SNAPSHOT_LIMIT
    include_own: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"after": self.after, "limit": self.limit, "include_own": self.include_own}

    @classmethod
    def from_json(cls, data: object) -> SnapshotRequest:
        d = want_obj(data, "snapshot", {"after"}, {"limit", "include_own"})
        return cls(
            after=want_text(d["after"], "after", MAX_SNAPSHOT_AFTER, empty=True),
            limit=want_int(d.get("limit", DEFAULT_SNAPSHOT_LIMIT), "limit", 1, MAX_SNAPSHOT_LIMIT),
            include_own=want_bool(d.get("include_own", True), "include_own"),
        )


@dataclass(frozen=True)
class SnapshotResponse:
    """One page of the current state; ask for ``next_after`` while ``has_more``."""

    changes: tuple[Change, ...] = ()
    position: int = 0
    next_after: str = ""
    has_more: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "changes": [change.to_json() for change in self.changes],
            "position": self.position,
            "next_after": self.next_after,
            "has_more": self.has_more,
        }

    @classmethod
    def from_json(cls, data: object) -> SnapshotResponse:
        d = want_obj(data, "snapshot answer", {"changes", "position", "next_after", "has_more"})
        cap = 10 * MAX_SNAPSHOT_LIMIT * MAX_FIELDS
        return cls(
            changes=tuple(Change.from_json(x) for x in want_list(d["changes"], "changes", cap)),
            position=want_int(d["position"], "position"),
            next_after=want_text(d["next_after"], "next_after", MAX_SNAPSHOT_AFTER, empty=True),
            has_more=want_bool(d["has_more"], "has_more"),
        )
