"""What each shaped glyph stands for: the quick reading of HarfBuzz's clusters (one glyph per
cluster, in order) gives what the general grouping gives, in every script of the CV."""

from __future__ import annotations

import pytest

from entryhub_desk.cv import fonts, shaping
from entryhub_desk.cv.fonts import ARABIC, ETHIOPIC, LATIN

RUNS = [
    ("محمد العبيدي، حلب ١٢٣", ARABIC, True),
    ("من در دانشگاه تهران اقتصاد خواندم و به زبان‌های فارسی", ARABIC, True),
    ("ኣብ ኣስመራ ኣብ ሆቴል ንሰለስተ ዓመት ሰሪሐ እየ።", ETHIOPIC, False),
    ("AVATAR office: Waffle fjord, «Tårta» Œuvre affluent", LATIN, False),
    ("Я работал поваром в Москве", LATIN, False),
    ("e\u0301te\u0301 cafe\u0301", LATIN, False),
    ("\u0628\u0650\u0633\u0652\u0645\u0650", ARABIC, True),
]


@pytest.mark.parametrize(("text", "family", "rtl"), RUNS)
def test_the_quick_reading_of_clusters_is_the_general_one(
    text: str, family: str, rtl: bool
) -> None:
    fonts.register_all()
    _, buf = shaping._harfbuzz(text, family, False, rtl)
    clusters = [info.cluster for info in buf.glyph_infos]
    assert shaping._cluster_texts(text, clusters, rtl) == shaping._grouped_texts(
        text, clusters, rtl
    )
    run = shaping.shape(text, family, False, rtl)
    assert "".join(run.texts if not rtl else reversed(run.texts)) == text
    assert len(run.glyphs.__shapeData__) == len(run.glyphs) == len(clusters)
