"""The coverage ratchet of ``make test``: coverage of the core packages may rise, never drop.

``make pytest`` runs the core packages' tests under coverage (pytest-cov, across the xdist
workers; ``[tool.coverage.run]`` in ``pyproject.toml``: line coverage of
``entryhub_desk/{domain,store,security,sync,search}`` only), then this script compares each
package's figure with ``tests/coverage_floor.json``::

    python tests/coverage_ratchet.py           # exit 1 when a package fell below its floor
    python tests/coverage_ratchet.py --raise   # today's figures as floors (make coverage-floor)

A floor is today's figure rounded down to 0.1 %, so a line that only a thread's timing reaches
does not fail the build; ``--raise`` never lowers a floor (lowering one is a reviewed edit of
the JSON file). Every ``.py`` file of a package counts, also one no test imports.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
FLOOR: Final = ROOT / "tests" / "coverage_floor.json"
DATA: Final = ROOT / ".coverage"
PACKAGES: Final = ("domain", "store", "security", "sync", "search", "wire")
# Where each package's files are: the desk's packages, and the wire package the desk and the
# server share (the sync code it took from entryhub_desk/sync keeps being measured there).
FOLDERS: Final = {
    **{p: ROOT / "entryhub_desk" / p for p in PACKAGES[:-1]},
    "wire": ROOT / "wire" / "entryhub_wire",
}


def measure(data_file: Path = DATA) -> dict[str, float]:
    """Per package: statements run / statements, in percent (every file of the package)."""
    import coverage  # only where the ratchet runs

    if not data_file.exists():
        raise SystemExit(f"no coverage data at {data_file}: run `make pytest` first")
    cov = coverage.Coverage(data_file=str(data_file), config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    figures = {}
    for package in PACKAGES:
        statements = missing = 0
        for path in sorted(FOLDERS[package].rglob("*.py")):
            _, lines, _, not_run, _ = cov.analysis2(str(path))
            statements += len(lines)
            missing += len(not_run)
        figures[package] = 100.0 * (statements - missing) / statements if statements else 100.0
    return figures


def floor_of(figure: float) -> float:
    """The floor a figure sets: rounded down to 0.1 %."""
    return math.floor(figure * 10 + 1e-9) / 10


def shortfalls(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One line per package below its floor (a package without a floor has none yet)."""
    return [
        f"{package}: {figures[package]:.2f} % < floor {floors[package]:.1f} %"
        for package in PACKAGES
        if package in floors and figures[package] < floors[package]
    ]


def raised(figures: dict[str, float], floors: dict[str, float]) -> dict[str, float]:
    """The floors after ``--raise``: today's figure where it is higher, never lower."""
    return {p: max(floors.get(p, 0.0), floor_of(figures[p])) for p in PACKAGES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raise", dest="raise_floor", action="store_true")
    args = parser.parse_args(argv)
    figures = measure()
    floors: dict[str, float] = (
        json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.exists() else {}
    )
    for package in PACKAGES:
        floor = floors.get(package)
        shown = "no floor" if floor is None else f"floor {floor:.1f} %"
        print(f"coverage {package:<9} {figures[package]:6.2f} %  ({shown})")
    if args.raise_floor:
        new = raised(figures, floors)
        FLOOR.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {FLOOR.relative_to(ROOT)}: {new}")
        return 0
    below = shortfalls(figures, floors)
    for line in below:
        print(f"coverage dropped: {line}", file=sys.stderr)
    if below:
        print(
            "add tests for what you changed (the floor only rises: make coverage-floor)",
            file=sys.stderr,
        )
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
