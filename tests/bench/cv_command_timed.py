"""The real ``entryhub-desk`` command with its log-in timed from inside: run by ``cv_command.py``.

``python cv_command_timed.py FIGURES.json ARGS…`` runs the program's own entry point
(``entryhub_desk.__main__.main``) with ``ARGS`` and writes, to ``FIGURES.json``, how long
``Desk.unlock`` took (the whole log-in: key derivation, slot, opening the store) and, inside
it, the key derivation (``derive_ms``: ``keyslots.derive``, which includes what the ``cv``
command loads on its own thread meanwhile, ``kdf.meanwhile``, up to one step past scrypt) and
OpenSSL's scrypt alone (``scrypt_ms``: ``hashlib.scrypt``, on its helper thread), plus the
modules first imported during the log-in (so that an import moved into the log-in cannot hide
in "unlock"; the list also holds what the ``cv`` command loads ahead while scrypt runs:
reportlab, …, which is not the log-in's). Nothing of the program is changed: the three
functions are wrapped to read the clock. The process ends as the program's own does
(``cli.ending.finish``: the ``cv`` command's process skips the interpreter's tear-down), once
the figures are written.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script: the repository root, not tests/bench/, on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from entryhub_desk import __main__ as program
from entryhub_desk.security import keyslots
from entryhub_desk.services.desk import Desk

figures: dict[str, Any] = {}
_unlock = Desk.unlock
_derive = keyslots.derive
_scrypt = hashlib.scrypt


def unlock(self: Desk, name: str, password: str) -> Any:
    before = set(sys.modules)
    start, start_cpu = time.perf_counter(), time.thread_time()
    try:
        return _unlock(self, name, password)
    finally:
        figures["unlock_ms"] = (time.perf_counter() - start) * 1000
        figures["unlock_main_cpu_ms"] = (time.thread_time() - start_cpu) * 1000
        figures["imported_during_unlock"] = sorted(set(sys.modules) - before)


def derive(*args: Any, **kwargs: Any) -> Any:
    start = time.perf_counter()
    try:
        return _derive(*args, **kwargs)
    finally:
        figures["derive_ms"] = (time.perf_counter() - start) * 1000


def scrypt(*args: Any, **kwargs: Any) -> Any:
    start = time.perf_counter()
    try:
        return _scrypt(*args, **kwargs)
    finally:
        figures["scrypt_ms"] = (time.perf_counter() - start) * 1000


def main() -> int:
    target = Path(sys.argv[1])
    Desk.unlock = unlock  # type: ignore[method-assign]
    keyslots.derive = derive
    hashlib.scrypt = scrypt
    code = program.main(sys.argv[2:])
    figures["main_cpu_ms"] = time.thread_time() * 1000  # the main thread's, start to end
    target.write_text(json.dumps(figures), encoding="utf-8")
    return code


if __name__ == "__main__":
    from entryhub_desk.cli.ending import finish

    finish(main(), sys.argv[2:])
