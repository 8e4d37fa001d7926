"""A profile field's annotation, unwrapped once for the binder, the columns step and the
profile repository (they each had their own copy, and read an optional tuple differently)."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Optional, Union

from entryhub_desk.domain.profile import PartialDate
from entryhub_desk.domain.profile.fields import FieldHint, field_hints, unwrap
from entryhub_desk.store.migrations.columns import column_definition
from entryhub_desk.store.repositories.profile import _list_fields
from entryhub_desk.views.profile.binder import field_types


class Colour(Enum):
    RED = "red"


@dataclasses.dataclass(frozen=True)
class Sample:
    id: str
    names: tuple[str, ...] = ()
    tags: tuple[str, ...] | None = None
    start: PartialDate | None = None
    colour: Optional[Colour] = None  # noqa: UP045 - the old spelling reads the same
    count: int = 0
    either: Union[int, str, None] = None  # noqa: UP007


def test_unwrap_takes_none_out_and_names_a_tuples_items() -> None:
    assert unwrap(int) == FieldHint(int, None, False)
    assert unwrap(int | None) == FieldHint(int, None, True)
    assert unwrap(Optional[Colour]) == FieldHint(Colour, None, True)  # noqa: UP045
    assert unwrap(tuple[Colour, ...]) == FieldHint(tuple, Colour, False)
    assert unwrap(tuple[str, ...] | None) == FieldHint(tuple, str, True)
    several = unwrap(Union[int, str, None])  # noqa: UP007
    assert several.optional and several.item is None and several.base is not int


def test_the_three_readers_agree() -> None:
    hints = field_hints(Sample)
    assert hints is field_hints(Sample)  # read once
    tuples = {name for name, hint in hints.items() if hint.base is tuple}
    assert tuples == {"names", "tags"}
    assert _list_fields(Sample) == tuples  # an optional tuple is JSON text too
    assert {ft.name for ft in field_types(Sample) if ft.base is tuple} == tuples
    assert column_definition(Sample, "tags") == "\"tags\" TEXT NOT NULL DEFAULT '[]'"
    assert column_definition(Sample, "colour") == '"colour" TEXT'
    assert column_definition(Sample, "count") == '"count" INTEGER NOT NULL DEFAULT 0'
