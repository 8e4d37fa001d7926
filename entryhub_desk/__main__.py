"""``entryhub-desk``: without a command the GUI starts; with one, the admin command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from entryhub_desk.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
