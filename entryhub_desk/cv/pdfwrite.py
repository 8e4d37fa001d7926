"""reportlab's last step of writing a PDF (``PDFDocument.format``), byte for byte, with less work.

reportlab writes a document's objects one by one, each wrapped in a ``PDFIndirectObject`` and
added to a ``PDFFile`` that encodes every piece through its codec, then formats the cross
reference table entry by entry and the trailer as a generic dictionary. :func:`format_document`
writes the same bytes from the same registered objects: each object's body through
:func:`~entryhub_desk.cv.rlformat.format_value` (or one of :data:`WRITERS`, which know a
kind of object and write it directly), its frame, offsets, table and trailer with a few joins.
A document it does not know how to write the same way (encrypted, commented, signed) goes
through reportlab's own code. Applied once with :mod:`rltuning` (see :func:`apply`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from entryhub_desk.cv import rlformat

#: reportlab's own function, as it was (where a test compares).
REPORTLAB = pdfdoc.PDFDocument.format
_NoEncryption = pdfdoc.NoEncryption
_END, _END_AFTER_LINE = b"\nendobj\n", b"endobj\n"
_BINARY = b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"


class Raw(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """An object whose bytes are already known (they may be set after it is registered)."""

    def __init__(self, data: bytes = b"") -> None:
        self.data = data

    def format(self, doc: Any) -> bytes:
        return self.data


#: Writers of one kind of object (by exact type): the object's body as reportlab formats it.
WRITERS: dict[type, Callable[[Any, Any], bytes]] = {Raw: Raw.format}


def register(doc: Any, obj: Any, name: str) -> str:
    """reportlab's ``doc.Reference(obj, name)`` for an object not yet registered under a new
    name (a structure element: a hundred of them in a CV), as the reference it is written as."""
    objects = doc.idToObject
    if name in objects:
        raise ValueError(f"redefining named object: {name!r}")
    number = doc.objectcounter = doc.objectcounter + 1
    obj.__InternalName__ = name  # as reportlab marks a registered object
    doc.idToObjectNumberAndVersion[name] = (number, 0)
    doc.numberToId[number] = name
    objects[name] = obj
    return f"{number} 0 R"


def format_document(doc: Any) -> bytes:
    """reportlab's ``PDFDocument.format``: the whole file."""
    if (
        type(doc.encrypt) is not _NoEncryption
        or (not rl_config.invariant and rl_config.pdfComments)
        or getattr(doc, "_digiSigs", None)
    ):
        return REPORTLAB(doc)  # type: ignore[no-any-return]
    doc.encrypt.prepare(doc)
    catalog = doc.Reference(doc.Catalog)
    info = doc.Reference(doc.info)
    numbered = doc.numberToId
    objects = doc.idToObject
    numbers = doc.idToObjectNumberAndVersion
    offsets = doc.idToOffset
    header = b"%%PDF-%d.%d" % doc._pdfVersion + _BINARY
    parts = [header]
    at = len(header)
    entries = []
    writers = WRITERS
    format_value = rlformat.format_value
    counter = 1
    # Objects may be registered while others are written: the numbers are read as they come.
    while counter in numbered:
        name = numbered[counter]
        number, version = numbers[name]
        content = objects[name]
        kind = type(content)
        if kind is Raw:  # (a structure element: most of a CV's objects)
            body = content.data
        else:
            writer = writers.get(kind)
            body = (
                format_value(content, doc, toplevel=1) if writer is None else writer(content, doc)
            )
        frame = b"%d %d obj\n" % (number, version)
        end = _END_AFTER_LINE if body.endswith(b"\n") else _END
        offsets[name] = at
        entries.append(b"%010d %05d n " % (at, version))
        parts += (frame, body, end)
        at += len(frame) + len(body) + len(end)
        counter += 1
    count = len(numbered)
    if counter - 1 != count:
        raise ValueError(f"counter {counter} doesn't match number to id dictionary {count}")
    table = b"\n".join([b"xref\n0 %d" % (count + 1), b"0000000000 65535 f ", *entries, b""])
    parts.append(table)
    refs = (catalog.format(doc), info.format(doc))
    trailer = b"trailer\n<<\n/ID %s\n/Info %s\n/Root %s\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n"
    parts.append(trailer % (doc.ID(), refs[1], refs[0], count + 1, at))
    return b"".join(parts)


def apply() -> None:
    """Install :func:`format_document` in reportlab (idempotent)."""
    pdfdoc.PDFDocument.format = format_document
