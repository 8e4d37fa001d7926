"""A pattern reportlab compiles as it is imported, compiled on first use instead.

``reportlab.platypus.paragraph`` compiles, at import, the pattern of the web addresses in its
paragraphs' links (case-insensitive over every letter of the Basic Multilingual Plane): some 330
million instructions, tens of milliseconds, a quarter of all the CV loads before its first CV.
The CV draws no paragraph of reportlab's (its text is laid out in ``cv/text.py``), and every
import of ``reportlab.platypus`` loads that module. :func:`defer_reportlab_patterns`, run
before reportlab's layout is first imported (a step of ``cv_warmup.LoadAhead``), puts a
stand-in under that pattern's key in ``re``'s own cache, so that ``re.compile`` hands it to
reportlab; the stand-in compiles the real pattern the first time it is used and then behaves as
it (``tests/services/test_cv_deferred.py`` checks that reportlab still compiles this very
pattern and that the stand-in matches as the pattern does).

Nothing changes where ``re`` keeps its cache otherwise (the key is probed first) or when the
cache was emptied meanwhile (``re.purge``): reportlab then compiles the pattern itself.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Final

#: ``reportlab.platypus.paragraph.uri_pat`` of reportlab 4.x–5.x, as it is compiled there.
REPORTLAB_URI_PATTERN: Final = (
    "(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)"
    "(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z\xa1-\uffff0-9]"
    "(?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?(?:\\.(?!-)[a-z\xa1-\uffff0-9-]{1,63}"
    "(?<!-))*\\.(?!-)(?:[a-z\xa1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?|localhost))"
    "(?::\\d{2,5})?(?:[/?#][^\\s]*)?\\Z"
)
REPORTLAB_URI_FLAGS: Final = re.IGNORECASE
_PROBE: Final = "entryhub-desk: where re keeps its compiled patterns"


class DeferredPattern:
    """Stands for ``re.compile(pattern, flags)`` until first used, then is that pattern."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def compiled(self) -> re.Pattern[str]:
        """The real pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    cache = getattr(re, "_cache", None)
                    key = (str, self.pattern, int(self.flags))
                    if isinstance(cache, dict) and cache.get(key) is self:
                        del cache[key]  # else re.compile would hand back this stand-in
                    self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # match, search, sub, groups, …
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"<deferred re.compile({self.pattern[:20]!r}…), {state}>"


def defer(pattern: str, flags: int) -> DeferredPattern | None:
    """Put a :class:`DeferredPattern` in ``re``'s cache for ``re.compile(pattern, flags)``;
    None where that cache is not the one this Python keeps (nothing is changed then) or the
    pattern is compiled already."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return None
    re.compile(_PROBE)
    if (str, _PROBE, 0) not in cache:  # the key is not the one re._compile uses
        return None
    key = (str, pattern, int(flags))
    found = cache.get(key)
    if found is not None:
        return found if isinstance(found, DeferredPattern) else None
    stand_in = DeferredPattern(pattern, int(flags))
    cache[key] = stand_in
    return stand_in


def defer_reportlab_patterns() -> None:
    """Defer reportlab's link pattern (see the module's text), unless its paragraph module is
    loaded already."""
    import sys

    if "reportlab.platypus.paragraph" not in sys.modules:
        defer(REPORTLAB_URI_PATTERN, REPORTLAB_URI_FLAGS)
