"""Qt screens. Each screen is one Designer form (``ui/*.ui``, compiled into ``forms/``) plus one
small view module that talks to :mod:`entryhub_desk.services`. Nothing here writes SQL."""
