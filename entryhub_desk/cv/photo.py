"""The optional photo: JPEG or PNG, EXIF orientation applied, cropped to 3:4 and scaled.

The result is a fresh baseline JPEG without metadata (so the PDF carries no EXIF data such as
GPS positions, and the same photo always gives the same bytes).
"""

from __future__ import annotations

import io
import warnings
from typing import Final

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from entryhub_desk.errors import DeskError

MAX_BYTES: Final = 25 * 1024 * 1024
MAX_PIXELS: Final = 60_000_000
OUT_SIZE: Final = (300, 400)  # pixels, 3:4 portrait (about 300 dpi at 25 × 33 mm)
FORMATS: Final = frozenset({"JPEG", "PNG", "MPO"})


def prepare(data: bytes) -> bytes:
    """The photo as a cropped, scaled JPEG; ``cv.bad_photo`` for anything unusable."""
    if not data:
        raise DeskError("cv.bad_photo", detail="empty file")
    if len(data) > MAX_BYTES:
        raise DeskError("cv.bad_photo", detail="file too large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as raw:
                if raw.format not in FORMATS:
                    raise DeskError("cv.bad_photo", detail=f"format {raw.format}")
                if raw.width * raw.height > MAX_PIXELS:
                    raise DeskError("cv.bad_photo", detail="too many pixels")
                image = ImageOps.exif_transpose(raw)
                image.load()
                if image.mode in ("RGBA", "LA", "P"):
                    image = image.convert("RGBA")
                    backdrop = Image.new("RGBA", image.size, (255, 255, 255, 255))
                    image = Image.alpha_composite(backdrop, image)
                image = image.convert("RGB")
                fitted = ImageOps.fit(
                    image, OUT_SIZE, method=Image.Resampling.LANCZOS, centering=(0.5, 0.35)
                )
                out = io.BytesIO()
                fitted.save(out, "JPEG", quality=88, optimize=True)
                return out.getvalue()
    except DeskError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as error:
        raise DeskError("cv.bad_photo", detail=type(error).__name__) from None


def reader(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(prepare(data)))
