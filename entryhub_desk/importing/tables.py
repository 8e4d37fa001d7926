"""Reading a visitor spreadsheet (``.csv`` or ``.xlsx``) into numbered rows of cells.

Hostile or damaged files end in a :class:`DeskError` with a stable code, never in a Python
exception, and the work is bounded: at most :data:`MAX_FILE_BYTES` are read,
:data:`MAX_UNPACKED_BYTES` unpacked from a workbook (``zipfile`` never yields more than an
archive member declares), :data:`MAX_ROWS` rows and :data:`MAX_COLUMNS` columns looked at.

A problem that spoils one row only (a quotation mark that is never closed, a cell longer than
:data:`MAX_CELL_CHARS`, too many columns) becomes a :class:`Row` with a ``problem``: the
importer rejects that row and reads on. An unterminated quote would otherwise swallow every
line after it into one cell; reading resumes at the line after the one where the bad row began.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from entryhub_desk.errors import DeskError

log = logging.getLogger(__name__)

MIB: Final = 1024 * 1024
MAX_FILE_BYTES: Final = 16 * MIB
MAX_UNPACKED_BYTES: Final = 64 * MIB  # all parts of a workbook together
MAX_RATIO: Final = 1000  # unpacked / packed size of one workbook part
MAX_PARTS: Final = 1000
MAX_ROWS: Final = 50_000  # data rows (the header not counted)
MAX_COLUMNS: Final = 64
MAX_CELL_CHARS: Final = 1000
EXCEL_ROWS: Final = 1_048_576  # the last row a worksheet can have

_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED: Final = "EncryptedPackage".encode("utf-16-le")
# A cell a spreadsheet program would run as a formula: = or @ first, or + / - first and more
# than a number (so "+46 70-123 45 67" stays a value, "-2+3+cmd|' /C calc'!A0" does not).
_FORMULA_START: Final = re.compile(r"[=@]")
_SIGNED_NUMBER: Final = re.compile(r"[+\-][\d\s().\-/]*")


class _Formula:
    """A cell that holds a formula (or text a spreadsheet program would run as one)."""

    def __repr__(self) -> str:
        return "FORMULA"


FORMULA: Final = _Formula()
Cells = list[object]


@dataclass(frozen=True)
class Row:
    number: int  # as the spreadsheet program shows it: the header is row 1
    cells: Cells
    problem: tuple[str, dict[str, object]] | None = None  # DeskError code and parameters


def read_table(path: Path) -> list[Row]:
    """All rows of the file's first sheet, header first."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(_read_capped(path))
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise DeskError("import.unsupported_file", suffix=suffix or "?")


def looks_like_formula(text: str) -> bool:
    cell = text.strip()
    if _FORMULA_START.match(cell):
        return True
    return cell[:1] in ("+", "-") and not _SIGNED_NUMBER.fullmatch(cell)


