"""The optional photo: JPEG or PNG, EXIF orientation applied, cropped to 3:4 and scaled.

The result is a fresh baseline JPEG without metadata (so the PDF carries no EXIF data such as
GPS positions, and the same photo always gives the same bytes).

A damaged picture is refused rather than printed with a grey or scrambled part: every PNG chunk
must pass its CRC; a JPEG's markers must lead from the start of the image to its end, and a
single-scan JPEG is decoded from its scan data alone (no end marker) in small reads, so a scan
that ends early stops the decoder ("truncated") and one that leaves data over was damaged too
(the decoder finished early). Libjpeg itself only warns about such damage and Pillow drops the
warnings. Progressive JPEGs get the marker check only.
"""

from __future__ import annotations

import io
import re
import warnings
import zlib
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from entryhub_desk.errors import DeskError

MIB: Final = 1024 * 1024
MAX_BYTES: Final = 25 * MIB
MAX_PIXELS: Final = 60_000_000
OUT_SIZE: Final = (300, 400)  # pixels, 3:4 portrait (about 300 dpi at 25 × 33 mm)
FORMATS: Final = frozenset({"JPEG", "PNG", "MPO"})

_PNG_MAGIC: Final = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC: Final = b"\xff\xd8\xff"
_SOF: Final = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE})
_PROGRESSIVE: Final = frozenset({0xC2, 0xC6, 0xCA, 0xCE})
# a marker inside entropy-coded data: 0xFF not followed by stuffing (00), a restart marker
# (D0–D7) or another fill byte (FF)
_MARKER_IN_SCAN: Final = re.compile(rb"\xff(?![\x00\xd0-\xd7\xff])")
_RESTART: Final = re.compile(rb"\xff[\xd0-\xd7]")
_PAD: Final = b"\xff\x00" * 8  # 64 bits the decoder looks ahead after the last block
_READ: Final = 64  # bytes per read while checking a JPEG scan


@dataclass(frozen=True)
class _Layout:
    width: int
    height: int
    body: bytes  # what to decode
    exact: bool  # True: the decoder must use up ``body`` (a single-scan JPEG without its EOI)


def _damaged() -> DeskError:
    return DeskError("cv.photo_damaged")


def _too_many_pixels(width: int, height: int) -> DeskError:
    return DeskError(
        "cv.photo_too_many_pixels", width=width, height=height, limit_mp=MAX_PIXELS // 1_000_000
    )


def _png_layout(data: bytes) -> _Layout:
    pos, size = len(_PNG_MAGIC), (0, 0)
    while pos + 12 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            break
        if zlib.crc32(data[pos + 4 : end - 4]) != int.from_bytes(data[end - 4 : end], "big"):
            raise _damaged()
        if pos == len(_PNG_MAGIC):
            if kind != b"IHDR" or length < 8:
                raise _damaged()
            size = (
                int.from_bytes(data[pos + 8 : pos + 12], "big"),
                int.from_bytes(data[pos + 12 : pos + 16], "big"),
            )
        if kind == b"IEND":
            return _Layout(size[0], size[1], data, exact=False)
        pos = end
    raise _damaged()  # cut off before its end


def _restarts_in_order(data: bytes, start: int, end: int, expected: int) -> bool:
    """Restart markers RST0…RST7, RST0… between ``start`` and ``end``, ``expected`` of them."""
    found = [data[m.start() + 1] - 0xD0 for m in _RESTART.finditer(data, start, end)]
    return len(found) == expected and all(n == i % 8 for i, n in enumerate(found))


