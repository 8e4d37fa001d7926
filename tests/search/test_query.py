"""Reading a typed query: digits of other scripts are read as ASCII digits."""

from __future__ import annotations

import pytest

from entryhub_desk.search.query import ascii_digits, parse


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("٠٧٠١٢٣٤٥٦٧", "0701234567"),  # Arabic-Indic
        ("۰۷۰۱۲۳", "070123"),  # Persian
        ("０７０", "070"),  # fullwidth
        ("०९", "09"),  # Devanagari
        ("محمد ١٩٨٥", "محمد 1985"),
        ("Mohamed Ali", "Mohamed Ali"),
        ("x\u00b2", "x\u00b2"),  # a superscript is no decimal digit
    ],
)
def test_ascii_digits(typed: str, read: str) -> None:
    assert ascii_digits(typed) == read


def test_a_phone_in_arabic_indic_digits_reads_as_the_same_number() -> None:
    assert parse("٠٧٠-١٢٣ ٤٥ ٦٧").phone == (parse("070-123 45 67").phone)
    assert parse("+٩٦٣ ٩٤٤ ١٢٣").phone == (parse("+963 944 123").phone)


def test_a_year_in_persian_digits_filters_by_birth_year() -> None:
    read = parse("Zahra Ahmadi ۱۳۶۹")  # a Solar Hijri year (1369) is not read as one
    assert read.year is None
    read = parse("Zahra Ahmadi ۱۹۹۰")
    assert read.year == 1990
    assert [w.plain for w in read.words] == ["zahra", "ahmadi"]


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("Amina Hassan \U0001f338", ["amina", "hassan"]),  # cherry blossom
        ("Amina \U0001f44b\U0001f3fd Hassan", ["amina", "hassan"]),  # a hand with a skin tone
        ("Amina Hassan \U0001f1f8\U0001f1f4", ["amina", "hassan"]),  # a flag
        ("Ali \u2605 Hassan \u00a9", ["ali", "hassan"]),
        ("N\u00b4Diaye", ["ndiaye"]),  # an accent mark is no pictograph
        ("\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627", ["mhmdrd"]),  # Persian ZWNJ kept
    ],
)
def test_pictographs_are_no_name_words(typed: str, words: list[str]) -> None:
    assert [w.plain for w in parse(typed).words] == words


@pytest.mark.parametrize(
    ("typed", "words", "year"),
    [
        ("Osman, Mohamed", ["mohamed", "osman"], None),
        ("Bashir Osman, Mohamed", ["mohamed", "bashir", "osman"], None),
        ("Osman, Mohamed, 1987", ["mohamed", "osman"], 1987),
        ("Osman, Mohamed 1987", ["mohamed", "osman"], 1987),
        ("Maryam Ahmadi, 1995", ["maryam", "ahmadi"], 1995),  # a name and a year
        ("Mohamed, Ali, Hassan", ["mohamed", "ali", "hassan"], None),  # no single comma
        ("Osman,", ["osman"], None),
    ],
)
def test_a_family_name_before_a_comma_is_read_after_the_given_name(
    typed: str, words: list[str], year: int | None
) -> None:
    read = parse(typed)
    assert ([w.plain for w in read.words], read.year) == (words, year)
