"""The CV's faster PDF value formatting (cv/rlformat) writes byte for byte what reportlab's own
formatting writes: a whole CV (Arabic, Persian and Ge'ez text, links, a photo, the structure
tree, metadata) and names that reportlab escapes."""

from __future__ import annotations

import importlib

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas

from entryhub_desk.cv import pdfnum, pdfwrite, rlformat
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from tests.cv import samples
from tests.cv.test_photo import picture


def _reportlab_own(monkeypatch: pytest.MonkeyPatch) -> None:
    for (owner, name), original in rlformat.REPORTLAB.items():
        monkeypatch.setattr(owner, name, original)
    monkeypatch.setattr(pdfdoc.PDFDocument, "format", pdfwrite.REPORTLAB)
    for module in pdfnum.USERS:
        monkeypatch.setattr(importlib.import_module(module), "fp_str", pdfnum.REPORTLAB)


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_a_cv_is_the_same_bytes_as_reportlab_formats_it(
    template: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    person, entries = samples.multiscript()
    document = build_document(person, entries, language="sv")
    photo = picture("JPEG", (800, 1000))
    ours = render_pdf(document, template=template, photo=photo)
    # the fast formatting is the one in use
    assert pdfdoc.format is rlformat.format_value
    assert pdfdoc.PDFDocument.format is pdfwrite.format_document
    assert canvas.fp_str is pdfnum.fp_str
    _reportlab_own(monkeypatch)
    theirs = render_pdf(document, template=template, photo=photo)
    assert ours == theirs


@pytest.mark.parametrize(
    "name",
    ["Font", "F1+0", "A B", "a#b", "x(y)", "<[{%}]>", "Ändrad", "tab\there", "", "~!"],
)
def test_a_name_is_written_as_reportlab_writes_it(name: str) -> None:
    original = rlformat.REPORTLAB[(pdfdoc, "PDFName")]
    assert rlformat.name(name) == original(name)
