"""Value mappings shared by import and export: names, phones, levels, languages, dates."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import phonenumbers

from entryhub_desk.domain.profile import CefrLevel, PartialDate, SkillLevel
from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy.languages import all_languages, language_name

NATIVE_WORDS: Final = ("native", "mother tongue", "first language", "modersmål")
NATIVE_TEXT: Final = "Native speaker"
_CEFR = re.compile(r"\b([abc][12])\b", re.IGNORECASE)


def split_name(name: str) -> tuple[str, str]:
    """``"Family, Given"`` → (given, family); otherwise the last word is the family name."""
    text = " ".join(name.split())
    if "," in text:
        family, _, given = (part.strip() for part in text.partition(","))
        if given and family:
            return given, family
        text = given or family
    if " " not in text:
        return text, ""
    given, family = text.rsplit(" ", 1)
    return given, family


def join_name(given: str, family: str) -> str:
    return f"{given} {family}".strip()


def read_phone(text: str, region: str | None) -> tuple[str | None, str | None]:
    """(E.164, None) for a valid number read in ``region``; (None, text) otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None, None
    try:
        number = phonenumbers.parse(cleaned, (region or "SE").upper())
    except phonenumbers.NumberParseException:
        return None, cleaned
    if not phonenumbers.is_valid_number(number):
        return None, cleaned
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def read_date(text: object, field: str) -> PartialDate | None:
    if not isinstance(text, str) or not text.strip():
        return None
    return PartialDate.parse(text, field=field)


def date_text(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def skill_level(text: object) -> SkillLevel | None:
    """JSON Resume's free-text level as one of ours (``"Master"`` → master), else None."""
    if not isinstance(text, str):
        return None
    word = text.strip().casefold()
    aliases = {"expert": "master", "basic": "beginner", "novice": "beginner"}
    try:
        return SkillLevel(aliases.get(word, word))
    except ValueError:
        return None


def skill_level_text(level: SkillLevel | None) -> str | None:
    return None if level is None else level.value.capitalize()


def is_native(fluency: str) -> bool:
    folded = fluency.casefold()
    return any(word in folded for word in NATIVE_WORDS)


def cefr_in(fluency: str) -> CefrLevel | None:
    """A single CEFR level written in a fluency text ("B2", "C1 – advanced")."""
    found = {match.upper() for match in _CEFR.findall(fluency)}
    return CefrLevel(found.pop()) if len(found) == 1 else None


@cache
def _language_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for lang in ("sv", "en"):
        for code, name in all_languages(lang):
            codes.setdefault(name.casefold(), code)
    return codes


def language_code(text: str) -> str | None:
    """An ISO 639 code from a language name (English or Swedish) or from a code."""
    folded = text.strip().casefold()
    found = _language_codes().get(folded)
    if found is not None:
        return found
    try:
        language_name(folded, "en")
    except DeskError:
        return None
    return folded


def language_text(code: str) -> str:
    """The English name JSON Resume files use ("Arabic")."""
    return language_name(code, "en")
