"""The per-user cache of parsed CV fonts: a cached font is the parsed one, an entry is used only
for the very bytes it was made from, entries of other versions live side by side, and a CV drawn
from the cache is byte for byte the same."""

from __future__ import annotations

import hashlib
import marshal
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import uharfbuzz as hb

from entryhub_desk.cv import font_cache, fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "cache" / "fonts"
    monkeypatch.setattr(font_cache, "cache_dir", lambda: folder)
    return folder


def _parsed(family: str, bold: bool = False) -> tuple[str, Path, bytes]:
    name = fonts.font_name(family, bold)
    path = fonts.font_path(family, bold)
    return name, path, path.read_bytes()


def _entry(name: str, data: bytes, recipe: str = fonts.CACHE_RECIPE) -> Path:
    return font_cache.entry_path(name, font_cache.key(data, recipe))


def _state(face: object) -> dict[str, object]:
    return {k: v for k, v in vars(face).items() if k != "_pdfScale"}


@pytest.mark.parametrize("family", fonts.FAMILIES)
def test_a_cached_font_is_the_font_as_parsed_and_registered(cache: Path, family: str) -> None:
    name, path, data = _parsed(family)
    assert font_cache.load(name, path, data, fonts.CACHE_RECIPE) is None  # nothing cached yet
    registered = fonts._register(family, False, path)  # parses, then stores
    assert _entry(name, data).is_file() and _entry(name, data).parent == cache
    hb_face = hb.Face(hb.Blob(data))
    parsed, _chars, _glyph_char = fonts._parse(name, path, hb_face, hb.Font(hb_face))
    loaded = font_cache.load(name, path, data, fonts.CACHE_RECIPE)
    assert loaded is not None
    font, extra = loaded
    assert type(font) is type(parsed)
    assert vars(font).keys() == vars(parsed).keys()
    for attribute in ("fontName", "_asciiReadable", "_shapable"):
        assert getattr(font, attribute) == getattr(parsed, attribute)
    assert _state(font.face) == _state(parsed.face)  # the private codes included
    assert type(font.face.name) is type(parsed.face.name)
    assert font.face.name.ustr == parsed.face.name.ustr
    assert font.face._pdfScale(1234) == parsed.face._pdfScale(1234)
    assert frozenset(extra["chars"]) == registered.chars
    assert extra["glyph_char"] == registered.glyph_char


def test_an_entry_is_used_only_for_the_same_bytes(cache: Path, tmp_path: Path) -> None:
    name, path, data = _parsed(fonts.ETHIOPIC)
    copy = tmp_path / path.name
    copy.write_bytes(data)
    fonts._register(fonts.ETHIOPIC, False, copy)
    assert font_cache.load(name, copy, data, fonts.CACHE_RECIPE) is not None
    stamp = copy.stat().st_mtime_ns
    changed = bytearray(data)
    changed[-1] ^= 0xFF  # same size and time: only the hash tells
    copy.write_bytes(bytes(changed))
    os.utime(copy, ns=(stamp, stamp))
    assert font_cache.load(name, copy, bytes(changed), fonts.CACHE_RECIPE) is None
    copy.write_bytes(data)  # the same bytes, a newer modification time (another copy of
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 10**9))  # the program)
    assert font_cache.load(name, copy, data, fonts.CACHE_RECIPE) is not None


def test_entries_of_other_versions_live_side_by_side(cache: Path) -> None:
    name, path, data = _parsed(fonts.ETHIOPIC, True)
    ours = fonts._register(fonts.ETHIOPIC, True, path)  # parsed and stored under our key
    font = font_cache.load(name, path, data, fonts.CACHE_RECIPE)
    assert font is not None
    extra = {"chars": sorted(ours.chars), "glyph_char": ours.glyph_char}
    font_cache.store(name, path, data, "another version's recipe", font[0], extra)
    assert _entry(name, data) != _entry(name, data, "another version's recipe")
    assert font_cache.load(name, path, data, fonts.CACHE_RECIPE) is not None  # not overwritten
    assert font_cache.load(name, path, data, "another version's recipe") is not None


