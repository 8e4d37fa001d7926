"""Fast paths of the domain checks give the answers of the slow ones: a phone already in E.164
is checked without parsing it (domain/person.py), and text is searched for refused characters
with one pattern (domain/validate.py)."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from entryhub_desk.domain.person import _parsed_phone, e164_parts, normalise_phone
from entryhub_desk.errors import DeskError


def _answer(function, value: str) -> str:  # type: ignore[no-untyped-def]
    try:
        return str(function(value))
    except DeskError as error:
        return f"refused {error.code}"


def _numbers() -> list[str]:
    """Every region's example numbers of every type in E.164, each also with a digit
    changed, one more and one less, and random digits after a plus."""
    rng = random.Random(12)
    found: list[str] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.TOLL_FREE,
            phonenumbers.PhoneNumberType.VOIP,
        ):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            at = rng.randrange(2, len(e164))
            found += [
                e164,
                e164[:at] + str(rng.randrange(10)) + e164[at + 1 :],
                e164 + str(rng.randrange(10)),
                e164[:-1],
                e164[:at] + "0" + e164[at:],  # a national prefix kept after the country code
            ]
    found += ["+" + str(rng.randrange(1, 10)) + str(rng.randrange(10**14)) for _ in range(2000)]
    found += ["+3906123456", "+39312345678", "+5491123456789", "+54111523456789", "+1"]
    return found


def test_a_number_in_e164_gets_the_answer_parsing_gives() -> None:
    numbers = _numbers()
    assert len(numbers) > 3000
    answers = [
        (_answer(normalise_phone, n), _answer(lambda v: _parsed_phone(v, "SE"), n)) for n in numbers
    ]
    differ = [(n, a) for n, a in zip(numbers, answers, strict=True) if a[0] != a[1]]
    assert differ == []
    accepted = sum(1 for fast, _ in answers if not fast.startswith("refused"))
    assert accepted > 500  # the examples themselves


@pytest.mark.parametrize("value", ["+46701234567", "+4670123456", "+46 70 123 45 67", "0701234567"])
def test_swedish_numbers_as_before(value: str) -> None:
    assert _answer(normalise_phone, value) == _answer(lambda v: _parsed_phone(v, "SE"), value)


def test_refused_characters_are_the_control_and_surrogate_categories() -> None:
    """validate.text refuses by one pattern what it refused by category lookups."""
    import sys
    import unicodedata

    from entryhub_desk.domain.validate import _REFUSED, _REFUSED_CHARS

    by_category = [
        c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(c) in _REFUSED
    ]
    by_pattern = [c for c in map(chr, range(sys.maxunicode + 1)) if _REFUSED_CHARS.fullmatch(c)]
    assert by_pattern == by_category and len(by_category) == 65 + 2048


def test_a_stored_number_gets_the_national_number_parsing_gives() -> None:
    """national_number reads a number the person check accepted from its parts (no second
    parse): the same (national number, region) as parsing, for every number above."""
    from entryhub_desk.search.phone import national_number

    def parsed(value: str) -> tuple[str, str] | None:
        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException:
            return None
        nsn = phonenumbers.national_significant_number(number)
        return (nsn, phonenumbers.region_code_for_number(number) or "") if nsn else None

    numbers = _numbers()
    for value in numbers:  # the person check first, as a stored phone had it
        _answer(normalise_phone, value)
    differ = [(n, parsed(n)) for n in numbers if national_number(n) != parsed(n)]
    assert differ == []
    known = sum(1 for n in numbers if e164_parts(n) is not None)
    assert known > 500  # the fast path was taken
