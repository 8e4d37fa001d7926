from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.errors import DeskError
from entryhub_desk.security.recovery import (
    ALPHABET,
    CHECK_SYMBOLS,
    GROUP_LENGTH,
    GROUPS,
    SECRET_BITS,
    SECRET_BYTES,
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)

secrets = st.integers(min_value=0, max_value=2**SECRET_BITS - 1).map(
    lambda v: v.to_bytes(SECRET_BYTES, "big")
)
_SHAPE = re.compile(r"^([0-9A-HJKMNP-TV-Z]{5}[0-9A-HJKMNP-TV-Z*~$=U])(-[0-9A-HJKMNP-TV-Z]{5}.){5}$")


def test_new_secret_has_150_bits() -> None:
    secret = new_recovery_secret()
    assert len(secret) == SECRET_BYTES == 19
    assert int.from_bytes(secret, "big") < 2**150
    assert new_recovery_secret() != secret
    assert SECRET_BITS >= 128


def test_written_form() -> None:
    text = format_recovery_key(new_recovery_secret())
    assert _SHAPE.match(text), text
    assert len(text.split("-")) == GROUPS
    assert all(len(group) == GROUP_LENGTH + 1 for group in text.split("-"))


def test_known_value() -> None:
    assert format_recovery_key(bytes(19)) == "-".join(["000000"] * 6)
    # group value 1 → check symbol "1"; value 36 → "U"
    text = format_recovery_key((1).to_bytes(19, "big"))
    assert text.endswith("-000011")
    assert parse_recovery_key(text) == (1).to_bytes(19, "big")
    assert format_recovery_key((36).to_bytes(19, "big")).endswith("-00014U")


def test_format_refuses_wrong_secret() -> None:
    with pytest.raises(ValueError):
        format_recovery_key(b"\x00" * 18)
    with pytest.raises(ValueError):
        format_recovery_key(b"\xff" * 19)


@given(secrets)
def test_round_trip(secret: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(secret)) == secret


@given(secrets, st.data())
def test_typed_variants_are_accepted(secret: bytes, data: st.DataObject) -> None:
    text = format_recovery_key(secret)
    variant = text.lower() if data.draw(st.booleans()) else text
    variant = variant.replace("-", data.draw(st.sampled_from(["", " ", "  ", "-", " - "])))
    variant = variant.replace("0", data.draw(st.sampled_from(["0", "O", "o"])))
    variant = variant.replace("1", data.draw(st.sampled_from(["1", "I", "i", "L", "l"])))
    assert parse_recovery_key(f"  {variant}\n") == secret


@given(secrets, st.integers(0, GROUPS - 1), st.integers(0, GROUP_LENGTH), st.data())
def test_a_wrong_character_names_its_group(
    secret: bytes, group: int, position: int, data: st.DataObject
) -> None:
    groups = format_recovery_key(secret).split("-")
    original = groups[group][position]
    pool = ALPHABET if position < GROUP_LENGTH else CHECK_SYMBOLS
    typo = data.draw(st.sampled_from([c for c in pool if c != original]))
    groups[group] = groups[group][:position] + typo + groups[group][position + 1 :]
    with pytest.raises(DeskError) as caught:
        parse_recovery_key("-".join(groups))
    assert caught.value.code == "recovery.bad_check"
    assert caught.value.params == {"group": group + 1}


@given(secrets, st.integers(0, GROUPS - 1), st.integers(0, GROUP_LENGTH - 1))
def test_swapped_neighbours_are_caught(secret: bytes, group: int, position: int) -> None:
    groups = format_recovery_key(secret).split("-")
    chars = list(groups[group])
    if chars[position] == chars[position + 1]:
        return
    chars[position], chars[position + 1] = chars[position + 1], chars[position]
    groups[group] = "".join(chars)
    with pytest.raises(DeskError) as caught:
        parse_recovery_key("-".join(groups))
    assert caught.value.code == "recovery.bad_check"
    assert caught.value.params["group"] == group + 1


def test_check_symbol_in_data_position_is_a_typo() -> None:
    groups = format_recovery_key(new_recovery_secret()).split("-")
    groups[2] = "U" + groups[2][1:]
    with pytest.raises(DeskError) as caught:
        parse_recovery_key("-".join(groups))
    assert caught.value.params["group"] == 3


@pytest.mark.parametrize("text", ["", "ABC", "000000-000000", "0" * 37, "0" * 35])
def test_wrong_length_is_bad_format(text: str) -> None:
    with pytest.raises(DeskError) as caught:
        parse_recovery_key(text)
    assert caught.value.code == "recovery.bad_format"
    assert caught.value.params == {"groups": 6, "length": 6}
    assert "6 groups of 6" in caught.value.english()
