"""``entryhub-server [--db URL] COMMAND`` (see ``cli.py``)."""

from __future__ import annotations

import sys

from entryhub_server.cli import main

if __name__ == "__main__":
    sys.exit(main())
