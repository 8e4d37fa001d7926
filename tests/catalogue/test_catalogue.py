"""The label catalogue: every source string has its Swedish, nothing is left over, and the GUI,
the CV and the binder read the same texts."""

from __future__ import annotations

import ast
import dataclasses
import enum
import subprocess
import sys
import typing
from pathlib import Path

from entryhub_desk import catalogue
from entryhub_desk.catalogue.source import TABLES
from entryhub_desk.catalogue.sv import SWEDISH
from entryhub_desk.domain.profile import ENTRY_TYPES
from entryhub_desk.domain.profile.goals import WorkPermit
from entryhub_desk.taxonomy import cefr, digcomp, isced

SOURCE = Path(catalogue.__file__).with_name("source.py")


def _marked_strings() -> list[str]:
    """Every string literal wrapped in N_() in the source module (as an extractor reads it)."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    return [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and isinstance(node.args[0], ast.Constant)
    ]


def test_every_source_string_is_marked_and_has_swedish() -> None:
    marked = _marked_strings()
    in_tables = [text for table in TABLES.values() for text in table.values()]
    assert sorted(marked) == sorted(in_tables)  # no unmarked text, no marker outside a table
    missing = [
        (table, source)
        for table, texts in TABLES.items()
        for source in texts.values()
        if not SWEDISH.get(table, {}).get(source, "").strip()
    ]
    assert missing == []


def test_no_swedish_is_left_over() -> None:
    sources = {(table, text) for table, texts in TABLES.items() for text in texts.values()}
    extra = [
        (table, source)
        for table, texts in SWEDISH.items()
        for source in texts
        if (table, source) not in sources
    ]
    assert extra == []


def test_texts_per_language() -> None:
    assert catalogue.text("work_permit", WorkPermit.APPLIED, "en") == (
        "has applied for a work permit"
    )
    assert catalogue.text("work_permit", "applied", "sv") == "har ansökt om arbetstillstånd"
    assert catalogue.text("work_permit", "applied", "fa") == "has applied for a work permit"
    assert catalogue.text("work_permit", "unheard_of", "sv") == "unheard_of"
    assert catalogue.lookup("work_permit_cv", "no_permit", "en") is None
    assert [code for code, _ in catalogue.choices("work_permit", "en")] == [
        p.value for p in WorkPermit
    ]


def test_isced_and_digcomp_come_from_the_taxonomy() -> None:
    assert not {"isced", "digcomp_area", "digital_level", "cefr_skill"} & set(TABLES)
    for lang in catalogue.LANGUAGES:
        assert (
            catalogue.text("cefr_skill", "reading", lang) == cefr.part_label("reading", lang).text
        )
        assert catalogue.text("isced", 6, lang) == isced.isced_label(6, lang).text
        assert catalogue.choices("digcomp_area", lang) == [
            (code, label.text) for code, label in digcomp.area_choices(lang)
        ]
        assert catalogue.choices("digital_level", lang) == [
            (code, label.text) for code, label in digcomp.level_choices(lang)
        ]


def test_every_label_key_of_the_domain_names_a_table_of_its_enum() -> None:
    keys = 0
    for entry_type in ENTRY_TYPES.values():
        hints = typing.get_type_hints(entry_type)
        for f in dataclasses.fields(entry_type):
            table = f.metadata.get("labels")
            if table is None:
                continue
            keys += 1
            kind = next(a for a in (hints[f.name], *typing.get_args(hints[f.name])) if _enum(a))
            assert list(catalogue.codes(table)) == [c.value for c in kind], (table, kind)
    assert keys >= 9  # status, bridging, work type, skill level, evidence, area, level, ...


def _enum(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def test_the_catalogue_imports_no_qt() -> None:
    code = (
        "import sys, entryhub_desk.catalogue as c; c.text('isced', 3, 'sv');"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_taxonomy_labels_are_built_once() -> None:
    """Two lookups in a table whose labels live in the taxonomy build its table once (it was
    built again at each lookup); the other tables do not build it at all."""
    import entryhub_desk.catalogue as catalogue

    assert catalogue._taxonomy("isced") is catalogue._taxonomy("isced")
    assert catalogue.lookup("isced", 3, "sv") == catalogue.lookup("isced", "3", "sv")
    assert catalogue._taxonomy("work_permit") is None
