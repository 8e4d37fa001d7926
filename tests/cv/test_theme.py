"""The templates are data: importing one loads no renderer (no import cycle with it)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("template", ["render_classic", "render_compact"])
def test_a_template_imports_no_renderer(template: str) -> None:
    code = (
        "import sys\n"
        f"from entryhub_desk.cv import {template}\n"
        "assert 'entryhub_desk.cv.render' not in sys.modules, 'renderer loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_renderer_knows_both_templates() -> None:
    from entryhub_desk.cv.render import THEMES
    from entryhub_desk.cv.render_classic import CLASSIC
    from entryhub_desk.cv.render_compact import COMPACT

    assert THEMES == {"classic": CLASSIC, "compact": COMPACT}
