"""Hostile text in a visitor's details and profile (see :mod:`tests.hostile.cv_hostile`):
lone surrogates are refused with a validation error naming the field (a byte that is not
UTF-8 in a command-line argument arrives as one; it used to reach the store and end in an
internal error), and the longest, most mixed texts the profile takes give CVs in every
template and language that pdftotext reads, with no text drawn over other text (a title
ending in stacked combining marks left reportlab's text rise raised, and every later line
of the page was drawn higher, over the entry before). Zero-width format characters draw
no ink. ``python tests/hostile/cv_hostile.py`` writes the pages as images to look at."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from entryhub_desk.domain.profile import Work
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.cv import CvService
from entryhub_desk.services.visitors import VisitorsService
from tests.cli.runner import init_store, run_cli
from tests.conftest import DESK_COMMAND
from tests.hostile.cv_hostile import hostile_person, overlaps


@pytest.mark.parametrize("field", ["given_name", "family_name", "original_script_name"])
def test_a_lone_surrogate_is_refused_in_a_name(session: Session, field: str) -> None:
    reception = VisitorsService(session)
    values = {"given_name": "Amina", "family_name": "Yusuf", field: "Yus\udcffuf"}
    with pytest.raises(DeskError) as caught:
        reception.register(reception.new_person(**values))
    assert (caught.value.code, caught.value.params) == ("validation.invalid", {"field": field})


def test_a_lone_surrogate_is_refused_in_profile_text(session: Session) -> None:
    reception = VisitorsService(session)
    person = reception.register(reception.new_person(given_name="Amina", family_name="Yusuf"))
    for values in ({"title": "bad \ud800"}, {"title": "ok", "description": "bad \udfff\nline"}):
        with pytest.raises(DeskError) as caught:
            Work(person_id=person.id, **values)  # type: ignore[arg-type]
        assert caught.value.code == "validation.invalid"


def test_edit_person_with_a_byte_that_is_not_utf8(cli_env: dict[str, str], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = init_store(cli_env, data_dir)
    visitors = tmp_path / "v.csv"
    visitors.write_text("förnamn;efternamn\nAmina;Yusuf\n", encoding="utf-8")
    assert run_cli(env, data_dir, "import-visitors", str(visitors)).returncode == 0
    found = run_cli(env, data_dir, "search", "--json", "Amina Yusuf").stdout
    code = str(json.loads(found.splitlines()[0])[0]["code"])
    argv = [os.fsencode(part) for part in (*DESK_COMMAND, "--data-dir", str(data_dir))]
    done = subprocess.run(
        [*argv, b"edit-person", code.encode(), b"--family-name", b"Yus\xffuf"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert b"family_name is not valid" in done.stderr
    assert b"internal error" not in done.stderr


def test_hostile_profile_text_renders_readably(session: Session, tmp_path: Path) -> None:
    person_id = hostile_person(session)
    service = CvService(session)
    for template in ("classic", "compact"):
        for language in ("sv", "en"):
            path = tmp_path / f"{template}-{language}.pdf"
            path.write_bytes(service.render(person_id, language=language, template=template))
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert "مهندسة" in text and "Software" in text and "ሰላም" in text
            assert "WWWWWWWWWW" in text and "Umeå" in text
            assert overlaps(path) == [], (template, language)


def _drawn(tmp_path: Path, text: str, base: str) -> bytes:
    """The page image of ``text`` set as one paragraph (gray, 100 dpi)."""
    from reportlab.pdfgen.canvas import Canvas

    from entryhub_desk.cv.text import Span, draw_line, layout

    pdf = tmp_path / "line.pdf"
    canvas = Canvas(str(pdf), pagesize=(200, 60))
    for line in layout([Span(text)], 24, 180, base):
        draw_line(canvas, line, 10, 25)
    canvas.showPage()
    canvas.save()
    return subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", str(pdf)], capture_output=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("text", "plain", "base"),
    [
        ("l\u200e\u200fl", "ll", "L"),  # bidi marks (Noto Sans draws them as arrows)
        ("l\u202a\u202b\u202c\u202d\u202el", "ll", "L"),  # embeddings and overrides
        ("l\u2066\u2067\u2068\u2069\ufeffl", "ll", "L"),  # isolates, BOM
        ("ا\u200cا", "اا", "R"),  # Persian ZWNJ (Noto Sans Arabic draws it as a bar)
        ("ا\u200f\u200eا", "اا", "R"),  # bidi marks in the Arabic font
    ],
)
def test_format_characters_draw_nothing(tmp_path: Path, text: str, plain: str, base: str) -> None:
    """Zero-width format characters leave no ink: every ZWNJ of a Persian CV drew a bar,
    every right-to-left mark an arrow. (Alef never joins the next letter, and "ll" has no
    kerning, so the text without them draws the very same page.)"""
    assert _drawn(tmp_path, text, base) == _drawn(tmp_path, plain, base)
