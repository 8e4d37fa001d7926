"""The words of matching: each reason code and item kind of :mod:`entryhub_desk.matching` in
English and Swedish, with the codes in its parameters resolved to labels in that language.

``reason_text(reason, lang)`` → ``"5 of 6 must-have skills; missing: TIG welding"``;
``item_text(item, lang)`` → ``"Swedish B1"``. ESCO labels come from the taxonomy in the language
asked (English where ESCO has no Swedish label), language names from CLDR, ISCED levels and
ISCO groups from the taxonomy. Any language other than Swedish reads English.
"""

from __future__ import annotations

from typing import Final

from entryhub_desk.domain.profile.dates import PartialDate
from entryhub_desk.errors import DeskError
from entryhub_desk.matching.result import Item, ItemKind, ParamValue, Reason
from entryhub_desk.taxonomy import display, esco, isced, language_name

ENGLISH: Final[dict[str, str]] = {
    "occupation.same": "same occupation ({occupation}; {source})",
    "occupation.unit_group": "close occupation ({occupation}; {source}), same group: {group}",
    "occupation.minor_group": "related occupation ({occupation}; {source}), same field: {group}",
    "occupation.unit_group.group": "close occupation ({source} in the same group: {group})",
    "occupation.minor_group.group": "related occupation ({source} in the same field: {group})",
    "occupation.none": "no related occupation ({occupation} asked for)",
    "skills.must": "{met} of {total} must-have skills",
    "skills.nice": "{met} of {total} nice-to-have skills",
    "skills.missing": "; missing: {skills}",
    "language.met": "{language} {required} required, has {level} ✓",
    "language.mother_tongue": "{language} {required} required, mother tongue ✓",
    "language.below": "{language} {required} required, has {level}",
    "language.unknown": "{language} {required} required, level not recorded",
    "language.none": "{language} {required} required, not in the profile",
    "licence.met": "licence {category} ✓",
    "licence.missing": "licence {category} required, not held",
    "education.met": "education: {isced} ✓ (at least {required_isced})",
    "education.below": "education: {isced}; at least {required_isced} required",
    "education.unknown": "at least {required_isced} required; education not recorded",
    "place.remote": "remote work ✓",
    "place.met": "lives in {municipality} ✓",
    "place.other": "work in {municipality}, lives in {lives}",
    "place.unknown": "work in {municipality}; where the person lives is not recorded",
    "available.from": "available from {when}",
    "available.late": "available from {when}; the opening starts {starts}",
    # parameters and items
    "source.work": "past work",
    "source.goal": "wanted",
    "item.licence": "licence {category}",
    "item.remote": "remote work",
}

SWEDISH: Final[dict[str, str]] = {
    "occupation.same": "samma yrke ({occupation}; {source})",
    "occupation.unit_group": "närliggande yrke ({occupation}; {source}), samma yrkesgrupp: {group}",
    "occupation.minor_group": "besläktat yrke ({occupation}; {source}), samma yrkesområde: {group}",
    "occupation.unit_group.group": "närliggande yrke ({source} i samma yrkesgrupp: {group})",
    "occupation.minor_group.group": "besläktat yrke ({source} inom samma yrkesområde: {group})",
    "occupation.none": "inget närliggande yrke ({occupation} efterfrågas)",
    "skills.must": "{met} av {total} kompetenser som krävs",
    "skills.nice": "{met} av {total} meriterande kompetenser",
    "skills.missing": "; saknas: {skills}",
    "language.met": "{language} {required} krävs, har {level} ✓",
    "language.mother_tongue": "{language} {required} krävs, modersmål ✓",
    "language.below": "{language} {required} krävs, har {level}",
    "language.unknown": "{language} {required} krävs, nivån är inte angiven",
    "language.none": "{language} {required} krävs, finns inte i profilen",
    "licence.met": "körkort {category} ✓",
    "licence.missing": "körkort {category} krävs, saknas",
    "education.met": "utbildning: {isced} ✓ (minst {required_isced})",
    "education.below": "utbildning: {isced}; minst {required_isced} krävs",
    "education.unknown": "minst {required_isced} krävs; utbildning är inte angiven",
    "place.remote": "distansarbete ✓",
    "place.met": "bor i {municipality} ✓",
    "place.other": "arbete i {municipality}, bor i {lives}",
    "place.unknown": "arbete i {municipality}; bostadsort är inte angiven",
    "available.from": "tillgänglig från {when}",
    "available.late": "tillgänglig från {when}; start {starts}",
    "source.work": "tidigare arbete",
    "source.goal": "önskat",
    "item.licence": "körkort {category}",
    "item.remote": "distansarbete",
}

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
}  # fmt: skip


