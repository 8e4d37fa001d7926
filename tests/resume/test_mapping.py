"""Small mappings of the JSON Resume import: names, phones, levels, languages, validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entryhub_desk.domain.profile import CefrLevel, SkillLevel
from entryhub_desk.errors import DeskError
from entryhub_desk.resume import load_document, mapping, split_name, validate_document


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Richard Hendriks", "Richard", "Hendriks"),
        ("Amal Bint Khalid Haddad", "Amal Bint Khalid", "Haddad"),
        ("Haddad, Amal", "Amal", "Haddad"),
        ("  Yohannes   Tesfay ", "Yohannes", "Tesfay"),
        ("Madonna", "Madonna", ""),
    ],
)
def test_split_name(name: str, given: str, family: str) -> None:
    assert split_name(name) == (given, family)


def test_phone_is_normalised_in_the_resume_region_or_kept_as_written() -> None:
    assert mapping.read_phone("(912) 555-4321", "US") == ("+19125554321", None)
    assert mapping.read_phone("070-123 45 67", None) == ("+46701234567", None)
    assert mapping.read_phone("12-34", "US") == (None, "12-34")
    assert mapping.read_phone("", "US") == (None, None)


def test_levels_and_languages() -> None:
    assert mapping.skill_level("Master") is SkillLevel.MASTER
    assert mapping.skill_level("expert") is SkillLevel.MASTER
    assert mapping.skill_level("Guru") is None
    assert mapping.cefr_in("B2 (upper intermediate)") is CefrLevel.B2
    assert mapping.cefr_in("between B1 and B2") is None
    assert mapping.is_native("Native speaker") and mapping.is_native("Modersmål")
    assert mapping.language_code("English") == "en"
    assert mapping.language_code("arabiska") == "ar"
    assert mapping.language_code("ti") == "ti"
    assert mapping.language_code("Klingon") is None


def test_invalid_documents_are_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(DeskError) as caught:
        validate_document({"basics": {"name": 42}})
    assert caught.value.code == "resume.invalid"
    assert caught.value.params["where"] == "$.basics.name"
    with pytest.raises(DeskError) as caught:
        validate_document({"work": [{"startDate": "June 2014"}]})
    assert caught.value.params["where"] == "$.work[0].startDate"
    with pytest.raises(DeskError) as caught:
        validate_document([])
    assert caught.value.code == "resume.invalid"
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(DeskError) as caught:
        load_document(broken)
    assert caught.value.code == "resume.not_json"
    assert caught.value.params == {"line": 1, "column": 2}
    with pytest.raises(DeskError) as caught:
        load_document(tmp_path / "missing.json")
    assert caught.value.code == "resume.unreadable"
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"basics": {"name": "A B"}}))
    assert load_document(good) == {"basics": {"name": "A B"}}
