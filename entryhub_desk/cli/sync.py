"""Sync commands: enrol, sync, export-bundle, import-bundle, export-person, erase-person,
conflicts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.cli.common import login, print_json
from entryhub_desk.errors import ExitCode

if TYPE_CHECKING:
    from entryhub_desk.services import Desk
    from entryhub_desk.services.sync import SyncService
    from entryhub_desk.sync.engine import SyncProgress

Handler = Callable[["Desk", argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    enrol = commands.add_parser("enrol", help="enrol this desk with the network's server")
    enrol.add_argument("--server", required=True, help="server address (https://…)")
    enrol.add_argument("--code", required=True, help="one-time enrolment code")
    sync = commands.add_parser("sync", help="one sync round: push, then pull")
    sync.add_argument("--json", action="store_true", help="print the counts as JSON")
    sync.add_argument(
        "--quiet", action="store_true", help="no progress lines (on standard error) while syncing"
    )
    export = commands.add_parser(
        "export-bundle", help="write the changes not yet sent as an offline bundle"
    )
    export.add_argument("-o", "--output", type=Path, required=True)
    answer = commands.add_parser("import-bundle", help="apply the server's answer bundle")
    answer.add_argument("answer", type=Path)
    person = commands.add_parser(
        "export-person", help="everything held about a person: FILE.json and FILE.pdf"
    )
    person.add_argument("person", help="person id or short code")
    person.add_argument("-o", "--output", type=Path, required=True)
    erase = commands.add_parser("erase-person", help="erase a person (right to be forgotten)")
    erase.add_argument("person", help="person id or short code")
    erase.add_argument(
        "--confirm", required=True, help="the person's short code again, as confirmation"
    )
    conflicts = commands.add_parser("conflicts", help="list sync conflicts to review")
    conflicts.add_argument("--json", action="store_true")
    return {
        "enrol": _enrol,
        "sync": _sync,
        "export-bundle": _export_bundle,
        "import-bundle": _import_bundle,
        "export-person": _export_person,
        "erase-person": _erase_person,
        "conflicts": _conflicts,
    }


def _with_service(desk: Desk, work: Callable[[SyncService], int]) -> int:
    from entryhub_desk.services.sync import SyncService  # httpx only for these commands

    session = login(desk)
    try:
        return work(SyncService(session))
    finally:
        session.close()


def _enrol(desk: Desk, args: argparse.Namespace) -> int:
    def work(service: SyncService) -> int:
        hub = service.enrol(args.server, args.code)
        print(f"Enrolled with {args.server} as a desk of {hub}.")
        return ExitCode.OK

    return _with_service(desk, work)


def _progress_line(progress: SyncProgress) -> None:
    """One line per request, on standard error (standard output keeps the result)."""
    print(
        f"… sent {progress.bytes_sent / 1024:.1f} KB ({progress.changes_sent} changes), "
        f"received {progress.bytes_received / 1024:.1f} KB "
        f"({progress.changes_received} changes)",
        file=sys.stderr,
        flush=True,
    )


def _sync(desk: Desk, args: argparse.Namespace) -> int:
    def work(service: SyncService) -> int:
        result = service.sync_now(progress=None if args.quiet else _progress_line)
        status = service.status()
        if args.json:
            print_json(
                {**result.to_json(), "waiting": status.pending, "open_conflicts": status.conflicts}
            )
        else:
            print(
                f"Sent {result.acknowledged} changes, received {result.applied}; "
                f"{status.pending} waiting, {status.conflicts} conflicts to review."
            )
        return ExitCode.OK

    return _with_service(desk, work)


def _export_bundle(desk: Desk, args: argparse.Namespace) -> int:
    def work(service: SyncService) -> int:
        result = service.export_bundle(args.output)
        print(f"Wrote {result.changes} changes to {args.output}.")
        return ExitCode.OK

    return _with_service(desk, work)


def _import_bundle(desk: Desk, args: argparse.Namespace) -> int:
    def work(service: SyncService) -> int:
        result = service.import_bundle(args.answer)
        more = " The server has more: exchange another bundle." if result.has_more else ""
        print(
            f"Acknowledged {result.acknowledged} changes, applied {result.applied}, "
            f"{result.conflicts} conflicts.{more}"
        )
        return ExitCode.OK

    return _with_service(desk, work)


def _export_person(desk: Desk, args: argparse.Namespace) -> int:
    def work(service: SyncService) -> int:
        json_path, pdf_path = service.export_person(args.person, args.output)
        print(f"Wrote {json_path} and {pdf_path}.")
        return ExitCode.OK

    return _with_service(desk, work)


def _erase_person(desk: Desk, args: argparse.Namespace) -> int:
    def work(service: SyncService) -> int:
        person_id = service.erase_person(args.person, confirmation=args.confirm)
        print(f"Erased {person_id}; the erasure reaches the other desks at the next sync.")
        return ExitCode.OK

    return _with_service(desk, work)


def _conflicts(desk: Desk, args: argparse.Namespace) -> int:
    def work(service: SyncService) -> int:
        for conflict in service.conflicts():
            if args.json:
                print_json(
                    {
                        "id": conflict.id,
                        "entity": conflict.entity,
                        "entity_id": conflict.entity_id,
                        "field": conflict.field,
                        "kept": conflict.kept_value,
                        "lost": conflict.lost_value,
                    }
                )
            else:
                print(f"{conflict.id}\t{conflict.entity}.{conflict.field}\t{conflict.entity_id}")
        return ExitCode.OK

    return _with_service(desk, work)
