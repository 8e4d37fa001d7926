"""Loading what the first CV needs before it is asked for.

The first CV of a process pays for importing the renderer (reportlab, HarfBuzz), registering
its fonts and loading the tables its labels and checks read on first use (language and country
names, CLDR dates, phone metadata); every later CV takes a few tens of milliseconds.
:func:`start_warm_up` does that work on a daemon thread while the caller waits for something
else: the ``cv`` command during the log-in's scrypt derivation (which releases the GIL), the
app between the log-in and the first preview.

It reads no personal data and no store, and it never imports the services layer (no import
cycle with the caller's thread, which may be importing services at the same time). A failure
here changes nothing: the CV itself loads the same things again and reports its own errors.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from datetime import date

log = logging.getLogger(__name__)

_MODULES = (
    "entryhub_desk.cv.build",
    "entryhub_desk.cv.render",
    "entryhub_desk.cv.render_classic",
    "entryhub_desk.cv.render_compact",
)


def warm_up(
    sample: tuple[str, str] | None = None, *, still_wanted: Callable[[], bool] | None = None
) -> None:
    """Import the CV renderer and its templates, register the fonts and load the data tables
    the first CV reads; with ``sample`` (language, template), also draw a made-up CV that way,
    which fills the caches of the drawing itself, unless ``still_wanted()`` says by then that
    a real CV is waiting (raises what fails; :func:`start_warm_up` logs it instead)."""
    import phonenumbers
    from babel.dates import format_date

    from entryhub_desk import catalogue
    from entryhub_desk.cv import fonts
    from entryhub_desk.domain import codes
    from entryhub_desk.taxonomy import countries, languages

    for name in _MODULES:
        importlib.import_module(name)
    fonts.register_all()
    codes.is_language("sv")
    codes.is_country("SE")
    for lang in catalogue.CV_LANGUAGES:
        languages.language_name("sv", lang)
        countries.country_name("SE", lang)
        format_date(date(2020, 1, 1), "MMM y", locale=lang)
    phonenumbers.is_valid_number(phonenumbers.parse("+46 70 123 45 67"))
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


def start_warm_up(sample: tuple[str, str] | None = None) -> threading.Thread:
    """Run :func:`warm_up` on a daemon thread (started; joining it is optional)."""
    thread = threading.Thread(target=_quietly, args=(sample,), name="cv-warm-up", daemon=True)
    thread.start()
    return thread


def _quietly(sample: tuple[str, str] | None) -> None:
    try:
        warm_up(sample)
    except Exception as error:  # noqa: BLE001 - the CV itself loads (and reports) the same
        log.warning("loading the CV renderer ahead failed: %s", type(error).__name__)
