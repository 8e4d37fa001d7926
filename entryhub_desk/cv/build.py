"""Profile → CV document model, in the CV's language (labels, dates, taxonomy names)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import phonenumbers

from entryhub_desk import catalogue
from entryhub_desk.cv import labels as L
from entryhub_desk.cv.model import CvDocument, CvEntry, CvHeader, CvSection, LanguageRow, Text
from entryhub_desk.cv.order import date_key, newest_first
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import (
    BridgingState,
    Credential,
    DigitalSkill,
    DrivingLicence,
    Education,
    Entry,
    EntryKind,
    Goals,
    Interest,
    LanguageSkill,
    RecognitionStatus,
    Skill,
    Work,
    WorkType,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.taxonomy import countries, digcomp, display, driving, isced, languages
from entryhub_desk.taxonomy.labels import Label

SEP = " · "
SWEDEN = "SE"
_T = TypeVar("_T")


def build_document(
    person: Person, entries: Mapping[EntryKind, Sequence[Entry]], *, language: str
) -> CvDocument:
    """The CV of ``person`` with the profile ``entries`` (kind → entries in their order)."""
    if language not in L.CV_LANGUAGES:
        raise DeskError("cv.bad_language", language=language)
    b = _Builder(language)
    goals = next(iter(_of(entries, EntryKind.GOALS, Goals)), None)
    credentials = _of(entries, EntryKind.CREDENTIAL, Credential)
    sections = [
        b.summary(goals),
        b.work(_of(entries, EntryKind.WORK, Work)),
        b.education(_of(entries, EntryKind.EDUCATION, Education)),
        b.credentials([c for c in credentials if not is_foreign(c)], key="courses"),
        b.credentials([c for c in credentials if is_foreign(c)], key="credentials"),
        b.languages(_of(entries, EntryKind.LANGUAGE, LanguageSkill)),
        b.skills(_of(entries, EntryKind.SKILL, Skill)),
        b.digital(_of(entries, EntryKind.DIGITAL, DigitalSkill)),
        b.driving(_of(entries, EntryKind.DRIVING, DrivingLicence)),
        b.interests(_of(entries, EntryKind.INTEREST, Interest)),
    ]
    name = " ".join(part for part in (person.given_name, person.family_name) if part)
    return CvDocument(
        language=language,
        header=b.header(person, name, goals),
        sections=tuple(s for s in sections if s is not None),
        labels=L.page_labels(language),
        subject=L.word("document_title", language, name=name),
    )


def is_foreign(credential: Credential) -> bool:
    """A credential from abroad (or on its way to recognition here) belongs under foreign
    qualifications; a Swedish course or certificate, or one with no country and no
    recognition, under courses and certificates."""
    if credential.issuing_country is not None and credential.issuing_country != SWEDEN:
        return True
    return (
        credential.status is not RecognitionStatus.NOT_STARTED
        or credential.bridging is not BridgingState.NONE
    )


def capitalised(text: str) -> str:
    """``"svenska"`` → ``"Svenska"`` (a row label or list item; the rest is left alone)."""
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    """A level after a name reads in lower case, as the skill levels do ("– avancerad")."""
    return text[:1].lower() + text[1:]


def phone_text(e164: str) -> str:
    """A Swedish number as Swedes write it (070-123 45 67), any other internationally."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    national = phonenumbers.region_code_for_number(number) == SWEDEN
    style = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(number, style.NATIONAL if national else style.INTERNATIONAL)


def _of(entries: Mapping[EntryKind, Sequence[Entry]], kind: EntryKind, cls: type[_T]) -> list[_T]:
    return [e for e in entries.get(kind, ()) if isinstance(e, cls)]


def _text(label: Label) -> Text:
    return Text(label.text, fallback=label.fallback)


def _join(parts: Iterable[str], sep: str = SEP) -> str:
    return sep.join(p for p in parts if p)


