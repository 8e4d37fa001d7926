"""The wire format's encoding and strict validation helpers (entryhub_wire/codec.py)."""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entryhub_wire import codec
from entryhub_wire.errors import CodedError

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**62), max_value=2**62)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _detail(error: pytest.ExceptionInfo[CodedError]) -> str:
    return str(error.value.params.get("detail", ""))


# --- bodies --------------------------------------------------------------------------------
@given(st.dictionaries(st.text(max_size=10), json_values, max_size=6))
@settings(max_examples=60, deadline=None)
def test_dumps_compress_round_trip(data: dict[str, Any]) -> None:
    raw = codec.dumps(data)
    assert codec.loads(codec.decompress(codec.compress(raw), limit=len(raw))) == data
    assert codec.dumps(dict(reversed(list(data.items())))) == raw  # keys sorted: same bytes


def test_dumps_is_compact_utf8_and_compress_is_deterministic() -> None:
    raw = codec.dumps({"b": 1, "a": "Umeå"})
    assert raw == '{"a":"Umeå","b":1}'.encode()
    assert codec.compress(raw) == codec.compress(raw)  # mtime=0


def test_decompress_refuses_more_than_the_limit_early() -> None:
    bomb = gzip.compress(b"0" * 10_000_000)
    with pytest.raises(CodedError) as error:
        codec.decompress(bomb, limit=1000)
    assert error.value.code == "sync.too_large" and error.value.params["limit"] == 1000
    assert codec.decompress(gzip.compress(b"x" * 1000), limit=1000) == b"x" * 1000


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not gzip at all",
        gzip.compress(b"{}")[:-4],  # cut short
        gzip.compress(b"{}") + gzip.compress(b"{}"),  # two members
        gzip.compress(b"{}") + b"trailing",
        zlib.compress(b"{}"),  # zlib, not gzip
    ],
    # named: gzip stamps the time into its header, so ids made of the bytes differ between
    # pytest-xdist's workers (which must collect the same tests)
    ids=["empty", "not-gzip", "cut-short", "two-members", "trailing", "zlib"],
)
def test_decompress_refuses_what_is_not_one_gzip_stream(data: bytes) -> None:
    with pytest.raises(CodedError) as error:
        codec.decompress(data, limit=1000)
    assert error.value.code == "sync.bad_payload"


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"\xff\xfe", "not JSON"),
        (b"{", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'"text"', "not a JSON object"),
        (b'{"a": NaN}', "NaN is not JSON"),
        (b'{"a": Infinity}', "Infinity is not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),  # too deep for the parser
    ],
)
def test_loads_refuses_what_is_not_a_json_object(data: bytes, detail: str) -> None:
    with pytest.raises(CodedError) as error:
        codec.loads(data)
    assert error.value.code == "sync.bad_payload" and _detail(error) == detail


# --- validation helpers ------------------------------------------------------------------
def test_want_obj_names_the_missing_and_the_unknown_key() -> None:
    assert codec.want_obj({"a": 1, "b": 2}, "x", {"a"}, {"b"}) == {"a": 1, "b": 2}
    with pytest.raises(CodedError) as error:
        codec.want_obj({"b": 1}, "thing", {"a"})
    assert _detail(error) == "thing lacks a"
    with pytest.raises(CodedError) as error:
        codec.want_obj({"a": 1, "zz": 2}, "thing", {"a"})
    assert _detail(error) == "thing has unknown key 'zz'"
    with pytest.raises(CodedError) as error:
        codec.want_obj([], "thing", set())
    assert _detail(error) == "thing must be an object"
    with pytest.raises(CodedError) as error:  # a long unknown key does not make a long detail
        codec.want_obj({"k" * 1000: 1}, "thing", set())
    assert len(_detail(error)) <= 200


@pytest.mark.parametrize("value", [True, False, 1.0, "1", None, -1, 2**62 + 1])
def test_want_int_refuses_bools_floats_text_and_out_of_range(value: object) -> None:
    with pytest.raises(CodedError):
        codec.want_int(value, "n")


