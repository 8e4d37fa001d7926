"""The notice of consent purpose match_openings: its own version and text in both languages."""

from __future__ import annotations

from entryhub_desk.catalogue.notices import notice
from entryhub_desk.domain.consent import NOTICE_VERSIONS, ConsentPurpose, notice_version


def test_match_openings_has_its_own_notice_in_english_and_swedish() -> None:
    english = notice(ConsentPurpose.MATCH_OPENINGS, "en")
    swedish = notice("match_openings", "sv")
    assert english is not None and swedish is not None
    assert english.version == swedish.version == notice_version("match_openings")
    assert english.version != notice_version(ConsentPurpose.KEEP_PROFILE)
    assert "openings" in english.text and "withdraw" in english.text
    assert "lediga platser" in swedish.text and "återkalla" in swedish.text
    assert notice("match_openings", "fi") == english  # other languages fall back to English
    assert notice(ConsentPurpose.KEEP_PROFILE) is None


def test_every_purpose_has_a_notice_version() -> None:
    assert set(NOTICE_VERSIONS) == set(ConsentPurpose)
