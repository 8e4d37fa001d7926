"""Admin commands of the foundation: init, staff, passwd, recover, check, backup, restore,
rekey, self-test."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.cli.common import (
    ENV_NEW_PASSWORD,
    ENV_PASSWORD,
    ENV_RECOVERY_KEY,
    ENV_USER,
    acting_user,
    login,
    print_json,
    secret,
)
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError, ExitCode

if TYPE_CHECKING:
    from entryhub_desk.services import Desk

# "Desk" as a string: the services are imported only once a command runs (not for --help).
Handler = Callable[["Desk", argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    """Add this module's commands to the parser; returns their handlers by command name."""
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
    return HANDLERS


# -- commands ------------------------------------------------------------------------------


def _init(desk: Desk, args: argparse.Namespace) -> int:
    if desk.is_set_up():
        raise DeskError("store.exists", path=str(desk.config.data_dir))
    if desk.has_earlier_copies():  # never an empty store over backups or a restore
        raise DeskError("store.has_copies", path=str(desk.config.data_dir))
    password = secret(ENV_PASSWORD, f"New password for {args.coordinator}: ", confirm=True)
    recovery_key = desk.set_up(
        hub_name=args.hub_name, coordinator_name=args.coordinator, password=password
    )
    print(f"Store created in {desk.config.data_dir}.")
    print("Recovery key (shown only now; write it down and keep it locked away):")
    print(f"  {recovery_key}")
    return ExitCode.OK


def _staff(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.staff import StaffService

    session = login(desk)
    try:
        if args.staff_command == "add":
            password = secret(ENV_NEW_PASSWORD, f"Password for {args.name}: ", confirm=True)
            member = StaffService(session).add_staff(args.name, Role(args.role), password)
            print(f"Added {member.name} ({member.role.value}).")
        elif args.staff_command == "list":
            for member in StaffService(session).list_staff():
                if args.json:
                    print_json(
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
            StaffService(session).disable_staff(args.name)
            print(f"Disabled {args.name}.")
        else:
            password = secret(ENV_NEW_PASSWORD, f"New password for {args.name}: ", confirm=True)
            StaffService(session).reset_password(args.name, password)
            print(f"New password set for {args.name}.")
    finally:
        session.close()
    return ExitCode.OK


def _passwd(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.staff import StaffService

    session = login(desk)
    try:
        new = secret(ENV_NEW_PASSWORD, "New password: ", confirm=True)
        StaffService(session).change_own_password(secret(ENV_PASSWORD, "Current password: "), new)
    finally:
        session.close()
    print("Password changed.")
    return ExitCode.OK


def _recover(desk: Desk, args: argparse.Namespace) -> int:
    desk.require_set_up()
    coordinator = args.coordinator or acting_user()
    recovery_key = secret(ENV_RECOVERY_KEY, "Recovery key: ")
    new_password = secret(ENV_NEW_PASSWORD, f"New password for {coordinator}: ", confirm=True)
    desk.recover(recovery_key=recovery_key, coordinator_name=coordinator, new_password=new_password)
    print(f"New password set for {coordinator}.")
    return ExitCode.OK


def _check(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.check import CheckService

    try:
        session = login(desk)
    except DeskError as error:
        if error.code != "store.corrupt":
            raise
        # Too damaged to log in: still say which pages fail.
        problems = [error.english(), *desk.diagnose(acting_user(), secret(ENV_PASSWORD, ""))]
    else:
        try:
            problems = CheckService(session).check()
        except BaseException:
            session.close()
            raise
        try:  # the log-out's audit entry may land on a damaged page: still show what was found
            session.close()
        except DeskError as error:
            problems.append(f"log-out not recorded: {error.english()}")
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem)
    else:
        print("OK")
    return ExitCode.FAILED if problems else ExitCode.OK


def _backup(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.backup import BackupService

    session = login(desk)
    try:
        BackupService(session).backup(args.output)
    finally:
        session.close()
    print(f"Backup written to {args.output}.")
    return ExitCode.OK


def _restore(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.backup import restore_backup

    name = acting_user()
    password = secret(ENV_PASSWORD, f"Password for {name} (as in the backup): ")
    epoch = restore_backup(desk, args.archive, name, password)
    print(f"Backup restored; this desk now writes as epoch {epoch}.")
    return ExitCode.OK


def _rekey(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.rekey import RekeyService

    session = login(desk)
    try:
        RekeyService(session).rekey()
    finally:
        session.close()
    print("Database key changed; every slot now opens the new key.")
    return ExitCode.OK


def _self_test(desk: Desk, args: argparse.Namespace) -> int:
    from entryhub_desk.services.self_test import run_self_test

    for line in run_self_test():
        print(line)
    with tempfile.TemporaryDirectory(prefix="entryhub-self-test-gui-") as work:
        from entryhub_desk.app import gui_self_test  # Qt only here

        for line in gui_self_test(Path(work)):
            print(line)
    print("self-test OK")
    return ExitCode.OK


HANDLERS: dict[str, Handler] = {
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
