"""JSON Resume (https://jsonresume.org, schema v1.0.0) import and export of a profile.

Qt-free and store-free: :func:`~entryhub_desk.resume.importer.plan_import` turns a validated
document into a person and profile entries plus the list of what had no home in the profile;
:func:`~entryhub_desk.resume.exporter.export_document` does the reverse. What JSON Resume has no
key for (CEFR grids, ESCO/ISCO codes, recognition status, goals, DigComp, driving licences,
entry ids) travels in ``"x-entryhub"`` objects, so export → import loses nothing. The services
(:mod:`entryhub_desk.services.resume`) do the storing, roles and audit.
"""

from entryhub_desk.resume.exporter import export_document
from entryhub_desk.resume.importer import ImportPlan, plan_import, split_name
from entryhub_desk.resume.schema import load_document, validate_document

EXTRA_KEY = "x-entryhub"

__all__ = [
    "EXTRA_KEY",
    "ImportPlan",
    "export_document",
    "load_document",
    "plan_import",
    "split_name",
    "validate_document",
]
