"""The sync messages (entryhub_wire/wire.py, messages.py): round trips, strict from_json."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entryhub_wire import wire
from entryhub_wire.errors import CodedError

ids = st.from_regex(r"[0-9A-Za-z][0-9A-Za-z_-]{0,20}", fullmatch=True)
names = st.sampled_from(["given_name", "note", "purpose", "n", "a1", "x_y", "z" * 64])
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
hlcs = st.builds(
    lambda ms, counter, device: f"{ms:013d}-{counter:04d}-{device}",
    st.integers(min_value=0, max_value=10**13 - 1),
    st.integers(min_value=0, max_value=9999),
    ids,
)


@st.composite
def changes(draw: st.DrawFn, *, pushed: bool = True) -> wire.Change:
    entity = draw(st.sampled_from(["person", "visit", "consent", "staff"]))
    entity_id = draw(ids)
    if entity == "person":
        person_id: str | None = entity_id
    elif entity == "staff":
        person_id = None
    else:
        person_id = draw(ids)
    field_names = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    field_hlcs = [draw(hlcs) for _ in field_names]
    fields = {
        name: wire.FieldValue(draw(values), hlc)
        for name, hlc in zip(field_names, field_hlcs, strict=True)
    }
    low = 1 if pushed else 0
    return wire.Change(
        device_id=draw(ids),
        epoch=draw(st.integers(min_value=low, max_value=2**40)),
        seq=draw(st.integers(min_value=low, max_value=2**40)),
        entity=entity,
        entity_id=entity_id,
        person_id=person_id,
        hlc=max(field_hlcs),
        fields=fields,
    )


def _through_the_wire(data: dict[str, Any]) -> dict[str, Any]:
    return wire.decode_body(wire.encode_body(data))


def _refused(make: Any, data: object, code: str = "sync.bad_payload") -> str:
    with pytest.raises(CodedError) as error:
        make(data)
    assert error.value.code == code
    return str(error.value.params.get("detail", ""))


def _change_json(**overrides: Any) -> dict[str, Any]:
    hlc = "1750000000000-0000-dev1"
    data: dict[str, Any] = {
        "device_id": "dev1",
        "epoch": 1,
        "seq": 1,
        "entity": "visit",
        "entity_id": "v1",
        "person_id": "p1",
        "hlc": hlc,
        "fields": {"purpose": {"value": "cv", "hlc": hlc}},
    }
    data.update(overrides)
    return data


# --- round trips ---------------------------------------------------------------------------
@given(st.lists(changes(), max_size=5, unique_by=lambda c: (c.epoch, c.seq)), st.booleans())
@settings(max_examples=40, deadline=None)
def test_push_request_round_trip(items: list[wire.Change], with_head: bool) -> None:
    head = wire.AuditHead(7, "ab" * 32) if with_head else None
    request = wire.PushRequest(tuple(items), head)
    assert wire.PushRequest.from_json(_through_the_wire(request.to_json())) == request


@given(
    st.dictionaries(st.integers(1, 2**40), st.integers(0, 2**40), max_size=3),
    st.lists(
        st.builds(
            wire.Rejection,
            st.integers(1, 2**40),
            st.integers(1, 2**40),
            st.sampled_from(sorted(wire.REJECT_REASONS)),
        ),
        max_size=3,
    ),
    st.integers(0, 2**40),
    st.sampled_from([None, "rewound", "forked"]),
)
@settings(max_examples=60, deadline=None)
def test_push_response_round_trip(
    acknowledged: dict[int, int], rejected: list[wire.Rejection], highest: int, flag: str | None
) -> None:
    answer = wire.PushResponse(acknowledged, tuple(rejected), highest, flag)
    assert wire.PushResponse.from_json(_through_the_wire(answer.to_json())) == answer


@given(
    st.lists(
        st.builds(wire.PulledChange, st.integers(1, 10**9), changes(pushed=False)), max_size=4
    ),
    st.lists(st.builds(wire.ScopeRemoval, st.integers(1, 10**9), ids), max_size=3),
    st.lists(st.builds(wire.Erasure, st.integers(1, 10**9), ids, hlcs), max_size=3),
    st.integers(0, 10**9),
    st.booleans(),
)
@settings(max_examples=30, deadline=None)
def test_pull_response_round_trip_and_events_in_position_order(
    pulled: list[wire.PulledChange],
    removals: list[wire.ScopeRemoval],
    erasures: list[wire.Erasure],
    cursor: int,
    more: bool,
) -> None:
    page = wire.PullResponse(tuple(pulled), tuple(removals), tuple(erasures), cursor, more)
    again = wire.PullResponse.from_json(_through_the_wire(page.to_json()))
    assert again == page
    events = list(page.events())
    assert len(events) == len(pulled) + len(removals) + len(erasures)
    assert [event.position for event in events] == sorted(event.position for event in events)


def test_events_at_one_position_keep_changes_before_removals_before_erasures() -> None:
    change = wire.Change.from_json(_change_json())
    page = wire.PullResponse(
        changes=(wire.PulledChange(5, change), wire.PulledChange(3, change)),
        scope_removals=(wire.ScopeRemoval(5, "p1"),),
        erasures=(
            wire.Erasure(5, "p1", "1750000000000-0000-dev1"),
            wire.Erasure(4, "p2", change.hlc),
        ),
    )
    kinds = [(event.position, type(event).__name__) for event in page.events()]
    assert kinds == [
        (3, "PulledChange"),
        (4, "Erasure"),
        (5, "PulledChange"),
        (5, "ScopeRemoval"),
        (5, "Erasure"),
    ]


def test_small_messages_round_trip_and_defaults() -> None:
    enrol = wire.EnrolRequest("ABCDE-FGHJK", "dev1", b"\1" * 32, b"\2" * 32, "1.0")
    assert wire.EnrolRequest.from_json(_through_the_wire(enrol.to_json())) == enrol
    answer = wire.EnrolResponse("secret-token", "n1", "North", "h1", "Umeå", b"\3" * 32, b"\4" * 32)
    assert wire.EnrolResponse.from_json(_through_the_wire(answer.to_json())) == answer
    assert "secret-token" not in repr(answer)
    assert wire.PullRequest.from_json({"cursor": 5}) == wire.PullRequest(5, 500, False)
    request = wire.PullRequest(9, 2000, True)
    assert wire.PullRequest.from_json(request.to_json()) == request
    assert wire.ErrorBody.from_json({"code": "busy"}) == wire.ErrorBody("busy", "")


def test_is_erasure_only_for_a_person_with_deleted_true() -> None:
    hlc = "1750000000000-0000-dev1"
    tomb = {"deleted": {"value": True, "hlc": hlc}}
    person = _change_json(entity="person", entity_id="p1", person_id="p1", fields=tomb)
    assert wire.Change.from_json(person).is_erasure
    not_true = _change_json(
        entity="person",
        entity_id="p1",
        person_id="p1",
        fields={"deleted": {"value": 1, "hlc": hlc}},
    )
    assert not wire.Change.from_json(not_true).is_erasure
    assert not wire.Change.from_json(_change_json(fields=tomb)).is_erasure


# --- strict validation ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("overrides", "detail"),
    [
        ({"epoch": -1}, "epoch must be an integer from 0 to 4611686018427387904"),
        ({"seq": True}, "seq must be an integer from 0 to 4611686018427387904"),
        ({"seq": 1.0}, "seq must be an integer from 0 to 4611686018427387904"),
        ({"entity": "Visit"}, "entity is not valid"),
        ({"entity_id": "bad id"}, "entity_id is not valid"),
        ({"person_id": ""}, "person_id is not valid"),
        ({"device_id": None}, "device_id is not valid"),
        ({"hlc": "yesterday"}, "hlc is not valid"),
        ({"fields": {}}, "fields must be a non-empty object"),
        ({"fields": []}, "fields must be a non-empty object"),
        (
            {"fields": {"Bad": {"value": 1, "hlc": "1750000000000-0000-dev1"}}},
            "field name is not valid",
        ),
        ({"fields": {"a": {"value": 1}}}, "field a lacks hlc"),
        ({"fields": {"a": {"value": 1, "hlc": "1750000000000-0000-dev1", "x": 1}}}, None),
        ({"fields": {"a": {"value": float("nan"), "hlc": "1750000000000-0000-dev1"}}}, None),
        (
            {"fields": {"a": {"value": 1, "hlc": "1750000000001-0000-dev1"}}},
            "later than the change's",
        ),
        ({"entity": "person", "entity_id": "p1", "person_id": "p2"}, "names itself as person_id"),
        (
            {"fields": {"person_id": {"value": "p9", "hlc": "1750000000000-0000-dev1"}}},
            "person_id differs from the record's person_id field",
        ),
    ],
)
def test_change_from_json_refuses(overrides: dict[str, Any], detail: str | None) -> None:
    found = _refused(wire.Change.from_json, _change_json(**overrides))
    if detail is not None:
        assert detail in found


def test_change_from_json_refuses_missing_and_unknown_keys() -> None:
    data = _change_json()
    del data["hlc"]
    assert _refused(wire.Change.from_json, data) == "change lacks hlc"
    assert "unknown key 'extra'" in _refused(wire.Change.from_json, _change_json(extra=1))
    assert _refused(wire.Change.from_json, "change") == "change must be an object"


def test_change_with_too_many_fields_is_too_large() -> None:
    hlc = "1750000000000-0000-dev1"
    fields = {f"f{i}": {"value": i, "hlc": hlc} for i in range(wire.MAX_FIELDS + 1)}
    _refused(wire.Change.from_json, _change_json(fields=fields), "sync.too_large")
    fields.pop("f0")
    assert len(wire.Change.from_json(_change_json(fields=fields)).fields) == wire.MAX_FIELDS


def test_push_request_refuses_zero_numbering_duplicates_and_big_batches() -> None:
    def push(*items: dict[str, Any]) -> dict[str, Any]:
        return {"changes": list(items), "audit_head": None}

    assert "from 1" in _refused(wire.PushRequest.from_json, push(_change_json(seq=0)))
    assert "from 1" in _refused(wire.PushRequest.from_json, push(_change_json(epoch=0)))
    twice = push(_change_json(), _change_json(entity_id="v2"))
    assert "twice" in _refused(wire.PushRequest.from_json, twice)
    many = push(*(_change_json(seq=n) for n in range(1, wire.MAX_BATCH_CHANGES + 2)))
    _refused(wire.PushRequest.from_json, many, "sync.too_large")
    bad_head = {"changes": [], "audit_head": {"seq": 0, "tag": "a" * 64}}
    assert "audit_head.seq" in _refused(wire.PushRequest.from_json, bad_head)
    bad_tag = {"changes": [], "audit_head": {"seq": 1, "tag": "A" * 64}}
    assert _refused(wire.PushRequest.from_json, bad_tag) == "tag is not valid"
    assert wire.PushRequest.from_json({"changes": [], "audit_head": None}).changes == ()


@pytest.mark.parametrize(
    "data",
    [
        {"acknowledged": {"x": 1}, "rejected": [], "highest_epoch": 0, "audit_flag": None},
        {"acknowledged": {"-1": 1}, "rejected": [], "highest_epoch": 0, "audit_flag": None},
        {"acknowledged": {"²": 1}, "rejected": [], "highest_epoch": 0, "audit_flag": None},
        {"acknowledged": {"1" * 19: 1}, "rejected": [], "highest_epoch": 0, "audit_flag": None},
        {"acknowledged": {"1": -1}, "rejected": [], "highest_epoch": 0, "audit_flag": None},
        {"acknowledged": [], "rejected": [], "highest_epoch": 0, "audit_flag": None},
        {"acknowledged": {}, "rejected": [], "highest_epoch": 0, "audit_flag": "lost"},
        {"acknowledged": {}, "rejected": {}, "highest_epoch": 0, "audit_flag": None},
        {
            "acknowledged": {},
            "rejected": [{"epoch": 1, "seq": 1, "reason": "Because!"}],
            "highest_epoch": 0,
            "audit_flag": None,
        },
        {
            "acknowledged": {},
            "rejected": [{"epoch": 0, "seq": 1, "reason": "erased"}],
            "highest_epoch": 0,
            "audit_flag": None,
        },
        {"acknowledged": {}, "rejected": [], "highest_epoch": 0},
    ],
)
def test_push_response_from_json_refuses(data: dict[str, Any]) -> None:
    _refused(wire.PushResponse.from_json, data)


def test_a_rejection_reason_from_a_newer_server_is_a_rejection_all_the_same() -> None:
    """Refusing the answer would make the desk send the batch again for ever (version skew)."""
    data = {
        "acknowledged": {"1": 1},
        "rejected": [{"epoch": 1, "seq": 1, "reason": "reason_of_a_newer_server"}],
        "highest_epoch": 1,
        "audit_flag": None,
    }
    answer = wire.PushResponse.from_json(data)
    assert answer.rejected == (wire.Rejection(1, 1, "reason_of_a_newer_server"),)
    assert wire.REJECT_PERSON_MISSING in wire.REJECT_REASONS


@pytest.mark.parametrize(
    ("data", "limit"),
    [
        ({"cursor": -1}, None),
        ({"cursor": 0, "limit": 0}, None),
        ({"cursor": 0, "limit": wire.MAX_PULL_LIMIT + 1}, None),
        ({"cursor": 0, "limit": 101}, 100),
        ({"cursor": 0, "include_own": "yes"}, None),
        ({"cursor": 0, "since": 1}, None),
        ({}, None),
    ],
)
def test_pull_request_from_json_refuses(data: dict[str, Any], limit: int | None) -> None:
    def make(value: object) -> wire.PullRequest:
        if limit is None:
            return wire.PullRequest.from_json(value)
        return wire.PullRequest.from_json(value, max_limit=limit)

    _refused(make, data)


def test_pulled_items_have_positions_from_1_and_valid_ids() -> None:
    change = _change_json(epoch=0, seq=0)
    assert wire.PulledChange.from_json({"position": 1, "change": change}).change.seq == 0
    _refused(wire.PulledChange.from_json, {"position": 0, "change": change})
    _refused(wire.ScopeRemoval.from_json, {"position": 1, "person_id": "not valid"})
    _refused(wire.Erasure.from_json, {"position": 1, "person_id": "p1", "hlc": "now"})
    page = {"changes": [], "scope_removals": [], "erasures": [], "next_cursor": 0}
    assert _refused(wire.PullResponse.from_json, page) == "pull answer lacks has_more"


@pytest.mark.parametrize(
    "data",
    [
        {"code": "x", "device_id": "d", "signing_public": "AAAA", "exchange_public": "AAAA"},
        {
            "code": "",
            "device_id": "d",
            "signing_public": "A" * 43 + "=",
            "exchange_public": "A" * 43 + "=",
        },
        {
            "code": "c" * 41,
            "device_id": "d",
            "signing_public": "A" * 43 + "=",
            "exchange_public": "A" * 43 + "=",
        },
    ],
)
def test_enrol_request_refuses_bad_keys_and_codes(data: dict[str, Any]) -> None:
    _refused(wire.EnrolRequest.from_json, data)


@given(changes())
@settings(max_examples=20, deadline=None)
def test_a_changed_type_anywhere_in_a_change_is_refused(change: wire.Change) -> None:
    data = change.to_json()
    for key in ("device_id", "epoch", "seq", "entity", "entity_id", "hlc", "fields"):
        broken = copy.deepcopy(data)
        broken[key] = [broken[key]]
        _refused(wire.Change.from_json, broken)


# --- bodies, headers, errors -----------------------------------------------------------------
def test_bodies_are_gzip_json_and_decode_checks_the_limit() -> None:
    body = wire.encode_body({"a": "å" * 1000})
    assert body[:2] == b"\x1f\x8b"
    assert wire.decode_body(body) == {"a": "å" * 1000}
    with pytest.raises(CodedError) as error:
        wire.decode_body(body, limit=100)
    assert error.value.code == "sync.too_large"


def test_protocol_headers_name_the_version_and_gzip_json() -> None:
    headers = wire.protocol_headers()
    assert headers[wire.PROTOCOL_HEADER] == str(wire.PROTOCOL_VERSION) == "1"
    assert headers["Content-Type"] == "application/json"
    assert headers["Content-Encoding"] == headers["Accept-Encoding"] == "gzip"
    assert "Authorization" not in headers


@pytest.mark.parametrize(
    ("status", "body", "code", "params"),
    [
        (
            426,
            b'{"code": "update_needed", "detail": "x", "supported": [2]}',
            "sync.update_needed",
            {},
        ),
        (426, b"", "sync.update_needed", {}),
        (401, b'{"code": "revoked", "detail": ""}', "sync.revoked", {}),
        (401, b'{"code": "unauthorized"}', "sync.unauthorized", {}),
        (403, b'{"code": "bad_code", "detail": "d"}', "sync.bad_code", {}),
        (429, b'{"code": "rate_limited", "detail": "d"}', "sync.rate_limited", {}),
        (409, b'{"code": "device_exists", "detail": "d"}', "sync.device_exists", {}),
        (413, b'{"code": "too_large", "detail": "d"}', "sync.too_large", {"size": 0, "limit": 0}),
        (
            400,
            b'{"code": "bad_payload", "detail": "d"}',
            "sync.refused",
            {"status": 400, "error": "bad_payload"},
        ),
        (502, b"<html>bad gateway</html>", "sync.refused", {"status": 502, "error": "internal"}),
        (400, b'{"detail": "no code"}', "sync.refused", {"status": 400, "error": "bad_payload"}),
        (503, b'{"code": "busy", "detail": "d"}', "sync.refused", {"status": 503, "error": "busy"}),
    ],
)
def test_error_from_response(status: int, body: bytes, code: str, params: dict[str, Any]) -> None:
    error = wire.error_from_response(status, body)
    assert error.code == code
    for key, value in params.items():
        assert error.params[key] == value
