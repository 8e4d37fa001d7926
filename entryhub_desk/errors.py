"""Errors with stable codes.

Qt-free code never builds sentences for people. It raises :class:`DeskError` with a stable
``code`` and parameters; the GUI translates the code (``views/error_text.py``) and the command
line prints the English template below. Add a code here, in ``ENGLISH`` and in the GUI's table
together; a test checks that the three agree.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from typing import Final

from entryhub_wire import errors as wire_errors
from entryhub_wire.errors import CodedError, ExitCode

# The error base and the exit codes live in the wire package (the server raises them too);
# the desk names the base DeskError.
DeskError = CodedError
__all__ = ["CAUSES", "ENGLISH", "DeskError", "ExitCode", "disk_full_error", "disk_full_raised"]


# English templates, formatted with the error's parameters. Keep them one line.
ENGLISH: Final[dict[str, str]] = {
    # store
    "store.missing": "No Entry Hub Desk store in {path}. Run 'entryhub-desk init' first.",
    "store.exists": "A store already exists in {path}.",
    "store.newer_schema": (
        "The store was written by a newer version of Entry Hub Desk (schema {found}, "
        "this program knows up to {supported}). Update the program; the store was not changed."
    ),
    "store.corrupt": "The data file is damaged or has been tampered with ({cause}).",
    "store.wrong_key": "The data file cannot be opened with this key.",
    "store.busy": "The data file is busy in another program; try again.",
    "store.read_only": (
        "The data file cannot be written (it is read-only, or damaged); nothing was saved. "
        "Run 'entryhub-desk check'."
    ),
    "store.migration_failed": "Updating the store to schema {version} failed; nothing was changed.",
    "store.not_found": "No {entity} with id {id}.",
    "store.identity_mismatch": "The key slot file does not belong to this data file.",
    "store.in_use": (
        "Another Entry Hub Desk program is using this data folder; close it and try again."
    ),
    "store.has_copies": (
        "There is no usable store in {path}, but copies of an earlier one are kept there "
        "(backups, a replaced store or an unfinished restore). Restore a backup with "
        "'entryhub-desk restore ARCHIVE' instead of setting up a new store."
    ),
    "store.disk_full": (
        "The disk is full: nothing was saved. Free space on {path} (delete old files or move "
        "backups elsewhere), then try again."
    ),
    # key slots and login
    "slots.missing": "The key slot file is missing from {path}.",
    "slots.corrupt": "The key slot file is damaged or has been tampered with; nothing was changed.",
    "slots.tampered": "The key slot file has been tampered with; nothing was changed.",
    "auth.unknown_staff": "Wrong name or password.",
    "auth.wrong_password": "Wrong name or password.",
    "auth.backing_off": "Too many wrong passwords. Try again in {seconds} seconds.",
    "auth.role_not_allowed": "Your role ({role}) may not {action}.",
    "auth.role_unverified": (
        "Your role is not backed by a coordinator's signature, so you may not {action}. "
        "Ask a coordinator to check the staff list."
    ),
    "roles.chain_broken": (
        "The signed staff roles of this desk are damaged or were tampered with; run check."
    ),
    "auth.staff_disabled": "This staff account is disabled.",
    "auth.logged_out": "This session has ended: log in again.",
    "auth.unlock_not_allowed": "Only {name} or a coordinator can unlock this desk.",
    "auth.no_user": "Set ENTRYHUB_USER to the staff name that runs this command.",
    "password.too_short": "The password must have at least {minimum} characters.",
    "password.too_common": "The password is too common or too easy to guess.",
    "password.contains_name": "The password must not contain the name.",
    "password.too_simple": (
        "The password needs more variety (length, words or kinds of characters)."
    ),
    "password.mismatch": "The two passwords differ.",
    "recovery.bad_format": "The recovery key should be {groups} groups of {length} characters.",
    "recovery.bad_check": "Group {group} of the recovery key has a typing error.",
    "recovery.wrong_key": "This recovery key does not open the store.",
    # staff and domain validation
    "staff.exists": "A staff member called {name} already exists.",
    "staff.unknown": "No staff member called {name}.",
    "staff.last_coordinator": "The last active coordinator cannot be disabled.",
    "auth.lock_wrong_password": "Wrong password.",
    "sync.enrol_unreachable": "The server cannot be reached ({detail}); nothing was enrolled.",
    "validation.required": "{field} is required.",
    "validation.invalid": "{field} is not valid.",
    "validation.too_long": "{field} is too long (at most {maximum} characters).",
    "validation.out_of_range": "{field} must be between {minimum} and {maximum}.",
    "validation.unknown_code": "{field}: unknown code {value}.",
    "validation.bad_phone": "The phone number {value} is not valid.",
    "validation.bad_email": "The e-mail address is not valid.",
    "validation.org_number": (
        "{field}: not a Swedish organisation number (NNNNNN-NNNN with a right check digit)."
    ),
    "validation.picture_sign": "{field}: {value} is an emoji or picture sign, not a letter.",
    # competence profile (issue 4)
    "validation.bad_date": "{field}: {value} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD).",
    "validation.end_before_start": "{field}: the end ({end}) is before the start ({start}).",
    "validation.bad_cefr_level": "{field}: {value} is not a CEFR level (A1 to C2).",
    "validation.unknown_occupation": "{field}: {value} is not an ESCO occupation.",
    "validation.unknown_skill": "{field}: {value} is not an ESCO skill.",
    "profile.duplicate": "The profile already has such an entry ({kind}).",
    "person.ambiguous_code": "Several persons have the code {short_code}; use the full id.",
    "person.erased": (
        "This person's data was erased on request on {date}; it cannot be recreated."
    ),
    "person.merged": (
        "This record was merged into {short_code}; correct the details of that record instead."
    ),
    "resume.unreadable": "The file {path} cannot be read (no access, or it was moved).",
    "resume.invalid": "The file is not a valid JSON Resume: {reason} (at {where}).",
    "resume.too_large": "The file is too large for a JSON Resume (more than {limit_kb} KB).",
    "resume.bad_encoding": "The file is not UTF-8 or UTF-16 text (byte {position}).",
    "resume.not_json": "The file is not valid JSON (line {line}, column {column}).",
    "resume.too_deep": "The file nests too deeply at {where} (at most {limit} levels).",
    "resume.too_many": "{where} has too many items (at most {limit}).",
    "resume.too_long": "{where} is too long (at most {limit} characters).",
    "resume.bad_number": (
        "{where} is not a usable number (at most {limit} digits; no NaN or Infinity)."
    ),
    "resume.bad_text": "{where} holds a character that is not text (a broken surrogate or NUL).",
    "resume.duplicate_key": "{where} holds the key {key} twice.",
    # backup and rekey
    "backup.bad_archive": "The file is not a usable Entry Hub Desk backup ({cause}).",
    "backup.target_exists": "The file {path} already exists.",
    "rekey.interrupted": "A key change was interrupted and has been {outcome}.",
    # key slots (security)
    "slots.exists": "A key slot file already exists in {path}.",
    "slots.rekey_pending": "A key change is unfinished; finish or undo it first.",
    "slots.no_rekey_pending": "No key change is in progress.",
    # sync wire format and offline bundles (entryhub_wire/errors.py)
    **wire_errors.ENGLISH,
    # sync on the desk (entryhub_desk/sync/client.py, engine.py, services/sync.py)
    "sync.not_enrolled": "This desk is not enrolled with a server. Run 'entryhub-desk enrol'.",
    "sync.unreachable": "The server cannot be reached ({detail}). Try again later.",
    "sync.bad_url": "The server address {url} is not valid.",
    "sync.insecure_url": "The server address {url} must start with https://.",
    "sync.already_enrolled": "This desk is already enrolled with {url}.",
    "sync.server_key_changed": (
        "The server's keys differ from the ones this desk trusts; nothing was changed."
    ),
    "sync.server_error": "The server had a fault ({status}). Try again later.",
    "sync.push_stalled": "The server did not take the changes sent. Try again later.",
    "sync.erase_unconfirmed": "Type the person's code exactly to confirm the erasure.",
    # reception (search, visits, consent, merge, import)
    "reception.merge_same": "A person cannot be merged with the same person.",
    "reception.already_merged": "This person has already been merged into another person.",
    "reception.likely_duplicate": (
        "This is probably a person already registered ({match}): open that record, or confirm "
        "that this is a new person."
    ),
    "reception.checked_in_today": (
        "This person was already checked in today at {time}: reopen that visit, or check in again."
    ),
    "consent.not_in_force": "This consent is not in force, so it cannot be withdrawn.",
    # employers, openings and introductions (issue 15)
    "employer.exists": (
        "An employer with organisation number {org_number} is already registered ({name})."
    ),
    "employer.ambiguous": "Several employers are called {name}; use the id.",
    "opening.ambiguous_code": "Several openings have the code {short_code}; use the full id.",
    "introduction.ambiguous_code": (
        "Several introductions have the code {short_code}; use the full id."
    ),
    "opening.not_open": "The opening {title} is no longer open.",
    "introduction.needs_consent": (
        "A card with the name needs the person's consent to share the profile with employers; "
        "use an anonymous card."
    ),
    "introduction.exists": "This person's introduction to {title} is still going.",
    "import.unsupported_file": "Only .xlsx and .csv files can be imported (not {suffix}).",
    "import.unreadable": "The file {path} cannot be read (no access, or it was moved).",
    "import.bad_encoding": (
        "The file is not UTF-8 text (row {row}). Save it as CSV (UTF-8) and try again."
    ),
    "import.not_text": (
        "The file is not a text file (row {row} holds binary data). Choose a CSV or .xlsx file."
    ),
    "import.too_large": (
        "The file is too large to import (more than {limit_mb} MB). Split it into smaller files."
    ),
    "import.too_large_unpacked": (
        "The workbook unpacks to more than {limit_mb} MB, so it cannot be imported. "
        "Split it into smaller files."
    ),
    "import.too_many_rows": "The file has more than {limit} rows. Split it into smaller files.",
    "import.too_many_columns": "The row has more than {limit} columns.",
    "import.cell_too_long": "A cell is longer than {limit} characters.",
    "import.bad_quotes": (
        "A quotation mark is not closed or is out of place, so the row cannot be split into cells."
    ),
    "import.bad_header": (
        "Row {row} (the column titles) cannot be read: check its quotation marks and that it "
        "has at most {limit} columns."
    ),
    "import.not_xlsx": (
        "The file is not an Excel workbook (.xlsx). Save it as .xlsx or CSV (UTF-8) and try again."
    ),
    "import.old_excel": (
        "The file is in the old Excel format (.xls). Save it as .xlsx or CSV (UTF-8) and try again."
    ),
    "import.encrypted": (
        "The workbook is protected with a password. Save a copy without a password and import that."
    ),
    "import.damaged": (
        "The workbook is damaged and cannot be read. Open it in a spreadsheet program, save it "
        "again and retry."
    ),
    "import.no_sheet": "The workbook has no worksheet.",
    "import.no_name_column": "The file has no column for the given name (förnamn, first name).",
    "import.formula": "{field} holds a formula; only values can be imported.",
    "import.likely_duplicate": "Probably the same person as {match}, already registered.",
    # importing openings (importing/openings.py, jobsearch.py)
    "import.unsupported_opening_file": (
        "Openings can be imported from .xlsx, .csv or JobSearch .json files (not {suffix})."
    ),
    "import.empty_file": "The file is empty.",
    "import.no_opening_columns": (
        "The file needs a column for the employer (arbetsgivare, employer) and one for the "
        "title (titel, title)."
    ),
    "import.duplicate_column": (
        "Two columns are for the same thing ({column}): keep one and import again."
    ),
    "import.label_unknown": "{field}: '{value}' names nothing in ESCO.",
    "import.label_ambiguous": (
        "{field}: '{value}' could be several ESCO concepts ({candidates}); write the one meant."
    ),
    "import.language_level": (
        "{field}: give the lowest CEFR level that will do for '{value}' (e.g. svenska B1)."
    ),
    "import.language_no_level": "'{value}' is required without a level: recorded as A1 or above.",
    "import.occupation_group_only": (
        "Occupation '{value}' (SSYK {ssyk}) is no single ESCO occupation: ISCO-08 group {isco} "
        "is written in the notes."
    ),
    "import.occupation_by_name": (
        "Occupation '{value}' (SSYK {ssyk}) was mapped to the ESCO occupation named '{name}' by "
        "its name; check it."
    ),
    "import.occupation_unmapped": (
        "Occupation '{value}' (SSYK {ssyk}) could not be mapped to ESCO: it is written in the "
        "notes."
    ),
    "import.wrong_type": "{field} has a value of the wrong type: left out.",
    "import.licence_unspecified": (
        "A driving licence is required but the ad does not say which: none recorded."
    ),
    "import.not_an_ad": "This entry is not a job ad (an object with an id and a headline).",
    "import.bad_json": "The file is not valid JSON (line {line}).",
    "import.duplicate_key": (
        "An object in the file names {key} twice, so which value counts is unclear."
    ),
    "import.not_jobsearch": (
        "The file holds no JobSearch job ads (one ad, a list of ads, or a search response "
        "with hits)."
    ),
    # CVs (entryhub_desk/cv/, services/cv.py)
    "cv.bad_language": "A CV can be written in Swedish (sv) or English (en), not {language}.",
    "cv.bad_template": "There is no CV template called {template} (classic or compact).",
    "cv.photo_unreadable": "The photo {path} cannot be read.",
    "cv.photo_empty": "The photo cannot be used: the file is empty.",
    "cv.photo_too_large": "The photo cannot be used: the file is larger than {limit_mb} MB.",
    "cv.photo_too_many_pixels": (
        "The photo cannot be used: it has too many pixels ({width} × {height}; "
        "at most {limit_mp} million)."
    ),
    "cv.photo_not_image": (
        "The photo cannot be used: the file is not a picture. Use a JPEG or PNG picture."
    ),
    "cv.photo_format": (
        "The photo cannot be used: it is a {format} file. Use a JPEG or PNG picture."
    ),
    "cv.photo_damaged": (
        "The photo cannot be used: it is damaged (only part of it can be read). Use another copy."
    ),
    "cv.fonts_missing": "The CV font {name} is missing from the program; reinstall it.",
    "cv.render_failed": "The CV could not be laid out: a part of it does not fit on a page.",
    "cv.write_failed": "The CV cannot be written to {path}.",
    # profile cards for employers (entryhub_desk/cv/card.py, services/cards.py)
    "card.write_failed": "The profile card cannot be written to {path}.",
    # a visitor card or an audit export (services/visitor_cards.py, services/audit_log.py)
    "file.write_failed": "The file cannot be written to {path}.",
}


#: The fixed set of causes a ``cause`` parameter names (the GUI translates each in
#: ``views/error_text.CAUSES``); never a library's own message.
CAUSES: Final[dict[str, str]] = {
    # store.corrupt
    "damaged_page": "a part of it does not check out",
    "journal_mode": "it cannot be opened for writing",
    "no_identity": "the desk's identity is missing",
    # backup.bad_archive
    "not_found": "the file was not found",
    "not_zip": "not a zip archive",
    "members": "unexpected or missing members",
    "format": "unknown format",
    "manifest": "its manifest cannot be read",
    "too_large": "a part is too large",
    "too_compressed": "a part is too compressed",
    "damaged": "a part is damaged",
}


_EXIT_BY_CODE: Final[dict[str, ExitCode]] = {
    "store.missing": ExitCode.NO_STORE,
    "slots.missing": ExitCode.NO_STORE,
    "store.newer_schema": ExitCode.NEWER_STORE,
    "store.has_copies": ExitCode.NO_STORE,
    "store.in_use": ExitCode.DENIED,
    "auth.unknown_staff": ExitCode.DENIED,
    "auth.wrong_password": ExitCode.DENIED,
    "auth.backing_off": ExitCode.DENIED,
    "auth.role_not_allowed": ExitCode.DENIED,
    "auth.role_unverified": ExitCode.DENIED,
    "roles.chain_broken": ExitCode.DENIED,
    "auth.staff_disabled": ExitCode.DENIED,
    "auth.logged_out": ExitCode.DENIED,
    "auth.unlock_not_allowed": ExitCode.DENIED,
    "recovery.wrong_key": ExitCode.DENIED,
    "auth.no_user": ExitCode.USAGE,
    "sync.not_enrolled": ExitCode.NOT_ENROLLED,
    "sync.unreachable": ExitCode.SERVER_UNREACHABLE,
}


wire_errors.add_codes(ENGLISH, causes=CAUSES, exits=_EXIT_BY_CODE)


#: ``errno`` values of a write that found no space: the disk is full, or the user's quota is.
DISK_FULL_ERRNOS: Final = frozenset(
    {errno.ENOSPC, *((errno.EDQUOT,) if hasattr(errno, "EDQUOT") else ())}
)


def disk_full_error(error: BaseException, path: object = None) -> DeskError | None:
    """``store.disk_full`` for an OSError of a full disk (or that error itself), else None.

    ``path`` is where the write went: the folder whose file system needs space (without it,
    the folder of the file the OSError names).
    """
    if isinstance(error, DeskError):
        return error if error.code == "store.disk_full" else None
    if not isinstance(error, OSError) or error.errno not in DISK_FULL_ERRNOS:
        return None
    if path is None:
        path = os.path.dirname(os.fsdecode(error.filename)) if error.filename else ""
    return DeskError("store.disk_full", path=str(path))


@contextlib.contextmanager
def disk_full_raised(path: object) -> Iterator[None]:
    """Turn an OSError of a full disk inside the block into ``store.disk_full``."""
    try:
        yield
    except OSError as error:
        full = disk_full_error(error, path)
        if full is None:
            raise
        raise full from None
