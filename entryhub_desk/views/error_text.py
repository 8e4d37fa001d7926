"""DeskError codes as sentences in the interface language.

An error's text is :data:`entryhub_desk.errors.ENGLISH`'s, in the interface language from the
label catalogue (:mod:`entryhub_desk.catalogue`, Swedish in ``catalogue/errors_sv.py``). Only
codes whose interface text differs from the CLI's (no command names, less detail) have a text
of their own here (:data:`OWN_TEXTS`, translated by Qt in context "Errors"). :data:`TEXTS` is
every code's English template. Texts use the error's parameters as ``{name}`` placeholders; a
parameter that names a role or a field is translated too.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication

from entryhub_desk import catalogue
from entryhub_desk.errors import ENGLISH, DeskError, disk_full_error
from entryhub_desk.views.labels import QT_TRANSLATE_NOOP, field_label, outcome_label, role_label
from entryhub_desk.views.locale_text import ui_language

log = logging.getLogger(__name__)

CONTEXT: Final = "Errors"

# code -> source text where the interface says it otherwise than errors.ENGLISH (translated in
# context "Errors" at display time).
OWN_TEXTS: Final[dict[str, str]] = {
    # store
    "store.missing": QT_TRANSLATE_NOOP("Errors", "There is no Entry Hub Desk store in {path}."),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The data file cannot be written (it is read-only, or damaged); nothing was saved. "
        "Ask a coordinator to run the store check.",
    ),
    "store.busy": QT_TRANSLATE_NOOP(
        "Errors", "The data file is busy in another program. Try again."
    ),
    "store.not_found": QT_TRANSLATE_NOOP("Errors", "The record was not found."),
    "store.has_copies": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no usable store in {path}, but copies of an earlier one are kept there "
        "(backups, a replaced store or an unfinished restore). Restore a backup instead of "
        "setting up a new store.",
    ),
    # key slots and login
    "auth.lock_wrong_password": QT_TRANSLATE_NOOP("Errors", "Wrong password. Try again."),
    "sync.enrol_unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The server cannot be reached, so the desk is not enrolled. Check the address and the "
        "network, then press Enrol again.",
    ),
    "auth.role_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) is not allowed to do this."
    ),
    "auth.role_unverified": QT_TRANSLATE_NOOP(
        "Errors",
        "Your role is not backed by a coordinator's signature, so this is not allowed. "
        "Ask a coordinator to check the staff list.",
    ),
    "roles.chain_broken": QT_TRANSLATE_NOOP(
        "Errors",
        "The signed staff roles of this desk are damaged or were tampered with. "
        "A coordinator should run the store check.",
    ),
    "auth.no_user": QT_TRANSLATE_NOOP("Errors", "No staff member is logged in."),
    "password.too_simple": QT_TRANSLATE_NOOP(
        "Errors",
        "The password needs more variety: make it longer, use several words or mix kinds of "
        "characters.",
    ),
    # staff and domain validation
    "staff.unknown": QT_TRANSLATE_NOOP("Errors", "There is no staff member called {name}."),
    "validation.picture_sign": QT_TRANSLATE_NOOP(
        "Errors", "{field}: “{value}” is an emoji or picture sign. A name holds letters only."
    ),
    # competence profile (issue 4)
    "validation.bad_date": QT_TRANSLATE_NOOP(
        "Errors", "{field}: {value} is not a date. Write a year, year-month or a full date."
    ),
    "validation.bad_cefr_level": QT_TRANSLATE_NOOP(
        "Errors", "{field}: {value} is not a language level (A1 to C2)."
    ),
    "validation.unknown_occupation": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the occupation is not in the occupation list. Choose one from the list."
    ),
    "validation.unknown_skill": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the skill is not in the skill list. Choose one from the list."
    ),
    "profile.duplicate": QT_TRANSLATE_NOOP("Errors", "The profile already has such an entry."),
    "person.ambiguous_code": QT_TRANSLATE_NOOP(
        "Errors", "Several persons have the code {short_code}. Use the full id."
    ),
    # sync and offline bundles
    "sync.bad_payload": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync data is not valid. Try again later; if it goes on, tell the network's "
        "administrator.",
    ),
    "sync.too_large": QT_TRANSLATE_NOOP("Errors", "The sync data is too large."),
    "sync.update_needed": QT_TRANSLATE_NOOP(
        "Errors", "The server needs a newer version of Entry Hub Desk. Update the program."
    ),
    "sync.revoked": QT_TRANSLATE_NOOP(
        "Errors",
        "This desk was revoked; ask a coordinator. Its waiting changes are kept: enrol again "
        "with the re-admission code a coordinator gives you, or export them to a bundle.",
    ),
    "sync.clock_ahead": QT_TRANSLATE_NOOP(
        "Errors", "This computer's clock is wrong. Set the date and time right, then sync again."
    ),
    "sync.refused": QT_TRANSLATE_NOOP("Errors", "The server refused the request ({status})."),
    "bundle.bad_format": QT_TRANSLATE_NOOP("Errors", "The file is not an Entry Hub bundle."),
    "bundle.bad_signature": QT_TRANSLATE_NOOP(
        "Errors", "The bundle has been altered or was not made by the expected sender."
    ),
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "Errors", "This desk is not enrolled with a server yet. Enrol it on the Sync page."
    ),
    "sync.unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The server cannot be reached. The desk will try again by itself."
    ),
    "sync.server_key_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "The server's keys differ from the ones this desk trusts. Nothing was changed; "
        "ask the network's administrator.",
    ),
    "sync.server_error": QT_TRANSLATE_NOOP(
        "Errors", "The server had a fault. The desk will try again later."
    ),
    "sync.push_stalled": QT_TRANSLATE_NOOP(
        "Errors", "The server did not take the changes sent. The desk will try again later."
    ),
    # CVs
    "cv.bad_language": QT_TRANSLATE_NOOP(
        "Errors", "A CV can be written in Swedish or English, not {language}."
    ),
    "cv.bad_template": QT_TRANSLATE_NOOP("Errors", "There is no CV template called {template}."),
    "cv.fonts_missing": QT_TRANSLATE_NOOP(
        "Errors", "The CV font {name} is missing from the program. Reinstall the program."
    ),
}


#: Every code's English template: the interface's own, else the CLI's.
TEXTS: Final[dict[str, str]] = {**ENGLISH, **OWN_TEXTS}

#: ``cause`` parameters (errors.CAUSES), translated
CAUSES: Final[dict[str, str]] = {
    "damaged_page": QT_TRANSLATE_NOOP("Errors", "a part of it does not check out"),
    "journal_mode": QT_TRANSLATE_NOOP("Errors", "it cannot be opened for writing"),
    "no_identity": QT_TRANSLATE_NOOP("Errors", "the desk's identity is missing"),
    "not_found": QT_TRANSLATE_NOOP("Errors", "the file was not found"),
    "not_zip": QT_TRANSLATE_NOOP("Errors", "not a zip archive"),
    "members": QT_TRANSLATE_NOOP("Errors", "unexpected or missing members"),
    "format": QT_TRANSLATE_NOOP("Errors", "unknown format"),
    "manifest": QT_TRANSLATE_NOOP("Errors", "its manifest cannot be read"),
    "too_large": QT_TRANSLATE_NOOP("Errors", "a part is too large"),
    "too_compressed": QT_TRANSLATE_NOOP("Errors", "a part is too compressed"),
    "damaged": QT_TRANSLATE_NOOP("Errors", "a part is damaged"),
}


def error_text(error: BaseException) -> str:
    """What to tell the person at the desk about ``error``, in the interface language."""
    # an OSError of a full disk that no service turned into store.disk_full
    error = disk_full_error(error) or error
    if not isinstance(error, DeskError):
        log.error("unexpected error: %s", type(error).__name__, exc_info=error)
        return QCoreApplication.translate(
            "Errors", "Something went wrong. The details are in the log file."
        )
    own = OWN_TEXTS.get(error.code)
    if own is not None:
        template = QCoreApplication.translate(CONTEXT, own)
    else:
        found = catalogue.error_template(error.code, ui_language())
        if found is None:
            log.warning("no interface text for error code %s", error.code)
            return error.english()
        template = found
    params = {key: _param_text(key, value) for key, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _param_text(key: str, value: object) -> str:
    if key == "role":
        return role_label(str(getattr(value, "value", value)))
    if key == "field":
        return field_label(str(value))
    if key == "outcome":
        return outcome_label(str(value))
    if key == "cause":
        cause = CAUSES.get(str(value))
        return "?" if cause is None else QCoreApplication.translate(CONTEXT, cause)
    return str(value)
