"""``init`` never sets up an empty store over earlier copies; the missing store's message then
points to ``restore``."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import coordinator_env, run_cli
from tests.conftest import COORDINATOR


def test_init_refuses_over_a_replaced_store_and_check_points_to_restore(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "store"
    env = coordinator_env(cli_env)  # the name and password a log-in reads
    kept = data_dir / "backups" / "replaced-20260101-000000"
    kept.mkdir(parents=True)
    (kept / "desk.db").write_bytes(b"an earlier store")
    for command in (("init", "--hub-name", "Hub", "--coordinator", COORDINATOR), ("check",)):
        done = run_cli(env, data_dir, *command)
        assert done.returncode == 4, done.stderr
        assert "entryhub-desk restore" in done.stderr
        assert "entryhub-desk init" not in done.stderr
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(".lock")) == ["backups"]
    assert (kept / "desk.db").read_bytes() == b"an earlier store"


def test_init_in_an_empty_folder_still_works_and_missing_says_init(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "store"
    env = coordinator_env(cli_env)  # the name and password a log-in reads
    missing = run_cli(env, data_dir, "check")
    assert missing.returncode == 4
    assert "entryhub-desk init" in missing.stderr
    done = run_cli(env, data_dir, "init", "--hub-name", "Hub", "--coordinator", COORDINATOR)
    assert done.returncode == 0, done.stderr
