"""Reading a search query as (the start of) a phone number.

Numbers are stored in E.164 (``+46701234567``). A query is a phone query when it holds at least
:data:`MIN_DIGITS` digits and nothing but digits, spaces, ``+ - . / ( )``. It becomes one or more
E.164 *prefixes*: ``+46 70…`` and ``0046 70…`` as typed, ``070…`` read as Swedish (the leading
0 becomes +46), and bare digits ``70…`` both as a Swedish number without its 0 and as a number
with its country code but without the ``+``.
"""

from __future__ import annotations

import re
from typing import Final

MIN_DIGITS: Final = 3
DEFAULT_COUNTRY_CODE: Final = "46"
_PHONE_CHARS: Final = re.compile(r"[\d\s+\-./()]+")


def is_phone_query(query: str) -> bool:
    text = query.strip()
    if not text or not _PHONE_CHARS.fullmatch(text):
        return False
    return sum(c.isdigit() for c in text) >= MIN_DIGITS


def phone_prefixes(query: str) -> tuple[str, ...]:
    """The E.164 prefixes a phone query may stand for (best reading first)."""
    text = query.strip()
    digits = "".join(c for c in text if c.isdigit())
    if text.startswith("+"):
        return (f"+{digits}",)
    if digits.startswith("00"):
        return (f"+{digits[2:]}",)
    if digits.startswith("0"):
        return (f"+{DEFAULT_COUNTRY_CODE}{digits[1:]}",)
    return (f"+{DEFAULT_COUNTRY_CODE}{digits}", f"+{digits}")


def prefix_score(prefix: str, phone: str) -> float:
    """100 for the whole number, less for a number of which only the start was typed."""
    if not phone.startswith(prefix):
        return 0.0
    return 100.0 if len(prefix) == len(phone) else 60.0 + 35.0 * len(prefix) / len(phone)
