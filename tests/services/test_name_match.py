"""Comparing two written names word by word (for the likely-duplicate check)."""

from __future__ import annotations

import pytest

from entryhub_desk.services.name_match import SAME, SIMILAR, compare_names, one_edit


@pytest.mark.parametrize(
    ("a", "b", "outcome"),
    [
        (("Maxamed", "Cali Xasan", None), ("Mohamed", "Ali Hassan", None), SAME),
        (("ዮሃንስ", "ተስፋይ", None), ("Yohannes", "Tesfay", None), SAME),  # Ethiopic
        (("x", "", "محمد علي"), ("Mohamed", "Ali", None), SAME),  # only the original script
        (("Abdul Rahman", "Khalil", None), ("Abdulrahman", "Khalil", None), SAME),
        (("Mohamed", "Ali", None), ("Mohamed", "Ali Hassan Warsame", None), SAME),  # a chain
        (("Girmay", "Yemane", None), ("Girmay", "Berhe Yemane", None), SAME),  # a registrar
        (("Selam", "Habtemariam", None), ("Selam", "Habte Mariam", None), SAME),
        (("Zabih", "Ullah Noori", None), ("Zabihullah", "Noori", None), SAME),
        (("Mohammadreza", "Karimi", None), ("Mohammad Reza", "Karimi", None), SAME),
        (("Zabih", "Ullah Noori", None), ("Habibullah", "Noori", None), None),
        (("Mohamed", "Ali Omar", None), ("Mohamed", "Ali Hassan", None), SIMILAR),
        (("Mohamed", "", None), ("Mohamed", "Ali", None), SIMILAR),
        (("Ahmad", "Haidari Ahmadi", None), ("Hossein", "Haidari Ahmadi", None), None),
        (("Nasrin", "Noori Wardak", None), ("Nasrin", "Safi Wardak", None), None),
        (("Dawit", "Medhin Tekle", None), ("Dawit", "Tekle Medhin", None), None),
        (("Ali", "Ahmed", None), ("Ahmed", "Ali", None), None),
        (("Abdullah", "Khalil", None), ("Abdulrahman", "Khalil", None), None),
        # an Abd compound typed across the two fields is read as one name
        (("Abdul", "Rahman Hamdan", None), ("Abdulrahman", "Hamdan", None), SAME),
        (("Abdel", "Nasser Qasim", None), ("Abdulnasser", "Kassem", None), SAME),
        (("Abdel", "Nasser Qasim", None), ("Nasser", "Kassem", None), None),
        (("Abdel", "Hakim Mansouri", None), ("Hakim", "Mansouri", None), None),
        (("Abdel", "Kader Cherif", None), ("Abdelkarim", "Cherif", None), None),
        (("Abd", "Elrahman Osman", None), ("Abdelrahman", "Osman", None), SAME),
        (("Abd", "Elrahman Osman", None), ("Abdelrahim", "Osman", None), None),
        # G/, W/, H/ begin a compound (Gebre-, Wolde-, Habte- or Haile-), never a name alone
        (("Kidane", "G/Medhin", None), ("Kidane", "Gebremedhin", None), SAME),
        (("Kidane", "G/Medhin", None), ("Kidane", "Gebreyesus", None), None),
        (("Semere", "W/Michael", None), ("Semere", "Woldemichael", None), SAME),
        (("Semere", "W/Michael", None), ("Semere", "Gebremichael", None), None),
        (("Berhe", "H/Mariam", None), ("Berhe", "Habtemariam", None), SAME),
        (("Berhe", "H/Mariam", None), ("Berhe", "Hailemariam", None), SAME),
        (("Berhe", "H/Mariam", None), ("Berhe", "Haile", None), None),
        (("Mulugeta", "G/Kidan", None), ("Mulugeta", "Gebre", None), None),
        (("G/Medhin", "Tesfu", None), ("Gebremedhin", "Tesfu", None), SAME),
        (("G/Medhin", "Tesfu", None), ("Gebremeskel", "Tesfu", None), None),
    ],
)
def test_compare_names(
    a: tuple[str, str, str | None], b: tuple[str, str, str | None], outcome: str | None
) -> None:
    assert compare_names(*a, *b) == outcome
    assert compare_names(*b, *a) == outcome  # the same both ways


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("rahimi", "raihmi", True),  # two letters swapped
        ("mohamed", "mohamad", True),
        ("mohamed", "mohammed", True),
        ("ali", "aly", False),  # short words: no typing error allowed
        ("hassan", "hossein", False),
    ],
)
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert one_edit(a, b) is near
