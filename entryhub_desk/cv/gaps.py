"""Whether a profile is enough for a CV, and what is missing: asked before a CV is printed.

A CV with nothing about what the person has done or can do (no work, education, course or
credential, skill) is a name and a line or two; the CV screen and the ``cv`` command say what
is missing before printing it. The codes are those of
:class:`~entryhub_desk.domain.profile.completeness.Missing` (the GUI already words them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from typing import Final

from entryhub_desk.cv import pictographs
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import Entry, EntryKind, Goals
from entryhub_desk.domain.profile.completeness import Missing

# What a CV needs, in the order it is reported.
ESSENTIALS: Final = (
    Missing.WORK,
    Missing.EDUCATION,
    Missing.SKILLS,
    Missing.LANGUAGES,
    Missing.SUMMARY,
    Missing.CONTACT,
)
# The kinds that say what the person has done or can do.
SUBSTANCE: Final = (EntryKind.WORK, EntryKind.EDUCATION, EntryKind.CREDENTIAL, EntryKind.SKILL)

# For the command line (the GUI uses its translated texts of the Missing codes).
ENGLISH: Final[dict[Missing, str]] = {
    Missing.WORK: "work experience",
    Missing.EDUCATION: "education",
    Missing.SKILLS: "skills",
    Missing.LANGUAGES: "languages",
    Missing.SUMMARY: "a short summary (Goals)",
    Missing.CONTACT: "a phone number or e-mail address",
}


@dataclass(frozen=True)
class CvGaps:
    thin: bool  # the CV would hold little more than the name: ask before printing it
    missing: tuple[str, ...]  # Missing codes of what a CV needs, most important first
    # Emoji in the profile's free text, which the CV leaves out (cv/pictographs.py): say so.
    left_out: tuple[str, ...] = ()

    def english(self) -> str:
        """``"work experience, education, skills"`` (for the command line)."""
        return ", ".join(ENGLISH[Missing(code)] for code in self.missing)


def cv_gaps(person: Person, entries: Mapping[EntryKind, Sequence[Entry]]) -> CvGaps:
    """Whether the CV of ``person`` with ``entries`` is (nearly) empty, and what it lacks."""
    goals = [e for e in entries.get(EntryKind.GOALS, ()) if isinstance(e, Goals)]
    absent = {
        Missing.WORK: not entries.get(EntryKind.WORK),
        Missing.EDUCATION: not (
            entries.get(EntryKind.EDUCATION) or entries.get(EntryKind.CREDENTIAL)
        ),
        Missing.SKILLS: not entries.get(EntryKind.SKILL),
        Missing.LANGUAGES: not entries.get(EntryKind.LANGUAGE),
        Missing.SUMMARY: not any(g.summary for g in goals),
        Missing.CONTACT: not (person.phone or person.email or person.phone_as_written),
    }
    thin = not any(entries.get(kind) for kind in SUBSTANCE)
    texts = [text for group in entries.values() for entry in group for text in _texts(entry)]
    return CvGaps(
        thin=thin,
        missing=tuple(code.value for code in ESSENTIALS if absent[code]),
        left_out=tuple(pictographs.left_out(texts)),
    )


def _texts(entry: object) -> list[str]:
    """The text fields of an entry (strings and tuples of strings)."""
    out: list[str] = []
    for item in fields(entry) if is_dataclass(entry) else ():
        value = getattr(entry, item.name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            out += [v for v in value if isinstance(v, str)]
    return out
