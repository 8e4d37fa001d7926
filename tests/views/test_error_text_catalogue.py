"""Error texts: one English source (errors.ENGLISH), Swedish in the catalogue for every code
whose interface text is the CLI's, with the same parameters; shown in the interface language."""

from __future__ import annotations

import string

from entryhub_desk import catalogue
from entryhub_desk.catalogue.errors_sv import SWEDISH_ERRORS
from entryhub_desk.errors import ENGLISH, DeskError
from entryhub_desk.views.error_text import OWN_TEXTS, TEXTS, error_text
from entryhub_desk.views.i18n import Translations


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_shared_code_has_swedish_with_the_same_parameters() -> None:
    shared = [code for code in ENGLISH if code not in OWN_TEXTS]
    assert len(shared) >= 90
    missing = [code for code in shared if ENGLISH[code] not in SWEDISH_ERRORS]
    assert missing == [], "add their Swedish to entryhub_desk/catalogue/errors_sv.py"
    for code in shared:
        swedish = SWEDISH_ERRORS[ENGLISH[code]]
        assert _fields(swedish) == _fields(ENGLISH[code]), code


def test_no_swedish_is_left_over_and_no_text_is_written_twice() -> None:
    shared = {ENGLISH[code] for code in ENGLISH if code not in OWN_TEXTS}
    assert set(SWEDISH_ERRORS) <= shared
    twice = [code for code, text in OWN_TEXTS.items() if ENGLISH.get(code) == text]
    assert twice == [], "the same text as errors.ENGLISH: leave it to the catalogue"
    assert set(TEXTS) == set(ENGLISH) | set(OWN_TEXTS)


def test_shared_and_own_texts_in_both_languages(translations: Translations) -> None:
    shared = DeskError("validation.required", field="name")
    own = DeskError("store.not_found", entity="person", id="x")
    assert catalogue.error_template("validation.required", "en") == "{field} is required."
    assert catalogue.error_template("no.such.code", "sv") is None
    assert error_text(shared) == "Name is required."
    assert error_text(own) == "The record was not found."
    translations.switch("sv")
    try:
        assert error_text(shared) == "Namn måste fyllas i."
        assert error_text(own) == "Uppgiften hittades inte."
    finally:
        translations.switch("en")
