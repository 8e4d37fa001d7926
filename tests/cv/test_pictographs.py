"""Emoji in CV free text are left out of the drawn text (no bundled font has them)."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from entryhub_desk.cv import pictographs
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.domain.profile import EntryKind, Goals, Work
from tests.cv import samples
from tests.cv.helpers import pdftotext


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [
        ("Jag lagar mat 🍳 och bakar", "Jag lagar mat och bakar"),
        ("Kock 👨‍🍳 i tio år ❤️", "Kock i tio år "),
        ("Tumme 👍🏽 upp", "Tumme upp"),
        ("Svenska 🇸🇪 och ✅ klart", "Svenska och klart"),
        ("Tryck 5️⃣ sedan", "Tryck 5 sedan"),
        ("© 2024 Café™ 20 °C – «bra»", "© 2024 Café™ 20 °C – «bra»"),  # the fonts draw these
        ("من در رستوران 😀 کار کردم", "من در رستوران کار کردم"),
        ("ب\u200dا", "ب\u200dا"),  # a joiner between letters stays
    ],
)
def test_strip_leaves_out_emoji_and_their_glue(typed: str, drawn: str) -> None:
    assert pictographs.strip(typed) == drawn


def test_left_out_names_each_emoji_once() -> None:
    found = pictographs.left_out(["Kock 👨‍🍳 🍳", "bra 👍🏽 🍳", "© ingen"])
    assert found == ["👨", "🍳", "👍"]


def _render(summary: str, task: str, template: str) -> bytes:
    person, entries = samples.multiscript()
    goals = entries[EntryKind.GOALS][0]
    assert isinstance(goals, Goals)
    entries[EntryKind.GOALS] = [dataclasses.replace(goals, summary=summary)]
    work = entries[EntryKind.WORK][0]
    assert isinstance(work, Work)
    entries[EntryKind.WORK] = [dataclasses.replace(work, tasks=(task,))]
    return render_pdf(build_document(person, entries, language="sv"), template=template)


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_a_cv_with_emoji_looks_and_reads_like_one_typed_without(
    template: str, tmp_path: Path
) -> None:
    """No box where an emoji was, nothing in the extracted text that the page does not show:
    the page is the one of the text typed without them, pixel for pixel."""
    summary = "Jag älskar att laga mat 🍳👨‍🍳 och att baka ❤️ för gäster ✅"
    task = "أعمل طباخا 👨‍🍳 في مطعم الشام منذ 3 سنوات 👍🏽"
    with_emoji = _render(summary, task, template)
    without = _render(pictographs.strip(summary), pictographs.strip(task), template)
    images = []
    for name, pdf in (("with", with_emoji), ("without", without)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        text = pdftotext(path)
        assert not pictographs.left_out([text]), text
        assert "Jag älskar att laga mat och att baka för gäster" in " ".join(text.split())
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / name)], check=True
        )
        images.append(sorted(p.read_bytes() for p in tmp_path.glob(f"{name}-*.png")))
    assert images[0] == images[1]


def test_general_punctuation_is_no_candidate_and_nothing_of_it_is_left_out() -> None:
    """Dates and lists ("2012 – 2015", "•", "…") need no closer look: no character of
    U+2000-U+206F is a picture sign (a joiner alone stays, as before)."""
    assert not pictographs.has_pictographs("mar 2012 – aug 2015 • “Kock” … ‰")
    for code in range(0x2000, 0x2070):
        text = f"a{chr(code)}b"
        assert pictographs.strip(text) == text and pictographs.left_out([text]) == []