def _jpeg_layout(data: bytes) -> _Layout:
    pos, scans, progressive, size = 2, [], False, (0, 0)
    interval, mcu = 0, (8, 8)  # restart interval (MCUs) and MCU size (pixels)
    while True:
        if pos + 2 > len(data) or data[pos] != 0xFF:
            raise _damaged()
        while pos + 2 < len(data) and data[pos + 1] == 0xFF:  # fill bytes
            pos += 1
        marker = data[pos + 1]
        if marker == 0xD9:  # end of the (first) image
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        if pos + 4 > len(data):
            raise _damaged()
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if end <= pos + 3 or end > len(data):
            raise _damaged()
        if marker in _SOF and end >= pos + 10:
            progressive = marker in _PROGRESSIVE
            size = (
                int.from_bytes(data[pos + 7 : pos + 9], "big"),
                int.from_bytes(data[pos + 5 : pos + 7], "big"),
            )
            factors = data[pos + 11 : end : 3]  # per component: H (high nibble), V (low)
            if len(factors) > 1:  # one component: an MCU is one block
                mcu = (8 * max(f >> 4 for f in factors), 8 * max(f & 15 for f in factors))
        if marker == 0xDD and end >= pos + 6:
            interval = int.from_bytes(data[pos + 4 : pos + 6], "big")
        if marker == 0xDA:  # a scan: its data runs to the next marker
            found = _MARKER_IN_SCAN.search(data, end)
            if found is None:
                raise _damaged()  # cut off inside the scan
            scans.append(end)
            pos = found.start()
            continue
        pos = end
    if not scans or size == (0, 0):
        raise _damaged()
    if len(scans) == 1 and not progressive:
        if interval:
            mcus = -(-size[0] // mcu[0]) * -(-size[1] // mcu[1])
            if not _restarts_in_order(data, scans[0], pos, -(-mcus // interval) - 1):
                raise _damaged()
        return _Layout(size[0], size[1], data[:pos] + _PAD, exact=True)
    return _Layout(size[0], size[1], data[: pos + 2], exact=False)


def _layout(data: bytes) -> _Layout:
    if data.startswith(_PNG_MAGIC):
        return _png_layout(data)
    if data.startswith(_JPEG_MAGIC):
        return _jpeg_layout(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as other:
                kind = other.format or "?"
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise DeskError("cv.photo_not_image") from None
    raise DeskError("cv.photo_format", format=kind)


def _decoded(layout: _Layout) -> Image.Image:
    """The picture fully decoded; ``cv.photo_damaged`` if any part of it is missing."""
    source = io.BytesIO(layout.body)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source)
            if image.format not in FORMATS:
                raise DeskError("cv.photo_format", format=image.format or "?")
            if image.width * image.height > MAX_PIXELS:
                raise _too_many_pixels(image.width, image.height)
            if layout.exact:
                image.decodermaxblock = _READ
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(layout.width, layout.height) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise _damaged() from None  # Pillow: "image file is truncated", "broken data stream"
    if layout.exact and len(layout.body) - source.tell() >= 2 * _READ:
        raise _damaged()  # the decoder was done long before the scan data ended
    return image


def _rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):  # 16-bit grey, integer or float
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        backdrop = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(backdrop, image)
    return image.convert("RGB")


def prepare(data: bytes) -> bytes:
    """The photo as a cropped, scaled JPEG; ``cv.photo_*`` for anything unusable."""
    if not data:
        raise DeskError("cv.photo_empty")
    if len(data) > MAX_BYTES:
        raise DeskError("cv.photo_too_large", limit_mb=MAX_BYTES // MIB)
    layout = _layout(data)
    if layout.width * layout.height > MAX_PIXELS:
        raise _too_many_pixels(layout.width, layout.height)
    with _decoded(layout) as raw:
        try:
            image = _rgb(ImageOps.exif_transpose(raw))
        except (OSError, ValueError, SyntaxError):
            raise _damaged() from None
        fitted = ImageOps.fit(
            image, OUT_SIZE, method=Image.Resampling.LANCZOS, centering=(0.5, 0.35)
        )
        out = io.BytesIO()
        fitted.save(out, "JPEG", quality=88, optimize=True)
        return out.getvalue()


def reader(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(prepare(data)))
