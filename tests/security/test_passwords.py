from __future__ import annotations

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.security.common_passwords import COMMON_PASSWORDS
from entryhub_desk.security.passwords import (
    MIN_LENGTH,
    check_password,
    effective_length,
    is_common,
    strength,
)

GOOD = [
    "correct horse battery staple",
    "Tv7#kq9!Lm2x",
    "sunflowers7 blue",
    "Kaffe och kanel 42",
    "Lindgren-Vasa-1978",
    "ግሩም ቡና በጠዋት 7",
    "مرحبا بالجميع ٢٠٢٤ في",
]


@pytest.mark.parametrize("password", GOOD)
def test_good_passwords_pass(password: str) -> None:
    check_password(password, name="Amina Yusuf")
    assert strength(password) >= 2


def _code(password: str, name: str = "Amina Yusuf") -> str:
    with pytest.raises(DeskError) as caught:
        check_password(password, name=name)
    return caught.value.code


@pytest.mark.parametrize("password", ["", "short", "Tv7#kq9!L", "123456789"])
def test_too_short(password: str) -> None:
    assert _code(password) == "password.too_short"
    with pytest.raises(DeskError) as caught:
        check_password(password, name="x")
    assert caught.value.params == {"minimum": MIN_LENGTH}


@pytest.mark.parametrize(
    "password",
    [
        "1234567890",
        "qwertyuiop",
        "Password2024!",
        "P@ssw0rd12345",
        "!!Welcome123!!",
        "iloveyou12345",
        "LÖSENORD2024",
        "sommar2025!!",
        "dragondragon",
        "Stockholm123",
        "Entryhub2024",
    ],
)
def test_too_common(password: str) -> None:
    assert _code(password) == "password.too_common"


def test_common_list_is_a_few_hundred_lower_case_entries() -> None:
    assert len(COMMON_PASSWORDS) >= 300
    assert all(entry == entry.casefold() for entry in COMMON_PASSWORDS)
    assert len(set(COMMON_PASSWORDS)) == len(COMMON_PASSWORDS)


@pytest.mark.parametrize(
    ("password", "name"),
    [
        ("amina-rules-9x", "Amina Yusuf"),
        ("Xq7!YUSUF-blue", "Amina Yusuf"),
        ("my name is aminayusuf", "Amina Yusuf"),
        ("4m1n4 is great", "Amina"),
        ("BERGSTRÖM-Kq7x", "Bergström"),
    ],
)
def test_contains_name(password: str, name: str) -> None:
    assert _code(password, name) == "password.contains_name"


def test_short_name_parts_are_not_checked() -> None:
    check_password("Tv7#kq9!Lm2x-Li", name="Li Wu")


@pytest.mark.parametrize(
    "password",
    [
        "zzzzzzzzzzzz",
        "abababababab",
        "abcdefghijkl",
        "bcdefghijkl1",
        "98765432109876",
        "sunflowerss",
        "8302751946",
        "xyzxyzxyzxyz",
        "wsxedcwsxedc",
    ],
)
def test_too_simple(password: str) -> None:
    assert _code(password) == "password.too_simple"


def test_order_of_checks() -> None:
    assert _code("amina") == "password.too_short"
    assert _code("password123", name="password") == "password.too_common"


def test_effective_length_counts_runs_once() -> None:
    assert effective_length("") == 0
    assert effective_length("abcdef") == 1
    assert effective_length("aaaa") == 1
    assert effective_length("qwerty") == 1
    assert effective_length("a1b2") == 4


def test_is_common_sees_through_decoration() -> None:
    assert is_common("  PASSWORD ")
    assert is_common("$h@d0w!!")
    assert not is_common("violin crater")


def test_strength_scale() -> None:
    assert strength("") == 0
    assert strength("password") == 0
    assert strength("Password2024!") == 0
    assert strength("abcdefghijkl") <= 1
    assert strength("xK9") <= 1
    assert 2 <= strength("sunflowers7 blue") <= 4
    assert strength("correct horse battery staple") == 4
    assert strength("Tv7#kq9!Lm2x") >= 3
    assert all(0 <= strength(p) <= 4 for p in GOOD)
