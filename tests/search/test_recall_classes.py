"""Each recall class: a stored name and a typed form meet (and rank above a near miss)."""

from __future__ import annotations

import pytest

from entryhub_desk.search.keys import name_keys, query_words
from entryhub_desk.search.ranking import Candidate, score
from entryhub_desk.search.romanise import readings
from entryhub_desk.search.typos import deletion_keys

Names = tuple[str, str, str | None]


def _score(names: Names, typed: str) -> float:
    return score(query_words(typed), Candidate(1, names)).score


def _why(names: Names, typed: str) -> tuple[str, ...]:
    return score(query_words(typed), Candidate(1, names)).why


# (class, stored, typed, near miss that must score lower)
CASES: list[tuple[str, Names, str, Names]] = [
    ("compound", ("Abdul Rahman", "Yusuf", None), "Abdulrahman Yusuf", ("Abdul", "Yusuf", None)),
    ("compound", ("Abd al-Rahman", "Ali", None), "Abdulrahman Ali", ("Rahma", "Ali", None)),
    ("compound", ("Habtemariam", "Tesfay", None), "Habte Mariam Tesfay", ("Habte", "Tesfay", None)),
    (
        "compound",
        ("Habte-Mariam", "Kidane", None),
        "Habtemariam Kidane",
        ("Mariam", "Kidane", None),
    ),
    ("compound", ("Gebre Medhin", "Asfaha", None), "Gebremedhin Asfaha", ("Gebre", "Asfaha", None)),
    ("compound", ("Wolde Michael", "Berhe", None), "Woldemikael Berhe", ("Wolde", "Berhe", None)),
    (
        "compound",
        ("Mohammad Reza", "Karimi", None),
        "Mohammadreza Karimi",
        ("Reza", "Karimi", None),
    ),
    (
        "compound",
        ("Zabih Ullah", "Ahmadzai", None),
        "Zabihullah Ahmadzai",
        ("Zabih", "Ahmadi", None),
    ),
    ("compound", ("Ezz al-Din", "Haddad", None), "Ezzeddin Haddad", ("Ezz", "Hadad Omar", None)),
    (
        "abbreviation",
        ("Mohammed", "Ali Hassan", None),
        "Mhd Ali Hassan",
        ("Mahmoud", "Ali Hassan", None),
    ),
    ("abbreviation", ("Mhd", "Ali", None), "Mohamed Ali", ("Mahad", "Ali", None)),
    ("abbreviation", ("Mohamed", "Saleh", None), "Moh'd Saleh", ("Mahmoud", "Saleh", None)),
    ("abbreviation", ("Gebremedhin", "Tekle", None), "G/Medhin Tekle", ("Medhanie", "Tekle", None)),
    (
        "abbreviation",
        ("Wolde", "Giorgis Haile", None),
        "W/Giorgis Haile",
        ("Giorgis", "Hailu", None),
    ),
    (
        "abbreviation",
        ("Haile", "Selassie Abraha", None),
        "H/Selassie Abraha",
        ("Selassie", "Abebe", None),
    ),
    ("ukrainian", ("Hanna", "Hnatiuk", None), "Ганна Гнатюк", ("Anna", "Nathan", None)),
    ("ukrainian", ("Ганна", "Гнатюк", None), "Hanna Hnatyuk", ("Anna", "Hnatko", None)),
    ("ukrainian", ("Yevhen", "Kovalenko", None), "Євген Коваленко", ("Yevgenia", "Kovalev", None)),
    ("russian", ("Елена", "Смирнова", None), "Elena Smirnova", ("Alina", "Smirnov Ivan", None)),
    ("french_arabic", ("Chadi", "Haddad", None), "Shadi Haddad", ("Chaker", "Haddad", None)),
    ("french_arabic", ("Oussama", "Khalil", None), "Usama Khalil", ("Osman", "Khalil", None)),
    ("french_arabic", ("Ghiath", "Mansour", None), "Ghaith Mansour", ("Ghada", "Mansour", None)),
    ("somali", ("Maxamed", "Cali Xasan", None), "Mohamed Ali Hassan", ("Maxamuud", "Cali", None)),
    ("somali", ("Faadumo", "Xirsi", None), "Fadumo Hirsi", ("Faduma", "Hersi Ali", None)),
    ("kurmanji", ("Cemil", "Şêxo", None), "Jamil Sheikho", ("Kamil", "Sako", None)),
    ("kurmanji", ("Xelîl", "Çiçek", None), "Khalil Chichek", ("Halil", "Cicek Ahmet", None)),
    ("swedish_ear", ("Shirin", "Ahmadi", None), "Sjirin Ahmadi", ("Sirin", "Ahmed", None)),
    ("swedish_ear", ("Chiman", "Rasul", None), "Tjiman Rasul", ("Siman", "Rasool Ali", None)),
    ("swedish_ear", ("Yusuf", "Jama", None), "Jusuf Jama", ("Yosef", "Jamal", None)),
    ("typo", ("Mohammed", "Abdullahi", None), "Mohammed Abdulahi", ("Mohammed", "Abdi", None)),
    ("typo", ("Tsegay", "Gebremichael", None), "Tsegay Gebremicheal", ("Tsegay", "Gebre", None)),
    ("typo", ("Yohannes", "Tesfamariam", None), "Yohanes Tesfamarian", ("Yonas", "Tesfay", None)),
    ("typo_transposition", ("Amina", "Warsame", None), "Amina Warsmae", ("Amina", "Warsan", None)),
    ("extra_word", ("Mohamed", "Hassan", None), "Mohamed Ali Hassan", ("Omar", "Hassan", None)),
    (
        "missing_word",
        ("Faadumo", "Cali Xasan Warsame", None),
        "Faadumo Warsame",
        ("Faadumo", "Cali", None),
    ),
    ("cross_script", ("أسامة", "خليل", None), "Usama Khalil", ("أسماء", "خليل", None)),
    ("cross_script", ("حسين", "علي", None), "Hussein Ali", ("حسن", "علي", None)),
    ("cross_script", ("حسن", "علي", None), "Hassan Ali", ("حسين", "علي", None)),
    ("word_order", ("Ahmed", "Ali", None), "Ahmed Ali", ("Ali", "Ahmed", None)),
    ("turkish_keyboard", ("Ayşe", "Kaya", None), "Ayse Kaya", ("Aysel", "Kaya", None)),
    ("swedish_ear", ("Ayşe", "Yıldız", None), "Ajsje Jildiz", ("Aysel", "Yilmaz", None)),
    ("cyrillic_ia", ("Iaroslav", "Koval", None), "Yaroslav Koval", ("Rostyslav", "Koval", None)),
    ("abbreviation", ("Muhammad", "Al-Hamwi", None), "Mhd Hamwi", ("Hamid", "Al-Hamwi", None)),
    ("turkish_keyboard", ("Ayşe", "Çelik", None), "Ayse Celik", ("Aysu", "Celik", None)),
    (
        "french_arabic",
        ("Youcef", "Belkacem", None),
        "Yousef Belkasem",
        ("Younes", "Belkacem", None),
    ),
    ("arabic_th", ("Othman", "Ali", None), "Osman Ali", ("Usama", "Ali", None)),
    ("allah", ("عبدالله", "جابر", None), "Abdullah Jaber", ("عبد الرحمن", "جابر", None)),
    ("somali_z", ("Zakariye", "Cumar", None), "Sakariye Omar", ("Sakaria", "Osman", None)),
    ("ukrainian_ych", ("Petro", "Ivanych", None), "Petro Ivanich", ("Petro", "Ivanov", None)),
    (
        "conflict",
        ("Fatima", "Al-Khatib", None),
        "Fatima Mohamed Khatib",
        ("Fatima", "Hamza Khatib", None),
    ),
    ("word_order", ("Ali", "Ahmed", None), "Ali Ahmed", ("Ahmed", "Ali", None)),
]


