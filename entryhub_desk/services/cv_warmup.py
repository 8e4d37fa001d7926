"""Loading what the first CV needs before it is asked for.

The first CV of a process pays for importing the renderer (reportlab, HarfBuzz), registering
its fonts and loading the tables its labels and checks read on first use (language and country
names, phone metadata); every later CV takes a few tens of milliseconds. :class:`LoadAhead`
does that work step by step (one module, table or font a step) while the caller waits for
something else, and stops between two steps when told to:

- the ``cv`` command, while its log-in derives the key (``security.kdf.meanwhile``: scrypt runs
  on a helper thread, OpenSSL's leaves the interpreter free, and the steps run on the command's
  own thread until the derivation is over). First the modules the log-in itself imports after
  its derivation (``services/desk.py`` imports them there, not at start), then the CV's. What
  is left when the derivation ends loads when it is used, after the log-in; no step runs past
  the derivation by more than one step. When the password is typed at a prompt, the steps run
  on a thread meanwhile (:meth:`LoadAhead.start`, :meth:`LoadAhead.stop`), so one thread only
  ever imports at a time;
- the app, from the moment its login window is shown (:func:`start_warm_up`: a daemon thread,
  which never imports the services layer: the GUI's thread may be importing services at the
  same time); the CV page, built after the log-in, then finds everything loaded and only draws
  its made-up CV (:func:`warm_up` with a sample).

It reads no personal data and no store. A failure here changes nothing: the CV itself loads the
same things again and reports its own errors.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

#: One step; one that returns a list of steps has them run next (the fonts: known only once
#: the renderer's font module is loaded).
Step = Callable[[], object]

#: What a log-in imports once its key is derived (``Desk._unlock``, the key slots' sealing),
#: leaves first; loaded ahead by the ``cv`` command only (see the module's text).
LOG_IN_MODULES = (
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.asymmetric.x25519",
    "cryptography.hazmat.backends.openssl.backend",
    "entryhub_wire.grants",
    "sqlcipher3.dbapi2",
    "entryhub_desk.domain.staff",
    "entryhub_desk.store.connection",
    "entryhub_desk.store.identity",
    "entryhub_desk.domain.profile",
    "entryhub_desk.store.migrations",
    "entryhub_desk.store.repositories.staff",
    "entryhub_desk.security.audit",
    "entryhub_desk.services.opening",
    "entryhub_desk.services.session",
    "entryhub_desk.services.roles",
    "entryhub_desk.store.erasure",
    "entryhub_desk.store.sync_snapshot",
)
#: What the ``cv`` command imports next: the CV service, the profile's reading.
CV_SERVICE_MODULES = ("entryhub_desk.services.profile", "entryhub_desk.services.cv")
# What a CV needs next, in steps of a few tens of milliseconds at most, the largest first (so
# that the step running when a log-in's derivation ends is a short one): reportlab's layout
# (``reportlab.platypus``: any of its modules loads its paragraph module, whose link pattern
# alone took a quarter of all this loading until ``cv_deferred`` put it off), the fonts'
# HarfBuzz and reportlab's TrueType, the check for a thin profile, the document (labels,
# taxonomy, CLDR names, phone formats), the drawing.
_MODULES = (
    "PIL.Image",
    "reportlab.lib.utils",
    "reportlab.pdfbase.pdfmetrics",
    "reportlab.pdfbase.pdfdoc",
    "uharfbuzz",
    "reportlab.pdfbase.ttfonts",
    "reportlab.pdfgen.canvas",
    "reportlab.lib.textsplit",
    "html.parser",
    "reportlab.lib.styles",
    "reportlab.platypus",
    "entryhub_desk.cv.fonts",
    "entryhub_desk.catalogue",
    "entryhub_desk.cv.gaps",
    "entryhub_desk.taxonomy.display",
    "phonenumbers.phonenumberutil",
    "phonenumbers",
    "entryhub_desk.cv.model",
    "entryhub_desk.taxonomy.cefr",
    "entryhub_desk.cv.build",
    "entryhub_desk.cv.render",
)
TEMPLATES = ("classic", "compact")

_start_lock = threading.Lock()
_started: threading.Thread | None = None


class LoadAhead:
    """The steps that load what a CV needs (for CVs in ``languages`` and ``templates``; with
    ``log_in``, first what a log-in imports after its key derivation, and the CV service)."""

    def __init__(
        self,
        *,
        languages: Sequence[str] | None = None,
        templates: Sequence[str] = TEMPLATES,
        log_in: bool = False,
    ) -> None:
        first = [*LOG_IN_MODULES, *CV_SERVICE_MODULES] if log_in else []
        cv = [*_MODULES, *(f"entryhub_desk.cv.render_{t}" for t in templates)]
        self._steps: list[Step] = [_importer(name) for name in first]
        # reportlab's layout then skips a pattern the CV never uses (cv_deferred.py)
        self._steps += [_defer_patterns, *(_importer(name) for name in cv)]
        self._steps += [*_table_steps(languages), _font_steps]
        self._next = 0
        self._lock = threading.Lock()  # one runner at a time
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def left(self) -> int:
        """How many steps have not run yet."""
        return len(self._steps) - self._next

    def run(self, still_wanted: Callable[[], bool] = lambda: True, *, quiet: bool = True) -> None:
        """Run the steps left, in order, while ``still_wanted()`` (asked before each). A step
        that fails is logged and skipped (``quiet``) or raised."""
        with self._lock:
            while self._next < len(self._steps) and still_wanted():
                step = self._steps[self._next]
                self._next += 1
                try:
                    more = step()
                    if isinstance(more, list):  # a step made of steps: they run next
                        self._steps[self._next : self._next] = more
                except Exception as error:
                    if not quiet:
                        raise
                    log.warning("loading ahead for the CV failed: %s", type(error).__name__)

    def start(self) -> None:
        """Run the steps on a daemon thread until :meth:`stop` (while the caller waits for
        a person, not while it imports anything itself)."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self.run,
                args=(lambda: not self._stopping.is_set(),),
                name="cv-load-ahead",
                daemon=True,
            )
            self._thread.start()

    def stop(self) -> None:
        """Stop the thread of :meth:`start` after its current step, and wait for it; the
        steps left run at the next :meth:`run`."""
        if self._thread is not None:
            self._stopping.set()
            self._thread.join()
            self._thread = None
            self._stopping.clear()


