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

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName

from entryhub_desk.cv.pdfwrite import Raw, register

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


def _element(role: str, parent: str, kids: str, page: str = "", lang: str = "") -> bytes:
    """A structure element's dictionary (``parent`` and ``page`` as references)."""
    out = f"<< /Type /StructElem /S /{role} /P {parent} /K {kids}"
    if page:
        out += f" /Pg {page}"
    if lang:
        out += f" /Lang ({lang})"
    return (out + " >>").encode("latin-1")


def write_structure(canvas: Any, pages: list[Any]) -> None:
    """Attach the structure tree of what was drawn to the document (see the module)."""
    tags = tags_of(canvas)
    if tags is None:
        return
    doc = canvas._doc
    numbers = doc.idToObjectNumberAndVersion
    page_refs = ["{} {} R".format(*numbers[doc.Reference(page).name]) for page in pages]
    for number, page in enumerate(pages):
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = number
        page.Tabs = PDFName("S")
    root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    root_ref = doc.Reference(root, "EntryHubStructTreeRoot")
    tree = _Tree(doc, page_refs, tags.language)
    document = tree.add(
        Element("Document", kids=tags.roots), "{} {} R".format(*numbers[root_ref.name])
    )
    nums = " ".join(
        f"{n} [{' '.join(mcids[m] for m in sorted(mcids))}]" for n, mcids in enumerate(tree.by_page)
    )
    root.dict["K"] = Raw(document.encode("latin-1"))
    root.dict["ParentTree"] = Raw(f"<< /Nums [{nums}] >>".encode("latin-1"))
    root.dict["ParentTreeNextKey"] = len(pages)
    doc.Catalog.StructTreeRoot = root_ref
    doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})


class _Tree:
    """The structure elements of one document. Every element is an object of its own, written
    directly (:class:`~entryhub_desk.cv.pdfwrite.Raw`): registered in reading order, its bytes
    set once its children's numbers are known."""

    def __init__(self, doc: Any, page_refs: list[str], language: str) -> None:
        self.doc = doc
        self.page_refs = page_refs
        self.language = language
        self.by_page: list[dict[int, str]] = [{} for _ in page_refs]  # page → MCID → element
        self.count = 0

    def new(self) -> tuple[Raw, str]:
        obj = Raw()
        self.count += 1
        return obj, register(self.doc, obj, f"EntryHubSE{self.count}")

    def add(self, element: Element, parent: str) -> str:
        """Register ``element`` and its children below ``parent``: its reference."""
        own, ref = self.new()
        if element.page >= 0:
            role = _content_tag(element.role)
            page = self.page_refs[element.page]
            mcid = str(element.mcid)
            if element.role == "LI":  # LI → LBody (the marked content)
                body, body_ref = self.new()
                own.data = _element("LI", parent, body_ref)
                body.data = _element(role, ref, mcid, page)
                self.by_page[element.page][element.mcid] = body_ref
            else:
                own.data = _element(role, parent, mcid, page)
                self.by_page[element.page][element.mcid] = ref
            return ref
        kids = [self.add(kid, ref) for kid in element.kids]
        lang = self.language if element.role == "Document" else ""
        own.data = _element(element.role, parent, f"[{' '.join(kids)}]", lang=lang)
        return ref
