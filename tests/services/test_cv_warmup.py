"""Loading the CV renderer ahead (the ``cv`` command during its log-in, the app after it).

Each case runs in a fresh process: in the test process the fonts are registered already.
"""

from __future__ import annotations

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.services.cv_warmup import warm_up
from tests.services.helpers import run_fresh

SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from reportlab.pdfbase import pdfmetrics
from entryhub_desk.cv import fonts
from entryhub_desk.services.cv_warmup import start_warm_up
before = set(pdfmetrics.getRegisteredFontNames())
thread = start_warm_up()
thread.join(120)
after = set(pdfmetrics.getRegisteredFontNames())
print(json.dumps({
    "alive": thread.is_alive(),
    "daemon": thread.daemon,
    "wanted": sorted(fonts.font_name(f, b) for f, b in fonts.FILES),
    "before": sorted(before),
    "after": sorted(after),
    "modules": sorted(m for m in sys.modules if m.startswith("entryhub_desk.cv")),
}))
"""


def test_warm_up_registers_every_font_and_loads_both_templates() -> None:
    result, stderr = run_fresh(SCRIPT)
    assert "failed" not in stderr  # a failing step is logged, not raised
    assert result["daemon"] and not result["alive"]  # never keeps the program from ending
    assert not set(result["wanted"]) & set(result["before"])
    assert set(result["wanted"]) <= set(result["after"])
    for module in ("build", "render", "render_classic", "render_compact", "fonts"):
        assert f"entryhub_desk.cv.{module}" in result["modules"]


def test_the_made_up_cv_is_drawn_only_while_still_wanted() -> None:
    # A language no CV has: drawing the made-up CV fails, so whether it was drawn shows.
    warm_up(("xx", "classic"), still_wanted=lambda: False)  # skipped: nothing raised
    with pytest.raises(DeskError) as raised:
        warm_up(("xx", "classic"), still_wanted=lambda: True)
    assert raised.value.code == "cv.bad_language"


STEPS_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from entryhub_desk.services.cv_warmup import LOG_IN_MODULES, LoadAhead
ahead = LoadAhead(languages=("en",), templates=("classic",), log_in=True)
total = ahead.left
asked = []
def three_steps():
    asked.append(1)
    return len(asked) <= 3
ahead.run(three_steps)
after_three = ahead.left
loaded_early = sorted(m for m in LOG_IN_MODULES[:3] if m in sys.modules)
later = [m for m in LOG_IN_MODULES[3:] if m in sys.modules]
ahead.start()  # on a thread, then stopped: the steps go on from where they were
ahead.stop()
ahead.run()
print(json.dumps({
    "total": total, "after_three": after_three, "left": ahead.left,
    "loaded_early": loaded_early, "later_before": later,
    "log_in": [m for m in LOG_IN_MODULES if m not in sys.modules],
    "render": "entryhub_desk.cv.render_classic" in sys.modules,
}))
"""


def test_load_ahead_runs_its_steps_in_order_while_wanted_and_goes_on_later() -> None:
    result, stderr = run_fresh(STEPS_SCRIPT)
    assert "failed" not in stderr  # no step failed (a failure is logged, not raised)
    assert result["after_three"] == result["total"] - 3  # asked before each step
    assert len(result["loaded_early"]) == 3 and result["later_before"] == []
    assert result["left"] == 0 and result["log_in"] == []  # every step ran in the end
    assert result["render"]


def test_load_ahead_raises_a_failing_step_unless_quiet(caplog: pytest.LogCaptureFixture) -> None:
    from entryhub_desk.services.cv_warmup import LoadAhead

    ahead = LoadAhead(languages=("xx",), templates=("nonexistent",))
    with pytest.raises(ModuleNotFoundError):
        ahead.run(quiet=False)
    ahead.run()  # the steps after the failed one; the next failure is only logged
    assert ahead.left == 0
