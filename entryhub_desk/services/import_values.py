"""The report of a visitor import (:meth:`Reception.import_visitors`), for the views.

Made in :mod:`entryhub_desk.importing`; views import it from here, since they talk to services
only (the layer contracts in ``pyproject.toml``). Qt-free.
"""

from entryhub_desk.importing.visitors import ImportReport, RowProblem

__all__ = ["ImportReport", "RowProblem"]
