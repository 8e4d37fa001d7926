"""A render leaves no reference cycles: its objects are freed when it returns, not by the cyclic
garbage collector later (which cost about a tenth of a render)."""

from __future__ import annotations

import gc

import pytest

from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from tests.cv import samples


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_a_render_leaves_nothing_for_the_cycle_collector(template: str) -> None:
    person, entries = samples.with_long_description(samples.multiscript())
    document = build_document(person, entries, language="sv")
    render_pdf(document, template=template)  # fonts and caches made once, before counting
    gc.collect()
    gc.disable()
    try:
        pdf = render_pdf(document, template=template)
        left = gc.collect()
    finally:
        gc.enable()
    assert pdf.startswith(b"%PDF") and left == 0
