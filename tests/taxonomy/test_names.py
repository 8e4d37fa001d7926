from __future__ import annotations

from entryhub_desk.taxonomy._names import sort_key


def _sorted(words: list[str], lang: str) -> list[str]:
    return sorted(words, key=lambda word: sort_key(word, lang))


def test_swedish_letters_after_z() -> None:
    words = ["Ödla", "Zebra", "Ärta", "Åker", "apa", "Øre", "Æble"]
    assert _sorted(words, "sv") == ["apa", "Zebra", "Åker", "Æble", "Ärta", "Ödla", "Øre"]
    assert _sorted(words, "sv_SE") == _sorted(words, "sv")


def test_other_languages_fold_accents() -> None:
    words = ["Ödla", "Zebra", "Ärta", "Åker", "apa"]
    assert _sorted(words, "en") == ["Åker", "apa", "Ärta", "Ödla", "Zebra"]


def test_lower_case_first_when_only_case_differs() -> None:
    assert _sorted(["b", "B", "a"], "en") == ["a", "b", "B"]
