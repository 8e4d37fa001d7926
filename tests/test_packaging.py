"""The three distributions stay apart: the desk (pyproject.toml), the server (server/) and the
wire format both share (wire/).

Read from the pyproject files and the installed packages' metadata (no network): each
distribution's own imports are met by what it declares (directly or through its
dependencies), and neither side pulls in the other's libraries.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PROJECTS = {
    "entryhub-desk": (ROOT / "pyproject.toml", ROOT / "entryhub_desk"),
    "entryhub-server": (ROOT / "server" / "pyproject.toml", ROOT / "server" / "entryhub_server"),
    "entryhub-wire": (ROOT / "wire" / "pyproject.toml", ROOT / "wire" / "entryhub_wire"),
}
SERVER_ONLY = {"fastapi", "starlette", "uvicorn", "httptools", "uvloop", "sqlalchemy", "alembic"}
SERVER_ONLY |= {"psycopg", "psycopg-binary", "pydantic", "entryhub-server"}
DESK_ONLY = {"pyside6-essentials", "pyside6", "shiboken6", "sqlcipher3", "sqlite-utils"}
DESK_ONLY |= {"reportlab", "rl-accel", "uharfbuzz", "python-bidi", "pypdfium2", "openpyxl"}
DESK_ONLY |= {"rapidfuzz", "babel", "pycountry", "phonenumbers", "entryhub-desk"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _project(name: str) -> dict[str, object]:
    with PROJECTS[name][0].open("rb") as file:
        project: dict[str, object] = tomllib.load(file)["project"]
    return project


def _requirements(name: str) -> list[Requirement]:
    dependencies = _project(name)["dependencies"]
    assert isinstance(dependencies, list)
    return [Requirement(text) for text in dependencies]


@cache
def _installed_requirements(name: str) -> tuple[Requirement, ...]:
    try:
        return tuple(Requirement(text) for text in metadata.requires(name) or ())
    except metadata.PackageNotFoundError:
        return ()


def _closure(name: str) -> set[str]:
    """The distributions ``name`` pulls in (its pyproject file, then installed metadata)."""
    seen: set[str] = set()
    todo = [(requirement, frozenset(requirement.extras)) for requirement in _requirements(name)]
    while todo:
        requirement, extras = todo.pop()
        key = _norm(requirement.name)
        if requirement.marker is not None and not any(
            requirement.marker.evaluate({"extra": extra}) for extra in {"", *extras}
        ):
            continue
        if key in seen and not requirement.extras:
            continue
        seen.add(key)
        for nested in _installed_requirements(key):
            todo.append((nested, frozenset(requirement.extras)))
    return seen


def _imported_modules(package: Path) -> set[str]:
    """Top-level modules the package's code imports, other than its own and the stdlib's."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {package.name}


def _unmet_imports(name: str) -> set[str]:
    providers = metadata.packages_distributions()
    closure = _closure(name)
    own = {"entryhub_wire"} if "entryhub-wire" in closure else set()
    return {
        module
        for module in _imported_modules(PROJECTS[name][1]) - own
        if not {_norm(dist) for dist in providers.get(module, [])} & closure
    }


def test_each_distribution_packages_only_its_own_code() -> None:
    for name, (pyproject, package) in PROJECTS.items():
        with pyproject.open("rb") as file:
            find = tomllib.load(file)["tool"]["setuptools"]["packages"]["find"]
        assert find["include"] == [f"{package.name}*"], name


def test_the_wire_needs_only_cryptography() -> None:
    assert [_norm(r.name) for r in _requirements("entryhub-wire")] == ["cryptography"]
    assert _unmet_imports("entryhub-wire") == set()


def test_the_server_pulls_in_none_of_the_desk_libraries() -> None:
    closure = _closure("entryhub-server")
    assert "entryhub-wire" in closure
    assert {"fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg"} <= closure
    assert closure & DESK_ONLY == set()
    assert _unmet_imports("entryhub-server") == set()


def test_the_desk_pulls_in_none_of_the_server_libraries() -> None:
    closure = _closure("entryhub-desk")
    assert "entryhub-wire" in closure
    assert {"pyside6-essentials", "sqlcipher3", "reportlab"} <= closure
    assert closure & SERVER_ONLY == set()
    assert _unmet_imports("entryhub-desk") == set()


def test_only_the_server_has_the_server_command() -> None:
    assert _project("entryhub-server")["scripts"] == {
        "entryhub-server": "entryhub_server.__main__:main"
    }
    assert _project("entryhub-desk")["scripts"] == {"entryhub-desk": "entryhub_desk.__main__:main"}
