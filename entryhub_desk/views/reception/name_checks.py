"""Names hold letters: emoji and other picture signs are refused with a message.

The desk bundles Noto Sans, Noto Sans Arabic and Noto Sans Ethiopic (resources/fonts) and no
emoji font, so an emoji in a name would show as an empty box on screen and in the CV; no
person's name needs one. Letters of every script, marks, digits and punctuation are kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Final

from entryhub_desk.errors import DeskError

NAME_FIELDS: Final = ("given_name", "family_name", "original_script_name")


def picture_sign(text: str) -> str | None:
    """The first emoji or picture sign in ``text`` (None if there is none)."""
    for char in text:
        if unicodedata.category(char) == "So" or 0x1F3FB <= ord(char) <= 0x1F3FF:
            return char
    return None


def refuse_unshowable(fields: Mapping[str, object]) -> None:
    """``validation.picture_sign`` naming the first name field that holds one."""
    for field in NAME_FIELDS:
        value = fields.get(field)
        found = picture_sign(value) if isinstance(value, str) else None
        if found is not None:
            raise DeskError("validation.picture_sign", field=field, value=found)
