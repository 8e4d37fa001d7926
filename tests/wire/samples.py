"""One or more sample of every sync message, for the golden file and the schema tests.

``samples(module)`` builds them from ``module``'s classes (``entryhub_wire.wire``; until commit
a540968 also the hand-written codec, which wrote the golden file). Each
sample is named ``Class`` or ``Class:case``; the cases cover optional keys left out and sent,
None, non-ASCII text, floats and nested JSON values.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

HLC = "1750000000000-0000-dev1"
LATER = "1750000000001-0002-dev2"


def samples(m: Any) -> list[tuple[str, Any]]:
    fields = {
        "given_name": m.FieldValue("Åsa Öberg", HLC),
        "birth_year": m.FieldValue(1990, HLC),
        "score": m.FieldValue(0.1 + 0.2, LATER),
        "tags": m.FieldValue(["a", {"b": [1, 2.5, None, True]}, "ሰላም"], HLC),
        "note": m.FieldValue(None, LATER),
        "person_id": m.FieldValue("p1", HLC),
    }
    visit = m.Change("dev1", 3, 17, "visit", "v1", "p1", LATER, fields)
    person = m.Change("dev1", 1, 1, "person", "p1", "p1", HLC, {"deleted": m.FieldValue(True, HLC)})
    staff = m.Change("dev2", 0, 0, "staff", "s1", None, HLC, {"name": m.FieldValue("Kim", HLC)})
    head = m.AuditHead(42, "0f" * 32)
    return [
        ("EnrolRequest", m.EnrolRequest("ABCDE-FGHJK", "dev1", b"\1" * 32, b"\2" * 32)),
        (
            "EnrolRequest:all",
            m.EnrolRequest(
                " abcde fghjk ", "dev1", b"\xff" * 32, b"\0" * 32, "2.1", b"\3" * 32, b"\4" * 64
            ),
        ),
        (
            "EnrolResponse",
            m.EnrolResponse("t0ken", "n1", "Norrland", "h1", "Umeå", b"\5" * 32, b"\6" * 32),
        ),
        ("FieldValue", m.FieldValue({"x": [1, "y"]}, HLC)),
        ("Change", visit),
        ("Change:erasure", person),
        ("Change:hub", staff),
        ("AuditHead", head),
        ("PushRequest", m.PushRequest((visit, person), head)),
        ("PushRequest:empty", m.PushRequest((), None)),
        ("Rejection", m.Rejection(3, 17, "not_visible")),
        (
            "PushResponse",
            m.PushResponse({10: 4, 9: 2, 1: 1}, (m.Rejection(10, 3, "erased"),), 10, "rewound"),
        ),
        ("PushResponse:empty", m.PushResponse({})),
        ("PullRequest", m.PullRequest()),
        ("PullRequest:all", m.PullRequest(12, 2000, True, 1_000_000)),
        ("PulledChange", m.PulledChange(5, staff)),
        ("ScopeRemoval", m.ScopeRemoval(6, "p2")),
        ("Erasure", m.Erasure(7, "p3", LATER)),
        (
            "PullResponse",
            m.PullResponse(
                (m.PulledChange(5, staff), m.PulledChange(5, visit)),
                (m.ScopeRemoval(6, "p2"),),
                (m.Erasure(7, "p3", LATER),),
                7,
                True,
            ),
        ),
        ("PullResponse:empty", m.PullResponse()),
        ("SnapshotRequest", m.SnapshotRequest()),
        ("SnapshotRequest:all", m.SnapshotRequest("person:p1", 20, False)),
        ("SnapshotResponse", m.SnapshotResponse((staff, visit), 99, "person:p9", True)),
        ("SnapshotResponse:empty", m.SnapshotResponse()),
        ("ErrorBody", m.ErrorBody("bad_payload", "change lacks hlc")),
        ("ErrorBody:bare", m.ErrorBody("busy")),
    ]


WRONG: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    float("nan"),
    2**62 + 1,
    "",
    " ",
    "x",
    "Bad id",
    "\x00",
    "1750000000000-0000-dev1",
    "A" * 43 + "=",
    "²",
    [],
    [1],
    {},
    {"x": 1},
    "é" * 2001,
]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def broken(data: dict[str, Any]) -> Iterator[Any]:
    """``data`` broken in one place each time: a key removed or added, a value replaced."""
    for path in _paths(data):
        if not path:
            yield from ([], "x", None)
        for wrong in WRONG:
            changed = copy.deepcopy(data)
            holder = changed
            for step in path[:-1]:
                holder = holder[step]
            if path:
                holder[path[-1]] = wrong
                yield changed
        target = copy.deepcopy(data)
        holder = target
        for step in path:
            holder = holder[step]
        if isinstance(holder, dict):
            if holder:
                removed = copy.deepcopy(target)
                inner = removed
                for step in path:
                    inner = inner[step]
                inner.pop(next(iter(inner)))
                yield removed
            holder["unknown_key"] = 1
            yield target
