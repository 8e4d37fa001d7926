"""The JSON schemas generated from the message declarations (entryhub_wire/declare.py).

The server publishes them (its OpenAPI document); they must never refuse what ``from_json``
takes: every sample, and every sample broken in one place that ``from_json`` still takes,
validates. What the schema cannot say (a person change naming itself, unique numbering in a
batch, text that is only blanks) only ``from_json`` refuses.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from entryhub_wire import wire
from entryhub_wire.declare import Message, json_schemas
from entryhub_wire.errors import CodedError
from tests.wire.samples import broken, samples

SAMPLES = samples(wire)
DOCUMENT = {"$defs": json_schemas(wire.MESSAGE_TYPES.values(), prefix="#/$defs/")}


@cache
def _validator(cls: type[Message]) -> Draft202012Validator:
    Draft202012Validator.check_schema(DOCUMENT)
    return Draft202012Validator({**DOCUMENT, "$ref": f"#/$defs/{cls.__name__}"})


def _takes(cls: type[Message], data: Any) -> bool:
    try:
        cls.from_json(data)
    except CodedError:
        return False
    return True


@pytest.mark.parametrize(("name", "message"), SAMPLES, ids=[name for name, _ in SAMPLES])
def test_every_sample_validates_and_whatever_from_json_takes_does(
    name: str, message: Message
) -> None:
    cls = type(message)
    validator = _validator(cls)
    data = message.to_json()
    assert not list(validator.iter_errors(data))
    refused = 0
    for payload in broken(data):
        if _takes(cls, payload):
            assert not list(validator.iter_errors(payload)), payload
        elif not validator.is_valid(payload):
            refused += 1
    assert refused > 0  # the schema refuses something too


def test_every_declared_message_has_a_schema_and_inline_ones_stand_alone() -> None:
    assert (
        set(DOCUMENT["$defs"])
        == set(wire.MESSAGE_TYPES)
        >= {name.split(":")[0] for name, _ in SAMPLES}
    )
    change = wire.Change.json_schema()
    assert change["properties"]["fields"]["additionalProperties"]["title"] == "FieldValue"
    push = wire.PushRequest.json_schema()
    assert push["properties"]["changes"]["maxItems"] == wire.MAX_BATCH_CHANGES
    assert push["required"] == ["changes", "audit_head"]
    pull = wire.PullRequest.json_schema()
    assert pull["required"] == ["cursor"]
    assert pull["properties"]["limit"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": wire.MAX_PULL_LIMIT,
        "default": wire.DEFAULT_PULL_LIMIT,
    }
    enrol = wire.EnrolRequest.json_schema()
    assert "proof" not in enrol["required"]
    assert _validator(wire.EnrolRequest).is_valid({**enrol_sample(), "proof": None})


def enrol_sample() -> dict[str, Any]:
    data: dict[str, Any] = dict(SAMPLES)["EnrolRequest"].to_json()
    return data


def test_the_schema_refuses_what_the_declaration_refuses() -> None:
    validator = _validator(wire.Change)
    change = dict(SAMPLES)["Change"].to_json()
    for key, wrong in (
        ("epoch", -1),
        ("epoch", True),
        ("entity", "Visit"),
        ("hlc", "yesterday"),
        ("fields", {}),
        ("person_id", ""),
        ("unknown", 1),
    ):
        assert not validator.is_valid({**change, key: wrong}), key
    assert not _validator(wire.EnrolRequest).is_valid({**enrol_sample(), "proof": "AAAA"})