class _Builder:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    # -- names from the taxonomy ----------------------------------------------------------

    def country(self, code: str | None) -> str:
        return countries.country_name(code, self.lang) if code else ""

    def language(self, code: str) -> str:
        try:
            return languages.language_name(code, self.lang)
        except DeskError:
            return code

    def occupation(self, code: str) -> Text:
        try:
            return _text(display.occupation_display(code, self.lang))
        except DeskError:
            return Text(code)

    def skill(self, code: str) -> Text:
        try:
            return _text(display.skill_display(code, self.lang))
        except DeskError:
            return Text(code)

    def where(self, *parts: str) -> str:
        """Parts joined by commas, each only once ("Orotta Hospital, Eritrea", not "…,
        Eritrea, Eritrea" when the place is the country)."""
        seen: list[str] = []
        for part in parts:
            if part and part.casefold() not in (s.casefold() for s in seen):
                seen.append(part)
        return ", ".join(seen)

    # -- header and summary ---------------------------------------------------------------

    def header(self, person: Person, name: str, goals: Goals | None) -> CvHeader:
        phone = phone_text(person.phone) if person.phone else person.phone_as_written or ""
        items = (
            (phone, f"tel:{person.phone}" if person.phone else ""),
            (person.email or "", f"mailto:{person.email}" if person.email else ""),
            (person.municipality or "", ""),
        )
        contact = tuple(text for text, _ in items if text)
        links = tuple(link for text, link in items if text)
        headline: tuple[Text, ...] = ()
        availability = ""
        if goals is not None:
            headline = tuple(self.occupation(code) for code in goals.desired_occupations)
            parts = []
            if goals.available_from is not None:
                when = L.format_partial(goals.available_from, self.lang)
                parts.append(L.word("available_from", self.lang, date=when))
            if goals.hours_per_week is not None:
                parts.append(L.word("hours_per_week", self.lang, hours=goals.hours_per_week))
            # Of the work permit, only a right to work is printed (the table has no other).
            right = catalogue.lookup("work_permit_cv", goals.work_permit, self.lang)
            if goals.work_permit is not None and right is not None:
                parts.append(right)
            availability = _join(parts)
        return CvHeader(
            name=name,
            original_name=person.original_script_name or "",
            headline=headline,
            contact=contact,
            links=links,
            availability=availability,
        )

    def summary(self, goals: Goals | None) -> CvSection | None:
        if goals is None or not goals.summary:
            return None
        return CvSection("summary", L.section_title("summary", self.lang), text=goals.summary)

    # -- sections with dated entries ------------------------------------------------------

    def work(self, items: list[Work]) -> CvSection | None:
        out = []
        for w in newest_first(items, _work_date):
            # The person's own title is the heading; the coded occupation (kept in the
            # profile) only stands in when there is no title of their own.
            title = Text(w.title) if w.title else self.occupation(w.occupation or "")
            details = []
            if w.work_type is WorkType.VOLUNTEER:
                details.append(L.word("volunteer", self.lang))
            elif w.work_type is WorkType.INFORMAL:
                details.append(L.word("informal", self.lang))
            if w.description:
                details.append(w.description)
            out.append(
                CvEntry(
                    title=title,
                    subtitle=self.where(w.employer, w.place, self.country(w.country)),
                    dates=L.date_range(w.start, w.end, self.lang, ongoing=True),
                    details=(_join(details[:2]), *details[2:]) if details[:2] else (),
                    bullets=w.tasks,
                )
            )
        return self._section("work", out)

    def education(self, items: list[Education]) -> CvSection | None:
        out = []
        for e in newest_first(items, _education_date):
            title = _join((e.title, e.field), ", ") or e.institution
            details = []
            if e.isced_level is not None:
                level = isced.isced_label(e.isced_level, self.lang).text
                if e.eqf_level is not None:
                    level += f" ({isced.eqf_label(e.eqf_level, self.lang).text})"
                details.append(L.word("level", self.lang, level=level))
            if e.completed is False:
                details.append(L.word("not_completed", self.lang))
            institution = e.institution if title != e.institution else ""
            out.append(
                CvEntry(
                    title=Text(title),
                    subtitle=self.where(institution, self.country(e.country)),
                    dates=L.date_range(e.start, e.end, self.lang, ongoing=e.completed is None),
                    details=(_join(details),) if details else (),
                )
            )
        return self._section("education", out)

    def credentials(self, items: list[Credential], *, key: str) -> CvSection | None:
        out = []
        for c in newest_first(items, _credential_date):
            details = [line for line in (self.recognition(c), self.bridging(c)) if line]
            issuer = L.word("issued_by", self.lang, issuer=c.issuer) if c.issuer else ""
            out.append(
                CvEntry(
                    title=Text(c.name),
                    subtitle=self.where(issuer, self.country(c.issuing_country)),
                    dates=L.format_partial(c.issued, self.lang) if c.issued else "",
                    details=tuple(details),
                )
            )
        return self._section(key, out)

    def recognition(self, c: Credential) -> str:
        authority = c.authority or L.recognition("authority_unknown", self.lang)
        key = {
            RecognitionStatus.RECOGNISED: "recognised",
            RecognitionStatus.PARTLY_RECOGNISED: "partly_recognised",
            RecognitionStatus.APPLIED: "applied",
        }.get(c.status)
        if key is None:
            return ""
        if key != "applied" and not c.recognised_as:
            key += "_no_as"
        line = L.recognition(key, self.lang, authority=authority, recognised_as=c.recognised_as)
        if c.decision_date is not None and key != "applied":
            when = L.format_partial(c.decision_date, self.lang)
            line += f" ({L.recognition('decision', self.lang, date=when)})"
        return line + "."

    def bridging(self, c: Credential) -> str:
        if c.bridging is BridgingState.STARTED:
            return L.recognition("bridging_started", self.lang) + "."
        if c.bridging is BridgingState.COMPLETED:
            return L.recognition("bridging_completed", self.lang) + "."
        return ""

    # -- languages, skills, licences, interests -------------------------------------------

    def languages(self, items: list[LanguageSkill]) -> CvSection | None:
        if not items:
            return None
        mother = tuple(capitalised(self.language(e.language)) for e in items if e.mother_tongue)
        rows = tuple(
            LanguageRow(
                name=capitalised(self.language(e.language)),
                listening=e.listening or "",
                reading=e.reading or "",
                spoken_interaction=e.spoken_interaction or "",
                spoken_production=e.spoken_production or "",
                writing=e.writing or "",
                certificate=e.certificate,
            )
            for e in items
            if not e.mother_tongue
        )
        return CvSection(
            "languages",
            L.section_title("languages", self.lang),
            mother_tongues=mother,
            languages=rows,
        )

    def skills(self, items: list[Skill]) -> CvSection | None:
        out = []
        for s in items:
            title = self.skill(s.skill) if s.skill else Text(s.free_text)
            level = L.skill_level(s.level, self.lang) if s.level else ""
            out.append(
                CvEntry(
                    title=title,
                    subtitle=level,
                    details=(", ".join(s.keywords),) if s.keywords else (),
                )
            )
        return self._section("skills", out)

    def digital(self, items: list[DigitalSkill]) -> CvSection | None:
        out = [
            CvEntry(
                title=_text(digcomp.area_label(d.area, self.lang)),
                subtitle=_lower_first(digcomp.level_label(d.level, self.lang).text),
            )
            for d in items
        ]
        return self._section("digital", out)

    def driving(self, items: list[DrivingLicence]) -> CvSection | None:
        out = []
        for d in items:
            # A Swedish licence needs no note; a foreign one says where it was issued and
            # whether it is valid here.
            notes = []
            foreign = d.issuing_country not in (None, SWEDEN)
            if d.issuing_country is not None and foreign:
                notes.append(
                    L.word("issued_in", self.lang, country=self.country(d.issuing_country))
                )
            if d.valid_in_sweden and d.issuing_country != SWEDEN:
                notes.append(L.word("valid_in_sweden", self.lang))
            cats = ", ".join(driving.category_label(c, self.lang).text for c in d.categories)
            out.append(CvEntry(title=Text(cats), details=(_join(notes),) if notes else ()))
        return self._section("driving", out)

    def interests(self, items: list[Interest]) -> CvSection | None:
        out = [
            CvEntry(title=Text(i.name), details=(", ".join(i.keywords),) if i.keywords else ())
            for i in items
        ]
        return self._section("interests", out)

    def _section(self, key: str, entries: list[CvEntry]) -> CvSection | None:
        if not entries:
            return None
        return CvSection(key, L.section_title(key, self.lang), entries=tuple(entries))


def _work_date(w: Work) -> tuple[int, tuple[int, int, int], tuple[int, int, int]] | None:
    if w.start is None and w.end is None:
        return None
    return date_key(w.start, w.end, current=w.end is None)


def _education_date(e: Education) -> tuple[int, tuple[int, int, int], tuple[int, int, int]] | None:
    if e.start is None and e.end is None:
        return None
    return date_key(e.start, e.end, current=e.end is None and e.completed is not True)


def _credential_date(
    c: Credential,
) -> tuple[int, tuple[int, int, int], tuple[int, int, int]] | None:
    return None if c.issued is None else date_key(c.issued, None, current=False)
