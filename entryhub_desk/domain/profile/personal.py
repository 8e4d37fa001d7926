"""Driving licences, interests and the business idea."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from entryhub_desk.domain.profile import _check as check
from entryhub_desk.domain.profile.codes import BusinessSector, DrivingCategory, EntryKind
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id


@dataclass(frozen=True, kw_only=True)
class DrivingLicence:
    KIND: ClassVar[EntryKind] = EntryKind.DRIVING

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    categories: tuple[DrivingCategory, ...]
    issuing_country: str | None = None
    valid_in_sweden: bool | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        categories = check.enums("categories", DrivingCategory, self.categories)
        if not categories:
            raise DeskError("validation.required", field="categories")
        order = list(DrivingCategory)
        set_(self, "categories", tuple(sorted(categories, key=order.index)))
        set_(self, "issuing_country", check.country("issuing_country", self.issuing_country))
        set_(self, "valid_in_sweden", check.optional_flag("valid_in_sweden", self.valid_in_sweden))


@dataclass(frozen=True, kw_only=True)
class Interest:
    KIND: ClassVar[EntryKind] = EntryKind.INTEREST

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    name: str
    keywords: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check.common(self)
        object.__setattr__(self, "name", check.text("name", self.name, required=True))
        object.__setattr__(self, "keywords", check.texts("keywords", self.keywords, maximum=100))


@dataclass(frozen=True, kw_only=True)
class Business:
    """For those who want their own business (one per person)."""

    KIND: ClassVar[EntryKind] = EntryKind.BUSINESS

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    idea: str = ""
    sector: BusinessSector | None = field(default=None, metadata={"labels": "sector"})
    experience: str = ""  # experience of running a business
    support_wanted: str = ""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "idea", check.long_text("idea", self.idea, maximum=2000))
        set_(self, "sector", check.optional_enum("sector", BusinessSector, self.sector))
        set_(self, "experience", check.long_text("experience", self.experience, maximum=2000))
        set_(
            self,
            "support_wanted",
            check.long_text("support_wanted", self.support_wanted, maximum=2000),
        )
