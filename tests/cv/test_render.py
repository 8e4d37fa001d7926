"""The rendered CV: every field present and in order, fonts embedded, scripts shaped right."""

from __future__ import annotations

import dataclasses
import gc
import unicodedata
from pathlib import Path

import pytest

from entryhub_desk.cv import fonts, render
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.domain.profile import EntryKind, Work
from entryhub_desk.resources import resource
from tests.cv import samples
from tests.cv.helpers import in_order, keep_pages, page_count, pdffonts, pdftotext
from tests.cv.pdfglyphs import contains, drawn_runs, harfbuzz_outlines

BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def readable(text: str) -> str:
    """pdftotext's output with presentation forms folded and bidi marks dropped."""
    return unicodedata.normalize("NFKC", text).translate(BIDI_MARKS)


@pytest.fixture(scope="module")
def multiscript_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Path]:
    person, entries = samples.multiscript()
    pdf = render_pdf(build_document(person, entries, language="sv"), template="classic")
    path = tmp_path_factory.mktemp("cv") / "multiscript.pdf"
    path.write_bytes(pdf)
    keep_pages(pdf, "multiscript-sv-classic")
    return pdf, path


def test_every_field_is_present_and_in_order(multiscript_pdf: tuple[bytes, Path]) -> None:
    _, path = multiscript_pdf
    text = readable(pdftotext(path, layout=True))  # lines top to bottom, dates beside titles
    in_order(
        text,
        [
            "Mohammed Al-Obeidi",
            samples.ARABIC_NAME,
            "070-123 45 67",
            "mohammed@example.org",
            "40 timmar i veckan",
            "PROFIL",
            "Erfaren kock och kassör",
            "ARBETSLIVSERFARENHET",
            "Hotellreceptionist",  # newest first
            "2016 – 2018",
            samples.TIGRINYA_NAME,
            "Eritrea",
            "Kock",
            "mar 2012 – aug 2015",
            "Syrien",
            "Kassör på",
            "Lagade mat för 200 gäster om dagen",
            "Ansvarade för inköp",
            "UTBILDNING",
            "Kandidatexamen, Ekonomi",
            "2008 – 2012",
            samples.PERSIAN_PLACE,
            "Iran",
            "SeQF-nivå 6",
            "UTLÄNDSKA EXAMINA",
            "Bachelor of Economics",
            "jun 2012",
            "Bedömd av UHR som likvärdig med a Swedish bachelor's degree.",
            "SPRÅK",
            "Modersmål",
            "Arabiska",
            "Förståelse",
            "Tala",
            "Skriftlig färdighet",
            "Svenska",
            "B1",
            "Tigrinska",
            "SFI D",
            "KOMPETENSER",
            "Arabisk matlagning",
            "expert",
            "Kassahantering",
            "DIGITAL KOMPETENS",
            "Kommunikation och samarbete",
            "KÖRKORT",
            "B Personbil, C Tung lastbil",
            "Giltigt i Sverige",
            "INTRESSEN",
            "Fotboll",
            "IFK Umeå",
        ],
    )
    assert "Sida 1 av 1" in text  # set a little tighter rather than leave a near-empty page
    # "مطعم الشام, حلب" is one right-to-left run: poppler lists its words in visual order.
    where = next(line for line in text.splitlines() if "Syrien" in line)
    assert "مطعم الشام" in where and samples.ARABIC_PLACE in where
    assert where.rstrip().endswith(", Syrien")


def test_every_font_is_embedded_as_a_subset(multiscript_pdf: tuple[bytes, Path]) -> None:
    _, path = multiscript_pdf
    rows = pdffonts(path)
    names = {row["name"].split("+", 1)[-1] for row in rows}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"} <= names
    assert "NotoSansEthiopic-Regular" in names
    for row in rows:
        assert (row["emb"], row["sub"], row["uni"]) == ("yes", "yes", "yes"), row


@pytest.mark.parametrize(
    ("word", "font", "rtl"),
    [
        (samples.ARABIC_NAME, "NotoSansArabic-Regular", True),  # محمد without the U+FDF4 ligature
        ("مطعم الشام", "NotoSansArabic-Regular", True),
        (samples.ARABIC_PLACE, "NotoSansArabic-Regular", True),
        (samples.PERSIAN_PLACE, "NotoSansArabic-Regular", True),  # Persian letters گ and ه
        (samples.TIGRINYA_NAME, "NotoSansEthiopic-Regular", False),
        ("ሆቴል", "NotoSansEthiopic-Regular", False),  # inside the mixed-script line
    ],
)
def test_the_pdf_draws_the_glyphs_harfbuzz_shapes(
    multiscript_pdf: tuple[bytes, Path], word: str, font: str, rtl: bool
) -> None:
    pdf, _ = multiscript_pdf
    runs = drawn_runs(pdf)
    expected = harfbuzz_outlines(word, resource("fonts", f"{font}.ttf"), rtl=rtl)
    assert contains(runs, font, expected), f"{word} is not drawn as HarfBuzz shapes it"


