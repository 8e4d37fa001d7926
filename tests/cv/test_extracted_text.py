"""Text a machine can read: what pdftotext (poppler) and pypdf get out of a CV is what was typed.

Each script is tested in the CV's summary (a paragraph of its own) and in a work entry's task
(a line among others): Arabic and Persian as base letters in logical order (not presentation
forms, not reversed), Ge'ez, Cyrillic and Latin (kerned and with ligatures) as typed.

poppler (22.12) reorders a right-to-left line on a mostly left-to-right page with a simplified
algorithm: it cuts the line at every character it does not class as right to left (comma,
full stop, digits, brackets) and lists the pieces in visual order, each piece in logical order,
and it spaces off a mark drawn before its letter. So for Arabic and Persian, pdftotext is held
to: every piece between such characters comes out as typed, and a sentence without them comes
out whole. pypdf reads whole sentences (it only moves the closing full stop).
"""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.domain.profile import EntryKind, Goals, Work
from tests.cv import samples
from tests.cv.helpers import pdffonts, pdftotext

TEXTS = {
    "arabic": "أعمل طباخا في مطعم الشام منذ عشر سنوات، وأحب الطبخ مع محمد.",
    "persian": "من در دانشگاه تهران اقتصاد خواندم و به زبان‌های فارسی، عربی و انگلیسی صحبت می‌کنم.",
    "geez": "ኣብ ኣስመራ ኣብ ሆቴል ንሰለስተ ዓመት ሰሪሐ እየ።",
    "cyrillic": "Я работал поваром в Москве пять лет, а потом в Казани.",
    "latin": "AVATAR office: Waffle fjord, «Tårta» Œuvre affluent — 24 timmar/vecka.",
}
# Bidi controls a reader may add around right-to-left text (poppler does), and line breaks.
_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2069"))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_CONTROLS)).strip()


def render(text: str, template: str = "classic") -> bytes:
    person, entries = samples.multiscript()
    goals = entries[EntryKind.GOALS][0]
    assert isinstance(goals, Goals)
    entries[EntryKind.GOALS] = [dataclasses.replace(goals, summary=text)]
    work = entries[EntryKind.WORK][0]
    assert isinstance(work, Work)
    entries[EntryKind.WORK] = [dataclasses.replace(work, tasks=(text,))]
    return render_pdf(build_document(person, entries, language="sv"), template=template)


@pytest.fixture(scope="module", params=sorted(TEXTS))
def rendered(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, bytes, Path]:
    script = request.param
    pdf = render(TEXTS[script])
    path = tmp_path_factory.mktemp("text") / f"{script}.pdf"
    path.write_bytes(pdf)
    return script, pdf, path


RTL = ("arabic", "persian")
# What poppler cuts a right-to-left line at (see the module docstring).
_CUTS = re.compile(r"[\s]*[.,،()0-9]+[\s]*")


def test_pdftotext_gives_the_typed_text(rendered: tuple[str, bytes, Path]) -> None:
    script, _, path = rendered
    text = flat(pdftotext(path))
    expected = TEXTS[script]
    if script not in RTL:
        assert text.count(expected) == 2, f"{script}: {text[:400]!r}"
        return
    pieces = [p for p in _CUTS.split(expected) if p.strip()]
    assert len(pieces) > 1
    for piece in pieces:
        assert text.count(piece.strip()) == 2, f"{piece!r} not in {text[:400]!r}"


