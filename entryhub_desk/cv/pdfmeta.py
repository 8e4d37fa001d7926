"""Document metadata of a CV: an XMP packet beside the Info dictionary, and the title shown.

reportlab writes the Info dictionary (title, author, subject, creator, producer) and the
catalogue's ``/Lang``; an XMP metadata stream says the same for readers that only look there
(archives, PDF/A and PDF/UA checkers, recruiting systems), and ``DisplayDocTitle`` makes a
viewer show the title rather than the file name.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream


def escape(text: str) -> str:
    """``xml.sax.saxutils.escape``: ``&``, ``<`` and ``>`` as entities (that module imports
    ``urllib.request``, ``http`` and ``ssl`` with it, a tenth of a CV command's start)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def xmp_packet(*, title: str, author: str, language: str, producer: str) -> bytes:
    """An XMP packet (RDF/XML, UTF-8) with the Dublin Core title, creator and language."""
    t, a, lang, p = (escape(v) for v in (title, author, language, producer))
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{a}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{p}</pdf:Producer>
   <xmp:CreatorTool>{p}</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return xml.encode("utf-8")


def apply(canvas: Any, *, title: str, author: str, language: str, producer: str) -> None:
    """Attach the XMP stream to the document's catalogue and show the title in viewers."""
    stream = PDFStream(
        dictionary=PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        content=xmp_packet(title=title, author=author, language=language, producer=producer),
        filters=[],  # XMP stays readable without inflating
    )
    canvas._doc.Catalog.Metadata = canvas._doc.Reference(stream)
    canvas.setViewerPreference("DisplayDocTitle", "true")
