"""``entryhub-server [--db URL] COMMAND``: serve, and the admin commands.

Exit codes as the desk's (DESIGN.md "Command lines"): 0 done, 1 failed, 2 usage, 7 device
revoked (a revoked device's bundle). Errors go to stderr on one line.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from entryhub_server import admin
from entryhub_server.bundles import import_bundle
from entryhub_server.client_address import parse_network
from entryhub_server.context import ServerContext, open_context
from entryhub_server.db.engine import DATABASE_URL_ENV, default_url, normalise_url
from entryhub_server.errors import ServerError, UsageError
from entryhub_server.keys.commands import init_keys, rotate_data_keys, rotate_master
from entryhub_server.settings import Settings
from entryhub_wire.errors import ExitCode

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="entryhub-server", description=__doc__)
    parser.add_argument("--db", help="database URL (default: DATABASE_URL or a SQLite file)")
    parser.add_argument(
        "--master-key-file",
        type=Path,
        help="the master key file (default: ENTRYHUB_SERVER_MASTER_KEY if set, else master.key "
        "in the platform data folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--certfile", type=Path)
    serve.add_argument("--keyfile", type=Path)
    serve.add_argument(
        "--workers",
        type=int,
        default=0,
        help="server processes (default: one per CPU on PostgreSQL, one on SQLite)",
    )
    serve.add_argument(
        "--access-log",
        action="store_true",
        help="log every request (off by default: the reverse proxy keeps the access log)",
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDR",
        help="a reverse proxy (address or network, repeatable) whose X-Forwarded-For names "
        "the client; none by default",
    )
    serve.add_argument(
        "--proxy-headers",
        action="store_true",
        help="read X-Forwarded-For (only from the --trusted-proxy addresses, which it needs)",
    )
    network = commands.add_parser("create-network", help="create a network")
    network.add_argument("name")
    hub = commands.add_parser("create-hub", help="create a hub in a network")
    hub.add_argument("--network", required=True)
    hub.add_argument("--name", required=True)
    code = commands.add_parser("enrolment-code", help="one-time code to enrol a desk")
    code.add_argument("--hub", required=True)
    code.add_argument("--network")
    readmit = commands.add_parser(
        "readmit", help="one-time code with which a revoked device enrols again"
    )
    readmit.add_argument("device")
    devices = commands.add_parser("devices", help="list enrolled devices")
    devices.add_argument("--json", action="store_true")
    revoke = commands.add_parser("revoke", help="revoke a device")
    revoke.add_argument("device")
    root = commands.add_parser(
        "coordinator-key",
        help="register the coordinator key of a desk enrolled before desks sent it",
    )
    root.add_argument("device")
    root.add_argument("key", help="root_key from the desk's keyslots.json (base64)")
    commands.add_parser("init-keys", help="make the master key file (mode 0600)")
    rotate = commands.add_parser(
        "rotate-keys",
        help="a new master key (every key re-wrapped), or with --data-key a network's new "
        "data key (its values re-sealed)",
    )
    rotate.add_argument("--new-key-file", type=Path, help="where to write the new master key")
    rotate.add_argument("--data-key", action="append", default=[], metavar="NETWORK")
    rotate.add_argument("--all-data-keys", action="store_true")
    rotate.add_argument("--batch", type=int, default=1000, help="values re-sealed per transaction")
    bundle = commands.add_parser("import-bundle", help="apply a desk's offline bundle")
    bundle.add_argument("file", type=Path)
    bundle.add_argument("-o", "--output", type=Path, required=True, help="answer bundle file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        proxies = _trusted_proxies(args)
    except ValueError as error:
        print(f"entryhub-server: {error}", file=sys.stderr)
        return int(ExitCode.USAGE)
    settings = Settings(
        db_url=normalise_url(args.db) if args.db else default_url(),
        trusted_proxies=proxies,
        master_key_file=args.master_key_file,
    )
    try:
        if args.command == "init-keys":
            print(init_keys(settings))
            return int(ExitCode.OK)
        if args.command == "serve":
            return _serve(settings, args)
        ctx = open_context(settings)
        try:
            return _run(ctx, args)
        finally:
            ctx.engine.dispose()
    except ServerError as error:
        print(f"entryhub-server: {error.detail}", file=sys.stderr)
        return int(error.exit_code)
    except OSError as error:
        print(f"entryhub-server: {error.strerror or error}", file=sys.stderr)
        return int(ExitCode.FAILED)
    except Exception as error:  # noqa: BLE001 - one line, no traceback (DESIGN.md)
        # a stable sentence for the person; the class only in a debug record (no message:
        # it may hold what the command was given)
        log.debug("%s failed: %s", args.command, type(error).__name__)
        print("entryhub-server: the command failed (internal error)", file=sys.stderr)
        return int(ExitCode.FAILED)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from entryhub_server.app import (
        MASTER_KEY_FILE_ENV,
        TRUSTED_PROXIES_ENV,
        create_app,
        tune_gc,
    )

    if (args.certfile is None) != (args.keyfile is None):
        print("entryhub-server: give both --certfile and --keyfile", file=sys.stderr)
        return int(ExitCode.USAGE)
    if args.workers < 0:
        print("entryhub-server: --workers must be 1 or more", file=sys.stderr)
        return int(ExitCode.USAGE)
    workers = args.workers or _default_workers(settings.db_url)
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "ssl_certfile": str(args.certfile) if args.certfile else None,
        "ssl_keyfile": str(args.keyfile) if args.keyfile else None,
        # the app reads X-Forwarded-For itself, from trusted proxies only (client_address.py);
        # uvicorn's own reading would trust 127.0.0.1 and replace the peer address first
        "proxy_headers": False,
        "log_level": "info",
        "access_log": args.access_log,
    }
    if workers == 1:
        app = create_app(settings)
        tune_gc()
        uvicorn.run(app, **options)
        return int(ExitCode.OK)
    # several processes share the socket; each builds its app from the environment.
    # Migrate and make the server keys once, here, before they start.
    open_context(settings).engine.dispose()
    os.environ[DATABASE_URL_ENV] = settings.db_url
    os.environ[TRUSTED_PROXIES_ENV] = ",".join(settings.trusted_proxies)
    if settings.master_key_file is not None:  # the workers read the same key file
        os.environ[MASTER_KEY_FILE_ENV] = str(settings.master_key_file.resolve())
    uvicorn.run(
        "entryhub_server.app:create_app_from_environment",
        factory=True,
        workers=workers,
        **options,
    )
    return int(ExitCode.OK)


def _trusted_proxies(args: argparse.Namespace) -> tuple[str, ...]:
    """The checked ``--trusted-proxy`` entries; ``--proxy-headers`` alone trusts nobody, which
    would count every client as the proxy: refused, naming the fix."""
    entries = tuple(getattr(args, "trusted_proxy", None) or ())
    for entry in entries:
        try:
            parse_network(entry)
        except ValueError:
            raise ValueError(f"--trusted-proxy {entry!r} is not an address or network") from None
    if getattr(args, "proxy_headers", False) and not entries:
        raise ValueError(
            "--proxy-headers needs the proxy's address: add --trusted-proxy ADDR "
            "(X-Forwarded-For is read from those addresses only)"
        )
    return entries


def _default_workers(url: str) -> int:
    """One process per CPU on PostgreSQL (group commit in each; the database orders them);
    one on SQLite, which has a single writer anyway."""
    if make_url(url).get_backend_name() != "postgresql":
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _run(ctx: ServerContext, args: argparse.Namespace) -> int:
    if args.command == "create-network":
        print(admin.create_network(ctx, args.name))
    elif args.command == "create-hub":
        print(admin.create_hub(ctx, network=args.network, name=args.name))
    elif args.command == "enrolment-code":
        issued = admin.enrolment_code(ctx, hub=args.hub, network=args.network)
        until = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(issued.expires_at))
        print(
            f"Enrolment code for hub {issued.hub_name} (single use, until {until}): {issued.code}"
        )
    elif args.command == "readmit":
        issued = admin.readmit(ctx, args.device)
        until = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(issued.expires_at))
        print(
            f"Re-admission code for device {args.device} of hub {issued.hub_name} "
            f"(this device only, single use, until {until}): {issued.code}"
        )
    elif args.command == "devices":
        _devices(ctx, as_json=args.json)
    elif args.command == "revoke":
        changed = admin.revoke(ctx, args.device)
        print("revoked" if changed else "already revoked")
    elif args.command == "coordinator-key":
        admin.register_coordinator_key(ctx, args.device, args.key)
        print("registered: erasures of this desk are checked against it")
    elif args.command == "rotate-keys":
        _rotate(ctx, args)
    elif args.command == "import-bundle":
        result = import_bundle(ctx, args.file.read_bytes())
        args.output.write_bytes(result.answer)
        state = "already imported; nothing changed" if result.already_imported else "imported"
        acks = ", ".join(f"epoch {e}: {s}" for e, s in sorted(result.acknowledged.items()))
        print(
            f"{state}: device {result.device_id}, acknowledged {acks or 'nothing'}, "
            f"{result.rejected} rejected, {result.changes_out} changes in the answer"
        )
    return int(ExitCode.OK)


def _rotate(ctx: ServerContext, args: argparse.Namespace) -> None:
    if args.batch < 1:
        raise UsageError("--batch must be 1 or more")
    if not (args.data_key or args.all_data_keys):
        print(rotate_master(ctx, args.new_key_file))
        return
    for done in rotate_data_keys(ctx, args.data_key, every=args.all_data_keys, batch=args.batch):
        print(
            f"network {done.network_id}: data key generation {done.generation}, "
            f"{done.values} values and {done.changes} changes re-sealed, "
            f"{done.retired} older keys deleted"
        )


def _devices(ctx: ServerContext, *, as_json: bool) -> None:
    rows = admin.list_devices(ctx)
    if as_json:
        for row in rows:
            print(json.dumps(row, sort_keys=True))
        return
    for row in rows:
        state = "revoked" if row["revoked_at"] else "active"
        flag = f" audit:{row['audit_flag']}" if row["audit_flag"] else ""
        print(f"{row['id']}  {row['network_name']}/{row['hub_name']}  {state}{flag}")
