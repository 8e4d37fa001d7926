"""Test-side launcher: a correction or a visitor import in a process of its own, ended at a
chosen file operation or writing SQL statement (as abruptly as ``kill -9``).

    python tests/hostile/kill_process.py SCENARIO DATA_DIR KILL_AT ARG

``KILL_AT`` N > 0 ends the process with ``os._exit(137)`` just before the N-th operation
(:func:`tests.services.store_process.file_operations`: every call that changes a file and
every writing SQL statement of the session); 0 runs to the end and prints every operation's
name, one a line (the last, ``done``, the end of the operation, before logging out).

``edit CODE``    correct the person's given name, family name, phone and birth year
                 (:data:`EDIT`), as ``edit-person`` does;
``import FILE``  import the visitor file (as ``import-visitors``).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository root on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from entryhub_desk.services import Desk
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.services.visitors import VisitorsService
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services.store_process import Steps, config, file_operations

#: The correction the ``edit`` scenario makes.
EDIT = {
    "given_name": "Fadumo",
    "family_name": "Cali Warsame",
    "phone": "+46 70 999 88 77",
    "birth_year": 1991,
}


def main(argv: list[str]) -> int:
    scenario, data_dir, kill_at, argument = argv[0], Path(argv[1]), int(argv[2]), argv[3]
    steps = Steps(kill_at)
    session = Desk(config(data_dir)).unlock(COORDINATOR, COORDINATOR_PASSWORD)
    with file_operations(steps, session):
        if scenario == "edit":
            details = PersonDetails(session)
            details.correct(details.resolve(argument).id, **EDIT)  # type: ignore[arg-type]
        elif scenario == "import":
            VisitorsService(session).import_visitors(Path(argument))
        else:
            raise SystemExit(f"unknown scenario {scenario}")
    steps("done")  # killed here: after the whole operation, before logging out
    session.close()
    if kill_at == 0:
        for name in steps.seen:
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
