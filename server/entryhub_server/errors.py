"""Errors the server answers with: an HTTP status, a stable code and an English detail."""

from __future__ import annotations

from entryhub_wire.errors import ExitCode


class ServerError(Exception):
    """A refusal: answered as ``{"code": code, "detail": detail}`` with ``status``.

    ``exit_code`` is what the admin command line exits with for the same error.
    """

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        exit_code: ExitCode = ExitCode.FAILED,
        headers: dict[str, str] | None = None,
        extra: dict[str, object] | None = None,
    ) -> None:
        super().__init__(f"{code}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail
        self.exit_code = exit_code
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self) -> dict[str, object]:
        return {"code": self.code, "detail": self.detail, **self.extra}


class UsageError(ServerError):
    """A command-line mistake (unknown hub, duplicate name): exit code 2."""

    def __init__(self, detail: str) -> None:
        super().__init__(400, "usage", detail, exit_code=ExitCode.USAGE)