def _lang(lang: str) -> str:
    return "sv" if lang == "sv" else "en"


def _template(code: str, lang: str) -> str:
    table = SWEDISH if _lang(lang) == "sv" else ENGLISH
    return table.get(code) or ENGLISH[code]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def occupation_text(code: str, lang: str) -> str:
    """An ESCO occupation's name as it reads inside a sentence."""
    try:
        label = esco.occupation_label(code, _lang(lang))
    except DeskError:
        return code
    return display.swedish_prose(label.text) if label.lang == "sv" else label.text


def skill_text(code: str, lang: str) -> str:
    try:
        return esco.skill_label(code, _lang(lang)).text
    except DeskError:
        return code


def group_text(group: str, lang: str) -> str:
    try:
        return _lower_first(esco.isco_label(group, _lang(lang)).text)
    except DeskError:
        return group


def isced_text(level: str, lang: str) -> str:
    try:
        return _lower_first(isced.isced_label(int(level), _lang(lang)).text)
    except (DeskError, ValueError, KeyError):
        return level


def date_text(text: str, lang: str) -> str:
    """``2027-03`` → "March 2027" / "mars 2027"; a year stays a year."""
    try:
        when = PartialDate.parse(text)
    except DeskError:
        return text
    if when.month is None:
        return str(when.year)
    month = MONTHS[_lang(lang)][when.month - 1]
    if when.day is None:
        return f"{month} {when.year}"
    return f"{when.day} {month} {when.year}"


def _language(code: str, lang: str) -> str:
    try:
        return language_name(code, _lang(lang))
    except DeskError:
        return code


def _param(name: str, value: ParamValue, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(skill_text(code, lang) for code in value)
    text = str(value)
    if name == "occupation":
        return occupation_text(text, lang)
    if name == "group":
        return group_text(text, lang)
    if name == "language":
        return _language(text, lang)
    if name in {"isced", "required_isced"}:
        return isced_text(text, lang)
    if name in {"when", "starts"}:
        return date_text(text, lang)
    if name == "source":
        return _template(f"source.{text}", lang)
    return text


def reason_text(reason: Reason, lang: str) -> str:
    """The plain-language line of ``reason`` in ``lang`` ("sv", else English)."""
    values = {name: _param(name, value, lang) for name, value in reason.params}
    code = reason.code
    if code.endswith("_group") and not values.get("occupation"):
        code += ".group"  # past work coded by its ISCO group only
    text = _template(code, lang).format_map(values)
    if reason.code.startswith("skills.") and reason.param("skills"):
        text += _template("skills.missing", lang).format_map(values)
    return text


def item_text(item: Item, lang: str) -> str:
    """What a met or missing item is, in ``lang``."""
    kind, code = item.kind, item.code
    if kind is ItemKind.OCCUPATION:
        return occupation_text(code, lang) if not code.isdigit() else group_text(code, lang)
    if kind in {ItemKind.MUST_SKILL, ItemKind.NICE_SKILL}:
        return skill_text(code, lang)
    if kind is ItemKind.LANGUAGE:
        language, _, level = code.partition(":")
        return f"{_language(language, lang)} {level}"
    if kind is ItemKind.LICENCE:
        return _template("item.licence", lang).format(category=code)
    if kind is ItemKind.EDUCATION:
        return isced_text(code, lang)
    if kind is ItemKind.PLACE:
        return _template("item.remote", lang) if code == "remote" else code
    return date_text(code, lang)
