"""An employer's opening: what it asks for, in codes the matching can compare."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from entryhub_desk.domain import validate
from entryhub_desk.domain.profile import _check as check
from entryhub_desk.domain.profile.codes import CefrLevel, DrivingCategory
from entryhub_desk.domain.profile.dates import PartialDate
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

TITLE_MAX = 200
NOTES_MAX = 4000
SOURCE_MAX = 200
SKILLS_MAX = 60
LANGUAGES_MAX = 10
PLACES_MAX = 1000
HOURS_MAX = 80


class OpeningKind(StrEnum):
    JOB = "job"
    INTERNSHIP = "internship"  # praktik
    TRAINEE = "trainee"
    APPRENTICESHIP = "apprenticeship"
    MENTORING = "mentoring"
    ENTREPRENEURSHIP = "entrepreneurship"  # support to start a business


class OpeningState(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class HardRequirement(StrEnum):
    """A kind of requirement the employer will not bend: a person who misses it is not
    listed at all (without the mark a miss is shown as a near miss)."""

    OCCUPATION = "occupation"
    MUST_SKILLS = "must_skills"
    LANGUAGES = "languages"
    LICENCES = "licences"
    EDUCATION = "education"
    PLACE = "place"  # the municipality, unless the opening is remote


@dataclass(frozen=True)
class LanguageRequirement:
    """``sv:B1`` — a language (ISO 639) and the lowest CEFR level that will do."""

    language: str
    level: CefrLevel

    @classmethod
    def parse(cls, field_name: str, text: str) -> LanguageRequirement:
        if not isinstance(text, str) or text.count(":") != 1:
            raise DeskError("validation.invalid", field=field_name)
        language, level = (part.strip() for part in text.split(":"))
        try:
            cefr = CefrLevel(level.upper())
        except ValueError:
            raise DeskError("validation.unknown_code", field=field_name, value=level) from None
        return cls(check.language(field_name, language), cefr)

    def __str__(self) -> str:
        return f"{self.language}:{self.level.value}"


@dataclass(frozen=True, kw_only=True)
class Opening:
    id: str = field(default_factory=new_id)
    employer_id: str
    title: str  # in the employer's words
    occupation: str | None = None  # ESCO occupation id
    must_skills: tuple[str, ...] = ()  # ESCO skill ids
    nice_skills: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # "sv:B1" (LanguageRequirement text form)
    licences: tuple[DrivingCategory, ...] = ()
    min_education: int | None = None  # ISCED 2011 level, 0–8
    hard: tuple[HardRequirement, ...] = ()
    kind: OpeningKind = OpeningKind.JOB
    hours_per_week: int | None = None
    municipality: str | None = None
    remote: bool = False
    starts: PartialDate | None = None
    apply_by: PartialDate | None = None
    places: int = 1
    state: OpeningState = OpeningState.OPEN
    notes: str = ""
    source: str = ""  # where an imported opening came from, e.g. "jobsearch:24681357"
    added_by_hub: str
    added_by: str | None = None  # staff id
    added_at: datetime  # aware; stored in UTC

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("employer_id", self.employer_id)
        set_(self, "title", validate.text("title", self.title, maximum=TITLE_MAX, required=True))
        set_(self, "occupation", check.esco("occupation", self.occupation))
        must = check.escos("must_skills", self.must_skills)
        nice = tuple(s for s in check.escos("nice_skills", self.nice_skills) if s not in must)
        for name, skills in (("must_skills", must), ("nice_skills", nice)):
            if len(skills) > SKILLS_MAX:
                raise DeskError("validation.too_long", field=name, maximum=SKILLS_MAX)
        set_(self, "must_skills", must)
        set_(self, "nice_skills", nice)
        requirements: dict[str, LanguageRequirement] = {}
        for text in check.sequence("languages", self.languages):
            requirement = LanguageRequirement.parse("languages", str(text))
            requirements.setdefault(requirement.language, requirement)  # the first one counts
        if len(requirements) > LANGUAGES_MAX:
            raise DeskError("validation.too_long", field="languages", maximum=LANGUAGES_MAX)
        set_(self, "languages", tuple(str(r) for r in requirements.values()))
        order = list(DrivingCategory)
        licences = check.enums("licences", DrivingCategory, self.licences)
        set_(self, "licences", tuple(sorted(licences, key=order.index)))
        set_(
            self,
            "min_education",
            check.small_int("min_education", self.min_education, minimum=0, maximum=8),
        )
        set_(self, "hard", check.enums("hard", HardRequirement, self.hard))
        set_(self, "kind", check.enum("kind", OpeningKind, self.kind))
        set_(
            self,
            "hours_per_week",
            check.small_int("hours_per_week", self.hours_per_week, minimum=1, maximum=HOURS_MAX),
        )
        set_(
            self,
            "municipality",
            validate.optional_text("municipality", self.municipality, maximum=100),
        )
        set_(self, "remote", check.flag("remote", self.remote))
        set_(self, "starts", PartialDate.coerce("starts", self.starts))
        set_(self, "apply_by", PartialDate.coerce("apply_by", self.apply_by))
        places = check.small_int("places", self.places, minimum=1, maximum=PLACES_MAX)
        set_(self, "places", 1 if places is None else places)
        set_(self, "state", check.enum("state", OpeningState, self.state))
        set_(self, "notes", validate.multiline("notes", self.notes, maximum=NOTES_MAX))
        set_(self, "source", validate.text("source", self.source, maximum=SOURCE_MAX))
        validate.record_id("added_by_hub", self.added_by_hub)
        if self.added_by is not None:
            validate.record_id("added_by", self.added_by)
        set_(self, "added_at", validate.utc("added_at", self.added_at))

    def language_requirements(self) -> tuple[LanguageRequirement, ...]:
        return tuple(LanguageRequirement.parse("languages", text) for text in self.languages)
