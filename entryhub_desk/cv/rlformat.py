"""reportlab's PDF object formatting, byte for byte the same, with less work per object.

Writing a two-page CV formats a few hundred PDF values (dictionaries, arrays, names, numbers,
references) through reportlab's generic ``format``, which asks several questions of every
value (``isinstance``, ``hasattr``, the encoding of each string through a Python codec). The
functions here answer the common cases first (an exact ``str``, ``bytes``, ``int`` or ``float``;
a plain ASCII name) and hand everything else to reportlab's own code, so the PDF is unchanged.
Applied once with :mod:`rltuning` (see :func:`apply`).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from entryhub_desk.cv.pdfnum import number

# A name reportlab writes as it is: printable ASCII without the delimiters it escapes.
_PLAIN_NAME = re.compile(r"[!-~]*")
_NAME_ESCAPED = re.compile(r"[%()<>{}\[\]#]")
# ASCII that reportlab's codec (extpdfdoc) would not write as itself.
_NOT_AS_ASCII = re.compile("[\x18-\x1f]")

#: reportlab's own functions that :func:`apply` replaces, as they were (where a test compares).
REPORTLAB: dict[tuple[Any, str], Any] = {
    (pdfdoc, "format"): pdfdoc.format,
    (pdfdoc, "PDFName"): pdfdoc.PDFName,
    (pdfdoc.PDFDictionary, "format"): pdfdoc.PDFDictionary.format,
    (pdfdoc.PDFArray, "format"): pdfdoc.PDFArray.format,
    (pdfdoc.PDFObjectReference, "format"): pdfdoc.PDFObjectReference.format,
    (pdfdoc.PDFIndirectObject, "format"): pdfdoc.PDFIndirectObject.format,
}
_reportlab_format = REPORTLAB[(pdfdoc, "format")]
_reportlab_name = REPORTLAB[(pdfdoc, "PDFName")]
_PDFObject = pdfdoc.PDFObject
_KEYS: dict[str, bytes] = {}
_KEYS_KEPT = 1024
_REF_ONLY = "__RefOnly__"


def _text(value: str) -> bytes:
    if value.isascii() and _NOT_AS_ASCII.search(value) is None:
        return value.encode("ascii")
    return pdfdoc.pdfdocEnc(value)  # type: ignore[no-any-return]


def format_value(element: Any, document: Any, toplevel: int = 0) -> bytes:
    """reportlab's ``pdfdoc.format``."""
    kind = type(element)
    if kind is str:
        return _text(element)
    if kind is int:
        return str(element).encode("ascii")  # (what fp_str writes of a whole number)
    if kind is float:
        return number(element).encode("ascii")
    if kind is bytes:
        return element  # type: ignore[no-any-return]
    if isinstance(element, _PDFObject):
        if not toplevel and hasattr(element, _REF_ONLY):
            return document.Reference(element).format(document)  # type: ignore[no-any-return]
        if rl_config.invariant or not rl_config.pdfComments:
            return element.format(document)  # type: ignore[no-any-return]
    return _reportlab_format(element, document, toplevel)  # type: ignore[no-any-return]


def name(data: str, lo: str = "!", hi: str = "~") -> str:
    """reportlab's ``PDFName``."""
    if (
        lo == "!"
        and hi == "~"
        and _PLAIN_NAME.fullmatch(data)
        and _NAME_ESCAPED.search(data) is None
    ):
        return "/" + data
    return _reportlab_name(data, lo, hi)  # type: ignore[no-any-return]


def _dictionary(self: Any, document: Any, IND: bytes = b"\n ") -> bytes:
    """reportlab's ``PDFDictionary.format``."""
    values = self.dict
    keys = list(values)
    if not isinstance(values, OrderedDict):
        keys.sort()
    known = _KEYS
    parts = [(known.get(k) or _key(k)) + format_value(values[k], document) for k in keys]
    return b"<<\n" + _joined(self, parts, 6, IND) + b"\n>>"  # a line break every six entries


def _key(key: str) -> bytes:
    """A dictionary key as written before its value (``/Type ``), kept for the process: keys
    are PDF's own words and the fonts' names, a few dozen (at most :data:`_KEYS_KEPT`)."""
    written = _text(name(key)) + b" "
    if len(_KEYS) < _KEYS_KEPT:
        _KEYS[key] = written
    return written


def _array(self: Any, document: Any, IND: bytes = b"\n ") -> bytes:
    """reportlab's ``PDFArray.format``."""
    parts = [format_value(e, document) for e in self.sequence]
    return b"[ " + _joined(self, parts, 10, IND) + b" ]"  # a line break every ten elements


def _joined(self: Any, parts: list[bytes], every: int, IND: bytes) -> bytes:
    """Dictionary entries or array elements as reportlab joins them: one a line when the object
    is multi-line, else on one line with a break every ``every`` parts."""
    if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
        return IND.join(parts)
    for i in reversed(range(every, len(parts), every)):
        parts.insert(i, b"\n ")
    return b" ".join(parts)


def _reference(self: Any, document: Any) -> bytes:
    """reportlab's ``PDFObjectReference.format``."""
    try:
        number, version = document.idToObjectNumberAndVersion[self.name]
    except KeyError:
        raise KeyError(f"forward reference to {self.name!r} not resolved") from None
    return f"{number} {version} R".encode("ascii")


def _indirect(self: Any, document: Any) -> bytes:
    """reportlab's ``PDFIndirectObject.format``."""
    number, version = document.idToObjectNumberAndVersion[self.name]
    document.encrypt.register(number, version)
    content = format_value(self.content, document, toplevel=1)
    end = b"endobj\n" if content.endswith(b"\n") else b"\nendobj\n"
    return f"{number} {version} obj\n".encode("ascii") + content + end


def apply() -> None:
    """Install the functions above in reportlab (idempotent)."""
    pdfdoc.format = format_value
    pdfdoc.PDFName = name
    pdfdoc.PDFDictionary.format = _dictionary
    pdfdoc.PDFArray.format = _array
    pdfdoc.PDFObjectReference.format = _reference
    pdfdoc.PDFIndirectObject.format = _indirect
