"""A visitor registered at the desk."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from entryhub_desk.domain import codes, validate
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.memo import personal

DEFAULT_REGION = "SE"
NAME_MAX = 100
EMAIL_MAX = 254
MUNICIPALITY_MAX = 100
EARLIEST_YEAR = 1900
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_E164 = re.compile(r"\+[1-9][0-9]{5,15}")


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    NOT_STATED = "not_stated"


def normalise_phone(value: str, region: str = DEFAULT_REGION) -> str:
    """The number in E.164 (``+46701234567``); local numbers are read in ``region``.

    A number already written in E.164 that is valid and reads back the same is returned as it
    is without parsing it (half the cost; every synced and stored phone is written so): any
    other text is parsed, so the answer is the one parsing gives."""
    found = _as_e164(value)
    return found if found is not None else _parsed_phone(value, region)


def _as_e164(value: str) -> str | None:
    """``value`` if it is a valid number in canonical E.164, else None (then parse it)."""
    return value if e164_parts(value) is not None else None


@personal
@lru_cache(maxsize=4096)  # a sync page's phones, checked again when the page is indexed
def e164_parts(value: str) -> tuple[int, str] | None:
    """``(country calling code, national significant number)`` of ``value`` if it is a valid
    number in canonical E.164 (as :func:`normalise_phone` returns without parsing), else None.
    Such a number parses to exactly these parts: its national number has no leading zero,
    else it would not read back the same."""
    if not _E164.fullmatch(value):
        return None
    import phonenumbers

    digits = value[1:]
    for size in (1, 2, 3):  # country codes are prefix-free: at most one of these is one
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            number = phonenumbers.PhoneNumber(
                country_code=code, national_number=int(digits[size:] or "0")
            )
            if not phonenumbers.is_valid_number(number):
                return None
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return (code, digits[size:]) if e164 == value else None
    return None


def _parsed_phone(value: str, region: str) -> str:
    import phonenumbers  # on first use: its import takes tens of milliseconds

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise DeskError("validation.bad_phone", field="phone", value=value) from None
    if not phonenumbers.is_valid_number(number):
        raise DeskError("validation.bad_phone", field="phone", value=value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(value: str) -> str:
    cleaned = value.strip()
    if len(cleaned) > EMAIL_MAX or not _EMAIL.fullmatch(cleaned):
        raise DeskError("validation.bad_email", field="email")
    local, domain = cleaned.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


@dataclass(frozen=True, kw_only=True)
class Person:
    """Validated and normalised on construction (names trimmed, codes cased, phone E.164)."""

    id: str = field(default_factory=new_id)
    given_name: str
    family_name: str = ""
    original_script_name: str | None = None
    birth_year: int | None = None
    gender: Gender = Gender.NOT_STATED
    country_of_birth: str | None = None  # ISO 3166-1 alpha-2
    languages: tuple[str, ...] = ()  # ISO 639-1 or 639-3
    phone: str | None = None  # E.164
    phone_as_written: str | None = None  # kept as typed when it is no valid number
    email: str | None = None
    municipality: str | None = None
    arrival_year: int | None = None
    hub_id: str
    preferred_language: str | None = None  # ISO 639 code, for talking and writing to them
    merged_into: str | None = None  # set when this record was merged into another person

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        validate.record_id("id", self.id)
        validate.record_id("hub_id", self.hub_id)
        set_(
            self,
            "given_name",
            validate.text("given_name", self.given_name, maximum=NAME_MAX, required=True),
        )
        set_(self, "family_name", validate.text("family_name", self.family_name, maximum=NAME_MAX))
        set_(
            self,
            "original_script_name",
            validate.optional_text(
                "original_script_name", self.original_script_name, maximum=2 * NAME_MAX
            ),
        )
        now = validate.this_year()
        set_(
            self,
            "birth_year",
            validate.year("birth_year", self.birth_year, minimum=EARLIEST_YEAR, maximum=now),
        )
        lowest_arrival = self.birth_year if self.birth_year is not None else EARLIEST_YEAR
        set_(
            self,
            "arrival_year",
            validate.year("arrival_year", self.arrival_year, minimum=lowest_arrival, maximum=now),
        )
        try:
            set_(self, "gender", Gender(self.gender))
        except ValueError:
            raise DeskError("validation.unknown_code", field="gender", value=self.gender) from None
        if self.country_of_birth is not None:
            set_(self, "country_of_birth", codes.country("country_of_birth", self.country_of_birth))
        if isinstance(self.languages, str):
            raise DeskError("validation.invalid", field="languages")
        languages: list[str] = []
        for raw in self.languages:
            code = codes.language("languages", raw)
            if code not in languages:
                languages.append(code)
        set_(self, "languages", tuple(languages))
        if self.preferred_language is not None:
            set_(
                self,
                "preferred_language",
                codes.language("preferred_language", self.preferred_language),
            )
        if self.merged_into is not None:
            validate.record_id("merged_into", self.merged_into)
            if self.merged_into == self.id:
                raise DeskError("validation.invalid", field="merged_into")
        phone = validate.optional_text("phone", self.phone, maximum=40)
        set_(self, "phone", normalise_phone(phone) if phone else None)
        set_(
            self,
            "phone_as_written",
            validate.optional_text("phone_as_written", self.phone_as_written, maximum=40),
        )
        email = validate.optional_text("email", self.email, maximum=EMAIL_MAX)
        set_(self, "email", normalise_email(email) if email else None)
        set_(
            self,
            "municipality",
            validate.optional_text("municipality", self.municipality, maximum=MUNICIPALITY_MAX),
        )
