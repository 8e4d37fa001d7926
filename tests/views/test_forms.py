"""The Designer forms (ui/*.ui) follow the house conventions."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_error_label_wraps() -> None:
    """An error is a sentence or two (a revoked desk's is long): unwrapped, it widened the
    Sync page past the window and squeezed the navigation."""
    forms = sorted((ROOT / "ui").glob("*.ui"))
    found, unwrapped = 0, []
    for form in forms:
        for widget in ET.parse(form).iter("widget"):
            if widget.get("name") != "errorLabel":
                continue
            found += 1
            wrap = widget.find("property[@name='wordWrap']/bool")
            if wrap is None or wrap.text != "true":
                unwrapped.append(form.name)
    assert found >= 20
    assert unwrapped == []
