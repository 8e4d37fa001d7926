"""The tagged PDF: structure tree with headings, lists and the language table, read by pypdf
and poppler (``pdfinfo`` says "Tagged: yes")."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from tests.cv import samples


def tree(element: Any) -> tuple[str, Any]:
    """(role, MCID or list of children) of a structure element, recursively."""
    element = element.get_object()
    kids = element.get("/K")
    if isinstance(kids, int):
        return str(element["/S"]), kids
    kids = kids if isinstance(kids, list) else [kids]
    return str(element["/S"]), [tree(kid) for kid in kids]


def roles(node: tuple[str, Any]) -> list[str]:
    role, kids = node
    return [role] + ([r for kid in kids for r in roles(kid)] if isinstance(kids, list) else [])


def test_the_cv_is_a_tagged_pdf(tmp_path: Path) -> None:
    person, entries = samples.multiscript()
    document = build_document(person, entries, language="sv")
    pdf = render_pdf(document, template="classic")
    path = tmp_path / "cv.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"^Tagged:\s+yes", info.stdout, re.MULTILINE)
    check = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert check.stderr == ""  # no syntax error in the marked content

    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    structure = root["/StructTreeRoot"].get_object()
    top = structure["/K"].get_object()
    assert top["/S"] == "/Document" and top["/Lang"] == "sv"
    node = tree(top)
    found = roles(node)
    assert found[1] == "/H1"  # the name first
    assert found.count("/H2") == len(document.sections)
    bullets = sum(len(e.bullets) for s in document.sections for e in s.entries)
    assert found.count("/LI") == found.count("/LBody") == bullets
    assert found.count("/L") >= 1
    grid = next(s for s in document.sections if s.key == "languages")
    assert found.count("/Table") == 1
    assert found.count("/TR") == 2 + len(grid.languages)
    assert found.count("/TD") == 5 * len(grid.languages)

    # Every marked-content id on a page has its element in the parent tree, and back.
    nums = structure["/ParentTree"]["/Nums"]
    for number, page in enumerate(reader.pages):
        assert page["/StructParents"] == number
        content = page.get_contents().get_data().decode("latin-1")
        mcids = [int(m) for m in re.findall(r"<</MCID (\d+)>> BDC", content)]
        assert mcids == list(range(len(mcids)))
        parents = nums[nums.index(number) + 1]
        assert len(parents) == len(mcids)
        for mcid, parent in enumerate(parents):
            assert parent.get_object()["/K"] == mcid
    assert content.count("BDC") + content.count("BMC") == content.count("EMC")
