"""CVs: render a person's profile as an A4 PDF (preview, save, print record, batch).

What the CV screen and the command line call::

    from entryhub_desk.services.cv import CV_LANGUAGES, TEMPLATES, CvService

    service = CvService(session)
    pdf = service.render(person_id, language="sv", template="classic")   # preview, no audit
    content = service.content(person_id)  # read once; gaps/render/save take it for an id
    service.gaps(content).thin
    service.save(person_id, path, language="sv", template="classic")      # audit "export"
    service.record_print(person_id, language="sv", template="classic")    # audit "print"
    report = service.batch(ids, folder, language="en", template="compact",
                           progress=lambda done, total: ..., cancelled=lambda: False)

``person_id`` is a UUID or the short code ``XXXX-XXXX``, or a :class:`CvContent` read before
(the ``cv`` command reads the person and her profile once for its check and its CV).
Roles: every call needs ``Action.PRINT_CV`` (volunteers and coordinators; saving a CV for the
visitor is a volunteer's work, so it is not the coordinator-only ``Action.EXPORT``); ``save``
and ``batch`` audit an "export", ``record_print`` a "print". Errors are ``DeskError``:
``cv.bad_language``, ``cv.bad_template``, ``cv.photo_*``, ``cv.fonts_missing``,
``cv.render_failed``, ``cv.write_failed``, ``store.not_found``. The rendering itself is Qt-free
and lives in :mod:`entryhub_desk.cv`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from entryhub_desk import catalogue
from entryhub_desk.domain.staff import Action
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code

if TYPE_CHECKING:
    from entryhub_desk.cv.gaps import CvGaps
    from entryhub_desk.cv.model import CvDocument
    from entryhub_desk.domain.person import Person
    from entryhub_desk.domain.profile import Entry, EntryKind
    from entryhub_desk.services.profile import Profiles
    from entryhub_desk.services.session import Session

log = logging.getLogger(__name__)

TEMPLATES: Final = ("classic", "compact")
CV_LANGUAGES: Final = catalogue.CV_LANGUAGES
DEFAULT_TEMPLATE: Final = "classic"
DEFAULT_LANGUAGE: Final = "sv"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CvContent:
    """What one CV is made of, as read from the store: the person and her profile's entries."""

    person: Person
    entries: Mapping[EntryKind, Sequence[Entry]]


@dataclass(frozen=True)
class BatchFailure:
    person_id: str
    code: str  # the DeskError code (the GUI translates it)
    params: dict[str, object]


@dataclass(frozen=True)
class BatchReport:
    written: tuple[Path, ...]  # files written, in the order of the ids given
    failed: tuple[BatchFailure, ...]
    cancelled: bool  # stopped early by ``cancelled()``


def check_options(language: str, template: str) -> None:
    if language not in CV_LANGUAGES:
        raise DeskError("cv.bad_language", language=language)
    if template not in TEMPLATES:
        raise DeskError("cv.bad_template", template=template)


def file_name(person: Person, language: str) -> str:
    """A file name without personal data: ``cv-<short code>-<language>.pdf``."""
    return f"cv-{short_code(person.id)}-{language}.pdf"