@pytest.mark.parametrize(("kind", "stored", "typed", "near"), CASES)
def test_class_meets_and_ranks_above_the_near_miss(
    kind: str, stored: Names, typed: str, near: Names
) -> None:
    found = _score(stored, typed)
    assert found >= (60 if kind in ("extra_word", "conflict") else 75), (kind, found)
    assert found > _score(near, typed), (kind, found, _score(near, typed))


def test_why_names_the_keys() -> None:
    assert _why(("Mohamed", "Ali", None), "Mohamed Ali") == ("exact",)
    assert "abbreviation" in _why(("Mohammed", "Ali", None), "Mhd Ali")
    assert "compound" in _why(("Habtemariam", "", None), "Habte Mariam")
    assert "typo" in _why(("Tesfamariam", "", None), "Tesfamarian")
    assert _why(("Ali", "", "علي"), "علي") == ("exact",)
    assert _why(("Ali", "", None), "علي") == ("romanisation",)
    assert "prefix" in _why(("Yohannes", "", None), "Yohan")
    assert "trigram" in _why(("Mohamed", "", None), "hamed")


def test_readings_of_cyrillic_and_arabic() -> None:
    assert readings("Ганна") == ("hanna", "ganna")
    assert "yevhen" in readings("Євген")
    assert "asama" in readings("أسامة")
    assert readings("Anna") == ()


def test_index_forms_have_kinds() -> None:
    forms = name_keys("Mohammed Ali").index_forms()
    assert "pmohammed" in forms and "vmuhamid" in forms and "smhmd" in forms
    assert all(f[0] in "pvs" for f in forms)


def test_deletion_keys() -> None:
    assert "amin" in deletion_keys("amina") and "mina" in deletion_keys("amina")
    assert "abdulahi" in deletion_keys("abdullahi")
    assert "abdlahi" in deletion_keys("abdullahi")  # two letters out from nine
    assert deletion_keys("omar") == frozenset()
