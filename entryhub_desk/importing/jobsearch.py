"""Read job ads in the format of Arbetsförmedlingen's open JobSearch API
(https://jobsearch.api.jobtechdev.se) into opening drafts and a report; nothing is stored here.

A file holds one ad, a list of ads, or a search response (``{"hits": [...]}``). What an ad
gives and where it goes:

- ``id`` → ``source`` ``jobsearch:<id>`` (importing the ad again updates that opening);
  ``headline`` → title; ``employer.name`` (else ``workplace``) and
  ``employer.organization_number`` → the employer, found or created when stored.
- ``occupation_group.legacy_ams_taxonomy_id`` is the SSYK 2012 unit group: mapped to ISCO-08
  by the bundled key (:mod:`~entryhub_desk.importing.ssyk`); the ESCO occupation is the one
  the ad's ``occupation.label`` names within that ISCO group (without a key entry: anywhere).
  When no single ESCO occupation is found, the ISCO group (or the SSYK group) is written in
  the notes and reported.
- ``must_have`` / ``nice_to_have`` ``skills`` → ESCO skills by label (Swedish or English,
  through the picker's search); ``must_have.languages`` → required languages (JobSearch gives
  no level: recorded as A1, reported); nice-to-have languages and work experiences go into
  the notes. ``driving_license`` with ``driving_license_required`` → licence categories.
- ``workplace_address.municipality`` (else ``city``), ``remote_work``, ``application_deadline``,
  ``number_of_vacancies``; ``employment_type``, ``duration``, ``working_hours_type``,
  ``webpage_url`` and the start of ``description.text`` go into the notes.

An ad without an id, a headline or an employer is rejected; anything else that is missing,
of the wrong type, or cannot be mapped is left out and reported for that ad, never guessed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from entryhub_desk.domain.employers import Opening, normalise_org_number
from entryhub_desk.domain.employers.opening import NOTES_MAX, TITLE_MAX
from entryhub_desk.domain.profile.codes import DrivingCategory
from entryhub_desk.errors import DeskError
from entryhub_desk.importing.opening_values import (
    EmployerRef,
    LabelFinder,
    OpeningDraft,
    OpeningImportReport,
    language_code,
    partial_date,
    problem_of,
)
from entryhub_desk.importing.ssyk import isco_for_ssyk
from entryhub_desk.importing.tables import MAX_ROWS, _read_capped
from entryhub_desk.importing.visitors import RowProblem
from entryhub_desk.taxonomy import esco

SOURCE_PREFIX: Final = "jobsearch:"
DESCRIPTION_KEPT: Final = 600  # characters of the ad's text kept in the notes (its start)
_PLACEHOLDER: Final = "00000000-0000-7000-8000-000000000000"
_EPOCH: Final = datetime(2000, 1, 1, tzinfo=UTC)
_CATEGORIES: Final = {c.value: c for c in DrivingCategory}


def read_ads(
    path: Path, *, finder: LabelFinder | None = None
) -> tuple[list[OpeningDraft], OpeningImportReport]:
    """The drafts of the file's good ads and the report of the others."""
    ads = list(_ads(_load(path)))
    report = OpeningImportReport(rows=len(ads))
    finder = finder or LabelFinder()
    drafts: list[OpeningDraft] = []
    for number, ad in enumerate(ads, start=1):
        try:
            draft = ad_draft(number, ad, finder)
        except DeskError as error:
            report.rejected.append(problem_of(number, error))
            if isinstance(ad, dict) and isinstance(ad.get("id"), str | int):
                report.labels[number] = str(ad["id"])[:40]
            continue
        report.labels[number] = draft.label
        report.unmapped.extend(draft.unmapped)
        drafts.append(draft)
    return drafts, report


# -- the file ----------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DeskError("import.duplicate_key", key=key[:40])
        out[key] = value
    return out


