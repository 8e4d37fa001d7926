"""Every evaluation case, and the classes in report order."""

from __future__ import annotations

from tests.search.eval import (
    cases_compounds,
    cases_numbers,
    cases_scripts,
    cases_slavic,
    cases_words,
)
from tests.search.eval.model import Case

ALL: list[Case] = [
    *cases_words.ALL,
    *cases_compounds.ALL,
    *cases_scripts.ALL,
    *cases_slavic.ALL,
    *cases_numbers.ALL,
]

CLASSES: list[str] = list(dict.fromkeys(case.klass for case in ALL))
