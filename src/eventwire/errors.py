"""eventwire's own errors: each carries a code from CONTRACT.md "Errors" and a one-line message."""

from __future__ import annotations

INPUT_CODES = ("empty", "binary", "encoding", "too_large", "bad_json", "bad_date", "unreadable")


class EventwireError(Exception):
    """Base class; `code` is machine-readable, `str(err)` is the one-line human message."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, where: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.where = where

    def line(self) -> str:
        """The contract's stderr line: `eventwire: error: <where>: <code>: <message>`."""
        where = self.where or "-"
        return f"eventwire: error: {where}: {self.code}: {self}"


class InputError(EventwireError):
    """A document that cannot be read or processed (empty, binary, encoding, too_large, bad_json, ...)."""

    def __init__(self, code: str, message: str, *, where: str | None = None) -> None:
        if code not in INPUT_CODES:
            raise ValueError(f"unknown input error code {code!r}")
        super().__init__(message, code=code, where=where)


class PipelineError(EventwireError):
    """A pipeline that cannot be built: unknown stage, unmet need, missing model."""

    code = "pipeline"


class StoreError(EventwireError):
    code = "store"
