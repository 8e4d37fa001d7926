"""Hostile visitor workbooks (.xlsx): damaged archives and XML, zip bombs, missing parts,
out-of-range references, giant sizes, external links, other formats under the .xlsx name."""

from __future__ import annotations

import io
import struct
import zipfile
from functools import cache

import openpyxl

from entryhub_desk.importing import tables
from tests.hostile.corpus import Case, made, write

SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@cache
def base() -> bytes:
    """A small valid workbook: a header and two visitors."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["förnamn", "efternamn", "telefon", "födelseår"],
        ["Asha", "Ali", "0701234570", 1990],
        ["Hodan", "Nur", "0701234572", 1985],
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rezip(
    replace: dict[str, bytes | None], *, level: int = 6, stored: frozenset[str] = frozenset()
) -> bytes:
    """The base workbook with parts replaced (None: left out) or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base())) as source, zipfile.ZipFile(out, "w") as target:
        names = source.namelist() + [n for n in replace if n not in source.namelist()]
        for name in names:
            data = replace[name] if name in replace else source.read(name)
            if data is None:
                continue
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            target.writestr(zipfile.ZipInfo(name), data, method, level)
    return out.getvalue()


def sheet(rows: str, dimension: str = "A1:D3") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><dimension ref="{dimension}"/>'
        f"<sheetData>{rows}</sheetData></worksheet>"
    ).encode()


def row(number: int, *cells: str) -> str:
    inner = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
        for i, text in enumerate(cells)
    )
    return f'<row r="{number}">{inner}</row>'


HEADER_ROW = row(1, "förnamn", "efternamn")


def bad_deflate() -> bytes:
    """The worksheet's deflate stream damaged in the middle (sizes and CRC as before)."""
    data = bytearray(base())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + info.compress_size - 4):
        data[i] ^= 0x5A
    return bytes(data)


def declared_2gib() -> bytes:
    """A worksheet part that declares 2 GiB unpacked (a bomb's sizes; never inflated)."""
    data = bytearray(base())
    big = struct.pack("<I", 2**31)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(SHEET)
    data[info.header_offset + 22 : info.header_offset + 26] = big
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack("<H", data[position + 28 : position + 30])[0]
        if data[position + 46 : position + 46 + name_length] == SHEET.encode():
            data[position + 24 : position + 28] = big
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(data)


def ratio_bomb() -> bytes:
    """80 MB of spaces inside the worksheet: about 80 KB packed, a ratio over 1000."""
    body = sheet(HEADER_ROW + " " * 80_000_000 + row(2, "Asha", "Ali"))
    return rezip({SHEET: body}, level=9)


def styles_bomb() -> bytes:
    """A 10 MB styles part of one repeated byte: small in total, but a ratio over 1000."""
    return rezip({"xl/styles.xml": b"<" + b" " * 10_000_000 + b"/>"}, level=9)


def million_rows() -> bytes:
    one = '<row><c t="inlineStr"><is><t>P</t></is></c></row>'  # rows counted, not numbered
    parts = [HEADER_ROW, one * 1_000_000]
    return rezip({SHEET: sheet("".join(parts), "A1:B1000001")}, level=1)


def many_parts() -> bytes:
    return rezip({f"xl/media/i{n}.bin": b"x" for n in range(tables.MAX_PARTS + 1)})


def ole(extra: bytes) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + extra + bytes(2048)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
    + f"<worksheet {NS}><sheetData>{HEADER_ROW}".encode()
    + b'<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    + b"</sheetData></worksheet>"
)

EXTERNAL_LINK = (
    b'<?xml version="1.0" encoding="UTF-8"?><externalLink '
    b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    b'r:id="rId1"><sheetNames><sheetName val="S"/></sheetNames></externalBook></externalLink>'
)
EXTERNAL_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships '
    b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
    b'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'externalLinkPath" Target="http://evil.example/book.xlsx" TargetMode="External"/>'
    b"</Relationships>"
)


