"""A label resolved for display, with the language it is really in (for fallback marks)."""

from __future__ import annotations

from dataclasses import dataclass

FALLBACK_LANG = "en"


@dataclass(frozen=True)
class Label:
    """``text`` in ``lang``; ``fallback`` is True when ``lang`` is not the language asked for
    (the GUI marks such labels, e.g. with the language code in grey)."""

    text: str
    lang: str
    fallback: bool = False


@dataclass(frozen=True)
class TaxonomyHit:
    """One picker result. ``label`` is the display form (:mod:`~entryhub_desk.taxonomy.display`)
    in ``label_lang`` (the asked language, or English when that language has no label:
    ``fallback``). ``matched`` is the label the query matched (an alternative or another
    language's label) when it is not ESCO's own ``label``."""

    code: str
    label: str
    label_lang: str
    isco_group: str | None
    score: float
    fallback: bool = False
    matched: str | None = None
    kind: str = "occupation"  # "occupation" or "skill"
    # Set when another hit reads the same: what tells them apart (the English label, or the
    # ISCO-08 group), so that a nurse assistant is never picked as a nurse.
    detail: str | None = None
