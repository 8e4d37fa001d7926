"""The declaration machinery (entryhub_wire/declare.py, specs.py) on messages made here."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Annotated

import pytest
from jsonschema import Draft202012Validator

from entryhub_wire import wire
from entryhub_wire.declare import OMIT_DEFAULT, OPTIONAL, Message, json_schemas, message
from entryhub_wire.errors import CodedError
from entryhub_wire.specs import Bytes, Choice, Int, ListOf, Text


@message("probe")
@dataclass(frozen=True)
class Probe(Message):
    """A message of every rule the sync messages use rarely."""

    colour: Annotated[str, Choice(frozenset({"red", "blue"}), "unknown colour")]
    counts: Annotated[tuple[int, ...], ListOf(Int(1, 9, what="count"), 3)]
    blob: Annotated[bytes, Bytes(31)]
    label: Annotated[str | None, Text(5), OPTIONAL] = "x"
    extra: Annotated[tuple[int, ...], ListOf(Int(), 2), OMIT_DEFAULT] = ()

    def _check(self) -> None:
        if sum(self.counts) > 20:
            raise wire.bad("counts add up to more than 20")


def _refusal(data: object) -> str:
    with pytest.raises(CodedError) as error:
        Probe.from_json(data)
    return str(error.value.params.get("detail"))


def test_round_trip_defaults_and_left_out_keys() -> None:
    probe = Probe("red", (1, 2), b"\0" * 31)
    data = probe.to_json()
    assert data == {
        "colour": "red",
        "counts": [1, 2],
        "blob": base64.b64encode(b"\0" * 31).decode(),
        "label": "x",
    }
    assert Probe.from_json(data) == probe
    del data["label"]
    assert Probe.from_json(data) == probe
    full = Probe("blue", (), b"\1" * 31, None, (5,))
    assert full.to_json()["extra"] == [5] and full.to_json()["label"] is None
    assert Probe.from_json(full.to_json()) == full


def test_refusals_name_the_value() -> None:
    good = Probe("red", (1,), b"\0" * 31).to_json()
    assert _refusal({**good, "colour": ["red"]}) == "unknown colour"
    assert _refusal({**good, "counts": [1, 10]}) == "count must be an integer from 1 to 9"
    assert _refusal({**good, "counts": [9, 9, 9]}) == "counts add up to more than 20"
    assert _refusal({**good, "blob": base64.b64encode(b"\0" * 32).decode()}).endswith("31 bytes")
    assert _refusal({**good, "label": "toolong"}).startswith("label must be text")
    assert _refusal({**good, "extra": "x"}) == "extra must be a list"
    with pytest.raises(CodedError) as error:
        Probe.from_json({**good, "counts": [1, 1, 1, 1]})
    assert error.value.code == "sync.too_large"


@pytest.mark.parametrize("size", [30, 31, 32, 33, 64])
def test_the_base64_pattern_takes_exactly_that_many_bytes(size: int) -> None:
    pattern = Draft202012Validator(Bytes(size).schema(lambda cls: {}))
    assert pattern.is_valid(base64.b64encode(b"\xfe" * size).decode())
    for other in (size - 1, size + 1):
        assert not pattern.is_valid(base64.b64encode(b"\xfe" * other).decode())


def test_the_schema_of_a_made_message() -> None:
    schema = json_schemas([Probe])["Probe"]
    assert schema["required"] == ["colour", "counts", "blob"]
    assert schema["description"].startswith("A message of every rule")
    assert schema["properties"]["label"]["default"] == "x"
    assert schema["properties"]["colour"] == {"type": "string", "enum": ["blue", "red"]}
    validator = Draft202012Validator(schema)
    assert validator.is_valid(Probe("red", (1,), b"\0" * 31, None, (2,)).to_json())
    assert not validator.is_valid({**Probe("red", (1,), b"\0" * 31).to_json(), "more": 1})


def test_a_declaration_that_says_too_little_is_refused_at_import() -> None:
    with pytest.raises(TypeError, match="declare its wire rule"):

        @message("vague")
        @dataclass(frozen=True)
        class Vague(Message):
            name: str

    with pytest.raises(TypeError, match="needs a default"):

        @message("no default")
        @dataclass(frozen=True)
        class NoDefault(Message):
            count: Annotated[int, OPTIONAL]


def test_error_body_carries_the_supported_versions_of_a_426() -> None:
    body = {"code": "update_needed", "detail": "update", "supported": [1, 2]}
    error = wire.ErrorBody.from_json(body)
    assert error.supported == (1, 2) and error.to_json() == body
    assert wire.ErrorBody("busy").to_json() == {"code": "busy", "detail": ""}
    with pytest.raises(CodedError):
        wire.ErrorBody.from_json({**body, "supported": ["1"]})
