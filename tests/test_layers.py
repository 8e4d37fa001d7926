"""The layer rules that `lint-imports` cannot see by itself (the contracts are in
``pyproject.toml``, ``[tool.importlinter]``; ``make lint`` runs them).

- SQL only in ``store/``: no module of the desk outside ``store/`` calls ``.execute(``,
  ``.executemany(`` or ``.executescript(``, nor imports a database driver (``sqlite3`` is in
  no import graph while nobody imports it, so the ``protected`` contract cannot name it).
- Every package of the desk is placed by the contracts: a new one must be added to the
  Qt-free contract, or said to be Qt code, and the views contract must allow or forbid it
  (an unlisted package would silently be open to the views).
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
DESK: Final = ROOT / "entryhub_desk"
CALLS: Final = frozenset({"execute", "executemany", "executescript"})
DRIVERS: Final = frozenset({"sqlite3", "sqlcipher3", "sqlite_utils"})

# Folders or files (relative to entryhub_desk/) that still talk to the database outside
# store/, each with why. An entry that matches nothing fails the test: delete it then.
SQL_ALLOWED: Final[dict[str, str]] = {}

# What views may import besides services and themselves (the views contract forbids the
# rest): Qt-free leaves that hold no state and reach no store.
VIEWS_MAY_IMPORT: Final = frozenset(
    {
        "domain",
        "errors",
        "ids",
        "config",
        "resources",
        "taxonomy",
        "catalogue",
        "services",
        "views",
    }
)
# The Qt code: the screens, the application object, the entry points that start them.
QT_CODE: Final = frozenset({"views", "app", "cli", "__main__"})


def _outside_store() -> list[Path]:
    return sorted(p for p in DESK.rglob("*.py") if "store" not in p.relative_to(DESK).parts[:1])


def _allowed(relative: str) -> bool:
    return any(relative.startswith(prefix) for prefix in SQL_ALLOWED)


def _database_use(path: Path) -> list[str]:
    """``line: what`` for each call of an execute method and each driver import."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in CALLS
        ):
            found.append((node.lineno, f".{node.func.attr}("))
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, f"import {a.name}")
                for a in node.names
                if a.name.split(".")[0] in DRIVERS
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in DRIVERS:
            found.append((node.lineno, f"from {node.module} import"))
    return [f"{line}: {what}" for line, what in sorted(found)]


def test_sql_runs_only_in_store() -> None:
    offending = {}
    used_allowances = set()
    for path in _outside_store():
        relative = path.relative_to(DESK).as_posix()
        found = _database_use(path)
        if found and _allowed(relative):
            used_allowances |= {p for p in SQL_ALLOWED if relative.startswith(p)}
        elif found:
            offending[relative] = found
    assert not offending, (
        f"SQL outside entryhub_desk/store/ (move it into a store module): {offending}"
    )
    stale = set(SQL_ALLOWED) - used_allowances
    assert not stale, f"allow-list entries that match nothing any more, delete them: {stale}"


def test_the_check_sees_sql(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\nfrom sqlcipher3 import dbapi2\n"
        "def f(conn):\n    conn.execute('SELECT 1')\n    conn.executemany('x', [])\n",
        encoding="utf-8",
    )
    assert _database_use(sample) == [
        "1: import sqlite3",
        "2: from sqlcipher3 import",
        "4: .execute(",
        "5: .executemany(",
    ]


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def _contract(name_start: str) -> dict[str, object]:
    (found,) = [c for c in _contracts() if str(c["name"]).startswith(name_start)]
    return found


def _packages() -> set[str]:
    """The desk's top-level packages and modules (``__init__`` is the root package)."""
    names = {p.stem for p in DESK.glob("*.py") if p.stem != "__init__"}
    names |= {p.name for p in DESK.iterdir() if (p / "__init__.py").exists()}
    return names


def _tails(modules: object) -> set[str]:
    assert isinstance(modules, list)
    return {m.removeprefix("entryhub_desk.") for m in modules if m.startswith("entryhub_desk.")}


def test_every_package_is_placed_by_the_contracts() -> None:
    packages = _packages()
    qt_free = _tails(_contract("Qt-free packages").get("source_modules"))
    unplaced = packages - qt_free - QT_CODE
    assert not unplaced, f"add these to the Qt-free contract (or to QT_CODE here): {unplaced}"
    views_forbidden = _tails(_contract("Views talk to services").get("forbidden_modules"))
    open_to_views = packages - views_forbidden - VIEWS_MAY_IMPORT
    assert not open_to_views, (
        f"the views contract neither allows nor forbids {open_to_views}: forbid them in "
        "pyproject.toml, or allow them in VIEWS_MAY_IMPORT with a reason"
    )
    both = views_forbidden & VIEWS_MAY_IMPORT
    assert not both, f"both allowed to and forbidden for the views: {both}"
