"""The shape of an evaluation case: who is stored, what the receptionist types, who else is there.

A :class:`Case` holds one stored person (the target), the query typed at the desk, and decoys:
different people placed in the same store on purpose (one letter or one name away, the reversed
name order, the same name with another birth year, Asma for Usama, Hussein for Hassan). The
runner adds a few automatic decoys to every name case as well (see ``runner.auto_decoys``).

Short-code queries are templates filled with the target's code at run time:
``{code}`` (``ABCD-EFGH``), ``{code_lower}``, ``{code_endash}`` (``ABCD–EFGH``),
``{code_lower_endash}``, ``{code_nodash}``, ``{code_nodash_lower}``, ``{code_space}``,
``{code4}`` and ``{code5}`` (the first 4 or 5 characters, as typed before the rest).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Who:
    given: str
    family: str = ""
    original: str | None = None
    year: int | None = None
    country: str | None = None
    phone: str | None = None
    gender: str = "not_stated"

    def names(self) -> list[str]:
        return [f"{self.given} {self.family}".strip(), self.original or ""]


@dataclass(frozen=True)
class Case:
    klass: str
    query: str
    target: Who
    decoys: tuple[Who, ...] = field(default=())
    # "to_latin": stored in its own script (and some Latin spelling), typed in Latin;
    # "to_script": stored in Latin, typed or pasted in the original script; "" otherwise
    direction: str = ""

    @property
    def is_code(self) -> bool:
        return "{code" in self.query

    @property
    def is_phone(self) -> bool:
        return self.klass == "phone"


def P(
    name: str,
    original: str | None = None,
    year: int | None = None,
    country: str | None = None,
    phone: str | None = None,
    gender: str = "not_stated",
) -> Who:
    """``"Given names|Family names"`` (the bar is where the record cuts the name)."""
    given, _, family = name.partition("|")
    return Who(given.strip(), family.strip(), original, year, country, phone, gender)


def cases(klass: str, rows: list[tuple[object, ...]], direction: str = "") -> list[Case]:
    """Rows of ``(query, target, *decoys)``; a ``"to_latin"`` or ``"to_script"`` among the
    decoys marks that row's direction across scripts."""
    built = []
    for query, target, *rest in rows:
        assert isinstance(query, str) and isinstance(target, Who)
        decoys = tuple(d for d in rest if isinstance(d, Who))
        marks = [d for d in rest if isinstance(d, str)]
        built.append(Case(klass, query, target, decoys, marks[0] if marks else direction))
    return built
