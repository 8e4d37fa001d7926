"""Shaped runs (Arabic and Persian joined letters with their marks, Ge'ez, Latin ligatures)
are written byte for byte as reportlab's own text object writes them (cv/shaped_ops)."""

from __future__ import annotations

from typing import Any

import pytest

from entryhub_desk.cv import shaped_ops
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.model import CvDocument, CvHeader, Text
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.cv.text import Span, layout
from tests.cv import samples


def _reportlab_text_out(t: Any, text: Any) -> None:
    t.textOut(text)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_multiscript_cv_is_the_same_bytes_as_reportlab_writes_it(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    person, entries = samples.multiscript()
    document = build_document(person, entries, language=language)
    ours = render_pdf(document, template="classic")
    monkeypatch.setattr(shaped_ops, "text_out", _reportlab_text_out)
    assert render_pdf(document, template="classic") == ours


def test_marks_and_ligatures_are_written_as_reportlab_writes_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stacked Arabic marks (a rise per cluster), Ge'ez and a Latin ligature in a header."""
    name = "مُحَمَّدٌ ٱلْعُبَيْدِيّ ዮሃንስ ffi"
    assert any(line.pieces[0].shaped for line in layout([Span(name)], 12, 400))
    person, entries = samples.engineer()
    built = build_document(person, entries, language="en")
    header = CvHeader(name="Official ffi", original_name=name, headline=(Text(name),))
    document = CvDocument(language="en", header=header, sections=(), labels=built.labels)
    ours = render_pdf(document, template="compact")
    monkeypatch.setattr(shaped_ops, "text_out", _reportlab_text_out)
    assert render_pdf(document, template="compact") == ours
