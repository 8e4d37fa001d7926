"""The backup archive reader refuses hostile archives before unpacking them: other members,
paths outside, zip bombs, oversized members; its messages name no Python exception."""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile
from pathlib import Path

import pytest

from entryhub_desk.errors import CAUSES, DeskError
from entryhub_desk.services.backup import FORMAT, FORMAT_VERSION, MAX_SIZE, _extract

DB = b"\x8f" * 4096  # stands for an encrypted database
SLOTS = b'{"format": 1}'


def _manifest(db: bytes = DB, slots: bytes = SLOTS) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "sha256": {
                "desk.db": hashlib.sha256(db).hexdigest(),
                "keyslots.json": hashlib.sha256(slots).hexdigest(),
            },
        }
    )


def _archive(path: Path, members: dict[str, bytes | str], *, deflate: bool = False) -> Path:
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _refused(path: Path, staging: Path) -> str:
    with pytest.raises(DeskError) as caught:
        _extract(path, staging)
    assert caught.value.code == "backup.bad_archive"
    assert set(caught.value.params) == {"cause"} and caught.value.params["cause"] in CAUSES
    text = caught.value.english()
    for word in ("Error", "Exception", "BadZipFile", "zlib", "Traceback"):
        assert word not in text
    return text


@pytest.fixture
def staging(tmp_path: Path) -> Path:
    folder = tmp_path / "staging"
    folder.mkdir()
    return folder


def test_a_good_archive_unpacks(tmp_path: Path, staging: Path) -> None:
    good = {"manifest.json": _manifest(), "desk.db": DB, "keyslots.json": SLOTS}
    _extract(_archive(tmp_path / "good.zip", good), staging)
    assert (staging / "desk.db").read_bytes() == DB
    assert (staging / "keyslots.json").read_bytes() == SLOTS


@pytest.mark.parametrize(
    "extra", ["../escape.txt", "/etc/cron.d/x", "desk.db/../../x", "notes.txt", "desk.db"]
)
def test_members_other_than_the_three_are_refused(
    tmp_path: Path, staging: Path, extra: str
) -> None:
    path = tmp_path / "extra.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", _manifest())
        archive.writestr("desk.db", DB)
        archive.writestr("keyslots.json", SLOTS)
        with warnings.catch_warnings():  # zipfile warns about the duplicate, and writes it
            warnings.simplefilter("ignore")
            archive.writestr(extra, b"x")  # a path outside, a stranger, or a duplicate
    assert "unexpected or missing members" in _refused(path, staging)
    assert list(staging.iterdir()) == []
    assert not (tmp_path / "escape.txt").exists()


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path, staging: Path) -> None:
    bomb = b"\0" * (32 * 1024 * 1024)  # deflates to some 32 KiB
    members: dict[str, bytes | str] = {
        "manifest.json": _manifest(db=bomb),
        "desk.db": bomb,
        "keyslots.json": SLOTS,
    }
    path = _archive(tmp_path / "bomb.zip", members, deflate=True)
    assert path.stat().st_size < 1024 * 1024
    assert "too compressed" in _refused(path, staging)
    assert list(staging.iterdir()) == []


def test_an_oversized_member_is_refused(tmp_path: Path, staging: Path) -> None:
    big = " " * (MAX_SIZE["manifest.json"] + 1)
    members: dict[str, bytes | str] = {"manifest.json": big, "desk.db": DB, "keyslots.json": SLOTS}
    assert "too large" in _refused(_archive(tmp_path / "big.zip", members), staging)


def test_a_lying_size_in_the_directory_is_caught(tmp_path: Path, staging: Path) -> None:
    path = _archive(
        tmp_path / "liar.zip", {"manifest.json": _manifest(), "desk.db": DB, "keyslots.json": SLOTS}
    )
    raw = bytearray(path.read_bytes())
    # shrink the uncompressed size of desk.db in the central directory and the local header
    old = len(DB).to_bytes(4, "little")
    raw = bytearray(raw.replace(old, (16).to_bytes(4, "little")))
    path.write_bytes(bytes(raw))
    _refused(path, staging)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", b"PK\x03\x04" + b"\0" * 40, b"PK\x05\x06" + b"\0" * 18],
)
def test_garbage_is_refused_plainly(tmp_path: Path, staging: Path, content: bytes) -> None:
    path = tmp_path / "garbage.zip"
    path.write_bytes(content)
    _refused(path, staging)


def test_a_truncated_archive_is_refused_plainly(tmp_path: Path, staging: Path) -> None:
    good = {"manifest.json": _manifest(), "desk.db": DB * 64, "keyslots.json": SLOTS}
    path = _archive(tmp_path / "cut.zip", good)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _refused(path, staging)


def test_a_damaged_deflate_stream_is_refused_plainly(tmp_path: Path, staging: Path) -> None:
    db = bytes(range(256)) * 64
    members: dict[str, bytes | str] = {
        "manifest.json": _manifest(db=db),
        "desk.db": db,
        "keyslots.json": SLOTS,
    }
    path = _archive(tmp_path / "deflate.zip", members, deflate=True)
    raw = bytearray(path.read_bytes())
    start = raw.index(b"desk.db") + len("desk.db") + 40
    for offset in range(start, start + 64):
        raw[offset] ^= 0x5A
    path.write_bytes(bytes(raw))
    _refused(path, staging)


def test_a_manifest_that_is_not_json_is_refused(tmp_path: Path, staging: Path) -> None:
    members: dict[str, bytes | str] = {
        "manifest.json": "[" * 50_000,
        "desk.db": DB,
        "keyslots.json": SLOTS,
    }
    assert "manifest" in _refused(_archive(tmp_path / "deep.zip", members), staging)
