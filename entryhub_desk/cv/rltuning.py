"""reportlab settings for the CV's speed, applied once when the renderer is imported.

They change how reportlab writes a PDF in this process, never what a PDF says:

- compressed streams stay binary: ASCII85 on top (reportlab's default) makes them a quarter
  larger and costs about a tenth of a render;
- streams are deflated at zlib's fastest level: a tenth of a render at the default level, for
  about 3 % more bytes (41 KB instead of 40 for a two-page CV);
- reportlab encodes every number, name and object header it writes with its own Python codec
  (``extpdfdoc``, ten times slower than a built-in one, several hundred calls per CV); text
  that codec would encode byte for byte as ASCII is encoded as ASCII;
- PDF values are formatted with fewer questions per value (:mod:`rlformat`), the document's
  objects, cross reference table and trailer are joined directly (:mod:`pdfwrite`) and numbers
  are written with less work (:mod:`pdfnum`): the same bytes.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from entryhub_desk.cv import pdfnum, pdfwrite, rlformat

# ASCII characters the extpdfdoc codec does not encode as themselves (it refuses them).
_NOT_AS_ASCII = re.compile("[\x18-\x1f]")
_pdfdoc_encode = pdfdoc.pdfdocEnc


def _deflate(text: str | bytes) -> bytes:
    return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


def _encode(value: Any) -> Any:
    if isinstance(value, str) and value.isascii() and _NOT_AS_ASCII.search(value) is None:
        return value.encode("ascii")
    return _pdfdoc_encode(value)


def apply() -> None:
    """Set them (idempotent)."""
    rl_config.useA85 = 0
    pdfdoc.PDFZCompress.encode = _deflate
    pdfdoc.pdfdocEnc = _encode
    rlformat.apply()
    pdfwrite.apply()
    pdfnum.apply()
