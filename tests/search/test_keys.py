"""Name keys: a stored form and a typed variant meet in some key."""

from __future__ import annotations

import pytest

from entryhub_desk.search.keys import name_keys, query_words, skeleton, variant


def _meet(stored: str, typed: str) -> bool:
    keys = name_keys(stored)
    words = query_words(typed)
    spelled = set(keys.plain) | set(keys.variants) | set(keys.joins)
    bare = set(keys.skeletons) | set(keys.joins)
    return all(
        w.plain in spelled or set(w.variants) & spelled or set(w.skeletons) & bare for w in words
    )


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Hélène", "HELENE"),
        ("محمد", "Mohamed"),
        ("Mohammed", "محمد"),
        ("Maxamed Cali", "Mohamed Ali"),
        ("Cabdiraxmaan", "Abdirahman"),
        ("Abdul Rahman", "Abdulrahman"),
        ("Abd al-Rahman", "Abdelrahman"),
        ("عبد الرحمن", "Abdurrahman"),
        ("Al-Obaidi", "Alobaidi"),
        ("العبيدي", "Obaidi"),
        ("El Tamimi", "Al-Tamimi"),
        ("ዮሃንስ ተስፋይ", "Yohannes Tesfaye"),
        ("ተኽለ", "Tekle"),
        ("فاطمه احمدی", "Fatemeh Ahmadi"),
        ("Fatimah", "Fatima"),
        ("Youssef", "Yusuf"),
        ("Zeinab", "Zaynab"),
        ("Qasim", "Kasem"),
        ("Gebre Medhin", "Gebremedhin"),
        ("Hassan", "Hasan"),
    ],
)
def test_variants_meet(stored: str, typed: str) -> None:
    assert _meet(stored, typed)


def test_different_names_stay_apart() -> None:
    assert not _meet("Amina", "Yohannes")
    assert not _meet("Hodan", "Selam")


def test_forms() -> None:
    assert variant("mohammed") == "muhamid"
    assert skeleton("mohammed") == skeleton("mhmd") == "mhmd"
    assert skeleton("fatimah") == skeleton("ftmh") == "ftm"
    assert skeleton("moh", keep_final_h=True) == "mh"
    assert name_keys("Abdul Rahman").plain == ("abd", "rahman")
    assert query_words("") == []


def test_the_last_word_is_read_as_unfinished() -> None:
    def read(query: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(w.plain, w.typed) for w in query_words(query)]

    assert read("Abdish") == [("abd", ()), ("sh", ())]  # Abdi|shakur, not Abd|ish…
    assert read("Mohamed Abdulra") == [("mohamed", ()), ("abd", ()), ("ra", ())]
    assert read("Abdisha") == [("abd", ()), ("sha", ())]  # as a completed word is cut
    assert read("Abdulla") == [("abd", ()), ("allah", ("la",))]  # Abdullah, or Abdul|lahi…
    assert read("Abdul") == [("abdul", ())]
    assert read("Abdish Nur") == [("abd", ()), ("ish", ()), ("nur", ())]  # only the last word
    assert read("Saifedd")[0][1] and read("Zabihull")[0][1]
    assert read("Mohamed")[0][1] == () and read("Haddad")[0][1] == ()
