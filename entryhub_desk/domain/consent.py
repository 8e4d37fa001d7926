"""Consent records. A withdrawal is a new record (``given=False``) naming the one it withdraws."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Final

from entryhub_desk.domain import validate
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

NOTICE_VERSION_MAX = 32


class ConsentPurpose(StrEnum):
    KEEP_PROFILE = "keep_profile"
    CONTACT_FOLLOW_UP = "contact_follow_up"
    SHARE_WITH_EMPLOYERS = "share_with_employers"
    SHARE_ACROSS_HUBS = "share_across_hubs"
    MATCH_OPENINGS = "match_openings"  # ranked for employers' openings (issue 15)


#: The version of the privacy notice shown for the four first purposes.
FIRST_NOTICE_VERSION: Final = "2025-1"
#: Per purpose, the version of the notice this program shows (its text, in English and
#: Swedish, is in :mod:`entryhub_desk.catalogue.notices` where the purpose has one of its own).
NOTICE_VERSIONS: Final[dict[ConsentPurpose, str]] = {
    ConsentPurpose.KEEP_PROFILE: FIRST_NOTICE_VERSION,
    ConsentPurpose.CONTACT_FOLLOW_UP: FIRST_NOTICE_VERSION,
    ConsentPurpose.SHARE_WITH_EMPLOYERS: FIRST_NOTICE_VERSION,
    ConsentPurpose.SHARE_ACROSS_HUBS: FIRST_NOTICE_VERSION,
    ConsentPurpose.MATCH_OPENINGS: "2026-1",
}


def notice_version(purpose: ConsentPurpose | str) -> str:
    """The version of the notice shown for ``purpose`` (``validation.unknown_code``)."""
    try:
        return NOTICE_VERSIONS[ConsentPurpose(purpose)]
    except ValueError:
        raise DeskError("validation.unknown_code", field="purpose", value=str(purpose)) from None


@dataclass(frozen=True, kw_only=True)
class Consent:
    id: str = field(default_factory=new_id)
    person_id: str
    purpose: ConsentPurpose
    notice_version: str  # which privacy notice the person was shown
    given: bool
    recorded_at: datetime  # aware; stored in UTC
    staff_id: str
    withdraws: str | None = None  # id of the consent this record withdraws

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("person_id", self.person_id)
        validate.record_id("staff_id", self.staff_id)
        try:
            set_(self, "purpose", ConsentPurpose(self.purpose))
        except ValueError:
            raise DeskError(
                "validation.unknown_code", field="purpose", value=self.purpose
            ) from None
        set_(
            self,
            "notice_version",
            validate.text(
                "notice_version", self.notice_version, maximum=NOTICE_VERSION_MAX, required=True
            ),
        )
        if not isinstance(self.given, bool):
            raise DeskError("validation.invalid", field="given")
        set_(self, "recorded_at", validate.utc("recorded_at", self.recorded_at))
        if self.withdraws is not None:
            validate.record_id("withdraws", self.withdraws)
            if self.given or self.withdraws == self.id:
                raise DeskError("validation.invalid", field="withdraws")
