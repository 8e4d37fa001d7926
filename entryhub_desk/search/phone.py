"""Reading a search query as (the start of) a phone number.

Numbers are stored in E.164 (``+46701234567``); the index also keeps each number's *national
significant number* (NSN: ``+963944123456`` → ``944123456``). A query is a phone query when it
holds at least :data:`MIN_DIGITS` digits and nothing but digits, spaces and ``+ - – . / ( )``.
It becomes one or more readings, best first:

- ``+46 70…``, ``0046 70…`` as typed; a trunk 0 after the country code is dropped, written
  ``+46 (0)70…`` or ``+46 070…``;
- ``070…`` as Swedish (the 0 becomes +46), and also as the local number of any country: its
  NSN ``70…`` (a Syrian visitor types ``0944 123 456`` for ``+963944123456``);
- bare digits ``70…`` as a Swedish number without its 0, as a number with its country code but
  without the ``+``, and as an NSN.

Each reading is ``(kind, prefix)``: kind ``"e164"`` (a prefix of ``person.phone``) or ``"nsn"``
(a prefix of the national significant number).
"""

from __future__ import annotations

import re
from typing import Final

from entryhub_desk.domain.person import e164_parts

MIN_DIGITS: Final = 3
DEFAULT_COUNTRY_CODE: Final = "46"
_PHONE_CHARS: Final = re.compile(r"[\d\s+\-\u2013./()]+")
_TRUNK_IN_BRACKETS: Final = re.compile(r"\(\s*0\s*\)")


def is_phone_query(query: str) -> bool:
    text = query.strip()
    if not text or not _PHONE_CHARS.fullmatch(text):
        return False
    return sum(c.isdigit() for c in text) >= MIN_DIGITS


def _country_code(digits: str) -> str | None:
    import phonenumbers  # on first use (as in domain.person): a slow import

    for size in (1, 2, 3):
        code = digits[:size]
        if len(digits) > size and int(code) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return code
    return None


def _international(digits: str) -> str:
    """``+`` digits, without a trunk 0 right after the country code."""
    code = _country_code(digits)
    if code is not None and digits[len(code) :].startswith("0"):
        digits = code + digits[len(code) + 1 :]
    return f"+{digits}"


def phone_readings(query: str) -> tuple[tuple[str, str], ...]:
    """The ``(kind, prefix)`` readings a phone query may stand for (best first)."""
    text = _TRUNK_IN_BRACKETS.sub("0", query.strip())
    digits = "".join(c for c in text if c.isdigit())
    found: list[tuple[str, str]] = []
    if text.startswith("+"):
        found.append(("e164", _international(digits)))
    elif digits.startswith("00"):
        found.append(("e164", _international(digits[2:])))
    elif digits.startswith("0"):
        found.append(("e164", f"+{DEFAULT_COUNTRY_CODE}{digits[1:]}"))
        if len(digits) >= 5:
            found.append(("nsn", digits[1:]))
    else:
        found.append(("e164", f"+{DEFAULT_COUNTRY_CODE}{digits}"))
        found.append(("e164", f"+{digits}"))
        if len(digits) >= 4:
            found.append(("nsn", digits))
    return tuple(dict.fromkeys(found))


def phone_prefixes(query: str) -> tuple[str, ...]:
    """The E.164 prefixes a phone query may stand for (best reading first)."""
    return tuple(prefix for kind, prefix in phone_readings(query) if kind == "e164")


def national_number(e164: str | None) -> tuple[str, str] | None:
    """``(NSN, region)`` of a stored E.164 number (None when it cannot be read)."""
    if not e164:
        return None
    import phonenumbers

    known = e164_parts(e164)  # checked (and cached) when the person was validated
    if known is not None:  # parsing gives these parts: only the region is looked up
        code, nsn = known
        number = phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn))
        return nsn, phonenumbers.region_code_for_number(number) or ""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    nsn = phonenumbers.national_significant_number(parsed)
    region = phonenumbers.region_code_for_number(parsed) or ""
    return (nsn, region) if nsn else None


def prefix_score(prefix: str, phone: str) -> float:
    """100 for the whole number, less for a number of which only the start was typed."""
    if not phone.startswith(prefix):
        return 0.0
    return 100.0 if len(prefix) == len(phone) else 60.0 + 35.0 * len(prefix) / len(phone)
