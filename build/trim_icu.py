"""A smaller ICU data library for the frozen desk (Linux; used by build/entryhub-desk.spec).

PySide6's wheels ship ICU 73 with all of its data: ``libicudata.so.73`` is 31 MB, one symbol
``icudt73_dat`` holding an ICU "common data" package (a sorted table of contents, then the
items). Qt uses ICU only for collation (QCollator: sorting in file dialogs and locale-aware
compares), time-zone names and ids (QTimeZone), case mapping (QLocale::toUpper) and codecs
other than UTF/Latin-1 (QStringConverter); the desk's own text handling is Python (babel,
pycountry, anyascii). So the items kept are: collation and time-zone names of the desk's
languages and the root, the locale data, normalisation and supplemental tables; left out
are break-iterator dictionaries, legacy code pages, currency/language/region/unit names,
transliterators, number spell-out rules and Unicode character names.

The new library is the same soname with the same symbol, assembled around the filtered package
with the C compiler (``cc``); without one, the full library stays (and the bundle is larger).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

DROP_TREES = ("brkitr", "curr", "lang", "region", "unit", "rbnf", "translit")
DROP_FILES = ("unames.icu", "confusables.cfu", "confusablesWholeScript.cfu")
ALWAYS = ("root.res", "pool.res", "res_index.res")
_LOCALE_FILE = re.compile(r"([a-z]{2,3})(_[A-Za-z0-9]+)*\.res")
_ALIGN = 16


def keep_item(name: str, langs: Iterable[str]) -> bool:
    """Whether the package item ``name`` (e.g. ``icudt73l/coll/sv.res``) is kept."""
    parts = name.split("/")[1:]
    base = parts[-1]
    if parts[0] in DROP_TREES or base in DROP_FILES or base.endswith(".cnv"):
        return False
    if base in ALWAYS:
        return True
    locale = _LOCALE_FILE.fullmatch(base)
    return locale is None or locale.group(1) in set(langs)


def filter_package(data: bytes, langs: Iterable[str]) -> bytes:
    """The common data package ``data`` with only the items :func:`keep_item` keeps."""
    langs = tuple(langs)
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]

    def name_at(offset: int) -> str:
        return toc[offset : toc.index(b"\0", offset)].decode("ascii")

    items = [
        (name_at(name_offset), toc[offset:end])
        for (name_offset, offset), end in zip(entries, ends, strict=True)
    ]
    kept = [(name, item) for name, item in items if keep_item(name, langs)]
    # table of contents: count, (name offset, item offset) pairs, names; then the items,
    # each aligned to 16 bytes; names stay sorted (ICU looks them up by binary search)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    names_at = 4 + 8 * len(kept)
    items_at = names_at + len(names)
    items_at += -items_at % _ALIGN
    table, blob, name_offset = [], bytearray(), names_at
    for name, item in kept:
        table.append(struct.pack("<II", name_offset, items_at + len(blob)))
        name_offset += len(name) + 1
        blob += item + b"\0" * (-len(item) % _ALIGN)  # a bytearray grows in place
    head = struct.pack("<I", len(kept)) + b"".join(table) + names
    head += b"\0" * (items_at - len(head))
    return data[:header_size] + head + bytes(blob)


def _symbol(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes (``nm`` and ``readelf`` from binutils)."""
    nm = subprocess.run(
        ["nm", "-S", "-D", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    address, size, symbol = int(nm[0], 16), int(nm[1], 16), nm[3]
    segments = subprocess.run(
        ["readelf", "-lW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in segments.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            file_offset, virtual, file_size = (int(fields[i], 16) for i in (1, 2, 4))
            if virtual <= address < virtual + file_size:
                start = file_offset + address - virtual
                return symbol, library.read_bytes()[start : start + size]
    raise ValueError(f"{symbol} not found in a loaded segment of {library}")


def trimmed_library(library: Path, work: Path, langs: Iterable[str]) -> Path | None:
    """A trimmed copy of ``library`` (libicudata.so.NN) in ``work``, or None without a compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("nm") is None:
        print("trim_icu: no C compiler or binutils; the full ICU data library stays")
        return None
    symbol, data = _symbol(library)
    work.mkdir(parents=True, exist_ok=True)
    package = work / "icudata.dat"
    package.write_bytes(filter_package(data, langs))
    source = work / "icudata.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"\t.balign {_ALIGN}\n"
        f"{symbol}:\n"
        f'\t.incbin "{package}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    out = work / library.name
    subprocess.run(
        [
            compiler,
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(out),
            str(source),
        ],
        check=True,
    )
    print(
        f"trim_icu: {library.name} {library.stat().st_size // 1024} KB -> "
        f"{out.stat().st_size // 1024} KB"
    )
    return out
