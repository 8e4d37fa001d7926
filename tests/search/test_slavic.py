"""East Slavic romanisations: one fold for the passport's national form, the Russian style and
Swedish by ear, kept only for names that show East Slavic origin (h = g is wrong elsewhere)."""

from __future__ import annotations

import pytest

from entryhub_desk.search.keys import name_keys, query_words
from entryhub_desk.search.ranking import SLAVIC, SLAVIC_WEAK, Candidate, score
from entryhub_desk.search.slavic import has_evidence, is_slavic_word, slavic_forms


def _meet(a: str, b: str) -> bool:
    return not set(slavic_forms(a)).isdisjoint(slavic_forms(b))


@pytest.mark.parametrize(
    "spellings",
    [
        ("yevhen", "evgen", "jevgen"),  # Є at the start, Г
        ("hnatiuk", "gnatyuk", "gnatjuk"),  # Ю after a consonant
        ("hanna", "ganna"),
        ("serhii", "sergiy", "sergij"),  # ій at the end
        ("nataliia", "natalia", "natalya", "natalija"),  # ія
        ("yuliia", "yulia", "julija", "yuliya"),
        ("kovalchuk", "kovaltjuk"),  # Ч: ch, tj
        ("khomenko", "chomenko"),  # Х: kh, Swedish ch
        ("yizhakevych", "izjakevitj"),  # Ї, Ж: zh, zj
        ("shevchenko", "sjevtjenko"),
        ("hrytsenko", "gritsenko"),
        ("zhuravskyi", "zjuravskij"),
    ],
)
def test_the_romanisations_of_one_name_meet(spellings: tuple[str, ...]) -> None:
    first, *others = spellings
    assert all(_meet(first, other) for other in others), [slavic_forms(s) for s in spellings]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hnatiuk", "hnatyshyn"),
        ("hanna", "anna"),
        ("horbenko", "horban"),
        ("kharchuk", "martjuk"),
        ("khomych", "khomenko"),
    ],
)
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert not _meet(a, b)


def test_evidence_is_an_east_slavic_ending_or_cyrillic() -> None:
    for word in ("hnatiuk", "gnatyuk", "kravchenko", "tkachuk", "ivanov", "yizhakevych", "boiko"):
        assert is_slavic_word(word), word
    for word in ("hassan", "mohamed", "farouk", "tesfamariam", "hanna", "yevhen"):
        assert not is_slavic_word(word), word
    assert has_evidence(["Ганна"], ["hanna"])
    assert not has_evidence(["Hadi Hassan"], ["hadi", "hassan"])


def test_the_index_keeps_the_fold_only_for_east_slavic_names() -> None:
    slavic = name_keys("Yevhen", "Hnatiuk", None).index_forms()
    assert "uevgen" in slavic and "ugnatjuk" in slavic
    assert "uevgen" in name_keys("Yevhen", "", "Євген").index_forms()  # the Cyrillic name
    assert not [f for f in name_keys("Hadi", "Hassan", None).index_forms() if f[0] == "u"]
    assert not [f for f in name_keys("Yevhen", "", None).index_forms() if f[0] == "u"]


def _score(query: str, *names: str | None) -> float:
    return score(query_words(query), Candidate(1, names)).score


def test_ranking_bridges_romanisations_below_the_exact_name() -> None:
    assert _score("Evgen Gnatyuk", "Yevhen", "Hnatiuk", None) == SLAVIC
    assert _score("Yevhen Hnatiuk", "Jevgen", "Gnatjuk", None) == SLAVIC
    assert _score("Evgen Gnatyuk", "Evgen", "Gnatyuk", None) == 100.0
    # Hryhorii typed alone shows nothing East Slavic: the bridge is weak, under a typing error
    # (less a point for the family name not typed)
    assert _score("Hryhorii", "Grigorij", "Chartjuk", None) == SLAVIC_WEAK - 1
    assert _score("Hanna", "Ganna", "Tkachuk", None) < _score("Hanna", "Hanna", "Tkachuk", None)
    # no East Slavic name on the record's side: h is not g
    assert _score("Gadi Hassan", "Hadi", "Hassan", None) < 60
    gassan = score(query_words("Hadi Gassan"), Candidate(1, ("Hadi", "Hassan", None)))
    assert gassan.why == ("exact", "typo")  # one letter off, as any typing error
