"""A font's subset for the PDF, byte for byte what reportlab's ``makeSubset`` makes, faster.

reportlab reads every glyph of a subset through its file reader, copies the whole ``glyf``
table and unpacks composite glyphs field by field, for every subset of every CV. Here what does
not depend on the CV is read once per font and process: each glyph's bytes, where a composite
glyph names its components, the tables copied as they are and the headers to patch. A subset
then only picks and joins (see :meth:`Subsetter.make`).
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Sequence
from operator import itemgetter
from struct import pack, unpack, unpack_from
from typing import Any

from entryhub_desk.cv.pdfnum import fp_str

_MORE_COMPONENTS = 1 << 5
_WORDS = 1 << 0
_SCALE = 1 << 3
_XY_SCALE = 1 << 6
_TWO_BY_TWO = 1 << 7
_COPIED = ("name", "OS/2", "cvt ", "fpgm", "prep")
_ATTRIBUTE = "_entryhub_subsetter"
# A glyph as subsets take it (see Subsetter.glyph).
_Glyph = tuple[bytes, int, tuple[int, int], tuple[tuple[int, int], ...]]
_DATA, _SUM, _METRICS = itemgetter(0), itemgetter(1), itemgetter(2)


class Subsetter:
    """Subsets of one TrueType face (reportlab's ``TTFontFace``), and its glyphs' widths as a
    PDF writes them."""

    @classmethod
    def of(cls, face: Any) -> Subsetter:
        """The face's subsetter, made once: reportlab's ``makeSubset`` of the face is then
        :meth:`make` (the same subsets, made faster)."""
        found: Subsetter | None = vars(face).get(_ATTRIBUTE)
        if found is None:
            found = cls(face)
            setattr(face, _ATTRIBUTE, found)
            face.makeSubset = found.make
        return found

    def __init__(self, face: Any) -> None:
        self.face = face
        self.glyf: bytes = face.get_table("glyf")
        self.positions: list[int] = list(face.glyphPos)
        self.copied: list[tuple[str, bytes]] = []
        for tag in _COPIED:
            with contextlib.suppress(KeyError):  # cvt, fpgm and prep are optional
                self.copied.append((tag, face.get_table(tag)))
        post = b"\x00\x03\x00\x00" + face.get_table("post")[4:16] + b"\x00" * 16
        self.hhea = face.get_table("hhea")
        self.maxp = face.get_table("maxp")
        self.head = face.get_table("head")[:8] + b"\0\0\0\0" + face.get_table("head")[12:]
        self.copied.append(("post", post))
        self.copied_sums = {tag: checksum(data) for tag, data in self.copied}
        self._components: dict[int, tuple[tuple[int, int], ...]] = {}
        self._glyphs: dict[int, _Glyph] = {}
        self._widths: dict[int, str] = {}
        self._lock = threading.Lock()

    def width(self, code: int) -> str:
        """The width of the glyph of ``code`` as the font's ``Widths`` array writes it
        (reportlab's ``fp_str`` of ``getCharWidth``)."""
        found = self._widths.get(code)
        if found is None:
            found = self._widths[code] = fp_str(self.face.getCharWidth(code))
        return found

    def widths(self, subset: Sequence[int]) -> str:
        """The widths of a subset's glyphs as its font's ``Widths`` array lists them."""
        known = self._widths
        try:
            return " ".join(map(known.__getitem__, subset))
        except KeyError:
            return " ".join(map(self.width, subset))

    def _glyph(self, gid: int) -> bytes:
        return self.glyf[self.positions[gid] : self.positions[gid + 1]]

    def glyph(self, gid: int) -> _Glyph:
        """What a subset takes of a glyph: its bytes padded to a multiple of four (as every
        glyph of a subset is), their checksum, its horizontal metrics and its components."""
        found = self._glyphs.get(gid)
        if found is None:
            data = self._glyph(gid)
            data += b"\0" * (-len(data) % 4)
            advance, bearing = self.face.hmetrics[gid]
            metrics = (int(advance), int(bearing))
            found = (data, checksum(data), metrics, self.components(gid))
            with self._lock:
                self._glyphs[gid] = found
        return found

    def components(self, gid: int) -> tuple[tuple[int, int], ...]:
        """A composite glyph's components: (offset of the glyph index in its bytes, index)."""
        found = self._components.get(gid)
        if found is not None:
            return found
        data = self._glyph(gid)
        out: list[tuple[int, int]] = []
        if len(data) > 2 and unpack_from(">h", data)[0] < 0:
            at = 10
            flags = _MORE_COMPONENTS
            while flags & _MORE_COMPONENTS:
                flags, index = unpack_from(">HH", data, at)
                out.append((at + 2, index))
                at += 4 + (4 if flags & _WORDS else 2)
                if flags & _SCALE:
                    at += 2
                elif flags & _XY_SCALE:
                    at += 4
                elif flags & _TWO_BY_TWO:
                    at += 8
        with self._lock:
            found = self._components[gid] = tuple(out)
        return found

    def make(self, subset: Sequence[int]) -> bytes:
        """The subset's font file (reportlab's ``makeSubset(subset)``)."""
        olds = list(map(self.face.charToGlyph.get, subset, itertools.repeat(0)))
        glyph_map = list(dict.fromkeys([0, *olds]))  # new glyph index → old, first seen first
        glyph_set = dict(zip(glyph_map, itertools.count()))  # old → new
        new_glyphs = list(map(glyph_set.__getitem__, olds))  # each code's new glyph index
        known = self._glyphs
        try:
            records = list(map(known.__getitem__, glyph_map))
        except KeyError:
            records = list(map(self.glyph, glyph_map))
        composites = [n for n, record in enumerate(records) if record[3]]
        for n in composites:  # and their parts (the list grows: parts of parts)
            for _, part in records[n][3]:
                if part not in glyph_set:
                    glyph_set[part] = len(glyph_map)
                    glyph_map.append(part)
                    records.append(known.get(part) or self.glyph(part))
                    if records[-1][3]:
                        composites.append(len(records) - 1)
        count = len(glyph_map)
        hmtx = list(itertools.chain.from_iterable(map(_METRICS, records)))
        n = len(hmtx) - 2
        while n and hmtx[n] == hmtx[n - 2]:
            n -= 2
        n += 2
        metrics = n >> 1
        hmtx = hmtx[:n] + hmtx[n + 1 :: 2]
        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset)]
        cmap += new_glyphs
        glyf = list(map(_DATA, records))
        glyf_sum = sum(map(_SUM, records))
        for n in composites:  # a composite names its parts by their indices in the subset
            record = records[n]
            patched = bytearray(record[0])
            for at, part in record[3]:
                patched[at : at + 2] = pack(">H", glyph_set[part])
            glyf[n] = bytes(patched)
            glyf_sum += checksum(glyf[n]) - record[1]
        offsets = [0, *itertools.accumulate(map(len, glyf))]
        if (offsets[-1] + 1) >> 1 > 0xFFFF:
            long_offsets = 1
            loca = pack(f">{len(offsets)}L", *offsets)
        else:
            long_offsets = 0
            loca = pack(f">{len(offsets)}H", *(o >> 1 for o in offsets))
        tables = [
            *self.copied,
            ("hmtx", pack(f">{len(hmtx)}H", *hmtx)),
            ("hhea", _ushort(self.hhea, 34, metrics)),
            ("maxp", _ushort(self.maxp, 4, count)),
            ("cmap", pack(f">{len(cmap)}H", *cmap)),
            ("glyf", b"".join(glyf)),
            ("loca", loca),
            ("head", _ushort(self.head, 50, long_offsets)),
        ]
        known_sums = dict(self.copied_sums, glyf=glyf_sum & 0xFFFFFFFF)
        return _font_file(sorted(tables), known_sums)


