"""The visitor card: the QR code reads back as the short code (zbarimg), the name in any
script and the code are on it as text, the card is an ID-1 card on a label or an A4 sheet."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from entryhub_desk.cv.visitor_card import visitor_card_pdf
from entryhub_desk.errors import DeskError
from tests.cv.helpers import page_count, pdftotext

CODE = "54K1-EZY7"


def _card(tmp_path: Path, **kwargs: object) -> Path:
    values: dict[str, object] = {
        "name": "Maxamed Cali Xasan",
        "original_script_name": "محمد علي حسن",
        "code": CODE,
        "hub_name": "Entry Hub Umeå",
        "sheet": "a4",
        "language": "sv",
    }
    values.update(kwargs)
    path = tmp_path / f"card-{len(list(tmp_path.iterdir()))}.pdf"
    path.write_bytes(visitor_card_pdf(**values))  # type: ignore[arg-type]
    return path


def _qr_text(pdf: Path, tmp_path: Path) -> list[str]:
    zbarimg = shutil.which("zbarimg")
    assert zbarimg is not None, "zbarimg is missing: apt-get install -y zbar-tools"
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    (image,) = sorted(tmp_path.glob("page*.png"))
    done = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(image)], capture_output=True, text=True, check=False
    )
    return done.stdout.split()


@pytest.mark.parametrize("sheet", ["a4", "label"])
def test_the_qr_code_reads_back_as_the_short_code(tmp_path: Path, sheet: str) -> None:
    assert _qr_text(_card(tmp_path, sheet=sheet), tmp_path) == [CODE]


def test_name_original_script_and_code_are_text(tmp_path: Path) -> None:
    text = pdftotext(_card(tmp_path))
    for expected in ("Maxamed Cali Xasan", "محمد علي حسن", CODE, "Entry Hub Umeå", "Din kod"):
        assert expected in text
    english = pdftotext(_card(tmp_path, language="en", original_script_name=None))
    assert "Your code" in english and "Show this card at the desk." in english


def test_a_long_name_is_never_cut(tmp_path: Path) -> None:
    name = "Yohannes Tesfay Gebremedhin Haile Selassie Abraha Woldemichael Tekle"
    text = " ".join(pdftotext(_card(tmp_path, name=name, original_script_name="ዮሃንስ ተስፋይ")).split())
    assert name in text and "ዮሃንስ ተስፋይ" in text


def test_the_label_is_an_id1_card_and_the_title_names_no_person(tmp_path: Path) -> None:
    label = _card(tmp_path, sheet="label")
    info = subprocess.run(["pdfinfo", str(label)], capture_output=True, text=True, check=True)
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    assert size is not None
    width_mm, height_mm = (float(v) / 72 * 25.4 for v in size.groups())
    assert (round(width_mm, 1), round(height_mm, 1)) == (85.6, 54.0)
    assert page_count(label) == 1
    title = re.search(r"^Title:\s+(.*)$", info.stdout, re.MULTILINE)
    assert title is not None and CODE in title.group(1) and "Maxamed" not in title.group(1)


def test_only_swedish_and_english() -> None:
    with pytest.raises(DeskError) as caught:
        visitor_card_pdf(
            name="A", original_script_name=None, code=CODE, hub_name="H", language="ar"
        )
    assert caught.value.code == "cv.bad_language"


def test_an_arabic_name_is_set_right_to_left_against_the_right_edge(tmp_path: Path) -> None:
    """The name's column ends where the QR code begins: every line of an all-Arabic name
    ends there (written right to left), a Latin name starts at the card's left padding."""

    def lines(pdf: Path) -> dict[float, tuple[float, float]]:
        """The name's lines (between the hub's band and "Your code"): y → (x min, x max)."""
        done = subprocess.run(
            ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
        )
        found: dict[float, tuple[float, float]] = {}
        for x0, y0, x1 in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', done.stdout
        ):
            y = round(float(y0))
            if 20 < y < 100:  # below the band, above the code
                low, high = found.get(y, (float(x0), float(x1)))
                found[y] = (min(low, float(x0)), max(high, float(x1)))
        return found

    name = "محمد علي حسن عبد الرحمن"
    arabic = lines(_card(tmp_path, name=name, original_script_name=None, sheet="label"))
    latin = lines(
        _card(tmp_path, name="Maxamed Cali Xasan", original_script_name=None, sheet="label")
    )
    column_end = (4 + 85.6 - 3 * 4 - 26) / 25.4 * 72  # padding + text column, in points
    assert len(arabic) == 2  # two lines
    assert all(abs(high - column_end) < 2 for _low, high in arabic.values())
    assert all(low < 15 for low, _high in latin.values())  # from the left padding (11.3 pt)