def test_the_glyph_check_catches_wrong_shaping(multiscript_pdf: tuple[bytes, Path]) -> None:
    """Reversed, unjoined and ligature-swapped forms of the name are not found in the PDF."""
    pdf, _ = multiscript_pdf
    runs = drawn_runs(pdf)
    path = resource("fonts", "NotoSansArabic-Regular.ttf")
    font = "NotoSansArabic-Regular"
    right = harfbuzz_outlines(samples.ARABIC_NAME, path, rtl=True)
    assert contains(runs, font, right)
    assert not contains(runs, font, right[::-1])  # letters in logical order (not reversed)
    unjoined = [
        g for ch in reversed(samples.ARABIC_NAME) for g in harfbuzz_outlines(ch, path, rtl=True)
    ]
    assert not contains(runs, font, unjoined)  # isolated letters
    ligature = harfbuzz_outlines(samples.ARABIC_NAME, path, rtl=True, features={"dlig": True})
    assert ligature != right  # U+FDF4 for محمد
    assert not contains(runs, font, ligature)


def test_words_of_a_mixed_line_keep_their_order(multiscript_pdf: tuple[bytes, Path]) -> None:
    """Left to right: "… och på", then "24" and the Arabic words (right to left), "timmar"."""
    _, path = multiscript_pdf
    lines = readable(pdftotext(path, layout=True)).splitlines()
    line = next(line for line in lines if "Kassör på" in line)
    assert line.index("Kassör på") < line.index("Asmara (2019) och på") < line.index("timmar")
    assert "ሆቴል" in line


def test_the_same_cv_gives_the_same_bytes() -> None:
    person, entries = samples.multiscript()
    document = build_document(person, entries, language="en")
    first = render_pdf(document, template="compact")
    assert render_pdf(document, template="classic") != first
    assert render_pdf(document, template="compact") == first


def test_compact_fits_a_typical_profile_on_one_page(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    for language in ("sv", "en"):
        pdf = render_pdf(build_document(person, entries, language=language), template="compact")
        path = tmp_path / f"{language}.pdf"
        path.write_bytes(pdf)
        assert page_count(path) == 1
        keep_pages(pdf, f"multiscript-{language}-compact")
        text = readable(pdftotext(path))
        assert ("Page 1 of 1" if language == "en" else "Sida 1 av 1") in text


def long_profile(jobs: int = 14) -> tuple[object, dict[EntryKind, list[object]]]:
    person, entries = samples.multiscript()
    base = entries[EntryKind.WORK][0]
    assert isinstance(base, Work)
    entries[EntryKind.WORK] = [
        dataclasses.replace(
            base,
            id=f"01890000-0000-7000-8000-{n:012d}",
            title=f"Jobb nummer {n}",
            description=f"Beskrivning av jobb {n}. " + "Ett arbete med många uppgifter. " * 6,
            tasks=tuple(f"Uppgift {n}.{k} med en lite längre förklaring" for k in range(4)),
        )
        for n in range(1, jobs + 1)
    ]
    return person, entries  # type: ignore[return-value]


def test_a_long_profile_breaks_pages_between_entries(tmp_path: Path) -> None:
    person, entries = long_profile()
    pdf = render_pdf(build_document(person, entries, language="sv"), template="classic")  # type: ignore[arg-type]
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    pages = page_count(path)
    assert pages == 4
    keep_pages(pdf, "long-sv-classic")
    for number in range(1, pages + 1):
        page = pdftotext_page(path, number)
        for n in range(1, 15):
            # An entry starts with its title and ends with its last task: both on one page.
            if f"Jobb nummer {n}\n" in page or page.endswith(f"Jobb nummer {n}"):
                assert f"Uppgift {n}.3" in page, f"entry {n} split after page {number}"
            if f"Uppgift {n}.3" in page:
                assert f"Jobb nummer {n}" in page, f"entry {n} split before page {number}"


def pdftotext_page(path: Path, number: int) -> str:
    import subprocess

    done = subprocess.run(
        ["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def test_fonts_are_bundled_with_their_licence() -> None:
    for name in fonts.FILES.values():
        assert resource("fonts", name).stat().st_size > 100_000
    assert "SIL OPEN FONT LICENSE Version 1.1" in fonts.licence_path().read_text()


def test_extreme_names_and_texts_are_laid_out(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    person = dataclasses.replace(
        person,
        given_name="Abdulrahman" * 9,
        family_name="Al-" + "x" * 90,
        original_script_name="عبدالرحمن" * 20,
    )
    work = entries[EntryKind.WORK][0]
    assert isinstance(work, Work)
    entries[EntryKind.WORK] = [
        dataclasses.replace(
            work, description=("Mycket lång text utan slut " * 140).strip(), employer="ሀ" * 200
        )
    ]
    for template in ("classic", "compact"):
        pdf = render_pdf(build_document(person, entries, language="sv"), template=template)
        path = tmp_path / f"{template}.pdf"
        path.write_bytes(pdf)
        text = pdftotext(path)
        assert "Abdulrahman" in text and "utan slut" in text
        keep_pages(pdf, f"extreme-sv-{template}", dpi=60)


def test_the_cycle_collector_is_paused_while_a_cv_renders_and_restored_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A render makes no reference cycles (tests/cv/test_pdfcanvas.py), so collections during
    it would only walk its live objects; a collector paused by the program stays paused."""
    during: list[bool] = []
    build = render._build

    def spy(*args: object) -> tuple[bytes, int, float]:
        during.append(gc.isenabled())
        return build(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(render, "_build", spy)
    person, entries = samples.multiscript()
    document = build_document(person, entries, language="sv")
    assert gc.isenabled()
    render_pdf(document, template="classic")
    assert during and not any(during) and gc.isenabled()
    gc.disable()
    try:
        render_pdf(document, template="classic")
        assert not gc.isenabled()
    finally:
        gc.enable()
