"""The push endpoint's decoder (push_decode.push_request) gives what the generic decoder
(``wire.PushRequest.from_json``) gives: the same request for every body it accepts, the same
error (code and words) for every body it refuses; valid bodies of every value kind, and
bodies broken one key or value at a time."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from entryhub_desk.ids import new_id
from entryhub_server.push_decode import push_request
from entryhub_wire import wire
from entryhub_wire.errors import CodedError
from tests.server.helpers import Desk


def _body(values: list[Any], *, audit: bool = False) -> dict[str, Any]:
    desk = Desk(hub_id="hub-1", network_id="net-1")
    person = desk.new_person(family_name="Lind", note=None)
    rest = [desk.change("visit", new_id(), person.entity_id, v=value) for value in values]
    rest.append(desk.change("staff", new_id(), None, name="Ann", active=True))
    head = wire.AuditHead(3, "a" * 64) if audit else None
    return json.loads(json.dumps(wire.PushRequest((person, *rest), head).to_json()))


def _outcome(decode: Any, data: Any) -> tuple[str, Any]:
    try:
        made = decode(copy.deepcopy(data))
    except CodedError as error:
        return "error", (error.code, error.english())
    return "made", made


def _same(data: Any) -> None:
    generic, fast = _outcome(wire.PushRequest.from_json, data), _outcome(push_request, data)
    assert fast == generic
    if fast[0] == "made":  # the same value types too (1 == True == 1.0 in Python)
        assert _kinds(fast[1]) == _kinds(generic[1])


def _kinds(request: wire.PushRequest) -> list[Any]:
    return [
        (type(c), [(type(f), type(f.value), f.value) for f in c.fields.values()])
        for c in request.changes
    ]


VALUES = [
    "text",
    "",
    'a "quoted" \\ back',
    None,
    0,
    -5,
    2**70,
    True,
    False,
    1.5,
    [1, "two", None, [3]],
    {"k": {"n": [True]}},
]


@pytest.mark.parametrize("audit", [False, True])
def test_valid_bodies_decode_the_same(audit: bool) -> None:
    data = _body(VALUES, audit=audit)
    _same(data)
    assert push_request(data).changes[1 + VALUES.index(0)].fields["v"].value == 0


BROKEN: list[Any] = [
    None,
    "x",
    -1,
    2**63,
    True,
    1.5,
    "",
    " ",
    "UPPER",
    "ok-id",
    "bad id",
    "x" * 65,
    "1765000000000-0001-dev",
    "176500000000-0001-dev",
    "١٧٦٥٠٠٠٠٠٠٠٠٠-0001-dev",
    [],
    {},
    {"value": 1},
    {"value": 1, "hlc": "1765000000000-0001-dev"},
    {"value": 1, "hlc": "9999999999999-9999-zz"},
    {"value": float("nan"), "hlc": "1765000000000-0001-dev"},
    {"value": 1, "hlc": "1765000000000-0001-dev", "more": 2},
    {"Bad": {"value": 1, "hlc": "1765000000000-0001-dev"}},
    [{"value": 1}],
]


def _paths(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Where a broken value can go: the request's keys, a change's keys, a field, a field's
    value and clock (first, second and last change)."""
    paths: list[tuple[Any, ...]] = [("changes",), ("audit_head",)]
    for index in (0, 1, len(data["changes"]) - 1):
        change = data["changes"][index]
        paths.append(("changes", index))
        paths.extend(("changes", index, key) for key in change)
        for name in change["fields"]:
            paths.append(("changes", index, "fields", name))
            paths.append(("changes", index, "fields", name, "value"))
            paths.append(("changes", index, "fields", name, "hlc"))
    return paths


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    broken = copy.deepcopy(data)
    target = broken
    for step in path[:-1]:
        target = target[step]
    if value is _DROP:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


_DROP = object()
_DATA = _body(["text", 1, None])


def test_broken_bodies_fail_the_same() -> None:
    """Every broken value at every place, alone and with an unknown key beside it."""
    for path in _paths(_DATA):
        for value in [*BROKEN, _DROP]:
            for extra in (False, True):
                broken = _set(_DATA, path, value)
                parent = broken
                for step in path[:-1]:
                    parent = parent[step]
                if extra and isinstance(parent, dict):
                    parent["unknown"] = 1
                elif extra:
                    continue
                _same(broken)


def test_whole_requests_of_the_wrong_shape_fail_the_same() -> None:
    many = copy.deepcopy(_DATA["changes"][1])
    clock = many["hlc"]
    many["fields"] = {f"f{n}": {"value": n, "hlc": clock} for n in range(wire.MAX_FIELDS + 1)}
    for data in (
        {"changes": [many], "audit_head": None},  # too many fields
        [],
        {},
        {"changes": []},
        {"changes": [], "audit_head": None},
        {"changes": [], "audit_head": None, "x": 1},
        {"changes": [_DATA["changes"][0]] * 2, "audit_head": None},  # the same key twice
        {"changes": [_DATA["changes"][0]] * (wire.MAX_BATCH_CHANGES + 1), "audit_head": None},
        {"changes": _DATA["changes"], "audit_head": {"seq": 0, "tag": "a" * 64}},
    ):
        _same(data)
