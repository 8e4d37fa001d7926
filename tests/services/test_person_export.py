"""The right-of-access PDF: names in any script come out in embedded fonts."""

from __future__ import annotations

from pathlib import Path

from entryhub_desk.services.person_export import write_pdf
from tests.cv.helpers import page_count, pdffonts, pdftotext


def _document(visits: int) -> dict[str, object]:
    return {
        "format": "entryhub-person-export",
        "short_code": "ABCD-EFGH",
        "exported_at": "2026-12-02T10:00:00Z",
        "person": {
            "given_name": "أمينة",
            "family_name": "Åsa-Haile",
            "other_names": "ሰላም",
            "phone": "070-123 45 67",
        },
        "records": {
            "visit": [
                {"purposes": '["cv", "job_match"]', "note": f"Visit {n}: CV and a welding job"}
                for n in range(visits)
            ]
        },
        "audit": [{"at": "2026-12-01T09:00:00Z", "action": "view", "details": None}],
    }


def test_export_pdf_embeds_fonts_for_every_script(tmp_path: Path) -> None:
    target = tmp_path / "person.pdf"
    write_pdf(_document(visits=3), target)
    fonts = pdffonts(target)
    assert fonts and all(font["emb"] == "yes" for font in fonts)
    names = " ".join(font["name"] for font in fonts)
    assert "NotoSansArabic" in names and "NotoSansEthiopic" in names
    assert "Helvetica" not in names  # no glyphs for Arabic or Ge'ez in the built-in fonts
    text = pdftotext(target)
    for expected in ("ABCD-EFGH", "Åsa-Haile", "070-123 45 67", "Visit 2", "cv, job_match"):
        assert expected in text


def test_a_long_export_runs_over_pages_without_losing_a_record(tmp_path: Path) -> None:
    target = tmp_path / "person.pdf"
    write_pdf(_document(visits=120), target)
    assert page_count(target) > 1
    text = pdftotext(target)
    assert all(f"Visit {n}:" in text for n in range(120))
