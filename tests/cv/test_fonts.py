"""The bundled fonts: registered once, and a clear error when one is missing or broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.cv import fonts
from entryhub_desk.errors import DeskError


def test_every_glyph_has_a_code_in_glyph_order() -> None:
    arabic = fonts.get(fonts.ARABIC)
    assert len(arabic.glyph_char) == arabic.hb_font.face.glyph_count
    private = sorted(c for c in arabic.glyph_char.values() if 0xE000 <= c <= 0xF8FF)
    by_glyph = [arabic.glyph_char[g] for g in sorted(arabic.glyph_char)]
    assert [c for c in by_glyph if 0xE000 <= c <= 0xF8FF] == private  # handed out in order


def test_a_missing_font_file_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def missing(*parts: str) -> Path:
        raise FileNotFoundError(str(tmp_path.joinpath(*parts)))

    monkeypatch.setattr(fonts, "resource", missing)
    monkeypatch.setattr(fonts, "_fonts", {})
    with pytest.raises(DeskError) as error:
        fonts.register_all()
    assert error.value.code == "cv.fonts_missing"
    assert error.value.params["name"] == "NotoSans-Regular.ttf"


def test_a_broken_font_file_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "NotoSans-Regular.ttf"
    broken.write_bytes(b"not a font at all" * 100)
    monkeypatch.setattr(fonts, "resource", lambda *parts: broken)
    monkeypatch.setattr(fonts, "_fonts", {})
    with pytest.raises(DeskError) as error:
        fonts.register_all()
    assert error.value.code == "cv.fonts_missing"
