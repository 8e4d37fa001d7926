"""DeskError codes as sentences in the interface language.

Every code in :data:`entryhub_desk.errors.ENGLISH` has a text here (a test checks it). Texts use
the error's parameters as ``{name}`` placeholders; a parameter that names a role or a field is
translated too.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication

from entryhub_desk.errors import DeskError, disk_full_error
from entryhub_desk.views.labels import QT_TRANSLATE_NOOP, field_label, outcome_label, role_label

log = logging.getLogger(__name__)

CONTEXT: Final = "Errors"

# code -> source text (translated in context "Errors" at display time).
TEXTS: Final[dict[str, str]] = {
    # store
    "store.missing": QT_TRANSLATE_NOOP("Errors", "There is no Entry Hub Desk store in {path}."),
    "store.exists": QT_TRANSLATE_NOOP("Errors", "A store already exists in {path}."),
    "store.newer_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "The store was written by a newer version of Entry Hub Desk (schema {found}, this "
        "program knows up to {supported}). Update the program; the store was not changed.",
    ),
    "store.corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The data file is damaged or has been tampered with ({cause})."
    ),
    "store.wrong_key": QT_TRANSLATE_NOOP("Errors", "The data file cannot be opened with this key."),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The data file cannot be written (it is read-only, or damaged); nothing was saved. "
        "Ask a coordinator to run the store check.",
    ),
    "store.busy": QT_TRANSLATE_NOOP(
        "Errors", "The data file is busy in another program. Try again."
    ),
    "store.migration_failed": QT_TRANSLATE_NOOP(
        "Errors", "Updating the store to schema {version} failed; nothing was changed."
    ),
    "store.not_found": QT_TRANSLATE_NOOP("Errors", "The record was not found."),
    "store.identity_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The key slot file does not belong to this data file."
    ),
    "store.in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "Another Entry Hub Desk program is using this data folder; close it and try again.",
    ),
    "store.has_copies": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no usable store in {path}, but copies of an earlier one are kept there "
        "(backups, a replaced store or an unfinished restore). Restore a backup instead of "
        "setting up a new store.",
    ),
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full: nothing was saved. Free space on {path} (delete old files or move "
        "backups elsewhere), then try again.",
    ),
    # key slots and login
    "slots.missing": QT_TRANSLATE_NOOP("Errors", "The key slot file is missing from {path}."),
    "slots.corrupt": QT_TRANSLATE_NOOP(
        "Errors",
        "The key slot file is damaged or has been tampered with; nothing was changed.",
    ),
    "slots.tampered": QT_TRANSLATE_NOOP(
        "Errors", "The key slot file has been tampered with; nothing was changed."
    ),
    "slots.exists": QT_TRANSLATE_NOOP("Errors", "A key slot file already exists in {path}."),
    "slots.rekey_pending": QT_TRANSLATE_NOOP(
        "Errors", "A key change is unfinished; finish or undo it first."
    ),
    "slots.no_rekey_pending": QT_TRANSLATE_NOOP("Errors", "No key change is in progress."),
    "auth.unknown_staff": QT_TRANSLATE_NOOP("Errors", "Wrong name or password."),
    "auth.wrong_password": QT_TRANSLATE_NOOP("Errors", "Wrong name or password."),
    "auth.lock_wrong_password": QT_TRANSLATE_NOOP("Errors", "Wrong password. Try again."),
    "sync.enrol_unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The server cannot be reached, so the desk is not enrolled. Check the address and the "
        "network, then press Enrol again.",
    ),
    "auth.backing_off": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong passwords. Try again in {seconds} seconds."
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
    "auth.staff_disabled": QT_TRANSLATE_NOOP("Errors", "This staff account is disabled."),
    "auth.unlock_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "Only {name} or a coordinator can unlock this desk."
    ),
    "auth.no_user": QT_TRANSLATE_NOOP("Errors", "No staff member is logged in."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Errors", "The password must have at least {minimum} characters."
    ),
    "password.too_common": QT_TRANSLATE_NOOP(
        "Errors", "The password is too common or too easy to guess."
    ),
    "password.contains_name": QT_TRANSLATE_NOOP(
        "Errors", "The password must not contain the name."
    ),
    "password.too_simple": QT_TRANSLATE_NOOP(
        "Errors",
        "The password needs more variety: make it longer, use several words or mix kinds of "
        "characters.",
    ),
    "password.mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords differ."),
    "recovery.bad_format": QT_TRANSLATE_NOOP(
        "Errors", "The recovery key should be {groups} groups of {length} characters."
    ),
    "recovery.bad_check": QT_TRANSLATE_NOOP(
        "Errors", "Group {group} of the recovery key has a typing error."
    ),
    "recovery.wrong_key": QT_TRANSLATE_NOOP("Errors", "This recovery key does not open the store."),
    # staff and domain validation
    "staff.exists": QT_TRANSLATE_NOOP("Errors", "A staff member called {name} already exists."),
    "staff.unknown": QT_TRANSLATE_NOOP("Errors", "There is no staff member called {name}."),
    "staff.last_coordinator": QT_TRANSLATE_NOOP(
        "Errors", "The last active coordinator cannot be disabled."
    ),
    "validation.required": QT_TRANSLATE_NOOP("Errors", "{field} is required."),
    "validation.invalid": QT_TRANSLATE_NOOP("Errors", "{field} is not valid."),
    "validation.too_long": QT_TRANSLATE_NOOP(
        "Errors", "{field} is too long (at most {maximum} characters)."
    ),
    "validation.out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "{field} must be between {minimum} and {maximum}."
    ),
    "validation.unknown_code": QT_TRANSLATE_NOOP("Errors", "{field}: unknown code {value}."),
    "validation.bad_phone": QT_TRANSLATE_NOOP("Errors", "The phone number {value} is not valid."),
    "validation.bad_email": QT_TRANSLATE_NOOP("Errors", "The e-mail address is not valid."),
    "validation.picture_sign": QT_TRANSLATE_NOOP(
        "Errors", "{field}: “{value}” is an emoji or picture sign. A name holds letters only."
    ),
    # competence profile (issue 4)
    "validation.bad_date": QT_TRANSLATE_NOOP(
        "Errors", "{field}: {value} is not a date. Write a year, year-month or a full date."
    ),
    "validation.end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the end ({end}) is before the start ({start})."
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
    "person.erased": QT_TRANSLATE_NOOP(
        "Errors",
        "This person's data was erased on request on {date}; it cannot be recreated.",
    ),
    "person.merged": QT_TRANSLATE_NOOP(
        "Errors",
        "This record was merged into {short_code}; correct the details of that record instead.",
    ),
    "resume.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} cannot be read (no access, or it was moved).",
    ),
    "resume.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is too large for a JSON Resume (more than {limit_kb} KB).",
    ),
    "resume.bad_encoding": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not UTF-8 or UTF-16 text (byte {position}).",
    ),
    "resume.not_json": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not valid JSON (line {line}, column {column}).",
    ),
    "resume.too_deep": QT_TRANSLATE_NOOP(
        "Errors",
        "The file nests too deeply at {where} (at most {limit} levels).",
    ),
    "resume.too_many": QT_TRANSLATE_NOOP(
        "Errors",
        "{where} has too many items (at most {limit}).",
    ),
    "resume.too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "{where} is too long (at most {limit} characters).",
    ),
    "resume.bad_number": QT_TRANSLATE_NOOP(
        "Errors",
        "{where} is not a usable number (at most {limit} digits; no NaN or Infinity).",
    ),
    "resume.bad_text": QT_TRANSLATE_NOOP(
        "Errors",
        "{where} holds a character that is not text (a broken surrogate or NUL).",
    ),
    "resume.duplicate_key": QT_TRANSLATE_NOOP(
        "Errors",
        "{where} holds the key {key} twice.",
    ),
    "resume.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The file is not a valid JSON Resume: {reason} (at {where})."
    ),
    # backup and rekey
    "backup.bad_archive": QT_TRANSLATE_NOOP(
        "Errors", "The file is not a usable Entry Hub Desk backup ({cause})."
    ),
    "backup.target_exists": QT_TRANSLATE_NOOP("Errors", "The file {path} already exists."),
    "rekey.interrupted": QT_TRANSLATE_NOOP(
        "Errors", "A key change was interrupted and has been {outcome}."
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
    "sync.unauthorized": QT_TRANSLATE_NOOP(
        "Errors", "The server does not know this desk. Enrol it again."
    ),
    "sync.bad_code": QT_TRANSLATE_NOOP("Errors", "The enrolment code is wrong, used or expired."),
    "sync.rate_limited": QT_TRANSLATE_NOOP(
        "Errors", "Too many attempts. Wait a while and try again."
    ),
    "sync.device_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "The server already has this desk enrolled. Ask a coordinator for a re-admission code.",
    ),
    "sync.clock_ahead": QT_TRANSLATE_NOOP(
        "Errors", "This computer's clock is wrong. Set the date and time right, then sync again."
    ),
    "sync.refused": QT_TRANSLATE_NOOP("Errors", "The server refused the request ({status})."),
    "bundle.bad_format": QT_TRANSLATE_NOOP("Errors", "The file is not an Entry Hub bundle."),
    "bundle.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is too large for an Entry Hub bundle (more than {limit_mb} MB).",
    ),
    "bundle.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} cannot be read (no access, or it was moved).",
    ),
    "bundle.bad_signature": QT_TRANSLATE_NOOP(
        "Errors", "The bundle has been altered or was not made by the expected sender."
    ),
    "bundle.wrong_recipient": QT_TRANSLATE_NOOP(
        "Errors", "The bundle is meant for another recipient."
    ),
    "bundle.wrong_device": QT_TRANSLATE_NOOP("Errors", "The bundle belongs to another desk."),
    "bundle.wrong_network": QT_TRANSLATE_NOOP("Errors", "The bundle belongs to another network."),
    "bundle.unknown_device": QT_TRANSLATE_NOOP(
        "Errors", "The bundle comes from a desk the server does not know."
    ),
    "bundle.revoked": QT_TRANSLATE_NOOP("Errors", "The bundle comes from a revoked desk."),
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "Errors", "This desk is not enrolled with a server yet. Enrol it on the Sync page."
    ),
    "sync.unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The server cannot be reached. The desk will try again by itself."
    ),
    "sync.bad_url": QT_TRANSLATE_NOOP("Errors", "The server address {url} is not valid."),
    "sync.insecure_url": QT_TRANSLATE_NOOP(
        "Errors", "The server address {url} must start with https://."
    ),
    "sync.already_enrolled": QT_TRANSLATE_NOOP(
        "Errors", "This desk is already enrolled with {url}."
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
    "sync.erase_unconfirmed": QT_TRANSLATE_NOOP(
        "Errors", "Type the person's code exactly to confirm the erasure."
    ),
    # reception (search, visits, consent, merge, import)
    "reception.merge_same": QT_TRANSLATE_NOOP(
        "Errors", "A person cannot be merged with the same person."
    ),
    "reception.already_merged": QT_TRANSLATE_NOOP(
        "Errors", "This person has already been merged into another person."
    ),
    "reception.likely_duplicate": QT_TRANSLATE_NOOP(
        "Errors",
        "This is probably a person already registered ({match}): open that record, or "
        "confirm that this is a new person.",
    ),
    "reception.checked_in_today": QT_TRANSLATE_NOOP(
        "Errors",
        "This person was already checked in today at {time}: reopen that visit, or check in again.",
    ),
    "consent.not_in_force": QT_TRANSLATE_NOOP(
        "Errors", "This consent is not in force, so it cannot be withdrawn."
    ),
    "import.unsupported_file": QT_TRANSLATE_NOOP(
        "Errors", "Only .xlsx and .csv files can be imported (not {suffix})."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} cannot be read (no access, or it was moved).",
    ),
    "import.bad_encoding": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not UTF-8 text (row {row}). Save it as CSV (UTF-8) and try again.",
    ),
    "import.not_text": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not a text file (row {row} holds binary data). Choose a CSV or .xlsx file.",
    ),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is too large to import (more than {limit_mb} MB). Split it into smaller files.",
    ),
    "import.too_large_unpacked": QT_TRANSLATE_NOOP(
        "Errors",
        "The workbook unpacks to more than {limit_mb} MB, so it cannot be imported. "
        "Split it into smaller files.",
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "The file has more than {limit} rows. Split it into smaller files.",
    ),
    "import.too_many_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "The row has more than {limit} columns.",
    ),
    "import.cell_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A cell is longer than {limit} characters.",
    ),
    "import.bad_quotes": QT_TRANSLATE_NOOP(
        "Errors",
        "A quotation mark is not closed or is out of place, so the row cannot be split into cells.",
    ),
    "import.bad_header": QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} (the column titles) cannot be read: check its quotation marks and "
        "that it has at most {limit} columns.",
    ),
    "import.not_xlsx": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not an Excel workbook (.xlsx). Save it as .xlsx or CSV (UTF-8) and try again.",
    ),
    "import.old_excel": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is in the old Excel format (.xls). Save it as .xlsx or CSV (UTF-8) and "
        "try again.",
    ),
    "import.encrypted": QT_TRANSLATE_NOOP(
        "Errors",
        "The workbook is protected with a password. Save a copy without a password and "
        "import that.",
    ),
    "import.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The workbook is damaged and cannot be read. Open it in a spreadsheet program, "
        "save it again and retry.",
    ),
    "import.no_sheet": QT_TRANSLATE_NOOP(
        "Errors",
        "The workbook has no worksheet.",
    ),
    "import.no_name_column": QT_TRANSLATE_NOOP(
        "Errors", "The file has no column for the given name (förnamn, first name)."
    ),
    "import.formula": QT_TRANSLATE_NOOP(
        "Errors", "{field} holds a formula; only values can be imported."
    ),
    "import.likely_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "Probably the same person as {match}, already registered."
    ),
    # CVs
    "cv.bad_language": QT_TRANSLATE_NOOP(
        "Errors", "A CV can be written in Swedish or English, not {language}."
    ),
    "cv.bad_template": QT_TRANSLATE_NOOP("Errors", "There is no CV template called {template}."),
    "cv.photo_unreadable": QT_TRANSLATE_NOOP("Errors", "The photo {path} cannot be read."),
    "cv.photo_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The photo cannot be used: the file is empty.",
    ),
    "cv.photo_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The photo cannot be used: the file is larger than {limit_mb} MB.",
    ),
    "cv.photo_too_many_pixels": QT_TRANSLATE_NOOP(
        "Errors",
        "The photo cannot be used: it has too many pixels ({width} × {height}; "
        "at most {limit_mp} million).",
    ),
    "cv.photo_not_image": QT_TRANSLATE_NOOP(
        "Errors",
        "The photo cannot be used: the file is not a picture. Use a JPEG or PNG picture.",
    ),
    "cv.photo_format": QT_TRANSLATE_NOOP(
        "Errors",
        "The photo cannot be used: it is a {format} file. Use a JPEG or PNG picture.",
    ),
    "cv.photo_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The photo cannot be used: it is damaged (only part of it can be read). Use another copy.",
    ),
    "cv.fonts_missing": QT_TRANSLATE_NOOP(
        "Errors", "The CV font {name} is missing from the program. Reinstall the program."
    ),
    "cv.render_failed": QT_TRANSLATE_NOOP(
        "Errors", "The CV could not be laid out: a part of it does not fit on a page."
    ),
    "cv.write_failed": QT_TRANSLATE_NOOP("Errors", "The CV cannot be written to {path}."),
}


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
    template = TEXTS.get(error.code)
    if template is None:
        log.warning("no interface text for error code %s", error.code)
        return error.english()
    params = {key: _param_text(key, value) for key, value in error.params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return QCoreApplication.translate(CONTEXT, template)


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