def checksum(data: bytes) -> int:
    """A TrueType table's checksum (reportlab's ``calcChecksum``): the sum of its big-endian
    32-bit words, the last one padded with zeros."""
    if len(data) & 3:
        data += b"\0" * (4 - (len(data) & 3))
    words: tuple[int, ...] = unpack(f">{len(data) >> 2}L", data)
    return sum(words) & 0xFFFFFFFF


def _font_file(tables: list[tuple[str, bytes]], sums: dict[str, int]) -> bytes:
    """reportlab's ``TTFontMaker.makeStream`` for ``tables`` in tag order, with the checksums
    already known in ``sums``: the font file's own checksum is the sum of its tables' and its
    directory's, as every table starts on a multiple of four bytes."""
    count = len(tables)
    search = 1
    selector = 0
    while search * 2 <= count:
        search *= 2
        selector += 1
    search *= 16
    directory = [pack(">lHHHH", 0x00010000, count, search, selector, count * 16 - search)]
    offset = 12 + count * 16
    total = 0
    head_at = 0
    body = []
    for tag, data in tables:
        if tag == "head":
            head_at = offset
        value = sums.get(tag)
        if value is None:
            value = checksum(data)
        total += value
        directory.append(tag.encode("latin-1") + pack(">LLL", value, offset, len(data)))
        pad = -len(data) & 3
        body.append(data + b"\0" * pad if pad else data)
        offset += len(data) + pad
    head = b"".join(directory)
    total = (total + checksum(head)) & 0xFFFFFFFF
    stream = bytearray(head)
    for data in body:
        stream += data
    stream[head_at + 8 : head_at + 12] = pack(">L", (0xB1B0AFBA - total) & 0xFFFFFFFF)
    return bytes(stream)


def _ushort(data: bytes, offset: int, value: int) -> bytes:
    return data[:offset] + pack(">H", value) + data[offset + 2 :]
