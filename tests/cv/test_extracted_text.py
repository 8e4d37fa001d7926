"""Text a machine can read: what pdftotext (poppler) and pypdf get out of a CV is what was typed.

Each script is tested in the CV's summary (a paragraph of its own) and in a work entry's task
(a line among others), in both templates: Arabic and Persian as base letters in logical order
(not presentation forms, not reversed), Ge'ez, Cyrillic and Latin (kerned and with ligatures)
as typed.

poppler (22.12) reorders a right-to-left line on a mostly left-to-right page with a simplified
algorithm that, on the drawn glyphs, would cut the line at every digit, comma, full stop or
Latin letter and list the pieces in screen order; the CV gives such a line a reading layer
(:mod:`entryhub_desk.cv.rtl_emit`), so pdftotext, in its default and its ``-layout`` mode,
gives every line whole and in logical order (with bidi marks around pieces, which a reader
drops: :data:`_CONTROLS`). pypdf reads the drawn glyphs: whole sentences, the closing full stop
moved.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
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
# Right-to-left paragraphs with what poppler used to cut them at: digits, commas, full stops,
# brackets, a Latin word and an e-mail address.
MIXED = {
    "arabic": "عملت في المطعم لمدة 3 سنوات، ثم في المستودع. أكتب برامج بلغة Python وبريدي "
    "ali@example.com (للتواصل).",
    "persian": "من ۵ سال در رستوران کار کردم، سپس در انبار. با Python برنامه می‌نویسم و ایمیل "
    "من ali@example.com است (برای تماس).",
}
TEMPLATES = ("classic", "compact")
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


@pytest.fixture(
    scope="module", params=[(s, t) for s in sorted(TEXTS) for t in TEMPLATES], ids="-".join
)
def rendered(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, bytes, Path]:
    script, template = request.param
    pdf = render(TEXTS[script], template)
    path = tmp_path_factory.mktemp("text") / f"{script}-{template}.pdf"
    path.write_bytes(pdf)
    return script, pdf, path


RTL = ("arabic", "persian")


def test_pdftotext_gives_the_typed_text(rendered: tuple[str, bytes, Path]) -> None:
    script, _, path = rendered
    text = flat(pdftotext(path))
    assert text.count(TEXTS[script]) == 2, f"{script}: {text[:400]!r}"


@pytest.fixture(scope="module", params=[(s, t) for s in RTL for t in TEMPLATES], ids="-".join)
def mixed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, bytes, Path]:
    script, template = request.param
    pdf = render(MIXED[script], template)
    path = tmp_path_factory.mktemp("mixed") / f"{script}-{template}.pdf"
    path.write_bytes(pdf)
    return script, pdf, path


@pytest.mark.parametrize("layout", [False, True], ids=["default", "layout"])
def test_pdftotext_gives_a_mixed_right_to_left_paragraph_in_logical_order(
    mixed: tuple[str, bytes, Path], layout: bool
) -> None:
    """Digits, Arabic commas, full stops, brackets, a Latin word and an e-mail address inside
    an Arabic or Persian paragraph: every line in logical order, so the paragraph reads whole
    (summary and task), and each line of the output holds text of one line only."""
    script, _, path = mixed
    raw = pdftotext(path, layout=layout)
    expected = MIXED[script]
    assert flat(raw).count(expected) == 2, f"{script}: {flat(raw)[:600]!r}"
    tokens = set(expected.split())
    for line in map(flat, raw.splitlines()):  # a line of the paragraph is a piece of it
        if len(tokens & set(line.split())) >= 2:
            assert line.removeprefix("• ") in expected, line


def test_pypdf_reads_the_mixed_paragraph_as_before(mixed: tuple[str, bytes, Path]) -> None:
    """pypdf reads the drawn glyphs (the reading layer adds only spaces for it): each line's
    right-to-left pieces as typed."""
    script, pdf, _ = mixed
    text = flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    for piece in ("ali@example.com", "Python", "للتواصل" if script == "arabic" else "برای"):
        assert text.count(piece) == 2, piece
    words = [w for w in re.split(r"[\s.،()]+", MIXED[script]) if w]
    for word in words:
        assert word.replace("\u200c", "") in text.replace("\u200c", ""), word


def test_the_reading_layer_paints_nothing(
    mixed: tuple[str, bytes, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page looks the same with and without the reading layer (pdftoppm, pixel for pixel)."""
    from entryhub_desk.cv import rtl_emit

    script, pdf, path = mixed
    template = path.stem.split("-")[1]
    monkeypatch.setattr(rtl_emit, "layer_for", lambda *args: None)
    plain = render(MIXED[script], template)
    assert plain != pdf
    plain_path = tmp_path / "plain.pdf"
    plain_path.write_bytes(plain)
    assert flat(pdftotext(plain_path)).count(MIXED[script]) == 0  # poppler reads it in pieces
    images = []
    for name, source in (("with", path), ("without", plain_path)):
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(source), str(tmp_path / name)], check=True
        )
        images.append(sorted(p.read_bytes() for p in tmp_path.glob(f"{name}-*.png")))
    assert images[0] == images[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "أعمل طباخا في مطعم الشام منذ عشر سنوات مع محمد",
        "من در دانشگاه تهران اقتصاد خواندم و به زبان‌های فارسی صحبت می‌کنم",
    ],
)
def test_a_right_to_left_sentence_poppler_reads_right_gets_no_layer(
    sentence: str, tmp_path: Path
) -> None:
    """A line of letters and spaces only is read right from its glyphs: no reading layer."""
    from entryhub_desk.cv import rtl_emit
    from entryhub_desk.cv import text as T

    for width in (120.0, 1000.0):
        for line in T.layout([T.Span(sentence)], 9.5, width, base="R"):
            visual = rtl_emit.screen_text(line.pieces)
            assert rtl_emit.layer_for(line.source, visual, 0, line.width, 9.5) is None
    path = tmp_path / "cv.pdf"
    path.write_bytes(render(sentence))
    text = flat(pdftotext(path))
    assert text.count(sentence) == 2, text[:400]