class CvService:
    """CVs of the session's store, with the session's role and audit log."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # -- preview -----------------------------------------------------------------------

    def content(self, person_id: str) -> CvContent:
        """The person (UUID or short code; ``store.not_found``) and her profile's entries."""
        self._session.require(Action.PRINT_CV)
        profiles = self._profiles()
        person = profiles.resolve_person(person_id)
        return CvContent(person, profiles.all_entries(person.id))

    def document(self, person_id: str | CvContent, *, language: str) -> CvDocument:
        """The CV document model (sections and entries, labels in ``language``)."""
        from entryhub_desk.cv.build import build_document

        self._session.require(Action.PRINT_CV)
        check_options(language, DEFAULT_TEMPLATE)
        content = self._content(person_id)
        return build_document(content.person, content.entries, language=language)

    def gaps(self, person_id: str | CvContent) -> CvGaps:
        """Whether the person's CV would be (nearly) empty, and what it lacks: asked before
        printing or saving one (the CV screen and the ``cv`` command)."""
        from entryhub_desk.cv.gaps import cv_gaps

        self._session.require(Action.PRINT_CV)
        content = self._content(person_id)
        return cv_gaps(content.person, content.entries)

    def render(
        self,
        person_id: str | CvContent,
        *,
        language: str,
        template: str,
        photo: bytes | None = None,
    ) -> bytes:
        """The CV as PDF bytes (for the preview; nothing is audited)."""
        from entryhub_desk.cv.render import render_pdf

        check_options(language, template)
        document = self.document(person_id, language=language)
        pdf: bytes = render_pdf(document, template=template, photo=photo)
        return pdf

    # -- leaving the desk ---------------------------------------------------------------

    def save(
        self,
        person_id: str | CvContent,
        path: Path,
        *,
        language: str,
        template: str,
        photo: bytes | None = None,
    ) -> None:
        """Write the CV to ``path`` atomically and audit an "export"."""
        self._session.require(Action.PRINT_CV)
        content = self._content(person_id)
        pdf = self.render(content, language=language, template=template, photo=photo)
        _write(Path(path), pdf)
        self._audit("export", content.person.id, language, template)

    def record_print(self, person_id: str, *, language: str, template: str) -> None:
        """Audit a "print" (the GUI calls this after QPrinter has taken the pages)."""
        self._session.require(Action.PRINT_CV)
        check_options(language, template)
        person = self._person(person_id)
        self._audit("print", person.id, language, template)

    def batch(
        self,
        person_ids: Sequence[str],
        target_dir: Path,
        *,
        language: str,
        template: str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchReport:
        """One PDF per person into ``target_dir`` (``cv-<short code>-<lang>.pdf``).

        A person that fails is reported and the batch goes on; ``cancelled()`` is asked
        before each person; ``progress(done, total)`` after each.
        """
        self._session.require(Action.PRINT_CV)
        check_options(language, template)
        target = Path(target_dir)
        if not target.is_dir():
            raise DeskError("cv.write_failed", path=str(target))
        written: list[Path] = []
        failed: list[BatchFailure] = []
        total = len(person_ids)
        for done, person_id in enumerate(person_ids):
            if cancelled is not None and cancelled():
                return BatchReport(tuple(written), tuple(failed), cancelled=True)
            try:
                content = self.content(person_id)
                path = target / file_name(content.person, language)
                self.save(content, path, language=language, template=template)
                written.append(path)
            except DeskError as error:
                failed.append(BatchFailure(person_id, error.code, dict(error.params)))
            if progress is not None:
                progress(done + 1, total)
        return BatchReport(tuple(written), tuple(failed), cancelled=False)

    def person(self, person_id: str) -> Person:
        """The person named by UUID or short code (``store.not_found``)."""
        self._session.require(Action.PRINT_CV)
        return self._person(person_id)

    # -- helpers ------------------------------------------------------------------------

    def _profiles(self) -> Profiles:
        from entryhub_desk.services.profile import Profiles

        return Profiles(self._session)

    def _person(self, person_id: str) -> Person:
        return self._profiles().resolve_person(person_id)

    def _content(self, person_id: str | CvContent) -> CvContent:
        return person_id if isinstance(person_id, CvContent) else self.content(person_id)

    def _audit(self, action: str, person_id: str, language: str, template: str) -> None:
        self._session.audit(
            action,
            subject_id=person_id,
            details={"what": "cv", "language": language, "template": template},
        )


def _write(path: Path, data: bytes) -> None:
    from entryhub_desk.security.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        log.warning("writing a CV failed: %s", type(error).__name__)
        raise DeskError("cv.write_failed", path=str(path)) from None