def _defer_patterns() -> None:
    from entryhub_desk.services.cv_deferred import defer_reportlab_patterns

    defer_reportlab_patterns()


def _importer(name: str) -> Step:
    return lambda: importlib.import_module(name)


def _table_steps(languages: Sequence[str] | None) -> list[Step]:
    """The data tables the first CV reads: language and country names (in ``languages``,
    default every CV language), the code checks, phone metadata."""

    def codes() -> None:
        from entryhub_desk.domain import codes

        codes.is_language("sv")
        codes.is_country("SE")

    def names() -> None:
        from entryhub_desk import catalogue
        from entryhub_desk.taxonomy import countries
        from entryhub_desk.taxonomy import languages as language_names

        for lang in catalogue.CV_LANGUAGES if languages is None else languages:
            language_names.language_name("sv", lang)
            countries.country_name("SE", lang)

    def phones() -> None:
        import phonenumbers

        phonenumbers.is_valid_number(phonenumbers.parse("+46 70 123 45 67"))

    return [codes, names, phones]


def _font_steps() -> list[Step]:
    """Every CV font registered (from the per-user cache of parsed fonts), one a step."""
    from entryhub_desk.cv import fonts

    def font(family: str, bold: bool) -> Step:
        return lambda: fonts.get(family, bold)

    return [font(family, bold) for family, bold in fonts.FILES]


def warm_up(
    sample: tuple[str, str] | None = None,
    *,
    still_wanted: Callable[[], bool] | None = None,
    languages: Sequence[str] | None = None,
) -> None:
    """Import the CV renderer and its templates, register the fonts and load the data tables
    the first CV reads, for CVs in ``languages`` (default: every CV language); with ``sample``
    (language, template), also draw a made-up CV that way, which fills the caches of the
    drawing itself, unless ``still_wanted()`` says by then that a real CV is waiting (raises
    what fails; :func:`start_warm_up` logs it and goes on)."""
    LoadAhead(languages=languages).run(quiet=False)
    if sample is not None and (still_wanted is None or still_wanted()):
        _draw_sample(*sample)


def _draw_sample(language: str, template: str) -> None:
    from entryhub_desk.cv.build import build_document
    from entryhub_desk.cv.render import render_pdf
    from entryhub_desk.domain.person import Person
    from entryhub_desk.ids import new_id

    person = Person(
        given_name="Ada",
        family_name="Lovelace",
        phone="+46 70 123 45 67",
        email="ada@example.com",
        country_of_birth="SE",
        languages=("sv", "en"),
        hub_id=new_id(),
    )
    render_pdf(build_document(person, {}, language=language), template=template)


def start_warm_up(languages: Sequence[str] | None = None) -> threading.Thread:
    """Run :func:`warm_up` for ``languages`` on a daemon thread, once per process (started;
    joining it is optional): a later call returns the first call's thread, which may have
    ended."""
    global _started
    with _start_lock:
        if _started is None:
            ahead = LoadAhead(languages=languages)  # a failing step is logged, the rest run
            _started = threading.Thread(target=ahead.run, name="cv-warm-up", daemon=True)
            _started.start()
        return _started
