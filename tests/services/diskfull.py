"""A small real file system for disk-full tests: a tmpfs filled to leave exactly N bytes.

As root (CI, this machine) the ``small_disk`` fixture mounts a tmpfs in the test's temporary
folder and unmounts it afterwards. Without root (or where root may not mount) the test body is
run again in a subprocess inside a user and mount namespace (``unshare --user --map-root-user
--mount``), where mounting a tmpfs is allowed; the outer test passes or fails with it. If
neither works the test fails and says why: these tests are never skipped.

Tests that use the fixture are decorated with :func:`on_small_disk`, which leaves the body out
when it ran in the namespace instead.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final, TypeVar

import pytest

DISK_BYTES: Final = 24 << 20
PAGE: Final = 4096
#: set in the namespace subprocess (read by these tests only, never by the program)
IN_NAMESPACE: Final = "DISKFULL_TEST_IN_NAMESPACE"
ROOT: Final = Path(__file__).resolve().parents[2]

T = TypeVar("T", bound=Callable[..., Any])


class SmallDisk:
    """A mounted tmpfs with a filler file that takes all but N bytes of it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler"

    def free(self) -> int:
        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize

    def fill(self, leave: int = 0) -> None:
        """Grow the filler until exactly ``leave`` bytes (a multiple of 4 KiB) are free."""
        assert leave % PAGE == 0, "tmpfs hands out whole pages"
        self.release()
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            free = self.free()
            assert free >= leave, f"only {free} bytes free, cannot leave {leave}"
            if free > leave:
                os.posix_fallocate(fd, 0, free - leave)
        finally:
            os.close(fd)
        assert self.free() == leave

    def release(self) -> None:
        """Delete the filler: the space comes back."""
        self.filler.unlink(missing_ok=True)


DELEGATED: Final = object()


def _mount(target: Path, size: int) -> subprocess.CompletedProcess[str]:
    target.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )


def _unmount(target: Path) -> None:
    done = subprocess.run(["umount", str(target)], capture_output=True, check=False)
    if done.returncode != 0:  # a connection left open by a failing test: detach it
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def _run_in_namespace(node_id: str) -> tuple[bool, str]:
    """Run one test in a user and mount namespace; (passed, output)."""
    if shutil.which("unshare") is None:
        return False, "unshare is not installed"
    done = subprocess.run(
        [
            "unshare",
            "--user",
            "--map-root-user",
            "--mount",
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            node_id,
        ],
        cwd=ROOT,
        env={**os.environ, IN_NAMESPACE: "1"},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    return done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


@pytest.fixture
def small_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A :class:`SmallDisk` of :data:`DISK_BYTES` (or :data:`DELEGATED`: see the module)."""
    target = tmp_path / "disk"
    in_namespace = bool(os.environ.get(IN_NAMESPACE))
    mounted = _mount(target, DISK_BYTES) if os.geteuid() == 0 else None
    if mounted is None or mounted.returncode != 0:
        why = (
            "not root" if mounted is None else f"'mount -t tmpfs' failed ({mounted.stderr.strip()})"
        )
        if in_namespace:
            pytest.fail(f"disk-full tests: in the user namespace, {why}")
        # not root, or root without the right to mount (a container): a namespace of our own
        passed, output = _run_in_namespace(request.node.nodeid)
        if not passed:
            pytest.fail(
                f"disk-full tests need a small real file system: {why}, so the test ran in "
                f"'unshare --user --map-root-user --mount', which failed:\n{output}"
            )
        yield DELEGATED
        return
    disk = SmallDisk(target)
    try:
        yield disk
    finally:
        disk.release()
        _unmount(target)


def on_small_disk(test: T) -> T:
    """Run the body only where the ``small_disk`` fixture mounted the file system here."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("small_disk") is DELEGATED:
            return None  # the body ran, and passed, in the namespace subprocess
        return test(*args, **kwargs)

    return run  # type: ignore[return-value]
