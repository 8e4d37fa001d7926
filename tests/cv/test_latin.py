"""Plain Latin text measured from per-character advances and pair kerns, drawn directly."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
import uharfbuzz as hb
from pypdf import PdfReader
from reportlab.lib.colors import black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from entryhub_desk.cv import fonts, latin, shaping
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.fonts import LATIN
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.cv.text import is_simple
from tests.cv import samples


def _harfbuzz_units(text: str, bold: bool) -> int:
    font = fonts.get(LATIN, bold)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "ltr"
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, shaping.FEATURES)
    return sum(p.x_advance for p in buf.glyph_positions)


def _texts() -> list[str]:
    """Every string of the sample profiles, and a few that kern or ligate."""
    out = ["AVATAR", "To Wärnersson, Tåg & Vägverket", "Waffle fjord", "œuvre, naïve", "0123"]
    for make in (samples.engineer, samples.accountant, samples.site_engineer):
        person, entries = make()
        for value in [person, *(e for items in entries.values() for e in items)]:
            for item in dataclasses.astuple(value):
                if type(item) is str and item and is_simple(item):
                    out.append(item)
    return out


@pytest.mark.parametrize("bold", [False, True])
def test_a_run_is_as_wide_as_harfbuzz_sets_it_or_left_to_harfbuzz(bold: bool) -> None:
    metrics = latin.metrics(bold)
    measured = 0
    for text in _texts():
        units = metrics.units(text)
        if units != units:  # NaN: a ligature or a mark, shaped instead
            assert any(p in text for p in ("fi", "fl", "ff", "fj")) or not text.isascii(), text
            continue
        assert units == _harfbuzz_units(text, bold), text
        measured += 1
    assert measured > 20
    assert metrics.units("Waffle") != metrics.units("Waffle")  # "ffl" is one glyph: NaN
    assert metrics.units("AVATAR") < sum(metrics.units(c) for c in "AVATAR")  # kerned


def test_a_kerned_run_is_drawn_with_its_kerning_in_one_array() -> None:
    doc = Canvas(io.BytesIO())._doc
    font = latin.metrics(False).name
    ops = latin.operators(doc, "AVATAR (x)", font, 10, black, 5, 7)
    assert "1 0 0 1 5 7 Tm" in ops and ops.count(" TJ") == 1 and ops.endswith("] TJ")
    body = ops[ops.index("[") : ops.rindex("]") + 1]
    assert body.startswith("[(A) ") and "\\(x\\))]" in body  # kerned after A; ( ) escaped
    moves = [float(n) for n in re.findall(r"\) (-?[0-9.]+)", body)]
    assert len(moves) >= 4 and moves[0] > 0  # A and V move closer: a positive number
    total = sum(latin.metrics(False).advance[c] for c in "AVATAR (x)") - sum(moves)
    assert total == latin.metrics(False).units("AVATAR (x)")


def test_nothing_of_the_cv_stays_in_a_cache_after_it_is_rendered() -> None:
    person, entries = samples.multiscript()
    pdf = render_pdf(build_document(person, entries, language="sv"), template="classic")
    assert PdfReader(io.BytesIO(pdf)).pages
    assert shaping.shape.cache_info().currsize == 0
    assert latin.current_scope() is None
    for bold in (False, True):  # the per-process tables hold characters and pairs, no words
        metrics = latin.metrics(bold)
        assert all(len(key) == 1 for key in metrics.advance)
        assert all(len(key) == 2 for key in metrics.kern)


def test_a_documents_characters_get_the_codes_reportlab_gives_them_one_by_one() -> None:
    """The encoder reads the codes reportlab's subsets already hold and lets reportlab assign
    the others: the same subset and byte per character as a call per character, in order
    (ASCII, accents, a no-break space, a character the font lacks, and enough new characters
    to open a second subset)."""
    fonts.register_all()
    font = latin.metrics(False).name
    texts = [
        "Plain ASCII (first) & more",
        "Tårta, Ölund – «naïve» • 24 h",
        "no\xa0break and ASCII again",
        "lacks \u4e00 here",
        "".join(map(chr, range(0x400, 0x4FF))),  # Cyrillic: past the first 256 codes
        "back to ASCII · and Åsa",
    ]
    ours = latin.encoder(Canvas(io.BytesIO())._doc, font)
    doc = Canvas(io.BytesIO())._doc
    reference = pdfmetrics.getFont(font)
    for text in texts:
        ours.runs(text)
        for char in dict.fromkeys(text):
            [(number, data)] = reference.splitString(char, doc)
            assert (ours.subset[char], ours.table[ord(char)]) == (number, latin._escape(data[0]))
    assert not ours.single


def test_printable_ascii_is_written_as_it_is_with_the_operators_of_its_codes() -> None:
    """Printable ASCII without ( ) \\ keeps its own codes in reportlab's readable subset: it is
    written without the translation table, the same operators as through it."""
    fonts.register_all()
    doc = Canvas(io.BytesIO())._doc
    font = latin.metrics(False).name
    enc = latin.encoder(doc, font)
    assert not enc.as_is("AVATAR")  # nothing of the font drawn in the document yet
    latin.operators(doc, "Tårta", font, 10, black, 0, 0, ())
    m = latin.metrics(False)
    for text in ("AVATAR To Wärnersson"[:11], "Team lead, 2019-2024", "e-mail: ali@x.org ~{}"):
        assert enc.as_is(text)
        kerns = m.measure(text)[1]
        direct = latin._single(m, enc, text, 9.5, black, 1.5, 2.5, kerns, True)
        enc.runs(text)  # learnt: through the table
        assert direct == latin._single(m, enc, text, 9.5, black, 1.5, 2.5, kerns, False)
    for text in ("(x)", "a\\b", "Tårta", "tab\there", "del\x7f"):
        assert not enc.as_is(text)


def test_a_run_is_split_into_the_subsets_and_codes_reportlab_gives_it() -> None:
    """Encoder.split (a shaped run's codes, see shaped_ops) is reportlab's splitString of the
    same texts in the same order: ASCII, accents, a no-break space, a character the font
    lacks, a ligature's private code and enough new characters to open a second subset."""
    fonts.register_all()
    font = latin.metrics(False).name
    texts = [
        "Plain ASCII (first)",
        "Tårta\xa0Ölund – «naïve»",
        "lacks \u4e00 and \ue001\ue002 codes",
        "".join(map(chr, range(0x400, 0x4FF))),
        "back to Åsa \ue001 and ASCII",
    ]
    ours = latin.encoder(Canvas(io.BytesIO())._doc, font)
    doc = Canvas(io.BytesIO())._doc
    reference = pdfmetrics.getFont(font)
    for text in texts:
        assert ours.split(text) == reference.splitString(text, doc), text
    assert len({subset for text in texts for subset, _ in ours.split(text)}) == 2
