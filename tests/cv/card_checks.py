"""What an anonymised profile card must not hold, checked with the PDF tools an employer's
system would use (pdftotext, pdfimages, pdfinfo) and in the file's bytes: every stream
inflated, the text as UTF-8, UTF-16 and hex, and each character of a name in another script
against the fonts' ToUnicode maps (a glyph of the name in a font subset would give it away)."""

from __future__ import annotations

import re
import subprocess
import tempfile
import zlib
from pathlib import Path

from entryhub_desk.cv.build import phone_text
from entryhub_desk.domain.person import Person
from tests.cv.helpers import _tool, pdftotext

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)  # reportlab: no EOL before
_CMAP_CODE = re.compile(rb"<([0-9A-Fa-f]+)>")


def inflated(pdf: bytes) -> bytes:
    """The file's bytes followed by every stream it holds, inflated where compressed."""
    return b"\n".join([pdf, *streams(pdf)])


def streams(pdf: bytes) -> list[bytes]:
    """Every stream of the file, inflated where compressed."""
    out = []
    for match in _STREAM.finditer(pdf):
        data = match.group(1)
        try:
            out.append(zlib.decompressobj().decompress(data))
        except zlib.error:
            out.append(data)
    assert out, "no stream found: the check would see nothing"
    return out


def to_unicode_characters(pdf: bytes) -> set[str]:
    """Every character a font's ToUnicode map of the file gives a glyph."""
    found: set[str] = set()
    maps = [data for data in streams(pdf) if b"begincmap" in data]
    assert maps, "no ToUnicode map found: the check would see nothing"
    for data in maps:
        if b"begincmap" not in data:
            continue
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.DOTALL):
            codes = _CMAP_CODE.findall(block)
            for target in codes[1::2]:  # pairs: <glyph code> <unicode>
                found.update(bytes.fromhex(target.decode()).decode("utf-16-be", "replace"))
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.DOTALL):
            for first, last, start in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
            ):
                base = int(start, 16)
                found.update(chr(base + n) for n in range(int(last, 16) - int(first, 16) + 1))
    return found


def encodings(text: str) -> list[bytes]:
    """``text`` as it may sit in a PDF: UTF-8, UTF-16BE (with and without BOM) and its hex."""
    utf16 = text.encode("utf-16-be")
    return [
        text.encode("utf-8"),
        utf16,
        b"\xfe\xff" + utf16,
        utf16.hex().encode(),
        utf16.hex().upper().encode(),
        text.encode("utf-8").hex().encode(),
    ]


def pdfinfo(path: Path) -> str:
    info = subprocess.run([_tool("pdfinfo"), str(path)], capture_output=True, check=True)
    meta = subprocess.run([_tool("pdfinfo"), "-meta", str(path)], capture_output=True, check=True)
    return (info.stdout + meta.stdout).decode("utf-8", "replace")


def image_count(path: Path) -> int:
    done = subprocess.run(
        [_tool("pdfimages"), "-list", str(path)], capture_output=True, check=True, text=True
    )
    return len(done.stdout.splitlines()[2:])  # two header lines, then one line per image


def identifying(person: Person) -> dict[str, str]:
    """What would identify ``person``: the name in every form, phone, e-mail and the rest."""
    out: dict[str, str] = {}
    full = " ".join(p for p in (person.given_name, person.family_name) if p)
    out["name"] = full
    if len(person.given_name) > 2:
        out["given name"] = person.given_name
    if len(person.family_name) > 2:
        out["family name"] = person.family_name
    if person.original_script_name:
        out["original-script name"] = person.original_script_name
        for n, part in enumerate(person.original_script_name.split()):
            out[f"original-script name part {n}"] = part
    if person.phone:
        out["phone (E.164)"] = person.phone
        out["phone (as printed)"] = phone_text(person.phone)
        out["phone (digits)"] = person.phone[-9:]
    if person.email:
        out["e-mail"] = person.email
        out["e-mail (local part)"] = person.email.split("@")[0]
    if person.birth_year:
        out["birth year"] = str(person.birth_year)
    if person.municipality:
        out["municipality"] = person.municipality
    return out


def leaks(pdf: bytes, person: Person, *, hub_name: str = "") -> list[str]:
    """What of ``person`` the anonymised card ``pdf`` gives away (empty: nothing). The hub's
    name (it may name the town, which is also the person's municipality) is taken out of the
    text, the metadata and the bytes first."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "card.pdf"
        path.write_bytes(pdf)
        text = pdftotext(path)
        info = pdfinfo(path)
        images = image_count(path)
    haystack = inflated(pdf)
    if hub_name:
        text, info = text.replace(hub_name, ""), info.replace(hub_name, "")
        for form in encodings(hub_name):
            haystack = haystack.replace(form, b"")
    digits = re.sub(r"\D", "", text)
    for what, value in identifying(person).items():
        if value.casefold() in text.casefold():
            found.append(f"{what} in the text")
        if what.startswith("phone") and re.sub(r"\D", "", value)[-9:] in digits:
            found.append(f"{what} in the text's digits")
        if value.casefold() in info.casefold():
            found.append(f"{what} in the metadata")
        if any(form in haystack for form in encodings(value)):
            found.append(f"{what} in the bytes")
    if person.original_script_name:
        letters = {c for c in person.original_script_name if c.isalpha()}
        if letters & to_unicode_characters(pdf):
            found.append("a letter of the original-script name in a font subset")
    if images:
        found.append(f"{images} image(s)")
    return found
