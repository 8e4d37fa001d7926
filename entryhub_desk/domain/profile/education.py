"""Education (ISCED 2011 with EQF/SeQF) and foreign credentials with their recognition."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from entryhub_desk.domain.profile import _check as check
from entryhub_desk.domain.profile.codes import BridgingState, EntryKind, RecognitionStatus
from entryhub_desk.domain.profile.dates import PartialDate, check_order
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

# The EQF (= SeQF) level an ISCED 2011 level usually corresponds to; ISCED 0 has none.
EQF_FOR_ISCED: Final[dict[int, int | None]] = {
    0: None,
    1: 1,
    2: 2,
    3: 4,
    4: 4,
    5: 5,
    6: 6,
    7: 7,
    8: 8,
}


@dataclass(frozen=True, kw_only=True)
class Education:
    KIND: ClassVar[EntryKind] = EntryKind.EDUCATION

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    institution: str = ""
    country: str | None = None  # ISO 3166-1 alpha-2
    field: str = ""  # field of study ("Information Technology")
    title: str = ""  # degree or certificate title ("Bachelor")
    isced_level: int | None = None  # ISCED 2011, 0–8
    eqf_level: int | None = None  # EQF / SeQF, 1–8 (defaults from the ISCED level)
    start: PartialDate | None = None
    end: PartialDate | None = None
    completed: bool | None = None
    documents_available: bool | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "institution", check.text("institution", self.institution))
        set_(self, "country", check.country("country", self.country))
        set_(self, "field", check.text("field", self.field))
        set_(self, "title", check.text("title", self.title))
        isced = check.small_int("isced_level", self.isced_level, minimum=0, maximum=8)
        set_(self, "isced_level", isced)
        eqf = check.small_int("eqf_level", self.eqf_level, minimum=1, maximum=8)
        if eqf is None and isced is not None:
            eqf = EQF_FOR_ISCED[isced]
        set_(self, "eqf_level", eqf)
        set_(self, "start", PartialDate.coerce("start", self.start))
        set_(self, "end", PartialDate.coerce("end", self.end))
        check_order(self.start, self.end)
        set_(self, "completed", check.optional_flag("completed", self.completed))
        set_(
            self,
            "documents_available",
            check.optional_flag("documents_available", self.documents_available),
        )
        if not (self.institution or self.title or self.field or self.isced_level is not None):
            raise DeskError("validation.required", field="institution")


@dataclass(frozen=True, kw_only=True)
class Credential:
    """A foreign credential and its recognition in Sweden."""

    KIND: ClassVar[EntryKind] = EntryKind.CREDENTIAL

    id: str = field(default_factory=new_id)
    person_id: str
    position: int | None = None
    name: str  # the credential as issued ("Licence to practise as a nurse")
    issuer: str = ""  # who issued it
    issued: PartialDate | None = None
    issuing_country: str | None = None
    status: RecognitionStatus = field(
        default=RecognitionStatus.NOT_STARTED, metadata={"labels": "recognition"}
    )
    authority: str = ""  # recognising authority ("UHR", "Socialstyrelsen", "Skolverket")
    recognised_as: str = ""  # the Swedish degree or level it compares to
    decision_date: PartialDate | None = None
    bridging: BridgingState = field(default=BridgingState.NONE, metadata={"labels": "bridging"})

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        check.common(self)
        set_(self, "name", check.text("name", self.name, required=True))
        set_(self, "issuer", check.text("issuer", self.issuer))
        set_(self, "issued", PartialDate.coerce("issued", self.issued))
        set_(self, "issuing_country", check.country("issuing_country", self.issuing_country))
        set_(self, "status", check.enum("status", RecognitionStatus, self.status))
        set_(self, "authority", check.text("authority", self.authority, maximum=100))
        set_(self, "recognised_as", check.text("recognised_as", self.recognised_as))
        set_(self, "decision_date", PartialDate.coerce("decision_date", self.decision_date))
        check_order(self.issued, self.decision_date, field="decision_date")
        set_(self, "bridging", check.enum("bridging", BridgingState, self.bridging))
