"""Skills (ESCO or free text) and digital skills (DigComp)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from entryhub_desk.domain.profile import _check as check
from entryhub_desk.domain.profile.codes import (
    DigCompArea,
    DigitalLevel,
    EntryKind,
    Evidence,
    SkillLevel,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id


@dataclass(frozen=True, kw_only=True)
class Skill:
    """An ESCO skill, or free text where nothing in ESCO fits (``is_free_text``)."""

    KIND: ClassVar[EntryKind] = EntryKind.SKILL

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    skill: str | None = None  # ESCO skill id
    free_text: str = ""  # only when there is no ESCO code
    level: SkillLevel | None = field(default=None, metadata={"labels": "skill_level"})
    shown_by: Evidence = field(default=Evidence.TOLD, metadata={"labels": "evidence"})
    keywords: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "skill", check.esco("skill", self.skill))
        set_(self, "free_text", check.text("free_text", self.free_text))
        if self.skill is None and not self.free_text:
            raise DeskError("validation.required", field="skill")
        if self.skill is not None and self.free_text:
            raise DeskError("validation.invalid", field="free_text")
        set_(self, "level", check.optional_enum("level", SkillLevel, self.level))
        set_(self, "shown_by", check.enum("shown_by", Evidence, self.shown_by))
        set_(self, "keywords", check.texts("keywords", self.keywords, maximum=100))

    @property
    def is_free_text(self) -> bool:
        return self.skill is None


@dataclass(frozen=True, kw_only=True)
class DigitalSkill:
    """One DigComp area and the level in it (one entry per area)."""

    KIND: ClassVar[EntryKind] = EntryKind.DIGITAL

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    area: DigCompArea = field(metadata={"labels": "digcomp_area"})
    level: DigitalLevel = field(metadata={"labels": "digital_level"})

    def __post_init__(self) -> None:
        check.common(self)
        object.__setattr__(self, "area", check.enum("area", DigCompArea, self.area))
        object.__setattr__(self, "level", check.enum("level", DigitalLevel, self.level))
