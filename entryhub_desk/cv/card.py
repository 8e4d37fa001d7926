"""The profile card an employer receives when a visitor is introduced to an opening: one A4
page drawn by the CV engine, named or anonymised (:class:`CardKind`).

- **Named** (only with the person's ``share_with_employers`` consent, checked by the service):
  the name (and its original script), occupations wanted and held, skills, languages with their
  CEFR grid, driving licences, the level of the highest education, availability, and contact
  *through the hub* (its name and the person's reference code), never the person's phone,
  e-mail, address or photo.
- **Anonymous**: initials, the short code, occupations, skills, languages and availability;
  nothing else of the person, and no name in the file either (Info dictionary, XMP, footer).

Qt-free; :func:`build_card` takes the person and their profile entries (as
:func:`~entryhub_desk.cv.build.build_document` does) and returns a
:class:`~entryhub_desk.cv.model.CvDocument`; :func:`render_card` draws it. Free texts the
person wrote about themselves (the summary, task lists, employers' and schools' names) stay off
the card: what it says is chosen, coded data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from entryhub_desk.cv import labels as L
from entryhub_desk.cv.build import _Builder, _of
from entryhub_desk.cv.card_labels import card_word
from entryhub_desk.cv.card_scrub import Scrubber
from entryhub_desk.cv.model import CvDocument, CvEntry, CvHeader, CvSection, Text
from entryhub_desk.cv.order import newest_first
from entryhub_desk.domain.employers.introduction import CardKind
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    DigitalSkill,
    DrivingLicence,
    Education,
    Entry,
    EntryKind,
    Goals,
    LanguageSkill,
    PartialDate,
    Skill,
    Work,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.taxonomy import isced

# What one page holds at most (the newest work, the first skills); the rest is in the CV.
WORK_MAX: Final = 4
SKILLS_MAX: Final = 14
LANGUAGES_MAX: Final = 6


@dataclass(frozen=True)
class CardContext:
    """What the card says beyond the person: who introduces them and to what."""

    hub_name: str
    opening_title: str = ""  # "Undersköterska" (the employer's words)
    employer_name: str = ""


def initials(person: Person) -> str:
    """``Mohammed Al-Obeidi`` → ``"M. A."`` (the first letter of each of the two names)."""
    letters = []
    for part in (person.given_name, person.family_name):
        first = next((c for c in part if c.isalnum()), "")
        if first:
            letters.append(f"{first.upper()}.")
    return " ".join(letters)


def build_card(
    person: Person,
    entries: Mapping[EntryKind, Sequence[Entry]],
    *,
    kind: CardKind,
    language: str,
    context: CardContext,
) -> CvDocument:
    """The card of ``person`` as a document model in ``language`` ("sv" or "en")."""
    if language not in L.CV_LANGUAGES:
        raise DeskError("cv.bad_language", language=language)
    kind = CardKind(kind)
    named = kind is CardKind.NAMED
    b = _Builder(language)
    scrub = Scrubber(person, named=named)
    code = short_code(person.id)
    goals = next(iter(_of(entries, EntryKind.GOALS, Goals)), None)
    # Only the headline (desired occupations) and the availability line of the CV's header
    # are used; its contact items are not.
    cv_header = b.header(person, "", goals)
    full_name = " ".join(p for p in (person.given_name, person.family_name) if p)
    shown = full_name if named else initials(person)
    reference = card_word("reference", language, code=code)
    contact = (card_word("contact", language, hub=context.hub_name), reference)
    header = CvHeader(
        name=shown,
        original_name=(person.original_script_name or "") if named else "",
        headline=cv_header.headline,
        contact=contact,
        links=("", ""),
        availability=cv_header.availability,
    )
    sections = [
        _introduced_for(context, language),
        _work(b, _of(entries, EntryKind.WORK, Work), language, scrub),
        _skills(b, _of(entries, EntryKind.SKILL, Skill), scrub),
        b.digital(_of(entries, EntryKind.DIGITAL, DigitalSkill)),
        _languages(b, _of(entries, EntryKind.LANGUAGE, LanguageSkill), scrub),
    ]
    if named:
        sections += [
            _education_level(_of(entries, EntryKind.EDUCATION, Education), language),
            b.driving(_of(entries, EntryKind.DRIVING, DrivingLicence)),
        ]
    else:
        sections.append(
            CvSection(
                "summary",
                card_word("name_and_contact", language),
                text=card_word("anonymous_note", language, hub=context.hub_name),
            )
        )
    title = card_word("card", language)
    labels = L.page_labels(language)
    if named:
        subject = f"{title} – {full_name}"
        footer = f"{title} · {full_name} · {reference}"
    else:
        subject = f"{title} {code}"
        footer = f"{title} · {code}"
    return CvDocument(
        language=language,
        header=header,
        sections=tuple(s for s in sections if s is not None),
        labels=labels,
        subject=subject,
        author=context.hub_name,
        footer=footer,
    )


def render_card(document: CvDocument) -> bytes:
    """The card as one A4 page of PDF (the card theme of the CV renderer; no photo)."""
    from entryhub_desk.cv.card_theme import CARD
    from entryhub_desk.cv.render import render_with

    return render_with(document, CARD, None)


# -- sections ---------------------------------------------------------------------------


def _introduced_for(context: CardContext, language: str) -> CvSection | None:
    what = ", ".join(p for p in (context.opening_title, context.employer_name) if p)
    if not what:
        return None
    return CvSection("summary", card_word("introduced_for", language), text=what)


def _years(start: PartialDate | None, end: PartialDate | None, language: str) -> str:
    """Years only ("2012 – 2015", "2023 – nu"): enough for an employer to weigh experience."""
    if start is None and end is None:
        return ""
    first = str(start.year) if start is not None else ""
    if end is None:
        return f"{first} – {L.word('present', language)}" if first else ""
    last = str(end.year)
    return last if not first or first == last else f"{first} – {last}"


def _work(b: _Builder, items: list[Work], language: str, scrub: Scrubber) -> CvSection | None:
    """Occupations held: the person's own job title (else, or when it cannot be printed, the
    coded occupation) and the years; no employer, place or description."""
    from entryhub_desk.cv.build import _work_date

    out = []
    for w in newest_first(items, _work_date)[:WORK_MAX]:
        own = w.title if w.title and scrub.safe(w.title) else ""
        title = Text(own) if own else b.occupation(w.occupation) if w.occupation else Text("")
        if title:
            out.append(CvEntry(title=title, dates=_years(w.start, w.end, language)))
    if not out:
        return None
    return CvSection("work", card_word("occupations_held", language), entries=tuple(out))


def _skills(b: _Builder, items: list[Skill], scrub: Scrubber) -> CvSection | None:
    """Skills with their level; the person's keywords (free text) are left out, and so is a
    skill typed in that cannot be printed."""
    kept = [s for s in items if s.skill or scrub.safe(s.free_text)]
    return b.skills([dataclasses.replace(s, keywords=()) for s in kept[:SKILLS_MAX]])


def _languages(b: _Builder, items: list[LanguageSkill], scrub: Scrubber) -> CvSection | None:
    """Languages with their grid; a certificate's text only when it can be printed."""
    mother = [e for e in items if e.mother_tongue]
    other = [
        e if scrub.safe(e.certificate) else dataclasses.replace(e, certificate="")
        for e in items
        if not e.mother_tongue
    ][:LANGUAGES_MAX]
    return b.languages([*mother, *other])


def _education_level(education: list[Education], language: str) -> CvSection | None:
    """The highest ISCED level reached (completed, or of unknown completion), as a level only:
    no school, country or field."""
    levels = [
        e.isced_level for e in education if e.isced_level is not None and e.completed is not False
    ]
    if not levels:
        return None
    label = isced.isced_label(max(levels), language).text
    return CvSection(
        "education", card_word("education_level", language), entries=(CvEntry(Text(label)),)
    )