def _read_capped(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        log.info("import: cannot read the file (%s)", type(error).__name__)
        raise DeskError("import.unreadable", path=path.name) from None
    if len(data) > MAX_FILE_BYTES:
        raise DeskError("import.too_large", limit_mb=MAX_FILE_BYTES // MIB)
    return data


# -- CSV ---------------------------------------------------------------------------------


def _row_of(text: str, index: int) -> int:
    """The (physical) line number of character ``index``."""
    return len(io.StringIO(text[: index + 1], newline="").readlines())


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = _utf16_without_bom(data) or "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if b"\x00" in data and encoding == "utf-8":
            row = _row_of_bytes(data, data.index(b"\x00"))
            raise DeskError("import.not_text", row=row) from None
        raise DeskError("import.bad_encoding", row=_row_of_bytes(data, error.start)) from None


def _row_of_bytes(data: bytes, index: int) -> int:
    return data.count(b"\n", 0, index) + 1


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte order mark: every other byte of a Latin text is zero."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


class _Lines:
    """Physical lines of ``text`` (any mix of CRLF, LF and CR) that can be re-read from the
    start of a record."""

    def __init__(self, text: str) -> None:
        self._stream = io.StringIO(text, newline="")
        self.start = 0  # where the record being read began
        self.line = 0  # lines handed out so far
        self.start_line = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._stream.readline()
        if not line:
            raise StopIteration
        self.line += 1
        return line

    def mark(self) -> None:
        self.start = self._stream.tell()
        self.start_line = self.line

    def consumed_since_mark(self) -> int:
        return self._stream.tell() - self.start

    def single_line(self) -> bool:
        return self.line - self.start_line <= 1

    def skip_first_line_of_record(self) -> None:
        self._stream.seek(self.start)
        self.line = self.start_line
        next(self, None)


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(data: bytes) -> list[Row]:
    text = _decode(data)
    if "\x00" in text:
        raise DeskError("import.not_text", row=_row_of(text, text.index("\x00")))
    delimiter = _delimiter(text)
    lines = _Lines(text)
    rows = _Rows()
    while True:
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        lines.mark()
        try:
            for cells in reader:
                rows.add(cells)
                lines.mark()
            return rows.rows
        except csv.Error:
            problem: tuple[str, dict[str, object]] = ("import.bad_quotes", {})
            # one line longer than csv's own limit: a huge cell; a record running over many
            # lines is a quotation mark that was never closed
            if lines.consumed_since_mark() > csv.field_size_limit() and lines.single_line():
                problem = ("import.cell_too_long", {"limit": MAX_CELL_CHARS})
            rows.add_problem(problem)
            lines.skip_first_line_of_record()


class _Rows:
    """Rows as read, numbered as the spreadsheet program shows them. Blank rows are numbered
    but neither kept nor counted: :data:`MAX_ROWS` is about rows with something in them."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.number = 0

    def _count(self) -> None:
        if len(self.rows) > MAX_ROWS:  # the header and MAX_ROWS data rows are kept
            raise DeskError("import.too_many_rows", limit=MAX_ROWS)

    def add(self, cells: Sequence[object]) -> None:
        self.number += 1
        if self.number > 1 and all(
            c is None or (isinstance(c, str) and not c.strip()) for c in cells
        ):
            return
        self._count()
        self.rows.append(_checked(self.number, cells))

    def skip(self) -> None:
        self.number += 1

    def add_problem(self, problem: tuple[str, dict[str, object]]) -> None:
        self.number += 1
        if self.number == 1:
            raise DeskError("import.bad_header", row=1, limit=MAX_COLUMNS) from None
        self._count()
        self.rows.append(Row(self.number, [], problem))


def _checked(number: int, cells: Sequence[object]) -> Row:
    """A row with its size checked and formula-like text marked."""
    if len(cells) > MAX_COLUMNS and any(c not in (None, "") for c in cells[MAX_COLUMNS:]):
        if number == 1:
            raise DeskError("import.bad_header", row=1, limit=MAX_COLUMNS)
        return Row(number, [], ("import.too_many_columns", {"limit": MAX_COLUMNS}))
    out: Cells = []
    for cell in cells[:MAX_COLUMNS]:
        if isinstance(cell, str):
            if len(cell) > MAX_CELL_CHARS:
                if number == 1:
                    raise DeskError("import.bad_header", row=1, limit=MAX_COLUMNS)
                return Row(number, [], ("import.cell_too_long", {"limit": MAX_CELL_CHARS}))
            if number > 1 and looks_like_formula(cell):
                out.append(FORMULA)
                continue
        out.append(cell)
    return Row(number, out)


# -- xlsx --------------------------------------------------------------------------------


def _refuse_other_formats(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(_OLE_MAGIC))
            if head != _OLE_MAGIC:
                return
            data = file.read(MAX_FILE_BYTES)
    except OSError as error:
        log.info("import: cannot read the file (%s)", type(error).__name__)
        raise DeskError("import.unreadable", path=path.name) from None
    if _ENCRYPTED in data:
        raise DeskError("import.encrypted")
    raise DeskError("import.old_excel")


def _check_archive(path: Path) -> bool:
    """Caps on the workbook's parts; True if a worksheet holds formulas."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DeskError("import.too_large", limit_mb=MAX_FILE_BYTES // MIB)
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise DeskError("import.too_large_unpacked", limit_mb=MAX_UNPACKED_BYTES // MIB)
            total = 0
            for part in parts:
                total += part.file_size
                ratio = part.file_size / max(part.compress_size, 1)
                if total > MAX_UNPACKED_BYTES or (part.file_size > MIB and ratio > MAX_RATIO):
                    raise DeskError("import.too_large_unpacked", limit_mb=MAX_UNPACKED_BYTES // MIB)
            return any(_has_formulas(archive, part) for part in parts)
    except OSError as error:
        log.info("import: cannot read the file (%s)", type(error).__name__)
        raise DeskError("import.unreadable", path=path.name) from None
    except zipfile.BadZipFile:
        raise DeskError("import.not_xlsx") from None


def _has_formulas(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    name = part.filename
    if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
        return False
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(MIB):
            window = tail + chunk
            if b"<f>" in window or b"<f " in window:
                return True
            tail = window[-3:]
    return False


def _read_xlsx(path: Path) -> list[Row]:
    _refuse_other_formats(path)
    try:
        formulas = _check_archive(path)
        return _xlsx_rows(path, formulas)
    except DeskError:
        raise
    except _DAMAGED as error:
        log.info("import: damaged workbook (%s)", type(error).__name__)
        raise DeskError("import.damaged") from None


# What openpyxl, zipfile, zlib and the XML parser raise on a damaged workbook.
_DAMAGED: Final = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,  # xml.etree.ElementTree.ParseError
    RecursionError,
)


def _sheet_rows(book: Any) -> Iterator[tuple[object, ...]]:
    sheets = getattr(book, "worksheets", [])
    if not sheets:
        raise DeskError("import.no_sheet")
    sheet = sheets[0]
    sheet.reset_dimensions()  # the stated size ("A1:XFD1048576") is not trusted
    rows: Iterator[tuple[object, ...]] = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
    return rows


def _xlsx_rows(path: Path, formulas: bool) -> list[Row]:
    import openpyxl

    values = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    raw = None
    try:
        if formulas:
            raw = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
        raw_rows = _sheet_rows(raw) if raw is not None else None
        rows = _Rows()
        for number, cells in enumerate(_sheet_rows(values), start=1):
            if number > EXCEL_ROWS:  # no spreadsheet program writes such a row
                raise DeskError("import.damaged")
            raw_cells = next(raw_rows, ()) if raw_rows is not None else ()
            if number > 1 and cells.count(None) == len(cells) and not any(raw_cells):
                rows.skip()  # a blank row (openpyxl fills gaps with them): the quick way
                continue
            cells_list = list(cells)
            if raw_cells:
                for i, cell in enumerate(raw_cells):
                    if (
                        i < len(cells_list)
                        and cells_list[i] is None
                        and isinstance(cell, str)
                        and cell.startswith("=")
                    ):
                        cells_list[i] = FORMULA
            rows.add(cells_list)
        return rows.rows
    finally:
        values.close()
        if raw is not None:
            raw.close()
