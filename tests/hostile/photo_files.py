"""Hostile photos for the CV: truncated and damaged JPEGs and PNGs, a decompression bomb,
CMYK, 16-bit, animated GIF, SVG, WebP and empty files."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from entryhub_desk.cv import photo
from tests.hostile.corpus import Case, made, sparse, write


def picture(
    fmt: str = "JPEG", size: tuple[int, int] = (800, 600), mode: str = "RGB", **options: object
) -> bytes:
    """A portrait-like picture with detail (a gradient and noise)."""
    image = Image.blend(
        Image.radial_gradient("L").resize(size).convert("RGB"),
        Image.effect_noise(size, 40).convert("RGB"),
        0.3,
    )
    if mode == "I;16":
        grey = image.convert("I").point(lambda value: value * 256)
        image = grey.convert("I;16")
    elif mode != "RGB":
        image = image.convert(mode)
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def damaged_middle(data: bytes, size: int = 4096, *, cut: bool = False) -> bytes:
    middle = len(data) // 2
    return data[:middle] + (b"" if cut else bytes(size)) + data[middle + size :]


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(width: int = 30_000, height: int = 30_000) -> bytes:
    """A valid 1-bit PNG of 30,000 × 30,000 white pixels: ~110 KB packed, 900 million pixels."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    squash = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    body = b"".join(squash.compress(row) for _ in range(height)) + squash.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", body)
        + png_chunk(b"IEND", b"")
    )


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims ``width`` × ``height`` pixels."""
    data = bytearray(picture(size=(64, 48)))
    sof = data.find(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def animated_gif() -> bytes:
    frames = [Image.new("P", (64, 64), colour) for colour in (1, 2, 3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


def animated_png() -> bytes:
    frames = [Image.new("RGB", (64, 64), colour) for colour in ("red", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:])
    return out.getvalue()


def bad_crc_png() -> bytes:
    data = bytearray(picture("PNG"))
    data[len(data) // 2] ^= 0xFF
    return bytes(data)


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<rect width="10" height="10"/></svg>'
)
DAMAGED = "cv.photo_damaged"

CASES: list[Case] = [
    Case("photo", "jpeg", made("p.jpg", picture), created=1),
    Case("photo", "jpeg-progressive", made("p.jpg", lambda: picture(progressive=True)), created=1),
    Case(
        "photo",
        "jpeg-restart-markers",
        made("p.jpg", lambda: picture(restart_marker_rows=1)),
        created=1,
    ),
    Case("photo", "jpeg-cmyk", made("p.jpg", lambda: picture(mode="CMYK")), created=1),
    Case("photo", "jpeg-grey", made("p.jpg", lambda: picture(mode="L")), created=1),
    Case("photo", "png-16-bit-grey", made("p.png", lambda: picture("PNG", mode="I;16")), created=1),
    Case("photo", "png-with-alpha", made("p.png", lambda: picture("PNG", mode="RGBA")), created=1),
    Case("photo", "png-animated", made("p.png", animated_png), created=1),
    Case(
        "photo",
        "jpeg-truncated",
        made("p.jpg", lambda: picture()[: len(picture()) // 2]),
        code=DAMAGED,
    ),
    Case(
        "photo",
        "jpeg-damaged-middle",
        made("p.jpg", lambda: damaged_middle(picture())),
        code=DAMAGED,
    ),
    Case(
        "photo",
        "jpeg-damaged-middle-512",
        made("p.jpg", lambda: damaged_middle(picture(), 512)),
        code=DAMAGED,
    ),
    Case(
        "photo",
        "jpeg-bytes-lost",
        made("p.jpg", lambda: damaged_middle(picture(), cut=True)),
        code=DAMAGED,
    ),
    Case(
        "photo",
        "jpeg-restart-damaged",
        made("p.jpg", lambda: damaged_middle(picture(restart_marker_blocks=7), 512)),
        code=DAMAGED,
    ),
    Case("photo", "jpeg-no-end", made("p.jpg", lambda: picture()[:-2]), code=DAMAGED),
    Case("photo", "png-truncated", made("p.png", lambda: picture("PNG")[:-5000]), code=DAMAGED),
    Case("photo", "png-bad-crc", made("p.png", bad_crc_png), code=DAMAGED),
    Case(
        "photo",
        "png-bomb-30000",
        made("p.png", png_bomb),
        code="cv.photo_too_many_pixels",
        mentions=("width", "height", "limit_mp"),
    ),
    Case(
        "photo",
        "jpeg-claims-65000",
        made("p.jpg", lambda: jpeg_claiming(65_000, 65_000)),
        code="cv.photo_too_many_pixels",
        mentions=("width", "height", "limit_mp"),
    ),
    Case(
        "photo",
        "gif-animated",
        made("p.gif", animated_gif),
        code="cv.photo_format",
        mentions=("format",),
    ),
    Case(
        "photo",
        "webp",
        made("p.webp", lambda: picture("WEBP")),
        code="cv.photo_format",
        mentions=("format",),
    ),
    Case("photo", "svg", write("p.svg", SVG), code="cv.photo_not_image"),
    Case("photo", "text", write("p.jpg", b"not a picture at all"), code="cv.photo_not_image"),
    Case("photo", "zero-size", write("p.jpg", b""), code="cv.photo_empty"),
    Case(
        "photo",
        "26-mb",
        sparse("p.jpg", photo.MAX_BYTES + 1),
        code="cv.photo_too_large",
        mentions=("limit_mb",),
    ),
]
