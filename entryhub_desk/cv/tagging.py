"""A tagged PDF: the CV's logical structure for screen readers and recruiting systems.

While the pages are drawn, every paragraph is wrapped in marked content with its own MCID
(``/P <</MCID n>> BDC … EMC``) and recorded with its role: ``H1`` (the name), ``H2`` (section
titles), ``P``, ``LI`` (a bullet; consecutive ones form an ``L``), ``Table`` (the language grid,
one ``TR`` per row and ``TH``/``TD`` per cell). Rules, the photo and the footer are
``Artifact``. When the document is saved, :func:`write_structure` adds the structure tree
(``StructTreeRoot`` → ``Document`` with the CV's language → elements in reading order, a
``ParentTree`` from each page's MCIDs back to their elements), ``/StructParents`` and tab order
on every page, and ``/MarkInfo << /Marked true >>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfdoc import (
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
)

ATTRIBUTE = "_entryhub_tags"


@dataclass
class Element:
    role: str
    page: int = -1  # 0-based page of its marked content (-1: a grouping element)
    mcid: int = -1
    kids: list[Element] = field(default_factory=list)


@dataclass
class Tags:
    """The elements recorded while a document's pages are drawn."""

    language: str
    roots: list[Element] = field(default_factory=list)
    mcids: dict[int, int] = field(default_factory=dict)  # page → next MCID
    table: Element | None = None

    def begin(self, canvas: Any, role: str) -> Element:
        page = _page(canvas)
        mcid = self.mcids.get(page, 0)
        self.mcids[page] = mcid + 1
        canvas._code.append(f"/{_content_tag(role)} <</MCID {mcid}>> BDC")
        element = Element(role, page, mcid)
        if role in ("TH", "TD"):
            assert self.table is not None
            self.table.kids[-1].kids.append(element)
        elif role == "LI":
            last = self.roots[-1] if self.roots else None
            if last is None or last.role != "L":
                last = Element("L")
                self.roots.append(last)
            last.kids.append(element)
        else:
            self.roots.append(element)
        return element

    def start_table(self) -> None:
        self.table = Element("Table")
        self.roots.append(self.table)

    def start_row(self) -> None:
        assert self.table is not None
        self.table.kids.append(Element("TR"))


def _content_tag(role: str) -> str:
    return "LBody" if role == "LI" else role


def tags_of(canvas: Any) -> Tags | None:
    tags: Tags | None = getattr(canvas, ATTRIBUTE, None)
    return tags


def _page(canvas: Any) -> int:
    """The page being drawn (the CV's canvas keeps its pages until the footers are known)."""
    kept = getattr(canvas, "_pages", None)
    return len(kept) if kept is not None else canvas.getPageNumber() - 1


def begin(canvas: Any, role: str) -> bool:
    """Open marked content for ``role`` (an element, or ``Artifact``); False when the canvas
    is not tagged (then :func:`end` must not be called)."""
    tags = tags_of(canvas)
    if tags is None:
        return False
    if role == "Artifact":
        canvas._code.append("/Artifact BMC")
    else:
        tags.begin(canvas, role)
    return True


def end(canvas: Any) -> None:
    canvas._code.append("EMC")


class _Elem(PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A structure element written directly (reportlab's generic dictionaries cost a quarter
    of a CV's render for a few hundred elements)."""

    def __init__(self, role: str, parent: str, kids: Any, page: str | None = None) -> None:
        self.role, self.parent, self.kids, self.page = role, parent, kids, page
        self.lang = ""

    def format(self, doc: Any) -> bytes:
        refs = doc.idToObjectNumberAndVersion

        def ref(name: str) -> str:
            number, version = refs[name]
            return f"{number} {version} R"

        if isinstance(self.kids, int):
            kids = str(self.kids)
        elif isinstance(self.kids, str):
            kids = ref(self.kids)
        else:
            kids = "[" + " ".join(ref(k) for k in self.kids) + "]"
        out = f"<< /Type /StructElem /S /{self.role} /P {ref(self.parent)} /K {kids}"
        if self.page is not None:
            out += f" /Pg {ref(self.page)}"
        if self.lang:
            out += f" /Lang ({self.lang})"
        return (out + " >>").encode("latin-1")


class _ParentTree(PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """The parent tree: per page, its MCIDs' elements in MCID order (written directly)."""

    def __init__(self, pages: list[list[str]]) -> None:
        self.pages = pages

    def format(self, doc: Any) -> bytes:
        refs = doc.idToObjectNumberAndVersion
        nums = " ".join(
            f"{n} [{' '.join('{} {} R'.format(*refs[name]) for name in names)}]"
            for n, names in enumerate(self.pages)
        )
        return f"<< /Nums [{nums}] >>".encode("latin-1")


def write_structure(canvas: Any, pages: list[Any]) -> None:
    """Attach the structure tree of what was drawn to the document (see the module)."""
    tags = tags_of(canvas)
    if tags is None:
        return
    doc = canvas._doc
    page_names = [doc.Reference(page).name for page in pages]
    for number, page in enumerate(pages):
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = number
        page.Tabs = PDFName("S")
    root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    root_ref = doc.Reference(root, "EntryHubStructTreeRoot")
    by_page: dict[int, dict[int, str]] = {}
    counter = [0]

    def name() -> str:
        counter[0] += 1
        return f"EntryHubSE{counter[0]}"

    def add(element: Element, parent: str) -> str:
        own = name()
        if element.page >= 0:
            role = _content_tag(element.role)
            by_page.setdefault(element.page, {})[element.mcid] = own
            if element.role == "LI":  # LI → LBody (the marked content)
                item = name()
                doc.Reference(_Elem("LI", parent, own), item)
                doc.Reference(_Elem(role, item, element.mcid, page_names[element.page]), own)
                return item
            doc.Reference(_Elem(role, parent, element.mcid, page_names[element.page]), own)
            return own
        elem = _Elem(element.role, parent, [])
        doc.Reference(elem, own)
        elem.kids = [add(kid, own) for kid in element.kids]
        return own

    document = Element("Document", kids=tags.roots)
    document_name = add(document, root_ref.name)
    doc.idToObject[document_name].lang = tags.language
    nums = [[by_page.get(n, {})[m] for m in sorted(by_page.get(n, {}))] for n in range(len(pages))]
    root.dict["K"] = PDFObjectReference(document_name)
    root.dict["ParentTree"] = _ParentTree(nums)
    root.dict["ParentTreeNextKey"] = len(pages)
    doc.Catalog.StructTreeRoot = root_ref
    doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})
