"""Emoji in CV free text: left out of the drawn text (the CV's fonts have none).

The desk bundles Noto Sans, Noto Sans Arabic and Noto Sans Ethiopic and no emoji font (the
bundle is at its size limit), so an emoji drawn in a CV would print as an empty box, and a
copy of the PDF would hold a character the page does not show. Names refuse them on entry
(``validation.picture_sign``); free text (a summary, a task, a description) may already hold
some, so the CV leaves them out when it lays out a line, together with what only serves to
build them: variation selectors, zero-width joiners between them, skin-tone modifiers, keycap
marks and tag characters. Symbols the CV fonts do draw (© ® ™ °) stay.

:func:`left_out` lists what a text loses, for a screen or command that says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from entryhub_desk.cv import fonts
from entryhub_desk.memo import personal

# Characters that may belong to an emoji (a fast first look; :func:`_pictograph` decides).
# General punctuation (U+2000-U+206F: the dashes and bullets of dates and lists) holds no
# picture sign, and its zero-width joiner counts only beside one (a candidate itself).
_CANDIDATE = re.compile(
    "[\u00a9\u00ae\u2070-\u2bff\u3030\u303d\u3297\u3299\ufe0e\ufe0f"
    "\U0001f000-\U0001faff\U000e0020-\U000e007f]"
)
_ZWJ = 0x200D
_STYLE = {0xFE0E, 0xFE0F, 0x20E3}  # text/emoji presentation selectors, the keycap mark


def has_pictographs(text: str) -> bool:
    """Whether ``text`` may hold an emoji (cheap; False for almost every CV text)."""
    return _CANDIDATE.search(text) is not None


@lru_cache(maxsize=4096)
def _pictograph(char: str) -> bool:
    """A picture sign none of the CV's fonts draws (an emoji, a skin tone, a flag letter)."""
    code = ord(char)
    if 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:  # skin tones, tags
        return True
    if unicodedata.category(char) != "So":
        return False
    return all(code not in fonts.get(family, False).chars for family in fonts.FAMILIES)


@personal
@lru_cache(maxsize=1024)
def strip(text: str) -> str:
    """``text`` without emoji and the characters that join or style them (a double space
    left by a removed emoji is made single)."""
    if not has_pictographs(text):
        return text
    out: list[str] = []
    dropped = False
    for i, char in enumerate(text):
        code = ord(char)
        joins = code == _ZWJ and (dropped or (i + 1 < len(text) and _pictograph(text[i + 1])))
        if _pictograph(char) or code in _STYLE or joins:
            dropped = True
            continue
        out.append(char)
    if len(out) == len(text):
        return text
    return re.sub("  +", " ", "".join(out))


def left_out(texts: Iterable[str]) -> list[str]:
    """The emoji the CV leaves out of ``texts``, each once, in order of appearance."""
    found: list[str] = []
    for text in texts:
        if not has_pictographs(text):
            continue
        for char in text:
            if _pictograph(char) and not 0x1F3FB <= ord(char) <= 0x1F3FF and char not in found:
                found.append(char)
    return found
