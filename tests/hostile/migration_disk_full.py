"""The schema 8 → 9 upgrade of a larger store on a full disk, at many amounts of free room
(slow; not collected by pytest). Prints, per amount: the outcome of the log-in, the schema and
leftovers after a refusal, and the check after room was made.

    python tests/hostile/migration_disk_full.py [--persons 3000] [--disk-mib 96]

Needs root (mounts a tmpfs), as ``tests/services/diskfull.py`` does. Exit 1 on any problem.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository root on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.hostile.index_check import store_problems
from tests.hostile.old_schema import add_persons, downgrade_to_8
from tests.hostile.test_migration_disk_full import _config, leftovers, schema_of
from tests.services.diskfull import PAGE, SmallDisk, _mount, _unmount
from tests.services.helpers import set_up_desk


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=3000)
    parser.add_argument("--disk-mib", type=int, default=96)
    args = parser.parse_args(argv)
    bad = 0
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        desk, _ = set_up_desk(_config(root / "template"))
        session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
        add_persons(session, args.persons)
        downgrade_to_8(session.opened.conn)
        session.opened.conn.execute("VACUUM")
        session.close()
        template = root / "template" / "data"
        size = (template / "desk.db").stat().st_size
        print(f"schema-8 store of {args.persons} persons: {size / 2**20:.1f} MiB")
        mounted = _mount(root / "disk", args.disk_mib << 20)
        if mounted.returncode:
            print(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
            return 1
        disk = SmallDisk(root / "disk")
        try:
            step = max(PAGE, (size // 12) // PAGE * PAGE)
            for room in [0, PAGE, 64 * PAGE, *range(step, 3 * size, step)]:
                if (disk.root / "data").exists():
                    shutil.rmtree(disk.root / "data")
                shutil.copytree(template, disk.root / "data")
                config = _config(disk.root)
                disk.fill(room)
                start = time.perf_counter()
                problems: list[str] = []
                try:
                    Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD).close()
                    outcome = "migrated"
                except DeskError as error:
                    outcome = error.code
                    if error.code != "store.disk_full":
                        problems.append(f"code {error.code}")
                    left = leftovers(config)
                    if left:
                        problems.append(f"left {left}")
                    if schema_of(config) != 8:
                        problems.append("not schema 8")
                spent = time.perf_counter() - start
                disk.release()
                session = Desk(config).unlock(COORDINATOR, COORDINATOR_PASSWORD)
                problems += store_problems(session.opened.conn)[:3]
                session.close()
                copies = len(list(config.backups_dir.glob("desk-schema8*")))
                if copies != 1:
                    problems.append(f"{copies} safety copies")
                bad += bool(problems)
                print(
                    f"room {room / 2**20:6.2f} MiB: {outcome:16} in {spent:5.2f} s; after room "
                    f"was made: {'; '.join(problems) or 'migrated, whole, index = rebuild'}",
                    flush=True,
                )
        finally:
            disk.release()
            _unmount(disk.root)
    print(f"{bad} amount(s) of room with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
