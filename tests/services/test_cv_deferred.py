"""reportlab's link pattern, compiled on first use instead of at import (``cv_deferred.py``).

The import cases run in a fresh process (in the test process reportlab is loaded already).
"""

from __future__ import annotations

import re

from entryhub_desk.services.cv_deferred import (
    REPORTLAB_URI_FLAGS,
    REPORTLAB_URI_PATTERN,
    DeferredPattern,
    defer,
)
from tests.services.helpers import run_fresh

SCRIPT = """
import json, re, sys
sys.path.insert(0, sys.argv[1])
from entryhub_desk.services.cv_warmup import LoadAhead
ahead = LoadAhead(languages=("en",), templates=("classic",))
ahead.run()
from reportlab.platypus import paragraph
from entryhub_desk.services.cv_deferred import DeferredPattern
uri_pat = paragraph.uri_pat
deferred = isinstance(uri_pat, DeferredPattern)
compiled_before = deferred and uri_pat._compiled is not None
print(json.dumps({
    "deferred": deferred,
    "compiled_before": compiled_before,
    "same_pattern": uri_pat.pattern == paragraph.uri_pat.pattern,
    "pairs": paragraph._uri_split_pairs("https://www.example.com/a/b"),
    "compiled_after": deferred and uri_pat._compiled is not None,
}))
"""
ADDRESSES = (
    "https://www.example.com/a/b?c=d#e",
    "http://user:pw@192.168.1.10:8080/x",
    "ftp://[2001:db8::1]/file",
    "https://bücher.example.se/",
    "HTTPS://EXAMPLE.COM",
    "mailto:someone@example.com",
    "https://-bad-.example.com",
    "not a link",
    "http://localhost",
)


def test_the_cv_loading_leaves_reportlabs_link_pattern_uncompiled_until_used() -> None:
    result, _ = run_fresh(SCRIPT)
    # Fails when reportlab compiles another pattern (or another way) than REPORTLAB_URI_PATTERN:
    # the stand-in is then never handed out, and the pattern is compiled at import again.
    assert result["deferred"] and not result["compiled_before"]
    assert result["pairs"] and result["compiled_after"]  # used: compiled, and working


def test_a_deferred_pattern_matches_as_the_pattern_does() -> None:
    real = re.compile(REPORTLAB_URI_PATTERN, REPORTLAB_URI_FLAGS)
    if isinstance(real, DeferredPattern):  # an earlier test of this process loaded the CV
        real = real.compiled()
    assert isinstance(real, re.Pattern)
    stand_in = DeferredPattern(REPORTLAB_URI_PATTERN, REPORTLAB_URI_FLAGS)
    for address in ADDRESSES:
        expected = real.match(address)
        found = stand_in.match(address)
        assert (found and found.groups()) == (expected and expected.groups()), address
    assert stand_in.compiled() is real  # re's own cache gives the very same pattern now
    assert stand_in.flags == real.flags & ~re.UNICODE


def test_defer_hands_the_stand_in_to_re_compile_once() -> None:
    pattern = "(?#entryhub-desk test)(a|b)+c"  # a comment: no other code compiled it before
    stand_in = defer(pattern, re.IGNORECASE)
    assert isinstance(stand_in, DeferredPattern)
    assert re.compile(pattern, re.IGNORECASE) is stand_in  # what an importing module gets
    assert defer(pattern, re.IGNORECASE) is stand_in
    assert stand_in.search("xxABc").group(0) == "ABc"
    real = re.compile(pattern, re.IGNORECASE)  # compiled by now: re gives the real one
    assert isinstance(real, re.Pattern) and stand_in.compiled() is real
    assert defer(pattern, re.IGNORECASE) is None  # compiled already: nothing to put off