CASES: list[Case] = [
    Case("xlsx", "valid", made("v.xlsx", base), created=2),
    Case("xlsx", "bad-deflate", made("v.xlsx", bad_deflate), code="import.damaged"),
    Case(
        "xlsx",
        "malformed-xml",
        made("v.xlsx", lambda: rezip({SHEET: b"<worksheet><sheetData><row r='1'><c"})),
        code="import.damaged",
    ),
    Case(
        "xlsx",
        "bomb-ratio-80mb",
        made("v.xlsx", ratio_bomb),
        code="import.too_large_unpacked",
        mentions=("limit_mb",),
    ),
    Case(
        "xlsx",
        "bomb-declares-2gib",
        made("v.xlsx", declared_2gib),
        code="import.too_large_unpacked",
        mentions=("limit_mb",),
    ),
    Case(
        "xlsx",
        "bomb-styles-ratio",
        made("v.xlsx", styles_bomb),
        code="import.too_large_unpacked",
        mentions=("limit_mb",),
    ),
    Case(
        "xlsx",
        "billion-laughs",
        made("v.xlsx", lambda: rezip({SHEET: BILLION_LAUGHS})),
        code="import.damaged",
    ),
    Case(
        "xlsx",
        "missing-sheet-part",
        made("v.xlsx", lambda: rezip({SHEET: None})),
        code="import.no_sheet",
    ),
    Case(
        "xlsx",
        "no-sheets",
        made(
            "v.xlsx",
            lambda: rezip(
                {
                    "xl/workbook.xml": (
                        f'<?xml version="1.0"?><workbook {NS}><sheets/></workbook>'.encode()
                    )
                }
            ),
        ),
        code="import.no_sheet",
    ),
    Case(
        "xlsx",
        "shared-string-out-of-range",
        made(
            "v.xlsx",
            lambda: rezip(
                {SHEET: sheet(HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>999</v></c></row>')}
            ),
        ),
        code="import.damaged",
    ),
    Case(
        "xlsx",
        "giant-dimension",
        made(
            "v.xlsx",
            lambda: rezip({SHEET: sheet(HEADER_ROW + row(2, "Asha", "Ali"), "A1:XFD1048576")}),
        ),
        created=1,
    ),
    Case(
        "xlsx",
        "cell-at-column-xfd",
        made(
            "v.xlsx",
            lambda: rezip(
                {
                    SHEET: sheet(
                        HEADER_ROW
                        + '<row r="2"><c r="A2" t="inlineStr"><is><t>Asha</t></is></c>'
                        + '<c r="XFD2" t="inlineStr"><is><t>far</t></is></c></row>'
                    )
                }
            ),
        ),
        created=1,
    ),
    Case(
        "xlsx",
        "external-link",
        made(
            "v.xlsx",
            lambda: rezip(
                {
                    "xl/externalLinks/externalLink1.xml": EXTERNAL_LINK,
                    "xl/externalLinks/_rels/externalLink1.xml.rels": EXTERNAL_RELS,
                    SHEET: sheet(
                        HEADER_ROW
                        + '<row r="2"><c r="A2" t="str"><f>[1]S!A1</f><v>Asha</v></c></row>'
                    ),
                }
            ),
        ),
        created=1,
    ),
    Case(
        "xlsx",
        "text-formulas",
        made(
            "v.xlsx",
            lambda: rezip(
                {
                    SHEET: sheet(
                        HEADER_ROW
                        + row(2, "=HYPERLINK(&quot;http://evil.example&quot;)", "Evil")
                        + row(3, "Asha", "Ali")
                    )
                }
            ),
        ),
        rejected={2: "import.formula"},
        created=1,
    ),
    Case(
        "xlsx",
        "cell-5000",
        made(
            "v.xlsx",
            lambda: rezip(
                {SHEET: sheet(HEADER_ROW + row(2, "A" * 5000, "Ali") + row(3, "Asha", "Ali"))}
            ),
        ),
        rejected={2: "import.cell_too_long"},
        created=1,
    ),
    Case(
        "xlsx",
        "million-rows",
        made("v.xlsx", million_rows),
        code="import.too_many_rows",
        mentions=("limit",),
    ),
    Case(
        "xlsx",
        "far-row-1048576",
        made("v.xlsx", lambda: rezip({SHEET: sheet(HEADER_ROW + row(1_048_576, "Asha", "Ali"))})),
        created=1,  # blank rows between are numbered, not counted
    ),
    Case(
        "xlsx",
        "row-beyond-excel",
        made("v.xlsx", lambda: rezip({SHEET: sheet(HEADER_ROW + row(1_048_577, "Asha", "Ali"))})),
        code="import.damaged",
    ),
    Case("xlsx", "too-many-parts", made("v.xlsx", many_parts), code="import.too_large_unpacked"),
    Case(
        "xlsx",
        "xls-named-xlsx",
        write("v.xlsx", ole(b"Workbook".ljust(64, b"\0"))),
        code="import.old_excel",
    ),
    Case(
        "xlsx",
        "encrypted",
        write(
            "v.xlsx",
            ole("EncryptedPackage".encode("utf-16-le") + "EncryptionInfo".encode("utf-16-le")),
        ),
        code="import.encrypted",
    ),
    Case(
        "xlsx",
        "not-a-zip",
        write("v.xlsx", b"first name;last name\nAsha;Ali\n"),
        code="import.not_xlsx",
    ),
    Case(
        "xlsx",
        "truncated-zip",
        made("v.xlsx", lambda: base()[: len(base()) // 2]),
        code="import.not_xlsx",
    ),
    Case("xlsx", "empty", write("v.xlsx", b""), code="import.not_xlsx"),
]
