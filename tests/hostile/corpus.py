"""The hostile-file corpus: one :class:`Case` per file, built at test time in a folder.

A case names the file it writes and what must happen to it: ``code`` — the whole file is
refused with that DeskError code, and ``mentions`` are the parameters the message must carry
(the row or field and the limit); or ``code is None`` — the file is imported, ``rejected`` maps
the row numbers refused to their codes and ``created`` counts the new visitors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Case:
    kind: str  # "csv", "xlsx", "resume", "photo", "bundle"
    name: str
    build: Callable[[Path], Path]  # writes the file into the folder; returns its path
    code: str | None = None  # the whole file refused with this code
    mentions: tuple[str, ...] = ()  # parameters the refusal must carry
    rejected: dict[int, str] = field(default_factory=dict)  # row → code (file imported)
    created: int | None = None

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.name}"


def made(name: str, make: Callable[[], bytes]) -> Callable[[Path], Path]:
    """A file whose bytes are made only when the case is built (big or slow ones)."""

    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(make())
        return path

    return build


def write(name: str, data: bytes) -> Callable[[Path], Path]:
    """A file of the bytes ``data``."""
    return made(name, lambda: data)


def sparse(name: str, size: int) -> Callable[[Path], Path]:
    """A file of ``size`` zero bytes that takes no room on disk."""

    def build(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as file:
            file.truncate(size)
        return path

    return build


def all_cases() -> list[Case]:
    from tests.hostile import bundle_files, csv_files, photo_files, resume_files, xlsx_files

    return [
        *csv_files.CASES,
        *xlsx_files.CASES,
        *resume_files.CASES,
        *photo_files.CASES,
        *bundle_files.CASES,
    ]
