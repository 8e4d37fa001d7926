"""Typesetting of the rendered CV, read back from the PDF with poppler and pypdf: page breaks,
the compact template's fit and sizes, the date column, separators, over-long words, lists."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from entryhub_desk.cv import text as T
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.model import CvDocument, CvEntry, CvHeader, CvSection, Text
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.domain.profile import EntryKind, Interest
from tests.cv import samples
from tests.cv.helpers import keep_pages, page_count, pdftotext

TYPICAL = {
    "engineer": samples.engineer,
    "accountant": samples.accountant,
    "nurse_assistant": samples.nurse_assistant,
    "site_engineer": samples.site_engineer,
    "multiscript": samples.multiscript,
}


@dataclasses.dataclass
class Word:
    text: str
    page: int
    x0: float
    y0: float  # from the top of the page (poppler's bbox)
    x1: float
    y1: float


def words(path: Path) -> list[Word]:
    """Every word of the PDF with its box (``pdftotext -bbox``)."""
    done = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True)
    out: list[Word] = []
    page = 0
    for line in done.stdout.decode("utf-8").splitlines():
        if "<page " in line:
            page += 1
        m = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        )
        if m:
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            out.append(Word(m.group(5), page, x0, y0, x1, y1))
    return out


def text_runs(pdf: bytes) -> list[tuple[int, str, float, float, float]]:
    """(page, text, x, baseline y, font size) of every text-showing operation (pypdf)."""
    runs: list[tuple[int, str, float, float, float]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, n: int = number) -> None:
            if text.strip():
                runs.append((n, text, tm[4], tm[5], size))

        page.extract_text(visitor_text=visit)
    return runs


def write(pdf: bytes, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return path


FRAME_TOP = 14 * 2.8346  # the compact margin; the classic one is larger (checked per page)


def filled(ws: list[Word], page: int) -> float:
    """How far down page ``page`` its text reaches, as a share of A4 less footer and margins."""
    body = [w for w in ws if w.page == page and w.y1 < A4[1] - 30 * 2.8346]
    top = min(w.y0 for w in ws if w.page == page)
    bottom = max(w.y1 for w in body) if body else top
    return (bottom - top) / (A4[1] - 2 * 20 * 2.8346 - 8 * 2.8346)


@pytest.mark.parametrize("name", sorted(TYPICAL))
def test_compact_fits_a_typical_profile_on_one_page_with_body_text_of_9_pt(
    name: str, tmp_path: Path
) -> None:
    person, entries = TYPICAL[name]()
    for language in ("sv", "en"):
        pdf = render_pdf(build_document(person, entries, language=language), template="compact")
        path = write(pdf, tmp_path, f"{name}-{language}")
        assert page_count(path) == 1, f"{name} ({language}) needs {page_count(path)} pages"
        sizes = Counter(round(size, 1) for *_, size in text_runs(pdf))
        body = sizes.most_common(1)[0][0]
        assert body >= 9.0, sizes
        assert min(sizes) >= 8.0, sizes  # the small print (dates, the CEFR legend) too
    keep_pages(pdf, f"typical-{name}-compact", dpi=60)


@pytest.mark.parametrize("template", ["classic", "compact"])
@pytest.mark.parametrize("name", sorted(TYPICAL))
def test_no_last_page_holds_only_a_small_item(name: str, template: str, tmp_path: Path) -> None:
    person, entries = TYPICAL[name]()
    for language in ("sv", "en"):
        pdf = render_pdf(build_document(person, entries, language=language), template=template)
        path = write(pdf, tmp_path, f"{name}-{language}")
        pages = page_count(path)
        if pages > 1:
            share = filled(words(path), pages)
            assert share > 0.2, f"{name} {template} {language}: last page {share:.0%} full"


def test_a_long_entry_splits_instead_of_leaving_a_page_blank(tmp_path: Path) -> None:
    """A job with a page-long description starts right after the one before it, keeps its
    title with at least two lines, and no page before the last is left 30 % blank."""
    person, entries = samples.with_long_description(samples.site_engineer())
    for template in ("classic", "compact"):
        pdf = render_pdf(build_document(person, entries, language="sv"), template=template)
        path = write(pdf, tmp_path, template)
        ws = words(path)
        pages = page_count(path)
        assert pages >= 2
        for page in range(1, pages):
            assert filled(ws, page) > 0.7, f"{template}: page {page} is {filled(ws, page):.0%} full"
        title = next(w for w in ws if w.text == "Platsingenjör")
        lines = {round(w.y0) for w in ws if w.page == title.page and w.y0 > title.y0 + 1}
        assert len(lines) >= 2, "the title is not kept with two lines of its entry"
        keep_pages(pdf, f"long-entry-{template}", dpi=60)


def test_an_entry_split_carries_at_least_two_lines_over(tmp_path: Path) -> None:
    """However the break falls, no page starts with a single line of an entry's text that
    is followed by the next entry's title (a one-line remainder)."""
    person, entries = samples.with_long_description(samples.site_engineer())
    work = list(entries[EntryKind.WORK])
    for cut in range(200, 3900, 97):  # descriptions of many lengths: breaks in many places
        first = work[1]
        assert dataclasses.is_dataclass(first)
        text = (samples.SENTENCE * 40)[:cut].rsplit(" ", 1)[0] + "."
        changed = {
            **entries,
            EntryKind.WORK: [work[0], dataclasses.replace(first, description=text), work[2]],
        }
        pdf = render_pdf(build_document(person, changed, language="sv"), template="classic")
        path = write(pdf, tmp_path, f"cut-{cut}")
        ws = words(path)
        for page in range(2, page_count(path) + 1):
            top = sorted({round(w.y0) for w in ws if w.page == page})
            first_line = [w.text for w in ws if w.page == page and round(w.y0) == top[0]]
            second = [
                w.text for w in ws if w.page == page and len(top) > 1 and round(w.y0) == top[1]
            ]
            if first_line and first_line[0] == "Under":  # the description goes on here
                assert (second and second[0] in ("Under", "plats,", "•")) or "med" in second, (
                    cut,
                    page,
                    first_line,
                    second,
                )
                assert "Biträdande" not in second, (cut, page, "one line carried over")


