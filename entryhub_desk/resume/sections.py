"""Which profile field goes to which JSON Resume key, per section; the rest travels in
``"x-entryhub"``. Shared by import and export so that the two cannot drift apart."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

from entryhub_desk.domain.profile import ENTRY_TYPES, Entry, EntryKind, PartialDate

EXTRA_KEY: Final = "x-entryhub"
FORMAT: Final = 1
SCHEMA_URL: Final = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
_NOT_CARRIED: Final = frozenset({"person_id", "position"})  # the file's order is the position
# The person in x-entryhub.person: every field but the desk's own bookkeeping (``hub_id`` is the
# importing desk's, a merged record is never exported). email, phone and the municipality are
# in ``basics`` as well; basics win on import.
PERSON_FIELDS: Final = (
    "id",
    "given_name",
    "family_name",
    "original_script_name",
    "birth_year",
    "gender",
    "country_of_birth",
    "languages",
    "phone_as_written",
    "arrival_year",
    "preferred_language",
)
# Left out of the public export (internal=False): registration details, not CV content.
PRIVATE_PERSON_FIELDS: Final = frozenset(
    {"birth_year", "gender", "country_of_birth", "arrival_year"}
)


@dataclass(frozen=True)
class Section:
    key: str  # JSON Resume section
    kind: EntryKind
    fields: dict[str, str]  # profile field → JSON Resume key (dates and lists included)
    computed: frozenset[str] = frozenset()  # fields written in a derived form (see exporter)

    def extras(self) -> tuple[str, ...]:
        """Profile fields that only ``x-entryhub`` carries."""
        names = [f.name for f in dataclasses.fields(ENTRY_TYPES[self.kind])]
        return tuple(
            n for n in names if n not in self.fields and n not in _NOT_CARRIED | self.computed
        )


WORK: Final = Section(
    "work",
    EntryKind.WORK,
    {
        "employer": "name",
        "title": "position",
        "place": "location",
        "start": "startDate",
        "end": "endDate",
        "description": "summary",
        "tasks": "highlights",
    },
)
VOLUNTEER: Final = Section(
    "volunteer",
    EntryKind.WORK,
    {
        "employer": "organization",
        "title": "position",
        "start": "startDate",
        "end": "endDate",
        "description": "summary",
        "tasks": "highlights",
    },
    computed=frozenset({"work_type"}),
)
EDUCATION: Final = Section(
    "education",
    EntryKind.EDUCATION,
    {
        "institution": "institution",
        "field": "area",
        "title": "studyType",
        "start": "startDate",
        "end": "endDate",
    },
)
CERTIFICATES: Final = Section(
    "certificates",
    EntryKind.CREDENTIAL,
    {"name": "name", "issuer": "issuer", "issued": "date"},
)
SKILLS: Final = Section(
    "skills",
    EntryKind.SKILL,
    {"keywords": "keywords"},
    computed=frozenset({"free_text", "level"}),  # name: label or free text; level: a word
)
LANGUAGES: Final = Section(
    "languages",
    EntryKind.LANGUAGE,
    {},
    computed=frozenset(),  # language and fluency are written for people; x has the codes
)
INTERESTS: Final = Section(
    "interests", EntryKind.INTEREST, {"name": "name", "keywords": "keywords"}
)

SECTIONS: Final = (WORK, VOLUNTEER, EDUCATION, CERTIFICATES, SKILLS, LANGUAGES, INTERESTS)

# Kinds with no JSON Resume section: carried whole in the top-level "x-entryhub".
EXTRA_KINDS: Final[dict[EntryKind, str]] = {
    EntryKind.GOALS: "goals",
    EntryKind.NEXT_STEP: "next_steps",
    EntryKind.DIGITAL: "digital",
    EntryKind.DRIVING: "driving",
    EntryKind.BUSINESS: "business",
}
SINGLE_EXTRA: Final = frozenset({"goals", "business"})
# Fields left out of a public export (internal notes of the hub).
INTERNAL: Final[dict[EntryKind, frozenset[str]]] = {
    EntryKind.GOALS: frozenset({"appraisal"}),
}
INTERNAL_KINDS: Final = frozenset({EntryKind.NEXT_STEP})

# Sections of JSON Resume with no home in the profile (reported on import).
UNMAPPED_SECTIONS: Final = ("awards", "publications", "references", "projects")


def json_value(value: object) -> Any:
    """A profile value as JSON (dates as ISO text, codes as text, tuples as lists)."""
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    return value


def is_empty(value: object) -> bool:
    return value is None or value == "" or value == () or value == []


def entry_json(entry: Entry, names: tuple[str, ...] | None = None) -> dict[str, Any]:
    """``names`` (default: every field but person and position) of ``entry``, empty ones left
    out."""
    chosen = names or tuple(f.name for f in dataclasses.fields(entry) if f.name not in _NOT_CARRIED)
    out: dict[str, Any] = {}
    for name in chosen:
        value = getattr(entry, name)
        if not is_empty(value):
            out[name] = json_value(value)
    return out
