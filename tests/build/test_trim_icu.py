"""build/trim_icu.py: the frozen desk's smaller ICU data library gives Qt the same answers.

Qt in a child process, once with PySide6's own libicudata and once with the trimmed one
(LD_LIBRARY_PATH comes before the Qt libraries' RUNPATH): collation (Swedish, English, a
language left out, numeric), time-zone names and ids, locale case mapping.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import PySide6

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("sv", "en", "ar", "fa", "so", "ti", "es")  # as build/entryhub-desk.spec
ICU_DATA = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"

QT_ANSWERS = """
import functools, json
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["ö", "z", "å", "ä", "a", "Ångström", "angle", "é", "e", "ñ", "n", "ح", "ب"]
out = {}
for name in ("sv_SE", "en_US", "es_ES", "ar_EG", "de_DE", "fi_FI"):
    collator = QCollator(QLocale(name))
    out[name] = sorted(words, key=functools.cmp_to_key(collator.compare))
numeric = QCollator(QLocale("sv_SE"))
numeric.setNumericMode(True)
out["numeric"] = sorted(["file10", "file9", "file1"], key=functools.cmp_to_key(numeric.compare))
zone = QTimeZone(b"Europe/Stockholm")
for name in ("sv_SE", "en_GB", "ar_EG"):
    out["zone " + name] = zone.displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name)
    )
out["zones"] = len(QTimeZone.availableTimeZoneIds())
out["upper"] = [QLocale("tr_TR").toUpper("i"), QLocale("sv_SE").toUpper("straße")]
print(json.dumps(out, ensure_ascii=False))
"""


def _trim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "build" / "trim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_answers(library_dir: Path | None) -> dict[str, Any]:
    env = dict(os.environ)
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)
    answers: dict[str, Any] = json.loads(
        subprocess.run(
            [sys.executable, "-c", QT_ANSWERS], env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    return answers


def test_qt_answers_the_same_with_the_trimmed_icu_data(tmp_path: Path) -> None:
    trimmed = _trim_icu().trimmed_library(ICU_DATA, tmp_path, LANGS)
    assert trimmed is not None
    assert trimmed.stat().st_size < ICU_DATA.stat().st_size // 5
    full, small = _qt_answers(None), _qt_answers(tmp_path)
    assert full["sv_SE"][:11] == ["a", "angle", "e", "é", "n", "ñ", "z", "å", "Ångström", "ä", "ö"]
    # a language the desk does not speak (Finnish sorts å ä ö after z) falls back to the root
    # order, as German always does
    assert full["fi_FI"] != full["de_DE"]
    assert small["fi_FI"] == full["de_DE"] == full["en_US"]
    assert {k: v for k, v in small.items() if k != "fi_FI"} == {
        k: v for k, v in full.items() if k != "fi_FI"
    }


def test_the_filter_keeps_the_desk_languages_and_the_root_only() -> None:
    keep = _trim_icu().keep_item
    assert keep("icudt73l/coll/sv.res", LANGS)
    assert keep("icudt73l/coll/root.res", LANGS)
    assert keep("icudt73l/coll/ucadata.icu", LANGS)
    assert keep("icudt73l/zone/en_GB.res", LANGS)
    assert keep("icudt73l/zoneinfo64.res", LANGS)
    assert keep("icudt73l/res_index.res", LANGS)
    assert not keep("icudt73l/coll/de.res", LANGS)
    assert not keep("icudt73l/brkitr/cjdict.dict", LANGS)
    assert not keep("icudt73l/ibm-1390_P110-2003.cnv", LANGS)
    assert not keep("icudt73l/lang/sv.res", LANGS)
