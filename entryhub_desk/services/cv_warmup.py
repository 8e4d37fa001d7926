"""Loading what the first CV needs before it is asked for.

The first CV of a process pays for importing the renderer (reportlab, HarfBuzz), registering
its fonts and loading the tables its labels and checks read on first use (language and country
names, phone metadata); every later CV takes a few tens of milliseconds.
:func:`start_warm_up` does that work on a daemon thread, once per process, while the caller
waits for something else: the ``cv`` command during the log-in's scrypt derivation (which
releases the GIL, see ``security.kdf.derive``), the app from the moment its login window is
shown (the person types a password meanwhile; the CV page, built after the log-in, then finds
everything loaded and only draws its made-up CV).

It reads no personal data and no store, and it never imports the services layer (no import
cycle with the caller's thread, which may be importing services at the same time). A failure
here changes nothing: the CV itself loads the same things again and reports its own errors.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

# In the order a CV needs them after the log-in: the check for a thin profile, the document
# (labels, taxonomy, CLDR names), then the drawing (reportlab, HarfBuzz).
_MODULES = (
    "entryhub_desk.cv.gaps",
    "entryhub_desk.cv.build",
    "entryhub_desk.cv.render",
    "entryhub_desk.cv.render_classic",
    "entryhub_desk.cv.render_compact",
)

_start_lock = threading.Lock()
_started: threading.Thread | None = None


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
    what fails; :func:`start_warm_up` logs it instead)."""
    import phonenumbers

    from entryhub_desk import catalogue
    from entryhub_desk.cv import fonts
    from entryhub_desk.domain import codes
    from entryhub_desk.taxonomy import countries
    from entryhub_desk.taxonomy import languages as language_names

    for name in _MODULES:
        importlib.import_module(name)
    codes.is_language("sv")
    codes.is_country("SE")
    for lang in catalogue.CV_LANGUAGES if languages is None else languages:
        language_names.language_name("sv", lang)
        countries.country_name("SE", lang)
    phonenumbers.is_valid_number(phonenumbers.parse("+46 70 123 45 67"))
    fonts.register_all()
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
            _started = threading.Thread(
                target=_quietly, args=(languages,), name="cv-warm-up", daemon=True
            )
            _started.start()
        return _started


def _quietly(languages: Sequence[str] | None) -> None:
    try:
        warm_up(languages=languages)
    except Exception as error:  # noqa: BLE001 - the CV itself loads (and reports) the same
        log.warning("loading the CV renderer ahead failed: %s", type(error).__name__)
