"""An employer (organisation or informal), its contact persons and the log of contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from entryhub_desk.domain import validate
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id

NAME_MAX = 200
SECTOR_MAX = 100
MUNICIPALITY_MAX = 100
NOTES_MAX = 4000
CONTACT_TEXT_MAX = 200
LOG_TEXT_MAX = 2000

_ORG_NUMBER = re.compile(r"(?:16)?(\d{6})-?(\d{4})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def normalise_org_number(field_name: str, value: str | None) -> str | None:
    """A Swedish organisation number as ``NNNNNN-NNNN`` (with or without the dash or the
    ``16`` prefix), its Luhn check digit right; None or empty for an informal employer.

    The third digit of an organisation number is at least 2 (that is what tells it from a
    personal identity number); a sole trader's number *is* a personal identity number, so a
    third digit below 2 is accepted as long as the check digit is right."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise DeskError("validation.invalid", field=field_name)
    cleaned = value.strip().replace(" ", "")
    if not cleaned:
        return None
    match = _ORG_NUMBER.fullmatch(cleaned)
    if match is None:
        raise DeskError("validation.org_number", field=field_name)
    digits = match.group(1) + match.group(2)
    if not _luhn_ok(digits):
        raise DeskError("validation.org_number", field=field_name)
    return f"{digits[:6]}-{digits[6:]}"


@dataclass(frozen=True, kw_only=True)
class Employer:
    id: str = field(default_factory=new_id)
    name: str
    org_number: str | None = None  # NNNNNN-NNNN; None for informal employers
    sector: str = ""  # in the hub's words (e.g. "construction", "elderly care")
    municipality: str | None = None
    notes: str = ""
    added_by_hub: str  # hub id of the desk that added it
    added_by: str | None = None  # staff id
    added_at: datetime  # aware; stored in UTC

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        set_(self, "name", validate.text("name", self.name, maximum=NAME_MAX, required=True))
        set_(self, "org_number", normalise_org_number("org_number", self.org_number))
        set_(self, "sector", validate.text("sector", self.sector, maximum=SECTOR_MAX))
        set_(
            self,
            "municipality",
            validate.optional_text("municipality", self.municipality, maximum=MUNICIPALITY_MAX),
        )
        set_(self, "notes", validate.multiline("notes", self.notes, maximum=NOTES_MAX))
        validate.record_id("added_by_hub", self.added_by_hub)
        if self.added_by is not None:
            validate.record_id("added_by", self.added_by)
        set_(self, "added_at", validate.utc("added_at", self.added_at))


@dataclass(frozen=True, kw_only=True)
class EmployerContact:
    """A person at an employer. Personal data: erased on request (the record is emptied and
    marked erased) and included in an export of that contact."""

    id: str = field(default_factory=new_id)
    employer_id: str
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    erased: bool = False

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("employer_id", self.employer_id)
        if not isinstance(self.erased, bool):
            raise DeskError("validation.invalid", field="erased")
        set_(
            self,
            "name",
            validate.text("name", self.name, maximum=CONTACT_TEXT_MAX, required=not self.erased),
        )
        set_(self, "role", validate.text("role", self.role, maximum=CONTACT_TEXT_MAX))
        phone = validate.text("phone", self.phone, maximum=40)
        if phone and not re.fullmatch(r"\+?[0-9 ()./-]{5,40}", phone):
            raise DeskError("validation.bad_phone", value=phone)
        set_(self, "phone", phone)
        email = validate.text("email", self.email, maximum=CONTACT_TEXT_MAX)
        if email and not _EMAIL.fullmatch(email):
            raise DeskError("validation.bad_email")
        set_(self, "email", email)
        if self.erased and (self.name or self.role or self.phone or self.email):
            raise DeskError("validation.invalid", field="erased")


@dataclass(frozen=True, kw_only=True)
class EmployerLogEntry:
    """One contact with an employer (a call, a visit, a fair), in the history of the employer."""

    id: str = field(default_factory=new_id)
    employer_id: str
    at: datetime  # aware; stored in UTC
    text: str
    hub_id: str
    staff_id: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("employer_id", self.employer_id)
        validate.record_id("hub_id", self.hub_id)
        if self.staff_id is not None:
            validate.record_id("staff_id", self.staff_id)
        set_(self, "at", validate.utc("at", self.at))
        set_(self, "text", validate.multiline("text", self.text, maximum=LOG_TEXT_MAX))
        if not self.text:
            raise DeskError("validation.required", field="text")
