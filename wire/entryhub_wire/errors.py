"""Coded errors and exit codes, shared by the desk and the server.

Qt-free code never builds sentences for people. It raises :class:`CodedError` with a stable
``code`` and parameters (the desk calls it ``DeskError``); the desk's GUI translates the code,
command lines print the English template. This module holds the templates of the codes the
wire package raises; a program adds its own with :func:`add_codes` (the desk's are in
``entryhub_desk/errors.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Final


class ExitCode(IntEnum):
    """Exit codes shared by every command (see DESIGN.md, "Command lines")."""

    OK = 0
    FAILED = 1
    USAGE = 2
    DENIED = 3  # wrong password, backing off, role not allowed, or data folder in use
    NO_STORE = 4
    NEWER_STORE = 5
    SERVER_UNREACHABLE = 6
    NOT_ENROLLED = 7
    PARTIAL = 8


#: English templates of the codes raised by the wire format and offline bundles (wire.py,
#: codec.py, bundle_crypto.py) and by the server's bundle import. Keep them one line.
ENGLISH: Final[Mapping[str, str]] = {
    "sync.bad_payload": "The sync data is not valid ({detail}).",
    "sync.too_large": "The sync data is too large ({size}, at most {limit}).",
    "sync.update_needed": "The server needs a newer version of this program. Update it.",
    "sync.revoked": (
        "This desk was revoked by the network's server; its waiting changes are kept. Ask a "
        "coordinator for a re-admission code and enrol with it, or export them to a bundle."
    ),
    "sync.unauthorized": "The server does not know this desk. Enrol it again.",
    "sync.bad_code": "The enrolment code is wrong, used or expired.",
    "sync.rate_limited": "Too many attempts. Wait a while and try again.",
    "sync.device_exists": (
        "The server already has this desk enrolled. Ask a coordinator for a re-admission code."
    ),
    "sync.clock_ahead": (
        "This computer's clock is wrong (ahead of the server's time). Set the date and time "
        "right, then sync again."
    ),
    "sync.refused": "The server refused the request ({status} {error}).",
    "bundle.bad_format": "The file is not an Entry Hub bundle ({detail}).",
    "bundle.too_large": "The file is too large for an Entry Hub bundle (more than {limit_mb} MB).",
    "bundle.unreadable": "The file {path} cannot be read (no access, or it was moved).",
    "bundle.bad_signature": "The bundle has been altered or was not made by {signer}.",
    "bundle.wrong_recipient": "The bundle is meant for another recipient.",
    "bundle.wrong_device": "The bundle belongs to another desk.",
    "bundle.wrong_network": "The bundle belongs to another network.",
    "bundle.unknown_device": "The bundle comes from a desk the server does not know.",
    "bundle.revoked": "The bundle comes from a revoked desk.",
}

#: exit codes other than FAILED of the codes above
EXIT_BY_CODE: Final[Mapping[str, ExitCode]] = {
    "sync.revoked": ExitCode.NOT_ENROLLED,
    "sync.unauthorized": ExitCode.NOT_ENROLLED,
}

# what CodedError reads: the wire's codes, and those a program added (add_codes)
_templates: dict[str, str] = dict(ENGLISH)
_causes: dict[str, str] = {}
_exits: dict[str, ExitCode] = dict(EXIT_BY_CODE)


def add_codes(
    english: Mapping[str, str],
    *,
    causes: Mapping[str, str] | None = None,
    exits: Mapping[str, ExitCode] | None = None,
) -> None:
    """Make a program's own codes known: English templates, ``cause`` texts, exit codes."""
    _templates.update(english)
    _causes.update(causes or {})
    _exits.update(exits or {})


class CodedError(Exception):
    """An error a person can act on, identified by a stable code."""

    def __init__(self, code: str, exit_code: ExitCode | None = None, **params: object) -> None:
        self.code = code
        self.params: dict[str, object] = params
        self.exit_code = exit_code if exit_code is not None else _exits.get(code, ExitCode.FAILED)
        super().__init__(code)

    def english(self) -> str:
        template = _templates.get(self.code)
        if template is None:
            return self.code
        params = dict(self.params)
        if "cause" in params:
            params["cause"] = _causes.get(str(params["cause"]), str(params["cause"]))
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return f"{self.code}: {self.english()}"
