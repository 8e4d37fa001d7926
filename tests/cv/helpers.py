"""Helpers of the CV tests: render, read text and fonts with poppler, keep page images."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "cv"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} is missing: apt-get install -y poppler-utils"
    return path


def pdftotext(pdf: Path, *, layout: bool = False) -> str:
    args = [_tool("pdftotext"), "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    done = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    """Rows of ``pdffonts``: name, type, emb, sub, uni."""
    done = subprocess.run([_tool("pdffonts"), str(pdf)], capture_output=True, check=True, text=True)
    rows = []
    for line in done.stdout.splitlines()[2:]:
        parts = line.split()
        # name type [type …] encoding emb sub uni object-number generation
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_count(pdf: Path) -> int:
    done = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, check=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def keep_pages(pdf_bytes: bytes, name: str, *, dpi: int = 110) -> list[Path]:
    """Write the PDF and its pages as PNG under tests/artifacts/cv/ (git-ignored) for a person
    to look at; the paths are printed (``pytest -s`` shows them)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = ARTIFACTS / f"{name}.pdf"
    pdf.write_bytes(pdf_bytes)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(
        [_tool("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(ARTIFACTS / name)], check=True
    )
    pages = sorted(ARTIFACTS.glob(f"{name}-*.png"))
    print(f"CV artefacts: {pdf} and {len(pages)} page image(s): {', '.join(map(str, pages))}")
    return pages


def in_order(text: str, needles: list[str]) -> None:
    """Every needle occurs in ``text``, each after the one before."""
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        assert found >= 0, f"{needle!r} missing after position {position}"
        position = found + len(needle)
