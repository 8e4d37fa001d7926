from __future__ import annotations

import sys
from pathlib import Path

import pytest

from entryhub_desk.config import TEST_CLOCK, TEST_SCRYPT_N, DeskConfig
from entryhub_desk.errors import DeskError, ExitCode


def test_test_settings_are_read_from_source(tmp_path: Path) -> None:
    clock_file = tmp_path / "clock"
    clock_file.write_text("1234.5")
    config = DeskConfig.from_environment(
        tmp_path, {TEST_SCRYPT_N: "16", TEST_CLOCK: str(clock_file)}
    )
    assert config.scrypt_n == 16
    assert config.clock() == 1234.5
    assert config.db_path == tmp_path / "desk.db"


@pytest.mark.parametrize("name", [TEST_SCRYPT_N, TEST_CLOCK])
def test_frozen_app_refuses_test_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(DeskError) as caught:
        DeskConfig.from_environment(tmp_path, {name: "16"})
    assert caught.value.code == "config.test_setting_refused"
    assert caught.value.exit_code == ExitCode.USAGE


@pytest.mark.parametrize("value", ["abc", "15", "1", "-4"])
def test_bad_scrypt_override_is_refused(tmp_path: Path, value: str) -> None:
    with pytest.raises(DeskError) as caught:
        DeskConfig.from_environment(tmp_path, {TEST_SCRYPT_N: value})
    assert caught.value.code == "config.bad_setting"


def test_default_is_calibrated_cost_and_real_clock(tmp_path: Path) -> None:
    config = DeskConfig.from_environment(tmp_path, {})
    assert config.scrypt_n is None
    assert config.clock() > 1_700_000_000
