"""Python's cycle collector held off during one piece of work that makes no reference cycles.

A CV render and a search query each keep thousands of young objects alive at once (a render's
layout, a query's decoded postings) and free them as they end; every collection they trigger
would walk those objects for nothing, and now and then a full collection of the whole process
would land inside one of them. Both pause the collector for their length (``cv/render.py``,
``store/search_read.py``); the tests of each check that they make no cycles.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside, on again after; left off when it was off already (paused by
    an enclosing piece of work, or by the program)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
