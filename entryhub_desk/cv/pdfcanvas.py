"""The CV's canvas: every page kept until the last is drawn, then each given its footer ("page
x of y"), and the document its structure tree and metadata; and the release of a render's
objects once its PDF is written."""

from __future__ import annotations

import dataclasses
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from entryhub_desk.cv import fonts, pdfmeta, rtl_emit, tagging
from entryhub_desk.cv import text as T
from entryhub_desk.cv.theme import Theme


@dataclasses.dataclass(frozen=True)
class Footer:
    """What the footer of every page says (the name, "page x of y") and the document's
    metadata, written when the canvas is saved."""

    name: str
    theme: Theme
    page_label: str
    meta: dict[str, str]
    color: Color  # of the text
    rule: Color  # of the line above it


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Keeps every page until the end so the footer can say "page x of y"."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", fonts.font_name(fonts.LATIN))
        super().__init__(*args, **kwargs)
        self._footer_of = footer
        self._pages: list[dict[str, Any]] = []
        setattr(self, tagging.ATTRIBUTE, tagging.Tags(footer.meta["language"]))

    def showPage(self) -> None:
        state = dict(self.__dict__)
        del state["_pages"]  # (kept by itself: a page's state naming the list is a cycle)
        self._pages.append(state)
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            tagging.begin(self, "Artifact")
            self._footer(number, total)
            tagging.end(self)
            rtl_emit.settle(self)  # a page poppler reads right to left keeps no layers
            super().showPage()
        tagging.write_structure(self, self._doc.Pages.pages)
        pdfmeta.apply(self, **self._footer_of.meta)
        super().save()

    def _footer(self, number: int, total: int) -> None:
        footer = self._footer_of
        theme = footer.theme
        width, _ = A4
        y = theme.margin
        edge = theme.margin + 6  # where the text of the frame (6 pt padding) starts
        self.setStrokeColor(footer.rule)
        self.setLineWidth(0.4)
        self.line(edge, y + 3.2 * mm, width - edge, y + 3.2 * mm)
        left = T.layout([T.Span(footer.name, color=footer.color)], theme.small, width / 2)[0]
        T.draw_line(self, left, edge, y)
        label = footer.page_label.format(page=number, pages=total)
        right = T.layout([T.Span(label, color=footer.color)], theme.small, width / 2)[0]
        T.draw_line(self, right, width - edge - right.width, y)


def release(doc: SimpleDocTemplate) -> None:
    """Break the reference cycles a render leaves (reportlab's document template names itself
    in its namespace and its canvas, the canvas and the PDF document are named by what they
    hold), so its objects are freed at once, not by the cyclic garbage collector later (which
    cost about a tenth of a render, for some thousand objects a CV)."""
    canvas = doc.canv
    vars(canvas._doc).clear()
    vars(canvas).clear()
    vars(doc).clear()
