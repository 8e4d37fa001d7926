"""Spreadsheet import of visitors (``.xlsx`` and ``.csv``). Qt-free."""

from entryhub_desk.importing.visitors import ImportReport, RowProblem

__all__ = ["ImportReport", "RowProblem"]
