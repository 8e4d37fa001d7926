"""Drawing a :class:`~entryhub_desk.cv.model.CvDocument` as an A4 PDF with reportlab.

The templates (:mod:`render_classic`, :mod:`render_compact`) are themes over the same section
layouts here: sizes, spacing, accent colour and how short lists flow. A theme
(:class:`~entryhub_desk.cv.theme.Theme`) is plain data that imports nothing of this module, so
there is no import cycle between the renderer and its templates. Output is deterministic
(``invariant=1``: fixed dates and document id), so the same CV gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import logging
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from entryhub_desk.collector import collector_paused
from entryhub_desk.cv import fonts, latin, rltuning, tagging
from entryhub_desk.cv import text as T
from entryhub_desk.cv.flow import RIGHT, Block, Item, Para, Rule
from entryhub_desk.cv.model import CvDocument, CvEntry, CvSection, Text
from entryhub_desk.cv.pdfcanvas import Footer, NumberedCanvas, release
from entryhub_desk.cv.render_classic import CLASSIC
from entryhub_desk.cv.render_compact import COMPACT
from entryhub_desk.cv.theme import Theme
from entryhub_desk.errors import DeskError

log = logging.getLogger(__name__)
THEMES: dict[str, Theme] = {"classic": CLASSIC, "compact": COMPACT}
rltuning.apply()  # reportlab's output, faster (see rltuning)

INK = HexColor("#1d2125")
GREY = HexColor("#5c6670")
LIGHT = HexColor("#c9d1d8")
FALLBACK = HexColor("#8a96a1")
PRODUCER = "Entry Hub Desk"
# An entry taller than this share of a page splits between lines at a page end rather than
# move on whole (so no page is left more than about this share blank before it).
SPLIT_ABOVE = 0.25
# Sections whose details are lists of keywords (commas localised, see text.list_commas).
LIST_SECTIONS = frozenset({"skills", "digital", "driving", "interests"})
# A last page filled less than this is set again tighter (see render_with).
LONELY = 0.2
TIGHTER = ((0.3, 0.87),)  # (gaps, leading) factors tried in turn (each a whole build)


def render_pdf(document: CvDocument, *, template: str, photo: bytes | None = None) -> bytes:
    """The CV drawn with ``template`` (``classic`` or ``compact``) as PDF bytes."""
    theme = THEMES.get(template)
    if theme is None:
        raise DeskError("cv.bad_template", template=template)
    return render_with(document, theme, photo)


def render_with(document: CvDocument, theme: Theme, photo: bytes | None) -> bytes:
    """The CV as PDF bytes. When its last page would hold only a small remainder (a licence,
    the interests), it is set once more a little tighter (gaps and leading, never the type
    size), and that is kept if it needs a page less."""
    fonts.register_all()
    with latin.render_scope(), collector_paused():
        return _render(document, theme, photo)


def _render(document: CvDocument, theme: Theme, photo: bytes | None) -> bytes:
    image = None
    if photo is not None:
        from entryhub_desk.cv.photo import reader

        image = reader(photo)
    pdf, pages, last_used = _build(document, theme, image)
    if pages == 1 or last_used >= LONELY:
        return pdf
    for gaps, leading in TIGHTER:
        tight = dataclasses.replace(
            theme,
            leading=max(theme.body * 1.2, theme.leading * leading),
            entry_gap=theme.entry_gap * gaps,
            section_gap=theme.section_gap * gaps,
        )
        again, fewer, _ = _build(document, tight, image)
        if fewer < pages:
            return again
    return pdf


def _build(document: CvDocument, theme: Theme, image: Any) -> tuple[bytes, int, float]:
    """The PDF, its page count and the share of the last page's frame it fills."""
    out = io.BytesIO()
    frame_height = A4[1] - 2 * theme.margin - 8 * mm
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=theme.margin,
        rightMargin=theme.margin,
        topMargin=theme.margin,
        bottomMargin=theme.margin + 8 * mm,
        title=document.subject,
        author=_author(document),
        subject=document.subject,
        creator=PRODUCER,
        producer=PRODUCER,
        lang=document.language,
        invariant=1,
        initialFontName=fonts.font_name(fonts.LATIN),
    )
    end = _End()
    story = [*_Story(document, theme, frame_height, image).flowables(), end]
    footer = _footer_text(document)
    meta = {
        "title": document.subject,
        "author": _author(document),
        "language": document.language,
        "producer": PRODUCER,
    }
    page_footer = Footer(footer, theme, document.labels["page"], meta, GREY, LIGHT)
    canvas = functools.partial(NumberedCanvas, footer=page_footer)
    try:
        doc.build(story, canvasmaker=canvas)
    except LayoutError as error:
        log.warning("CV layout failed: %s", type(error).__name__)
        raise DeskError("cv.render_failed") from None
    used = (A4[1] - theme.margin - end.y) / frame_height
    pages = doc.page
    release(doc)
    return out.getvalue(), pages, used


