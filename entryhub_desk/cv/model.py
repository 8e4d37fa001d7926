"""The CV document model: what a CV says, already in the CV's language, before any layout.

Every text is final (labels translated, dates formatted); renderers only place it. A text
that fell back to English because the taxonomy has no label in the CV's language carries
``fallback=True`` so the renderer can mark it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

SECTION_KEYS: Final = (
    "summary",
    "work",
    "education",
    "courses",  # courses and certificates (Swedish, or with no foreign recognition)
    "credentials",  # foreign credentials with their recognition
    "languages",
    "skills",
    "digital",
    "driving",
    "interests",
)


@dataclass(frozen=True)
class Text:
    """A piece of text; ``fallback`` marks a taxonomy label shown in English instead."""

    text: str
    fallback: bool = False

    def __bool__(self) -> bool:
        return bool(self.text)


@dataclass(frozen=True)
class CvEntry:
    """One entry of a section: a job, an education, a credential, a skill …"""

    title: Text  # the bold first line ("Nurse", "Bachelor of Information Technology")
    subtitle: str = ""  # where: employer / institution, place, country
    dates: str = ""  # the right-aligned date column ("May 2014 – Dec 2015")
    details: tuple[str, ...] = ()  # paragraphs (description, level, recognition)
    bullets: tuple[str, ...] = ()  # tasks, highlights, keywords


@dataclass(frozen=True)
class LanguageRow:
    """A language with the Europass grid: understanding, speaking, writing (CEFR)."""

    name: str
    listening: str = ""
    reading: str = ""
    spoken_interaction: str = ""
    spoken_production: str = ""
    writing: str = ""
    certificate: str = ""


@dataclass(frozen=True)
class CvSection:
    key: str  # one of SECTION_KEYS
    title: str
    entries: tuple[CvEntry, ...] = ()
    text: str = ""  # the summary's paragraph
    mother_tongues: tuple[str, ...] = ()  # languages section only
    languages: tuple[LanguageRow, ...] = ()  # languages section only
    tags: tuple[Text, ...] = ()  # short items shown in a flowing list (skills, categories)


@dataclass(frozen=True)
class CvHeader:
    name: str  # as in the Latin-script records
    original_name: str = ""  # the name in its own script (Arabic, Ge'ez …), if given
    headline: tuple[Text, ...] = ()  # desired occupations
    contact: tuple[str, ...] = ()  # phone, e-mail, municipality
    links: tuple[str, ...] = ()  # per contact item: "tel:…", "mailto:…" or "" (no link)
    availability: str = ""  # "Available from May 2027 · 40 hours a week"


@dataclass(frozen=True)
class CvDocument:
    language: str  # "sv" or "en"
    header: CvHeader
    sections: tuple[CvSection, ...]
    labels: dict[str, str] = field(default_factory=dict)  # page labels (footer, grid)
    subject: str = "CV"  # PDF metadata subject (no personal data beyond the name)
    # The PDF's author (Info and XMP) and the footer's left text; None: the header's name. An
    # anonymised profile card sets both so that no name reaches the file (cv/card.py).
    author: str | None = None
    footer: str | None = None

    def section(self, key: str) -> CvSection | None:
        return next((s for s in self.sections if s.key == key), None)
