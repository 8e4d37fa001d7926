"""The file dialogs: the chosen path comes back (with ".pdf" added), cancel gives None."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from entryhub_desk.views.cv import file_dialogs


def test_save_path_gets_the_pdf_suffix(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers = iter([(str(tmp_path / "cv"), ""), (str(tmp_path / "cv.PDF"), ""), ("", "")])
    asked: list[str] = []

    def fake(_parent: QWidget, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(f"{title}|{suggested}")
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert file_dialogs.ask_save_path(parent, "cv-AB12-CD34-sv.pdf") == tmp_path / "cv.pdf"
    assert file_dialogs.ask_save_path(parent, "x.pdf") == tmp_path / "cv.PDF"
    assert file_dialogs.ask_save_path(parent, "x.pdf") is None
    assert asked[0] == "Save CV as PDF|cv-AB12-CD34-sv.pdf"


def test_photo_and_folder(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(tmp_path / "me.jpg"), "")
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: "")
    assert file_dialogs.ask_photo_path(parent) == tmp_path / "me.jpg"
    assert file_dialogs.ask_folder(parent) is None
