"""Every error code has an interface text that uses only the error's parameters."""

from __future__ import annotations

import string

from PySide6.QtWidgets import QApplication

from entryhub_desk import errors
from entryhub_desk.errors import ENGLISH, DeskError
from entryhub_desk.views import error_text as error_texts
from entryhub_desk.views.error_text import TEXTS, error_text
from entryhub_desk.views.i18n import Translations


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_english_code_has_a_gui_text() -> None:
    missing = sorted(set(ENGLISH) - set(TEXTS))
    assert not missing, f"add these codes to views/error_text.py: {missing}"


def test_gui_texts_use_only_parameters_the_error_has() -> None:
    for code, text in TEXTS.items():
        if code in ENGLISH:
            extra = _fields(text) - _fields(ENGLISH[code])
            assert not extra, f"{code}: {extra} is not a parameter of this error"


def test_parameters_are_filled_in(qapp: QApplication) -> None:
    text = error_text(DeskError("auth.backing_off", seconds=8))
    assert text == "Too many wrong passwords. Try again in 8 seconds."


def test_roles_and_fields_are_named_for_people(qapp: QApplication) -> None:
    assert "Receptionist" in error_text(
        DeskError("auth.role_not_allowed", role="receptionist", action="manage_staff")
    )
    assert error_text(DeskError("validation.required", field="name")) == "Name is required."


def test_unexpected_errors_get_a_general_text(qapp: QApplication) -> None:
    assert "went wrong" in error_text(RuntimeError("boom"))


def test_causes_are_a_fixed_set_translated_for_people(translations: Translations) -> None:
    assert set(errors.CAUSES) == set(error_texts.CAUSES)
    for code, text in TEXTS.items():  # no free text from a library reaches the screen
        assert "{detail}" not in text, code
    error = DeskError("backup.bad_archive", cause="too_compressed")
    assert error.english() == (
        "The file is not a usable Entry Hub Desk backup (a part is too compressed)."
    )
    assert error_text(error) == error.english()
    translations.switch("sv")
    try:
        swedish = error_text(error)
        assert swedish == (
            "Filen är inte en användbar säkerhetskopia från Entry Hub Desk "
            "(en del är för hårt komprimerad)."
        )
    finally:
        translations.switch("en")
    assert error_text(DeskError("store.corrupt", cause="no such cause")).endswith("(?).")
