"""A change's fields are checked whole even where the decoder takes shortcuts (a clock shared
by the fields is checked once, a field name seen before is not matched again)."""

from __future__ import annotations

from typing import Any

import pytest

from entryhub_wire import wire

_HLC = "1790000000000-0002-01a250b0-39f5-7344-a875-8946e9cd3107"


def _change(fields: Any) -> dict[str, Any]:
    return {
        "device_id": "01a250b0-39f5-7344-a875-8946e9cd3107",
        "epoch": 1,
        "seq": 1,
        "entity": "person",
        "entity_id": "01a250b0-820a-7c05-b26a-a243d4a4738f",
        "person_id": "01a250b0-820a-7c05-b26a-a243d4a4738f",
        "hlc": _HLC,
        "fields": fields,
    }


@pytest.mark.parametrize(
    "fields",
    [
        {"given_name": {"value": "A", "hlc": ""}},
        {"given_name": {"value": "A", "hlc": _HLC}, "family_name": {"value": "B", "hlc": "x"}},
        {"given_name": {"value": "A", "hlc": _HLC}, "family_name": {"value": "B", "hlc": 7}},
        {"given_name": {"value": "A", "hlc": _HLC}, "family_name": {"value": "B"}},
        {"given_name": {"value": "A", "hlc": _HLC, "extra": 1}},
        {"given_name": ["A", _HLC]},
        {"given_name": {"value": "A", "hlc": _HLC}, "Bad Name": {"value": "B", "hlc": _HLC}},
        {"given_name": {"value": float("nan"), "hlc": _HLC}},
        {"given_name": {"value": {"deep": [float("inf")]}, "hlc": _HLC}},
    ],
)
def test_every_field_is_checked(fields: Any) -> None:
    wire.Change.from_json(_change({"languages": {"value": ["sv"], "hlc": _HLC}}))  # names seen
    with pytest.raises(wire.CodedError):
        wire.Change.from_json(_change(fields))


def test_fields_sharing_a_clock_decode_as_written() -> None:
    fields = {
        "given_name": {"value": "A", "hlc": _HLC},
        "languages": {"value": ["sv", "ar"], "hlc": _HLC},
        "birth_year": {"value": 1990, "hlc": _HLC.replace("-0002-", "-0001-")},
        "phone": {"value": None, "hlc": _HLC},
    }
    change = wire.Change.from_json(_change(fields))
    assert {n: (f.value, f.hlc) for n, f in change.fields.items()} == {
        n: (f["value"], f["hlc"]) for n, f in fields.items()
    }
