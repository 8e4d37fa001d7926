"""What every command shares: secrets from the environment or a prompt, the acting member,
JSON output, error lines."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

from entryhub_desk.errors import DeskError

if TYPE_CHECKING:  # the services are imported by the commands that use them
    from entryhub_desk.services import Desk, Session
    from entryhub_desk.services.cv_warmup import LoadAhead

ENV_USER = "ENTRYHUB_USER"
ENV_PASSWORD = "ENTRYHUB_PASSWORD"  # noqa: S105 - the name of a variable, not a password
ENV_NEW_PASSWORD = "ENTRYHUB_NEW_PASSWORD"  # noqa: S105
ENV_RECOVERY_KEY = "ENTRYHUB_RECOVERY_KEY"


class UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


def error_line(message: str) -> None:
    print(f"entryhub-desk: {message}", file=sys.stderr)


def print_json(document: object) -> None:
    """One JSON document per line."""
    print(json.dumps(document, ensure_ascii=False, sort_keys=True))


def secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"set {env_name} or run in a terminal to be asked")
    import getpass  # only when a person types it (its terminal modules load with it)

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise DeskError("password.mismatch")
    return first


def acting_user() -> str:
    name = os.environ.get(ENV_USER, "").strip()
    if not name:
        raise DeskError("auth.no_user")
    return name


def login(desk: Desk, *, ahead: LoadAhead | None = None) -> Session:
    """Log in the member named by ENTRYHUB_USER (password from the environment or a prompt).
    ``ahead`` loads what the command needs next while the person types the password (on a
    thread) and while the key is derived (on this thread, ``security.kdf.meanwhile``)."""
    desk.require_set_up()
    name = acting_user()
    if ahead is None:
        return desk.unlock(name, secret(ENV_PASSWORD, f"Password for {name}: "))
    from entryhub_desk.security.kdf import meanwhile

    if not os.environ.get(ENV_PASSWORD):
        ahead.start()  # stopped before anything else is imported here
    try:
        password = secret(ENV_PASSWORD, f"Password for {name}: ")
    finally:
        ahead.stop()
    with meanwhile(ahead.run):
        return desk.unlock(name, password)
