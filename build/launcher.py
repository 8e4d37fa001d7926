"""Entry script of the frozen app: PyInstaller runs this file as ``__main__``."""

import sys

from entryhub_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
