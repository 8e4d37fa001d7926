"""Memos of personal values that Qt-free code keeps to save work, forgotten when the desk locks.

Pure functions of a visitor's name words or phone number are memoised across calls (the same
names come back at every keystroke, every search and every sync page). What such a memo holds
is decrypted personal data, and an idle lock drops decrypted caches (docs/DESIGN, "Auto-lock"):
each one is marked with :func:`personal` where it is made, and :func:`forget_personal`
(``Session.lock`` and ``Session.close``) empties them all. ``tests/test_memo.py`` checks that no
memo of the search, the name comparison or the phone check is left unmarked. (A CV's texts
are forgotten after each render by its own scope: ``cv.latin.render_scope``.)
"""

from __future__ import annotations

from typing import Protocol, TypeVar


class _Memo(Protocol):
    def cache_clear(self) -> None: ...


M = TypeVar("M", bound=_Memo)

_PERSONAL: list[_Memo] = []


def personal(memo: M) -> M:
    """Mark ``memo`` (an ``lru_cache`` of a function of personal values) as forgotten on lock;
    put it above the ``@lru_cache`` line."""
    _PERSONAL.append(memo)
    return memo


def forget_personal() -> None:
    """Empty every memo marked :func:`personal`."""
    for memo in _PERSONAL:
        memo.cache_clear()


def marked() -> tuple[_Memo, ...]:
    """The memos marked :func:`personal` so far (for the tests)."""
    return tuple(_PERSONAL)