def test_dates_sit_on_the_title_baseline(tmp_path: Path) -> None:
    person, entries = TYPICAL["site_engineer"]()
    for template in ("classic", "compact"):
        pdf = render_pdf(build_document(person, entries, language="sv"), template=template)
        runs = text_runs(pdf)
        for title, date in (("Platsingenjör", "2016"), ("Biträdande ingenjör", "2013")):
            t = next(r for r in runs if r[1].startswith(title))
            d = next(r for r in runs if date in r[1] and r[2] > t[2] + 100)
            assert abs(t[3] - d[3]) < 0.05, (template, title, t, d)


def _document(entries: tuple[CvEntry, ...], key: str = "work") -> CvDocument:
    return CvDocument(
        language="sv",
        header=CvHeader(name="Test Person"),
        sections=(CvSection(key=key, title="Arbetslivserfarenhet", entries=entries),),
        labels={"page": "Sida {page} av {pages}"},
    )


def test_dates_never_wrap(tmp_path: Path) -> None:
    long_dates = "september 2016 – december 2022"
    doc = _document((CvEntry(title=Text("Platsingenjör"), subtitle="Segen", dates=long_dates),))
    for template in ("classic", "compact"):
        path = write(render_pdf(doc, template=template), tmp_path, template)
        lines = pdftotext(path, layout=True).splitlines()
        line = next(line for line in lines if "Platsingenjör" in line)
        assert line.rstrip().endswith(long_dates), line


def test_separators_never_start_a_line(tmp_path: Path) -> None:
    items = [f"Kompetens{n} med namn" for n in range(40)]
    for width in range(60, 400, 7):
        for line in T.layout([T.Span("  ·  ".join(items))], 9, width):
            first = "".join(p.source for p in line.pieces).lstrip()
            assert not first.startswith(("·", "–", "|")), (width, first)
    person, entries = TYPICAL["site_engineer"]()
    pdf = render_pdf(build_document(person, entries, language="sv"), template="compact")
    for line in pdftotext(write(pdf, tmp_path, "cv")).splitlines():
        assert not line.lstrip().startswith(("·", "–")), line


def test_a_200_character_word_breaks_with_a_hyphen(tmp_path: Path) -> None:
    word = "Lastbilschaufförsutbildningsansvarig" * 6  # ~200 letters, no space
    lines = T.layout([T.Span(word)], 9.5, 300)
    assert len(lines) > 1
    for line in lines[:-1]:
        assert "".join(p.source for p in line.pieces).endswith("-")
        assert line.width <= 300.01
    assert "".join(p.source for p in lines[-1].pieces)[-1] != "-"
    doc = _document((CvEntry(title=Text("Förare"), details=(word,)),))
    pdf = render_pdf(doc, template="classic")
    drawn = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert len(re.findall(r"\w-\n\w", drawn)) >= 1, drawn  # the hyphen is drawn …
    text = pdftotext(write(pdf, tmp_path, "long"))
    assert word in text  # … and poppler joins the word again


def test_persian_lists_use_the_arabic_comma(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    entries[EntryKind.INTEREST] = [
        Interest(person_id=person.id, name="ورزش", keywords=("فوتبال", "کوهنوردی", "شنا"))
    ]
    for template in ("classic", "compact"):
        pdf = render_pdf(build_document(person, entries, language="sv"), template=template)
        text = pdftotext(write(pdf, tmp_path, template))
        assert "،" in text and "فوتبال, " not in text and ", شنا" not in text, text[-300:]


def test_a_right_to_left_paragraph_is_set_right_aligned(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    goals = entries[EntryKind.GOALS][0]
    summary = "أعمل طباخا في مطعم الشام منذ عشر سنوات، وأحب الطبخ."
    entries[EntryKind.GOALS] = [dataclasses.replace(goals, summary=summary)]  # type: ignore[type-var]
    assert T.direction(summary) == "R" and T.direction(samples.MIXED_LINE) == "L"
    pdf = render_pdf(build_document(person, entries, language="sv"), template="classic")
    ws = words(write(pdf, tmp_path, "rtl"))
    # poppler's words of the line: the summary's letters on one baseline (its reading layer
    # gives a box per letter, entryhub_desk.cv.rtl_emit)
    letters = set(summary) | {"\u200e"}
    bands: dict[float, list[Word]] = {}
    for w in ws:
        if set(w.text) <= letters and re.search("[\u0600-\u06ff]", w.text):
            bands.setdefault(w.y0, []).append(w)
    y0 = max(bands.values(), key=len)[0].y0
    line = [w for w in ws if w.y0 == y0 and set(w.text) <= letters]
    assert len(line) >= 5, [w.text for w in ws][:40]
    right_edge = A4[0] - 20 * 72 / 25.4 - 6  # the classic margin and the frame's padding
    assert max(w.x1 for w in line) > right_edge - 2  # it ends at the right edge …
    assert min(w.x0 for w in line) > 20 * 72 / 25.4 + 6 + 100  # … not at the left one
    lines = T.layout([T.Span(summary)], 9.5, 400, base="R")
    assert lines[0].rtl
    # Right to left: the full stop is drawn at the left end of the line.
    assert str(lines[0].pieces[0].source).startswith(".")