@pytest.mark.parametrize("template", TEMPLATES)
def test_arabic_inside_a_left_to_right_line_reads_in_logical_order(
    template: str, tmp_path: Path
) -> None:
    """An Arabic employer with its town after an Arabic comma, and "مطعم الشام 24 timmar" (the
    number drawn left of the Arabic words): poppler used to read "حلب،مطعم الشام" and
    "24 مطعم الشام"."""
    person, entries = samples.multiscript()
    path = tmp_path / "cv.pdf"
    path.write_bytes(render_pdf(build_document(person, entries, language="sv"), template=template))
    text = flat(pdftotext(path))
    assert "مطعم الشام، حلب, Syrien" in text, text
    assert samples.MIXED_LINE in text, text


def test_brackets_of_right_to_left_text_leave_latin_brackets_alone(tmp_path: Path) -> None:
    """Right to left, "(" is drawn with the glyph of ")": that glyph must not be recorded as
    "(" for the whole document (every Latin ")" then read "(")."""
    path = tmp_path / "cv.pdf"
    pdf = render(MIXED["arabic"])
    path.write_bytes(pdf)
    assert "Asmara (2019) och" in flat(pdftotext(path))
    pypdf_text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Asmara (2019) och" in pypdf_text


@pytest.mark.parametrize(
    "text",
    [
        *MIXED.values(),
        *TEXTS.values(),
        "(برای تماس)",
        "• مطعم الشام، حلب",
        "Kassör på مطعم الشام 24 timmar.",
        "١٢ شارع (الملك) - 2019/05: «مرحبا»!",
        "مُحَمَّد يَعْمَلُ مُنْذُ 3 سَنَوَاتٍ، في المطعم.",
    ],
)
def test_poppler_reads_the_reading_order_back_as_typed(text: str) -> None:
    """The slots of :func:`reading_order`, read with poppler's rules, give the text (with
    bidi marks only added, none between a letter and its vowel signs)."""
    from entryhub_desk.cv import rtl_emit

    marked, slots = rtl_emit.reading_order(text)
    assert sorted(slots) == list(range(len(marked)))
    screen = [""] * len(marked)
    for char, slot in zip(marked, slots, strict=True):
        screen[slot] = char
    read = rtl_emit.poppler_reads("".join(screen))
    assert read == marked
    assert read.replace(rtl_emit.LRM, "").replace(rtl_emit.RLM, "") == text
    for mark in (rtl_emit.LRM, rtl_emit.RLM):
        assert not re.search(f"{mark}[\u064b-\u065f]", read)


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


def test_a_page_poppler_reads_right_to_left_keeps_no_reading_layer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With more Arabic than Latin letters on a page poppler reads it right to left and gets
    the drawn glyphs right by itself (and a layer wrong): the page is written without layers."""
    from entryhub_desk.cv import rtl_emit

    filler = "أعمل طباخا في مطعم الشام منذ عشر سنوات وأحب الطبخ مع محمد وأصدقائي في المدينة"
    person, entries = samples.multiscript()
    goals = entries[EntryKind.GOALS][0]
    assert isinstance(goals, Goals)
    summary = " ".join([filler] * 9 + [MIXED["arabic"]])
    entries[EntryKind.GOALS] = [dataclasses.replace(goals, summary=summary)]
    work = entries[EntryKind.WORK][0]
    assert isinstance(work, Work)
    entries[EntryKind.WORK] = [dataclasses.replace(work, tasks=(MIXED["arabic"], filler * 2))]

    def render_it() -> bytes:
        return render_pdf(build_document(person, entries, language="sv"), template="classic")

    pdf = render_it()
    contents = [page.get_contents() for page in PdfReader(io.BytesIO(pdf)).pages]
    first = contents[0].get_data() if contents[0] is not None else b""
    assert b"/ActualText <FEFF>" not in first and b" 3 Tr" not in first
    path = tmp_path / "cv.pdf"
    path.write_bytes(pdf)
    raw = pdftotext(path)
    assert "\u202a" in raw  # poppler read a page right to left (it wraps Latin in LRE … PDF)
    read = flat(raw)
    for piece in ("عملت في المطعم لمدة", "ثم في المستودع", "أكتب برامج بلغة", "للتواصل"):
        assert piece in read, piece
    assert samples.ARABIC_NAME in read
    monkeypatch.setattr(rtl_emit, "settle", lambda canvas: None)  # … and with the layers:
    layered = render_it()
    first = PdfReader(io.BytesIO(layered)).pages[0].get_contents().get_data()  # type: ignore[union-attr]
    assert b" 3 Tr" in first
