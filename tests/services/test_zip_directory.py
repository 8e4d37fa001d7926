"""A zip's claimed member count and directory size, read from its end records (plain and
zip64), and the backup list and restore turning away an archive that claims too many."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.errors import DeskError
from entryhub_desk.services.backup import restore_backup
from entryhub_desk.services.backup_list import list_backups
from entryhub_desk.services.desk import Desk
from entryhub_desk.services.zip_directory import central_directory, small_directory
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services.helpers import coordinator_session, set_up_desk


def _zip(path: Path, members: int, *, zip64: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        for n in range(members):
            archive.writestr(f"m{n}.txt", b"x")
    if zip64:  # rewrite as zipfile does past 65,535 members: the end record says "see zip64"
        data = bytearray(path.read_bytes())
        at = data.rfind(b"PK\x05\x06")
        entries, size, offset = struct.unpack_from("<10xHLL", data, at)
        record = struct.pack(
            "<4sQHHLLQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, size, offset
        )
        locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, at, 1)
        end = bytearray(data[at:])
        struct.pack_into("<HH", end, 8, 0xFFFF, 0xFFFF)
        path.write_bytes(bytes(data[:at]) + record + locator + bytes(end))
    return path


def test_claims_read_from_the_end_records(tmp_path: Path) -> None:
    three = _zip(tmp_path / "three.zip", 3)
    assert central_directory(three) is not None
    assert central_directory(three)[0] == 3  # type: ignore[index]
    assert small_directory(three, most_members=3)
    assert not small_directory(three, most_members=2)
    many = _zip(tmp_path / "many.zip", 40, zip64=True)
    assert central_directory(many) == (40, central_directory(many)[1])  # type: ignore[index]
    assert zipfile.ZipFile(many).testzip() is None  # still a valid zip for zipfile
    (tmp_path / "cut.zip").write_bytes(three.read_bytes()[:-10])
    assert central_directory(tmp_path / "cut.zip") is None
    (tmp_path / "text.zip").write_text("no zip at all")
    assert not small_directory(tmp_path / "text.zip", most_members=3)
    assert not small_directory(tmp_path / "missing.zip", most_members=3)


def test_an_archive_claiming_many_members_is_turned_away(
    desk_config: DeskConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    folder = tmp_path / "usb"
    folder.mkdir()
    hostile = _zip(folder / "entryhub-backup-hostile.zip", 2000)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile read the directory of a hostile archive")

    monkeypatch.setattr(zipfile, "ZipFile", never)  # the end records alone must turn it away
    [listed] = list_backups(session, folder)
    assert (listed.path, listed.readable) == (hostile, False)
    session.close()
    with pytest.raises(DeskError) as caught:
        restore_backup(Desk(desk_config), hostile, COORDINATOR, COORDINATOR_PASSWORD)
    assert caught.value.code == "backup.bad_archive"
    assert caught.value.params.get("cause") == "members"
