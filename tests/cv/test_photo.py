"""The optional photo: orientation, crop, and clear errors for broken files."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from entryhub_desk.cv import photo
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from entryhub_desk.errors import DeskError
from tests.cv import samples
from tests.cv.helpers import keep_pages


def picture(fmt: str, size: tuple[int, int] = (640, 480), orientation: int | None = None) -> bytes:
    """Left half red, right half blue; with an EXIF orientation tag if given."""
    image = Image.new("RGB", size, (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    out = io.BytesIO()
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, fmt, exif=exif)
    else:
        image.save(out, fmt)
    return out.getvalue()


def test_photo_is_cropped_to_portrait_and_stripped() -> None:
    prepared = Image.open(io.BytesIO(photo.prepare(picture("PNG"))))
    assert prepared.format == "JPEG" and prepared.size == photo.OUT_SIZE
    assert not prepared.getexif()


def test_exif_orientation_is_applied() -> None:
    # Orientation 6: the camera was turned; the picture must be rotated 90° clockwise,
    # so the red left half ends up on top.
    prepared = Image.open(io.BytesIO(photo.prepare(picture("JPEG", orientation=6))))
    top = prepared.getpixel((150, 20))
    bottom = prepared.getpixel((150, 380))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 200 and top[2] < 60
    assert bottom[2] > 200 and bottom[0] < 60


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "cv.photo_empty"),
        (b"not an image", "cv.photo_not_image"),
        (picture("PNG")[:200], "cv.photo_damaged"),  # cut off
        (picture("JPEG")[:-200], "cv.photo_damaged"),
        (picture("GIF"), "cv.photo_format"),  # not JPEG or PNG
    ],
)
def test_broken_photos_are_a_clear_error(data: bytes, code: str) -> None:
    with pytest.raises(DeskError) as error:
        photo.prepare(data)
    assert error.value.code == code
    assert "Error" not in error.value.english()  # no Python exception names


def test_a_jpeg_with_a_damaged_middle_is_refused() -> None:
    """Libjpeg only warns about a damaged scan and fills the rest grey; the photo is refused."""
    data = picture("JPEG", (800, 600))
    middle = len(data) // 2
    with pytest.raises(DeskError) as error:
        photo.prepare(data[:middle] + bytes(512) + data[middle + 512 :])
    assert error.value.code == "cv.photo_damaged"
    assert photo.prepare(data)  # the undamaged picture is fine


def test_a_cv_with_a_photo() -> None:
    person, entries = samples.multiscript()
    document = build_document(person, entries, language="en")
    pdf = render_pdf(document, template="classic", photo=picture("JPEG", (800, 1000)))
    assert pdf.startswith(b"%PDF")
    assert b"/Subtype /Image" in pdf
    keep_pages(pdf, "photo-en-classic", dpi=70)
    assert pdf == render_pdf(document, template="classic", photo=picture("JPEG", (800, 1000)))