@pytest.mark.parametrize(
    "sentence",
    [
        "أعمل طباخا في مطعم الشام منذ عشر سنوات مع محمد",
        "من در دانشگاه تهران اقتصاد خواندم و به زبان‌های فارسی صحبت می‌کنم",
    ],
)
def test_pdftotext_gives_a_right_to_left_sentence_whole(sentence: str, tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(render(sentence))
    text = flat(pdftotext(path))
    assert text.count(sentence) == 2, text[:400]


def test_pypdf_gives_the_typed_text(rendered: tuple[str, bytes, Path]) -> None:
    script, pdf, _ = rendered
    reader = PdfReader(io.BytesIO(pdf))
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    expected = TEXTS[script]
    if script in RTL:  # pypdf puts the closing full stop of a right-to-left line first
        expected = expected.rstrip(".")
    if script == "persian":  # pypdf drops the zero-width non-joiner
        text = text.replace("\u200c", "")
        expected = expected.replace("\u200c", "")
    assert text.count(expected) == 2, f"{script}: {text[:400]!r}"


def test_no_presentation_forms_or_private_codes_are_extracted(
    rendered: tuple[str, bytes, Path],
) -> None:
    _, _, path = rendered
    text = pdftotext(path)
    odd = {
        c
        for c in text
        if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF or 0xE000 <= ord(c) <= 0xF8FF
    }
    assert not odd, sorted(f"U+{ord(c):04X}" for c in odd)


def test_the_multiscript_cv_reads_as_typed(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    pdf = render_pdf(build_document(person, entries, language="sv"), template="classic")
    path = tmp_path / "cv.pdf"
    path.write_bytes(pdf)
    text = flat(pdftotext(path))
    for word in (samples.ARABIC_NAME, samples.PERSIAN_PLACE, samples.TIGRINYA_NAME, "مطعم الشام"):
        assert word in text, word
    pypdf_text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    for word in (samples.ARABIC_NAME, samples.PERSIAN_PLACE, samples.TIGRINYA_NAME):
        assert word in pypdf_text, word
    assert unicodedata.normalize("NFC", text) == text


def test_every_font_subset_has_its_own_tag(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    pdf = render_pdf(build_document(person, entries, language="sv"), template="classic")
    path = tmp_path / "cv.pdf"
    path.write_bytes(pdf)
    names = [row["name"] for row in pdffonts(path)]
    assert len(names) >= 4
    tags = [name.split("+", 1)[0] for name in names]
    assert all(re.fullmatch("[A-Z]{6}", tag) for tag in tags), names
    assert len(set(tags)) == len(tags), names
    assert render_pdf(build_document(person, entries, language="sv"), template="classic") == pdf


def test_metadata_title_author_language_and_xmp() -> None:
    person, entries = samples.multiscript()
    for language in ("sv", "en"):
        pdf = render_pdf(build_document(person, entries, language=language), template="classic")
        reader = PdfReader(io.BytesIO(pdf))
        info = reader.metadata
        assert info is not None
        assert info.title and "Mohammed Al-Obeidi" in info.title
        assert info.author == "Mohammed Al-Obeidi"
        root = reader.trailer["/Root"]
        assert str(root["/Lang"]) == language
        xmp = reader.xmp_metadata
        assert xmp is not None, "no XMP metadata stream"
        assert xmp.dc_title and "Mohammed Al-Obeidi" in xmp.dc_title["x-default"]
        assert xmp.dc_creator == ["Mohammed Al-Obeidi"]
        assert xmp.dc_language == [language]
        assert root["/ViewerPreferences"]["/DisplayDocTitle"]


def test_the_same_cv_gives_the_same_bytes_in_another_process() -> None:
    """ToUnicode records and subset tags depend on the document only, not on what the process
    drew before (here: a CV with other Arabic and Persian text first)."""
    import subprocess
    import sys

    script = (
        "import sys, dataclasses\n"
        "from entryhub_desk.cv.build import build_document\n"
        "from entryhub_desk.cv.render import render_pdf\n"
        "from entryhub_desk.domain.profile import EntryKind\n"
        "from tests.cv import samples\n"
        "from tests.cv.test_extracted_text import TEXTS, render\n"
        "render(TEXTS['persian']); render(TEXTS['arabic'], 'compact')\n"
        "person, entries = samples.multiscript()\n"
        "pdf = render_pdf(build_document(person, entries, language='sv'), template='classic')\n"
        "sys.stdout.buffer.write(pdf)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True, cwd=root)
    person, entries = samples.multiscript()
    here = render_pdf(build_document(person, entries, language="sv"), template="classic")
    assert done.stdout == here
