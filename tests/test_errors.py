from __future__ import annotations

import string

from entryhub_desk.errors import ENGLISH, DeskError, ExitCode


def test_every_template_formats_with_its_own_fields() -> None:
    for code, template in ENGLISH.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        error = DeskError(code, **{name: f"<{name}>" for name in fields})
        text = error.english()
        assert "{" not in text, code
        assert "\n" not in text, code


def test_exit_codes_follow_the_design() -> None:
    assert DeskError("auth.wrong_password").exit_code == ExitCode.DENIED
    assert DeskError("auth.backing_off", seconds=4).exit_code == ExitCode.DENIED
    assert DeskError("store.missing", path="x").exit_code == ExitCode.NO_STORE
    assert DeskError("store.newer_schema", found=9, supported=1).exit_code == 5
    assert DeskError("store.corrupt", detail="x").exit_code == ExitCode.FAILED


def test_unknown_code_prints_the_code() -> None:
    assert DeskError("no.such.code").english() == "no.such.code"