class _End(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size, last in the story: where the text ended on the last page."""

    def __init__(self) -> None:
        super().__init__()
        self.y = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.y = y


def _footer_text(document: CvDocument) -> str:
    return document.header.name if document.footer is None else document.footer


def _author(document: CvDocument) -> str:
    return document.header.name if document.author is None else document.author


class _Story:
    """The flowables of one CV in one theme."""

    def __init__(self, document: CvDocument, theme: Theme, frame_height: float, image: Any) -> None:
        self.doc = document
        self.t = theme
        self.max_height = frame_height
        self.image = image

    def para(self, spans: Sequence[T.Span], **kw: Any) -> Para:
        size = kw.pop("size", self.t.body)
        leading = kw.pop("leading", size * self.t.leading / self.t.body)
        return Para(spans, size, leading, **kw)

    def block(self, items: Sequence[Item], **kw: Any) -> Block:
        kw.setdefault("max_height", self.max_height)
        kw.setdefault("split_above", self.max_height * SPLIT_ABOVE)
        return Block(items, **kw)

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = [self.header()]
        for section in self.doc.sections:
            story += self.section(section)
        return story

    # -- header ---------------------------------------------------------------------------

    def header(self) -> Flowable:
        h = self.doc.header
        t = self.t
        items: list[Item] = []
        name = [T.Span(h.name, bold=True, color=INK)]
        if h.original_name:  # beside the Latin form, in its own script
            name += [
                T.Span("   ", size=t.name_size * 0.8),
                T.Span(h.original_name, color=GREY, size=t.name_size * 0.8),
            ]
        items.append(self.para(name, size=t.name_size, leading=t.name_size * 1.3, role="H1"))
        if h.headline:
            items.append(
                self.para(self.texts(h.headline, bold=True, color=t.accent), space_before=2)
            )
        if h.contact:
            line = "  ·  ".join(h.contact)
            links = tuple((text, uri) for text, uri in zip(h.contact, h.links, strict=False) if uri)
            items.append(self.para([T.Span(line, color=GREY)], space_before=3, links=links))
        if h.availability:
            items.append(self.para([T.Span(h.availability, color=GREY)]))
        image = None
        if self.image is not None:
            width = t.photo_width
            image = (self.image, width, width * 4 / 3)
        return self.block(
            items, image=image, right_width=t.photo_width, gap=12, space_after=t.section_gap
        )

    def texts(
        self, items: Sequence[Text], *, bold: bool, color: Color, sep: str = " · "
    ) -> list[T.Span]:
        spans: list[T.Span] = []
        for n, item in enumerate(items):
            if n:
                spans.append(T.Span(sep, bold=bold, color=color))
            spans += self.text(item, bold=bold, color=color)
        return spans

    def text(self, item: Text, *, bold: bool = False, color: Color = INK) -> list[T.Span]:
        spans = [T.Span(item.text, bold=bold, color=color)]
        if item.fallback:  # an English label in a Swedish CV: marked, not hidden
            spans.append(T.Span(" (en)", color=FALLBACK))
        return spans

    # -- sections -------------------------------------------------------------------------

    def section_title(self, section: CvSection) -> list[Item]:
        t = self.t
        title = self.para(
            [T.Span(section.title.upper(), bold=True, color=t.accent)],
            size=t.title_size,
            leading=t.title_size * 1.3,
            role="H2",
        )
        items: list[Item] = [title]
        if t.rule:
            items.append(Rule(t.accent, 0.6, space_before=1.5, space_after=5))
        else:
            items.append(Rule(LIGHT, 0.4, space_before=1.0, space_after=3.5))
        return items

    def section(self, section: CvSection) -> list[Flowable]:
        """The title kept with the start of the first group. An entry (one block) of some
        length splits between lines rather than leave much of a page blank (see
        :class:`Block`); other groups are kept on one page."""
        groups = self.section_groups(section)
        title = self.section_title(section)
        out: list[Flowable] = [Spacer(1, self.t.section_gap)]
        if groups and len(groups[0]) == 1 and isinstance(groups[0][0], Block):
            groups[0][0].lead = title
            out.append(groups[0][0])
        else:
            head = self.block(title)
            out.append(KeepTogether([head, *groups[0]]) if groups else head)
        for group in groups[1:]:
            out.append(group[0] if len(group) == 1 else KeepTogether(group))
        return out

    def section_groups(self, section: CvSection) -> list[list[Flowable]]:
        if section.key == "summary":
            text = section.text
            return [[self.block([self.para([T.Span(text, color=INK)], base=T.direction(text))])]]
        if section.key == "languages":
            return [self.languages(section)]
        if self.t.tags_inline and section.key in ("skills", "digital", "interests", "driving"):
            return [[self.inline(section)]]
        last = len(section.entries) - 1
        lists = section.key in LIST_SECTIONS
        return [[self.entry(e, last=n == last, lists=lists)] for n, e in enumerate(section.entries)]

    def entry(self, entry: CvEntry, *, last: bool, lists: bool = False) -> Block:
        """One entry; ``lists``: its details are lists (keywords), not the person's prose."""
        t = self.t
        items: list[Item] = []
        title = self.text(entry.title, bold=True)
        if entry.subtitle and not entry.dates:  # a level: beside the title
            title.append(T.Span(f" – {entry.subtitle}", color=GREY))
            items.append(self.para(title))
        elif (
            entry.subtitle
            and t.subtitle_inline
            and self._fits(
                beside := [*title, T.Span(f" · {T.list_commas(entry.subtitle)}", color=GREY)],
                dated=bool(entry.dates),
            )
        ):
            items.append(self.para(beside))
        else:
            items.append(self.para(title))
            if entry.subtitle:
                items.append(self.para([T.Span(T.list_commas(entry.subtitle), color=GREY)]))
        for detail in entry.details:
            detail = T.list_commas(detail) if lists else detail
            items.append(
                self.para([T.Span(detail, color=INK)], space_before=1.5, base=T.direction(detail))
            )
        for bullet in entry.bullets:
            items.append(
                self.para(
                    [T.Span(bullet, color=INK)],
                    indent=t.body * 1.1,
                    bullet=T.Span("•", color=t.accent),
                    role="LI",
                    space_before=1.0,
                    base=T.direction(bullet),
                )
            )
        date = [T.Span(entry.dates, color=GREY)]
        right = [self.para(date, size=t.small, align=RIGHT)]
        # The column widens for long dates rather than wrap them.
        natural = T.layout(date, t.small, 10_000)[0].width + 0.5 if entry.dates else 0.0
        return self.block(
            items,
            right=right if entry.dates else (),
            right_width=max(t.date_width, natural),
            space_after=0 if last else t.entry_gap,
        )

    def _fits(self, spans: list[T.Span], *, dated: bool) -> bool:
        """Whether ``spans`` fit on one line of an entry (beside the date column if dated)."""
        t = self.t
        width = A4[0] - 2 * t.margin - 12 - ((t.date_width + 8) if dated else 0)
        return len(T.layout(spans, t.body, width)) == 1

    def inline(self, section: CvSection) -> Block:
        spans: list[T.Span] = []
        for n, e in enumerate(section.entries):
            if n:
                spans.append(T.Span("  ·  ", color=LIGHT))
            spans += self.text(e.title, bold=True)
            extra = T.list_commas(", ".join(x for x in (e.subtitle, *e.details) if x))
            if extra:
                spans.append(T.Span(f" ({extra})", color=GREY))
        return self.block([self.para(spans)])

    def languages(self, section: CvSection) -> list[Flowable]:
        labels = self.doc.labels
        out: list[Flowable] = []
        if section.mother_tongues:
            key = "mother_tongues" if len(section.mother_tongues) > 1 else "mother_tongue"
            spans = [
                T.Span(f"{labels[key]}: ", color=GREY),
                T.Span(", ".join(section.mother_tongues), bold=True),
            ]
            out.append(self.block([self.para(spans)], space_after=4))
        if section.languages:
            out += self.grid(section)
        return out

    def grid(self, section: CvSection) -> list[Flowable]:
        labels = self.doc.labels
        t = self.t
        regular = fonts.font_name(fonts.LATIN)
        bold = fonts.font_name(fonts.LATIN, True)
        parts = ("listening", "reading", "spoken_interaction", "spoken_production", "writing")
        rows: list[list[str]] = [
            ["", labels["understanding"], "", labels["speaking"], "", labels["writing_group"]],
            ["", *(labels[p] for p in parts)],
        ]
        for row in section.languages:
            rows.append([row.name, *(getattr(row, p) or "–" for p in parts)])
        width = A4[0] - 2 * t.margin - 12  # the frame's padding
        first = width * 0.22
        cols = [first, *([(width - first) / 5] * 5)]
        # A part's name that does not fit its column ("Muntlig interaktion") takes two lines.
        room = cols[1] - 12  # the cell's padding
        rows[1] = [
            text if stringWidth(text, regular, t.small) <= room else text.replace(" ", "\n", 1)
            for text in rows[1]
        ]
        table = Table(rows, colWidths=cols, hAlign="LEFT", repeatRows=2, renderCB=_tag_table)
        style = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, t.small),
                ("FONT", (0, 0), (-1, 0), bold, t.small),
                ("FONT", (0, 2), (0, -1), bold, t.body),
                ("TEXTCOLOR", (0, 0), (-1, 1), GREY),
                ("TEXTCOLOR", (0, 2), (-1, -1), INK),
                ("FONT", (1, 2), (-1, -1), regular, t.body),
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (3, 0), (4, 0)),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("LINEBELOW", (1, 0), (-1, 0), 0.4, LIGHT),
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, t.accent),
                ("LINEBELOW", (0, 2), (-1, -2), 0.3, LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
        table.setStyle(style)
        items: list[Flowable] = [table, Spacer(1, 3)]
        notes = [r for r in section.languages if r.certificate]
        note_items: list[Item] = []
        for r in notes:
            note_items.append(
                self.para([T.Span(f"{r.name}: {r.certificate}", color=GREY)], size=t.small)
            )
        note_items.append(
            self.para([T.Span(labels["cefr_note"], color=GREY)], size=t.small, space_before=3)
        )
        items.append(self.block(note_items))
        return items


def _tag_table(table: Table, event: str, *args: Any) -> None:
    """reportlab's table drawing hook: rows and cells as TR, TH (the two header rows and the
    language names) and TD in the tagged PDF; background and lines as artifacts."""
    canvas = table.canv
    tags = tagging.tags_of(canvas)
    if tags is None:
        return
    if event == "startTable":
        tags.start_table()
    elif event in ("startBG", "startLines"):
        tagging.begin(canvas, "Artifact")
    elif event in ("endBG", "endLines", "endCell"):
        tagging.end(canvas)
    elif event == "startRow":
        tags.start_row()
    elif event == "startCell":
        row, column = args[0], args[1]
        tagging.begin(canvas, "TH" if row < 2 or column == 0 else "TD")
