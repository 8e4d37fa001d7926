"""Names a package re-exports, imported from their own module on first use (PEP 562).

A package's ``__init__`` lists where each name lives and sets
``__getattr__ = reexports(__name__, homes)``: importing one module of the package then does not
import every other one with it, which keeps the ``cv`` command's start-up short
(``tests/cli/test_cli_imports.py`` keeps it so). Type checkers read the names from the
``__init__``'s ``TYPE_CHECKING`` imports.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def reexports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``homes`` maps each re-exported name to the
    submodule that defines it; a name, once loaded, is kept in the package's namespace."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