def test_entries_of_other_keys_are_removed_once_old(cache: Path) -> None:
    name, path, data = _parsed(fonts.ARABIC)
    cache.mkdir(parents=True)
    days = font_cache.KEEP_OTHERS_DAYS
    old, recent = cache / f"{name}-0000000000000000.marshal", cache / f"{name}-1111.marshal"
    legacy, other_font = cache / f"{name}.marshal", cache / "EntryHub-latin-regular.marshal"
    for entry, age in ((old, days + 1), (recent, days - 1), (legacy, days + 1), (other_font, 99)):
        entry.write_bytes(b"x")
        stamp = time.time() - age * 86400
        os.utime(entry, (stamp, stamp))
    fonts._register(fonts.ARABIC, False, path)
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [recent.name, other_font.name, _entry(name, data).name]
    )


def test_a_damaged_or_foreign_entry_is_not_used(cache: Path) -> None:
    name, path, data = _parsed(fonts.ARABIC, True)
    cache.mkdir(parents=True)
    entry = _entry(name, data)
    for content in (b"", b"\x00garbage", b"N"):  # b"N" is marshal's None
        entry.write_bytes(content)
        assert font_cache.load(name, path, data, fonts.CACHE_RECIPE) is None
    fonts._register(fonts.ARABIC, True, path)  # a damaged entry is replaced
    assert font_cache.load(name, path, data, fonts.CACHE_RECIPE) is not None
    assert font_cache.load(name, path, data, "another recipe") is None  # other private codes
    blob = entry.read_bytes()
    stored = marshal.loads(blob[32:])
    del stored["face"]["unitsPerEm"]  # the right key, a face that cannot be made again
    body = marshal.dumps(stored)
    entry.write_bytes(hashlib.sha256(body).digest() + body)
    assert font_cache.load(name, path, data, fonts.CACHE_RECIPE) is None


def test_a_damaged_entry_never_reaches_marshal(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name, path, data = _parsed(fonts.LATIN)
    fonts._register(fonts.LATIN, False, path)
    entry = _entry(name, data)
    good = entry.read_bytes()
    assert font_cache.load(name, path, data, fonts.CACHE_RECIPE) is not None

    def refuse(_data: bytes) -> object:
        raise AssertionError("marshal read a damaged entry")

    monkeypatch.setattr(marshal, "loads", refuse)
    for damaged in (good[:-1], good[:40] + bytes([good[40] ^ 1]) + good[41:], good[32:]):
        entry.write_bytes(damaged)  # cut short, one bit flipped, written without its digest
        assert font_cache.load(name, path, data, fonts.CACHE_RECIPE) is None


def test_a_cache_folder_that_cannot_be_written_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(font_cache, "cache_dir", lambda: blocked / "fonts")
    font = fonts._register(fonts.LATIN, True, fonts.font_path(fonts.LATIN, True))
    assert font.chars and font.glyph_char  # registered all the same


_DRAW = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from entryhub_desk.cv import font_cache, fonts
from entryhub_desk.cv.build import build_document
from entryhub_desk.cv.render import render_pdf
from tests.cv import samples
person, entries = samples.multiscript()
pdf = render_pdf(build_document(person, entries, language="sv"), template="classic")
cached = sorted(p.name for p in font_cache.cache_dir().glob("*.marshal"))
print(hashlib.sha256(pdf).hexdigest(), len(cached))
"""


def test_a_cv_drawn_from_the_cache_is_the_same_pdf(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg-cache")}

    def draw() -> tuple[str, int]:
        done = subprocess.run(
            [sys.executable, "-c", _DRAW, str(ROOT)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        digest, count = done.stdout.split()
        return digest, int(count)

    first, stored = draw()  # fonts parsed, and cached
    assert stored == len(fonts.FILES)  # Latin, Arabic and Ge'ez, regular and bold
    again, _ = draw()  # every font from the cache
    assert again == first
