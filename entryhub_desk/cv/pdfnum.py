"""reportlab's number formatting (``fp_str``), the same text, with less work per number.

reportlab writes every coordinate, width and colour of a page through ``fp_str``; without its C
accelerator (no longer part of reportlab) that is a Python loop per number which takes the
logarithm, formats, then strips trailing zeros character by character: several hundred numbers
per CV. :func:`fp_str` here gives the same text: a whole number as ``str`` does (reportlab's
rounding and stripping leave it unchanged), others with reportlab's precision rule (the same
logarithm, so the same digits at powers of ten) and ``str.rstrip``. :func:`apply` installs it
where reportlab's modules look it up. The text of each float written is kept for the process
(:data:`_WRITTEN`): a CV's coordinates, sizes and widths come back in every CV of a template
(a few hundred numbers a CV, written the same way each time; positions on a page, nothing of
what a CV says).
"""

from __future__ import annotations

import importlib
from math import log
from typing import Any

from reportlab.lib import rl_accel

#: reportlab's own function (where a test compares).
REPORTLAB = rl_accel.fp_str
_LOG_10 = log(10.0)
_FORMATS = (".0f", ".1f", ".2f", ".3f", ".4f", ".5f", ".6f")
_WRITTEN: dict[float, str] = {}  # a float → its text (see the module)
_WRITTEN_KEPT = 8192  # then it starts again
# The modules that imported fp_str by name (each keeps its own reference): reportlab's that
# draw and write a CV, and the CV's own that draw text.
USERS = (
    "reportlab.pdfgen.canvas",
    "reportlab.pdfgen.textobject",
    "reportlab.pdfgen.pathobject",
    "reportlab.pdfbase.pdfdoc",
    "reportlab.pdfbase.ttfonts",
    "reportlab.lib.colors",
    "reportlab.platypus.tables",
    "reportlab.platypus.flowables",
    "entryhub_desk.cv.latin",
    "entryhub_desk.cv.shaped_ops",
)


def number(value: Any) -> str:
    """One number as reportlab's ``fp_str`` writes it."""
    if type(value) is int:
        return str(value)
    found = _WRITTEN.get(value)
    if found is None:
        found = _number(value)
        if len(_WRITTEN) >= _WRITTEN_KEPT:  # (another template's, or a long text's widths)
            _WRITTEN.clear()
        _WRITTEN[value] = found
    return found


def _number(value: Any) -> str:
    magnitude = abs(value)
    if magnitude <= 1e-7:
        return "0"
    if magnitude <= 1:
        text: str = format(value, ".6f").rstrip("0").rstrip(".")
    else:
        places = 6 - int(log(magnitude) / _LOG_10)
        if places <= 0:
            return format(value, ".0f")
        text = format(value, _FORMATS[places]).rstrip("0").rstrip(".")
    if text[0] == "0" and len(text) > 1:
        return text[1:]  # "0.5" as ".5"
    return text


def fp_str(*values: Any) -> str:
    """reportlab's ``fp_str``: the numbers (or one sequence of them) separated by spaces."""
    if len(values) == 1:
        only = values[0]
        if isinstance(only, (list, tuple)):
            return " ".join(map(number, only))
        return number(only)
    return " ".join(map(number, values))


def apply() -> None:
    """Install :func:`fp_str` where :data:`USERS` look it up (idempotent)."""
    for name in USERS:
        module = importlib.import_module(name)
        if getattr(module, "fp_str", None) is REPORTLAB:
            vars(module)["fp_str"] = fp_str
