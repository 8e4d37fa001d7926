"""The CV's number formatting (cv/pdfnum) writes what reportlab's ``fp_str`` writes."""

from __future__ import annotations

import math
import random

from entryhub_desk.cv import pdfnum


def _numbers() -> list[float]:
    values: list[float] = [0, 1, -1, 0.5, -0.5, 1e-7, 1.1e-7, -1.1e-7, 595.2756, 841.8898]
    values += [True, 12345678, -260, 1000.0001234, 999.9999999, 0.99999999]
    for power in range(-9, 10):  # where the number of decimals changes
        edge = 10.0**power
        values += [edge, -edge, math.nextafter(edge, 0), math.nextafter(edge, math.inf)]
    pick = random.Random(15)
    for _ in range(20_000):
        value = pick.choice((1, -1)) * 10 ** pick.uniform(-9, 8)
        values += [value, round(value, pick.randint(0, 8)), pick.randint(-99_999, 99_999)]
    return values


def test_every_number_is_written_as_reportlab_writes_it() -> None:
    wrong = [v for v in _numbers() if pdfnum.fp_str(v) != pdfnum.REPORTLAB(v)]
    assert wrong == []


def test_several_numbers_and_sequences_are_joined_as_reportlab_joins_them() -> None:
    for args in ((1, 2.5, -3.25), ([0.1, 20],), ((7,),), ([],), ()):
        assert pdfnum.fp_str(*args) == pdfnum.REPORTLAB(*args)


def test_a_number_written_again_is_the_text_kept_for_it_and_still_reportlabs() -> None:
    values = [0.1 * n + 0.123456789 for n in range(300)] + [595.2756, -0.5, 1e-8, 1000.0]
    first = [pdfnum.number(v) for v in values]
    kept = [pdfnum._WRITTEN.get(v) for v in values]
    again = [pdfnum.number(v) for v in values]
    assert kept == first == again == [pdfnum.REPORTLAB(v) for v in values]
