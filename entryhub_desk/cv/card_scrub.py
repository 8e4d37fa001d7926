"""What of the person's own free text may go on a profile card.

A card says chosen, coded data, but a few items are the person's own words: a job title, a
skill typed in, a language certificate. Such a text could carry what the card must not: an
anonymised card never a part of the name (a job title "Al-Obeidi Catering", a certificate
"SFI D – Mohammed Al-Obeidi"), and no card an e-mail address or a phone number. A text that
does is replaced by its coded form where there is one, else left off the card.
"""

from __future__ import annotations

import re
from typing import Final

from entryhub_desk.domain.person import Person

_EMAIL: Final = re.compile(r"\S+@\S+")
# Seven digits or more, maybe with spaces, dashes, dots or brackets between: a phone number
# (years and CEFR levels never come close).
_PHONE: Final = re.compile(r"\+?\d(?:[\s().-]*\d){6,}")
_SPLIT: Final = re.compile(r"[\s\-‐'’.,]+")


class Scrubber:
    """Tells whether a free text of ``person`` may be printed on a card (``named``: the name
    may appear; phone numbers and e-mail addresses never)."""

    def __init__(self, person: Person, *, named: bool) -> None:
        names = (
            () if named else (person.given_name, person.family_name, person.original_script_name)
        )
        self._tokens = {
            token.casefold()
            for name in names
            if name
            for token in _SPLIT.split(name)
            if len(token) >= 2
        }

    def safe(self, text: str) -> bool:
        if _EMAIL.search(text) or _PHONE.search(text):
            return False
        if not self._tokens:
            return True
        words = {w.casefold() for w in re.findall(r"\w+", text)}
        folded = text.casefold()
        # A whole word of the text that is a name part, or a name part written inside it
        # ("AlObeidi"), for parts long enough not to be an ordinary syllable.
        return not (words & self._tokens or any(t in folded for t in self._tokens if len(t) >= 4))
