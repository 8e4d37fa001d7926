"""Languages with the Europass self-assessment grid (CEFR A1–C2 per part)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from entryhub_desk.domain.profile import _check as check
from entryhub_desk.domain.profile.codes import CEFR_SKILLS, CefrLevel, EntryKind
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id


def cefr(field_name: str, value: object) -> CefrLevel | None:
    """A CEFR level (any case); anything outside A1–C2 → ``validation.bad_cefr_level``."""
    if value is None or value == "":
        return None
    text = value.strip().upper() if isinstance(value, str) else str(value)
    try:
        return CefrLevel(text)
    except ValueError:
        raise DeskError("validation.bad_cefr_level", field=field_name, value=str(value)) from None


@dataclass(frozen=True, kw_only=True)
class LanguageSkill:
    KIND: ClassVar[EntryKind] = EntryKind.LANGUAGE

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    language: str  # ISO 639-1, or 639-3 where there is no two-letter code
    mother_tongue: bool = False
    listening: CefrLevel | None = None
    reading: CefrLevel | None = None
    spoken_interaction: CefrLevel | None = None
    spoken_production: CefrLevel | None = None
    writing: CefrLevel | None = None
    certificate: str = ""  # e.g. "TISUS", "IELTS 7.0"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "language", check.language("language", self.language))
        set_(self, "mother_tongue", check.flag("mother_tongue", self.mother_tongue))
        for part in CEFR_SKILLS:
            set_(self, part, cefr(part, getattr(self, part)))
        set_(self, "certificate", check.text("certificate", self.certificate))

    def levels(self) -> dict[str, CefrLevel | None]:
        """The grid: part → level, in the grid's order."""
        return {part: getattr(self, part) for part in CEFR_SKILLS}

    def overall(self) -> CefrLevel | None:
        """The lowest level given (what an employer can count on), or None."""
        given = [level for level in self.levels().values() if level is not None]
        return min(given, key=list(CefrLevel).index) if given else None
