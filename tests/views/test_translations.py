"""The translation files are complete, up to date with the sources, and load."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTranslator

from entryhub_desk import resources

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def _tool(name: str) -> str:
    path = BIN / name
    # PySide6-Essentials ships the tool: a missing one is a broken install, not a reason to skip.
    assert path.exists(), f"{name} is not installed next to the interpreter"
    return str(path)


def _uic() -> list[str]:
    """The command ``pyside6-uic`` runs: Qt's uic binary generating Python. Called directly,
    since the ``pyside6-uic`` wrapper starts a Python interpreter for every form (about a
    second each on a busy machine, against a few milliseconds for uic itself)."""
    _tool("pyside6-uic")  # the installed wrapper is what 'make forms' runs
    uic = Path(PySide6.__file__).resolve().parent / "Qt" / "libexec" / "uic"
    if not uic.exists():  # the layout of PySide6's wheels changed: go through the wrapper
        return [_tool("pyside6-uic")]
    return [str(uic), "-g", "python"]


def test_every_swedish_text_is_translated() -> None:
    problems = []
    for (context, source), message in _messages(TRANSLATIONS / "entryhub_sv.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} has no translation")
        elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation.text or "")):
            problems.append(f"{context}: {source!r} has other {{placeholders}}")
        elif source.count("&") != (translation.text or "").count("&"):
            problems.append(f"{context}: {source!r} has a different number of mnemonics")
    assert not problems, "\n".join(problems)


def test_committed_translations_cover_the_current_sources(tmp_path: Path) -> None:
    """Run lupdate over today's sources: every text must already be in the committed .ts."""
    sources = sorted(
        str(p)
        for p in (ROOT / "entryhub_desk" / "views").rglob("*.py")
        if "forms" not in p.relative_to(ROOT / "entryhub_desk" / "views").parts
    )
    sources += [str(ROOT / "entryhub_desk" / "app.py")]
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
    )
    committed = _messages(TRANSLATIONS / "entryhub_sv.ts")
    missing = sorted(set(_messages(fresh)) - set(committed))
    assert not missing, f"run 'make translations' and translate: {missing}"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_compiled_translations_load(language: str) -> None:
    translator = QTranslator()
    assert translator.load(f"entryhub_{language}", str(resources.translations_dir()))


def test_swedish_file_translates() -> None:
    translator = QTranslator()
    assert translator.load("entryhub_sv", str(resources.translations_dir()))
    assert translator.translate("LoginWindow", "&Log in") == "Logga &in"


def test_compiled_forms_are_up_to_date(tmp_path: Path) -> None:
    """ui_*.py must be what pyside6-uic makes of ui/*.ui today ('make forms')."""
    uic = _uic()
    stale = []
    for form in sorted((ROOT / "ui").glob("*.ui")):
        compiled = ROOT / "entryhub_desk" / "views" / "forms" / f"ui_{form.stem}.py"
        out = tmp_path / compiled.name
        subprocess.run([*uic, str(form), "-o", str(out)], check=True, capture_output=True)
        if not compiled.exists() or _body(compiled) != _body(out):
            stale.append(compiled.name)
    assert not stale, f"run 'make forms': {stale}"


def _body(path: Path) -> str:
    # The header names the uic version; compare what it generated, not who generated it.
    return "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("##")
    )


def test_no_hard_coded_left_or_right_alignment() -> None:
    """Layouts mirror under right-to-left only with leading/trailing alignment."""
    offenders = []
    views = ROOT / "entryhub_desk" / "views"
    for path in [*ROOT.joinpath("ui").glob("*.ui"), *views.rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        if re.search(r"Align(Left|Right)\b", text):
            offenders.append(path.name)
    assert not offenders
