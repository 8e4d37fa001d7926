"""The committed lookup files are exactly what build/build_taxonomy.py makes from shared/."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from entryhub_desk import resources
from tests.shared_files import shared

ROOT = Path(__file__).resolve().parents[2]


def test_committed_files_match_a_fresh_build(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_taxonomy", ROOT / "build" / "build_taxonomy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = shared("data", "esco")
    assert module.main(["--source", str(source), "--out", str(tmp_path)]) == 0
    for name in ("occupations.json.gz", "skills.json.gz", "isco_groups.json.gz"):
        built = (tmp_path / name).read_bytes()
        assert built == resources.resource("taxonomy", name).read_bytes(), (
            f"run make taxonomy: {name}"
        )


def test_attribution_and_licence_are_bundled() -> None:
    from entryhub_desk.taxonomy.esco import attribution

    assert "ESCO" in attribution() and "European Union" in attribution()
    assert resources.resource("taxonomy", "LICENCE-ESCO.md").exists()
    assert resources.resource("jsonresume", "LICENSE.md").exists()