def _load(path: Path) -> object:
    data = _read_capped(path)
    if not data.strip():
        raise DeskError("import.empty_file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DeskError("import.bad_encoding", row=data.count(b"\n", 0, error.start) + 1) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise DeskError("import.bad_json", line=error.lineno) from None
    except RecursionError:
        raise DeskError("import.bad_json", line=1) from None


def _ads(document: object) -> Iterator[object]:
    if isinstance(document, dict) and "hits" in document:
        hits = document["hits"]
        if not isinstance(hits, list):
            raise DeskError("import.not_jobsearch")
        ads: list[object] = hits
    elif isinstance(document, dict):
        ads = [document]
    elif isinstance(document, list):
        ads = document
    else:
        raise DeskError("import.not_jobsearch")
    if len(ads) > MAX_ROWS:
        raise DeskError("import.too_many_rows", limit=MAX_ROWS)
    if ads and not any(isinstance(ad, dict) and ("headline" in ad or "id" in ad) for ad in ads):
        raise DeskError("import.not_jobsearch")
    yield from ads


# -- one ad ------------------------------------------------------------------------------


class _Ad:
    """Typed access to one ad; a value of the wrong type is noted and treated as missing."""

    def __init__(self, number: int, ad: dict[str, Any]) -> None:
        self.number = number
        self.ad = ad
        self.notes: list[RowProblem] = []

    def note(self, code: str, **params: object) -> None:
        self.notes.append(RowProblem(self.number, code, dict(params)))

    def obj(self, parent: dict[str, Any], key: str, name: str) -> dict[str, Any]:
        value = parent.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.note("import.wrong_type", field=name)
            return {}
        return value

    def items(self, parent: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.note("import.wrong_type", field=name)
            return []
        return value

    def text(self, parent: dict[str, Any], key: str, name: str) -> str:
        value = parent.get(key)
        if value is None:
            return ""
        if isinstance(value, int) and not isinstance(value, bool) and key.endswith("_id"):
            return str(value)
        if not isinstance(value, str):
            self.note("import.wrong_type", field=name)
            return ""
        return " ".join(_clean(value).split())


def _ad_id(ad: dict[str, Any]) -> str:
    value = ad.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise DeskError("validation.required", field="id")
    text = value.strip()
    if len(text) > 100 or not text.isprintable():
        raise DeskError("validation.invalid", field="id")
    return text


def ad_draft(number: int, ad: object, finder: LabelFinder) -> OpeningDraft:
    """One ad as a draft; DeskError for an ad that cannot be imported at all."""
    if not isinstance(ad, dict):
        raise DeskError("import.not_an_ad")
    ad_id = _ad_id(ad)
    a = _Ad(number, ad)
    headline = a.text(ad, "headline", "headline")
    if not headline:
        raise DeskError("validation.required", field="headline")
    employer = _employer(a)
    notes: list[str] = []
    occupation = _occupation(a, finder, notes)
    must = a.obj(ad, "must_have", "must_have")
    nice = a.obj(ad, "nice_to_have", "nice_to_have")
    address = a.obj(ad, "workplace_address", "workplace_address")
    municipality = a.text(address, "municipality", "workplace_address.municipality")
    municipality = municipality or a.text(address, "city", "workplace_address.city")
    fields: dict[str, Any] = {
        "title": _cut(headline, TITLE_MAX),
        "occupation": occupation,
        "must_skills": _skills(a, must, "must_have", finder),
        "nice_skills": _skills(a, nice, "nice_to_have", finder),
        "languages": _languages(a, must),
        "licences": _licences(a, notes),
        "municipality": municipality[:100] or None,
        "remote": ad.get("remote_work") is True,
        "apply_by": _date(a, "application_deadline"),
        "places": _places(a),
        "source": SOURCE_PREFIX + ad_id,
    }
    _more_notes(a, nice, notes)
    fields["notes"] = _cut(_clean("\n".join(notes)).strip(), NOTES_MAX)
    opening = Opening(
        employer_id=_PLACEHOLDER, added_by_hub=_PLACEHOLDER, added_at=_EPOCH, **fields
    )
    return OpeningDraft(number, employer, opening, tuple(a.notes), label=ad_id)


# control characters (Cc) and lone surrogates (Cs), newline and tab kept
_REFUSED: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _clean(text: str) -> str:
    """NFC text without control characters (newlines and tabs kept) or lone surrogates."""
    return _REFUSED.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n")))


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _employer(a: _Ad) -> EmployerRef:
    employer = a.obj(a.ad, "employer", "employer")
    name = a.text(employer, "name", "employer.name") or a.text(
        employer, "workplace", "employer.workplace"
    )
    if not name:
        raise DeskError("validation.required", field="employer")
    number = a.text(employer, "organization_number", "employer.organization_number")
    try:
        org_number = normalise_org_number("organization_number", number or None)
    except DeskError:
        a.note("validation.org_number", field="employer.organization_number")
        org_number = None
    return EmployerRef(_cut(name, 200), org_number)


def _occupation(a: _Ad, finder: LabelFinder, notes: list[str]) -> str | None:
    occupation = a.obj(a.ad, "occupation", "occupation")
    group = a.obj(a.ad, "occupation_group", "occupation_group")
    label = a.text(occupation, "label", "occupation.label")
    group_label = a.text(group, "label", "occupation_group.label")
    ssyk = a.text(group, "legacy_ams_taxonomy_id", "occupation_group.legacy_ams_taxonomy_id")
    if not (label or group_label or ssyk):
        return None
    isco = isco_for_ssyk(ssyk) if ssyk else None
    for query in dict.fromkeys(q for q in (label, label.split(",")[0].strip()) if q):
        if query != label and isco is None:
            break  # the head of a label ("Undersköterska, hemtjänst") only inside a known group
        found = finder.occupation(query, isco_group=isco)
        if found.code is not None:
            return found.code
    shown = label or group_label
    if isco is None:
        # SSYK group not in the key: an occupation whose own ESCO name is the head of the ad's
        # occupation ("Undersköterska" of "Undersköterska, hemtjänst …") or of its group
        # ("Städare") is taken, and reported as mapped by name, never silently
        for head in dict.fromkeys(h.split(",")[0].strip() for h in (label, group_label) if h):
            code = finder.occupation_named(head)
            if code is not None:
                notes.append(f"SSYK {ssyk or '?'}: {shown} → ESCO {head}")
                a.note("import.occupation_by_name", value=shown, ssyk=ssyk or "?", name=head)
                return code
    if isco is not None:
        group_name = esco.isco_label(isco, "sv").text if esco.is_isco_group(isco) else ""
        notes.append(f"ISCO-08 {isco} {group_name} (SSYK {ssyk}): {shown}".strip())
        a.note("import.occupation_group_only", value=shown, isco=isco, ssyk=ssyk)
    else:
        notes.append(f"SSYK {ssyk or '?'}: {shown}")
        a.note("import.occupation_unmapped", value=shown, ssyk=ssyk or "?")
    return None


def _skills(a: _Ad, part: dict[str, Any], name: str, finder: LabelFinder) -> list[str]:
    codes: list[str] = []
    for skill in a.items(part, "skills", f"{name}.skills"):
        label = a.text(skill, "label", f"{name}.skills.label")
        if not label:
            continue
        found = finder.skill(label)
        if found.code is not None:
            codes.append(found.code)
        elif found.problem is not None:
            a.notes.append(problem_of(a.number, found.problem))
    return codes[:60]


def _languages(a: _Ad, must: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for language in a.items(must, "languages", "must_have.languages"):
        label = a.text(language, "label", "must_have.languages.label")
        if not label:
            continue
        code = language_code(label)
        if code is None:
            a.note("import.label_unknown", field="languages", value=label)
            continue
        a.note("import.language_no_level", value=label)
        out.append(f"{code}:A1")
    return out[:10]


def _licences(a: _Ad, notes: list[str]) -> list[DrivingCategory]:
    listed = a.items(a.ad, "driving_license", "driving_license")
    required = a.ad.get("driving_license_required")
    if required is not None and not isinstance(required, bool):
        a.note("import.wrong_type", field="driving_license_required")
        required = None
    out: list[DrivingCategory] = []
    for item in listed:
        label = a.text(item, "label", "driving_license.label").upper()
        category = _CATEGORIES.get(label)
        if category is None:
            a.note("validation.unknown_code", field="driving_license", value=label or "?")
        elif category not in out:
            out.append(category)
    if out and required is not True:
        notes.append("Körkort (inte krav): " + ", ".join(c.value for c in out))
        return []
    if required is True and not out:
        a.note("import.licence_unspecified")
    return out


def _date(a: _Ad, key: str) -> Any:
    value = a.ad.get(key)
    if value is None:
        return None
    try:
        return partial_date(value if isinstance(value, str) else object(), key)
    except DeskError:
        a.note("import.wrong_type", field=key)
        return None


def _places(a: _Ad) -> int:
    value = a.ad.get("number_of_vacancies")
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        a.note("import.wrong_type", field="number_of_vacancies")
        return 1
    return value


def _more_notes(a: _Ad, nice: dict[str, Any], notes: list[str]) -> None:
    ad = a.ad
    kept = []
    for key in ("employment_type", "duration", "working_hours_type"):
        label = a.text(a.obj(ad, key, key), "label", f"{key}.label")
        if label:
            kept.append(label)
    if kept:
        notes.append(", ".join(kept))
    languages = [
        a.text(item, "label", "nice_to_have.languages.label")
        for item in a.items(nice, "languages", "nice_to_have.languages")
    ]
    if any(languages):
        notes.append("Meriterande språk: " + ", ".join(label for label in languages if label))
    must = a.obj(ad, "must_have", "must_have")
    experiences = [
        a.text(item, "label", "must_have.work_experiences.label")
        for item in a.items(must, "work_experiences", "must_have.work_experiences")
    ]
    if any(experiences):
        notes.append("Erfarenhet (krav): " + ", ".join(e for e in experiences if e))
    url = a.text(ad, "webpage_url", "webpage_url")
    if url:
        notes.append(url[:300])
    description = a.obj(ad, "description", "description")
    text = description.get("text")
    if isinstance(text, str) and text.strip():
        notes.append(_cut(_clean(text[: DESCRIPTION_KEPT * 2]).strip(), DESCRIPTION_KEPT))
    elif text is not None and not isinstance(text, str):
        a.note("import.wrong_type", field="description.text")
