"""The coded error base: the wire's own codes, and a program's added with add_codes."""

from __future__ import annotations

import string

from entryhub_desk import errors as desk_errors
from entryhub_wire import errors
from entryhub_wire.errors import CodedError, ExitCode


def test_every_wire_template_formats_with_its_own_fields() -> None:
    for code, template in errors.ENGLISH.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        text = CodedError(code, **{name: f"<{name}>" for name in fields}).english()
        assert "{" not in text, code
        assert text != code


def test_wire_exit_codes() -> None:
    assert CodedError("sync.revoked").exit_code == ExitCode.NOT_ENROLLED
    assert CodedError("sync.bad_payload", detail="x").exit_code == ExitCode.FAILED


def test_the_desk_error_is_the_wire_base_and_knows_the_wire_codes() -> None:
    assert desk_errors.DeskError is CodedError
    assert desk_errors.ExitCode is ExitCode
    for code, template in errors.ENGLISH.items():
        assert desk_errors.ENGLISH[code] == template
    # the desk's own codes, templates and exit codes reach the shared base
    assert CodedError("store.missing", path="/x").english().startswith("No Entry Hub Desk store")
    assert CodedError("store.missing", path="/x").exit_code == ExitCode.NO_STORE


def test_a_cause_reads_as_its_english_text() -> None:
    error = CodedError("backup.bad_archive", cause="not_zip")
    assert "not a zip archive" in error.english()
