"""The headless admin command line: ``entryhub-desk [--data-dir DIR] COMMAND …``.

Without a command the GUI starts. The acting staff member comes from ``ENTRYHUB_USER``, the
password from ``ENTRYHUB_PASSWORD`` or a prompt, a new password for another member from
``ENTRYHUB_NEW_PASSWORD`` or a prompt. Errors go to stderr on one line; exit codes are those
of :class:`entryhub_desk.errors.ExitCode`. ``--json`` prints one JSON document per line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from entryhub_desk import __version__
from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.logs import configure_logging
from entryhub_desk.services import Desk, Session

log = logging.getLogger(__name__)

ENV_USER = "ENTRYHUB_USER"
ENV_PASSWORD = "ENTRYHUB_PASSWORD"  # noqa: S105 - the name of a variable, not a password
ENV_NEW_PASSWORD = "ENTRYHUB_NEW_PASSWORD"  # noqa: S105
ENV_RECOVERY_KEY = "ENTRYHUB_RECOVERY_KEY"


class UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="entryhub-desk",
        description="Entry Hub Desk. Without a command, the desk program starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder of the store (default: platform)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="set up the hub's store; prints the recovery key once")
    init.add_argument("--hub-name", required=True)
    init.add_argument("--coordinator", required=True, help="name of the first coordinator")

    staff = commands.add_parser("staff", help="manage staff accounts")
    staff_commands = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = staff_commands.add_parser("add", help="add a staff member")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    listing = staff_commands.add_parser("list", help="list staff members")
    listing.add_argument("--json", action="store_true")
    disable = staff_commands.add_parser("disable", help="disable a staff member")
    disable.add_argument("name")
    reset = staff_commands.add_parser("reset-password", help="set a new password for a member")
    reset.add_argument("name")

    commands.add_parser("passwd", help="change your own password")
    recover = commands.add_parser(
        "recover", help="set a coordinator's password with the recovery key"
    )
    recover.add_argument("--coordinator", help=f"coordinator name (default: ${ENV_USER})")
    check = commands.add_parser("check", help="verify the store, its cipher pages and audit log")
    check.add_argument("--json", action="store_true")
    backup = commands.add_parser("backup", help="write an encrypted backup archive")
    backup.add_argument("-o", "--output", type=Path, required=True)
    restore = commands.add_parser("restore", help="restore a backup (starts a new device epoch)")
    restore.add_argument("archive", type=Path)
    commands.add_parser("rekey", help="change the database key and every key slot")
    commands.add_parser("self-test", help="create a store in a temporary folder, write, read")
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    try:
        config = DeskConfig.from_environment(args.data_dir)
        configure_logging(config.log_dir)
        if args.command is None:
            from entryhub_desk.app import run_gui  # Qt only when the GUI is wanted

            return run_gui(config, [sys.argv[0]])
        handler = _HANDLERS[args.command]
        return int(handler(Desk(config), args))
    except DeskError as error:
        _error(error.english())
        return int(error.exit_code)
    except UsageError as error:
        _error(str(error))
        return int(ExitCode.USAGE)
    except KeyboardInterrupt:
        _error("interrupted")
        return int(ExitCode.FAILED)
    except Exception as error:  # one line for people, the traceback only in the log file
        log.exception("unexpected error in command %s", args.command)
        _error(f"internal error ({type(error).__name__}); see the log file")
        return int(ExitCode.FAILED)


# -- helpers -------------------------------------------------------------------------------


def _error(message: str) -> None:
    print(f"entryhub-desk: {message}", file=sys.stderr)


def _json(document: object) -> None:
    print(json.dumps(document, ensure_ascii=False, sort_keys=True))


def _secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"set {env_name} or run in a terminal to be asked")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise DeskError("password.mismatch")
    return first


def _acting_user() -> str:
    name = os.environ.get(ENV_USER, "").strip()
    if not name:
        raise DeskError("auth.no_user")
    return name


def _login(desk: Desk) -> Session:
    desk.require_set_up()
    name = _acting_user()
    return desk.unlock(name, _secret(ENV_PASSWORD, f"Password for {name}: "))


# -- commands ------------------------------------------------------------------------------


def _init(desk: Desk, args: argparse.Namespace) -> int:
    if desk.is_set_up():
        raise DeskError("store.exists", path=str(desk.config.data_dir))
    password = _secret(ENV_PASSWORD, f"New password for {args.coordinator}: ", confirm=True)
    recovery_key = desk.set_up(
        hub_name=args.hub_name, coordinator_name=args.coordinator, password=password
    )
    print(f"Store created in {desk.config.data_dir}.")
    print("Recovery key (shown only now; write it down and keep it locked away):")
    print(f"  {recovery_key}")
    return ExitCode.OK


def _staff(desk: Desk, args: argparse.Namespace) -> int:
    session = _login(desk)
    try:
        if args.staff_command == "add":
            password = _secret(ENV_NEW_PASSWORD, f"Password for {args.name}: ", confirm=True)
            member = session.add_staff(args.name, Role(args.role), password)
            print(f"Added {member.name} ({member.role.value}).")
        elif args.staff_command == "list":
            for member in session.list_staff():
                if args.json:
                    _json(
                        {
                            "id": member.id,
                            "name": member.name,
                            "role": member.role.value,
                            "active": member.active,
                        }
                    )
                else:
                    state = "" if member.active else "  (disabled)"
                    print(f"{member.name}\t{member.role.value}{state}")
        elif args.staff_command == "disable":
            session.disable_staff(args.name)
            print(f"Disabled {args.name}.")
        else:
            password = _secret(ENV_NEW_PASSWORD, f"New password for {args.name}: ", confirm=True)
            session.reset_password(args.name, password)
            print(f"New password set for {args.name}.")
    finally:
        session.close()
    return ExitCode.OK


def _passwd(desk: Desk, args: argparse.Namespace) -> int:
    session = _login(desk)
    try:
        new = _secret(ENV_NEW_PASSWORD, "New password: ", confirm=True)
        session.change_own_password(_secret(ENV_PASSWORD, "Current password: "), new)
    finally:
        session.close()
    print("Password changed.")
    return ExitCode.OK


def _recover(desk: Desk, args: argparse.Namespace) -> int:
    desk.require_set_up()
    coordinator = args.coordinator or _acting_user()
    recovery_key = _secret(ENV_RECOVERY_KEY, "Recovery key: ")
    new_password = _secret(ENV_NEW_PASSWORD, f"New password for {coordinator}: ", confirm=True)
    desk.recover(recovery_key=recovery_key, coordinator_name=coordinator, new_password=new_password)
    print(f"New password set for {coordinator}.")
    return ExitCode.OK


def _check(desk: Desk, args: argparse.Namespace) -> int:
    session = _login(desk)
    try:
        problems = session.check()
    finally:
        session.close()
    if args.json:
        _json({"ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem)
    else:
        print("OK")
    return ExitCode.FAILED if problems else ExitCode.OK


def _backup(desk: Desk, args: argparse.Namespace) -> int:
    session = _login(desk)
    try:
        session.backup(args.output)
    finally:
        session.close()
    print(f"Backup written to {args.output}.")
    return ExitCode.OK


def _restore(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.backup import restore_backup

    name = _acting_user()
    password = _secret(ENV_PASSWORD, f"Password for {name} (as in the backup): ")
    epoch = restore_backup(desk, args.archive, name, password)
    print(f"Backup restored; this desk now writes as epoch {epoch}.")
    return ExitCode.OK


def _rekey(desk: Desk, args: argparse.Namespace) -> int:
    session = _login(desk)
    try:
        session.rekey()
    finally:
        session.close()
    print("Database key changed; every slot now opens the new key.")
    return ExitCode.OK


def _self_test(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.self_test import run_self_test

    for line in run_self_test():
        print(line)
    print("self-test OK")
    return ExitCode.OK


_HANDLERS: dict[str, Callable[[Desk, argparse.Namespace], int]] = {
    "init": _init,
    "staff": _staff,
    "passwd": _passwd,
    "recover": _recover,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "rekey": _rekey,
    "self-test": _self_test,
}
