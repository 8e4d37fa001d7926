"""The one lookup for bundled files, from the source tree and from the frozen bundle.

PyInstaller unpacks data next to the executable under ``sys._MEIPASS``; from source the
top-level ``ui/``, ``resources/`` and ``translations/`` folders sit beside the package.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def ui_file(name: str) -> Path:
    return _existing(root() / "ui" / name)


def resource(*parts: str) -> Path:
    return _existing(root().joinpath("resources", *parts))


def translations_dir() -> Path:
    return root() / "translations"


def _existing(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"bundled file missing: {path}")
    return path