def test_want_int_bounds_are_inclusive() -> None:
    assert codec.want_int(0, "n") == 0 and codec.want_int(2**62, "n") == 2**62
    assert codec.want_int(5, "n", 5, 5) == 5
    with pytest.raises(CodedError):
        codec.want_int(4, "n", 5, 10)


def test_want_bool_and_want_text() -> None:
    assert codec.want_bool(False, "b") is False
    with pytest.raises(CodedError):
        codec.want_bool(0, "b")
    assert codec.want_text("x" * 200, "t") == "x" * 200
    assert codec.want_text("", "t", empty=True) == ""
    for bad in ("x" * 201, "", "   ", 5, None):
        with pytest.raises(CodedError):
            codec.want_text(bad, "t")


@pytest.mark.parametrize(
    "value",
    [
        "0193b6a0-7c1e-7000-8000-000000000000",
        "a",
        "A_b-9",
        "x" * 64,
    ],
)
def test_record_id_accepts(value: str) -> None:
    assert codec.record_id(value) == value


@pytest.mark.parametrize(
    "value", ["", "-a", "_a", "x" * 65, "a b", "å", "a\n", "١٢٣", 12, None, ["a"]]
)
def test_record_id_refuses(value: object) -> None:
    with pytest.raises(CodedError) as error:
        codec.record_id(value, "person_id")
    assert _detail(error) == "person_id is not valid"


def test_hlc_text_is_ascii_digits_counter_and_device() -> None:
    good = "1750000000000-0000-device1"
    assert codec.hlc_text(good) == good
    for bad in (
        "175000000000-0000-d",  # 12 digits
        "1750000000000-000-d",
        "1750000000000-0000-",
        "1750000000000-0000-d\n",
        "١٧٥٠٠٠٠٠٠٠٠٠٠-0000-d",  # Arabic-Indic digits: \d alone would take them
        "1750000000000-٠٠٠٠-d",
        "𝟏𝟕𝟓𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎-0000-d",
    ):
        with pytest.raises(CodedError):
            codec.hlc_text(bad)


def test_want_key_is_32_bytes_of_strict_base64() -> None:
    raw = bytes(range(32))
    assert codec.want_key(codec.b64(raw), "k") == raw
    for bad in (
        codec.b64(raw[:31]),
        codec.b64(raw + b"\0"),
        codec.b64(raw)[:-1],
        "!" * 44,
        codec.b64(raw).replace("A", "-"),
        "A" * 65,
        32,
    ):
        with pytest.raises(CodedError):
            codec.want_key(bad, "k")


@given(json_values)
@settings(max_examples=60, deadline=None)
def test_want_json_keeps_every_json_value(value: Any) -> None:
    assert codec.want_json(value, "v") == value


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), -float("inf"), b"bytes", {1, 2}, (1, 2), object()]
)
def test_want_json_refuses_what_json_cannot_carry(value: object) -> None:
    with pytest.raises(CodedError):
        codec.want_json(value, "v")
    with pytest.raises(CodedError):
        codec.want_json([1, {"a": value}], "v")


def test_want_json_refuses_deep_nesting() -> None:
    value: Any = 1
    for _ in range(8):
        value = [value]
    assert codec.want_json(value, "v") == value  # eight levels of nesting are allowed
    with pytest.raises(CodedError) as error:
        codec.want_json([value], "v")
    assert _detail(error) == "v is nested too deeply"
    assert codec.want_json(json.loads('{"a": {"b": [1]}}'), "v") == {"a": {"b": [1]}}


def test_want_list_caps_the_length_as_too_large() -> None:
    assert codec.want_list([1, 2], "l", 2) == [1, 2]
    with pytest.raises(CodedError) as error:
        codec.want_list([1, 2, 3], "l", 2)
    assert error.value.code == "sync.too_large"
    with pytest.raises(CodedError) as error:
        codec.want_list({"a": 1}, "l", 2)
    assert error.value.code == "sync.bad_payload"


def test_b64_is_standard_base64() -> None:
    assert codec.b64(b"\xfb\xff") == base64.b64encode(b"\xfb\xff").decode() == "+/8="
