"""OpeningImportService: the screens' way to preview and import openings (a real store)."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Session
from entryhub_desk.services.opening_import import OpeningImportService
from entryhub_desk.services.openings import OpeningsService
from tests.services.helpers import coordinator_session, set_up_desk

ADS = Path(__file__).parents[1] / "importing" / "data" / "jobsearch_ads.json"


@pytest.fixture
def boss(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    return coordinator_session(desk)


def test_the_service_previews_then_imports_with_progress(boss: Session) -> None:
    service = OpeningImportService(boss)
    preview = service.check(ADS)
    assert (preview.rows, preview.created, len(preview.rejected)) == (11, 0, 3)
    assert OpeningsService(boss).list() == []
    seen: list[tuple[int, int]] = []
    report = service.import_file(ADS, progress=lambda done, total: seen.append((done, total)))
    assert report.created == 8 and seen[-1] == (8, 8)
