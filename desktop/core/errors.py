"""Typed errors with codes; the UI and CLI turn codes into sentences (desktop/messages.py)."""

from __future__ import annotations

import sqlite3
from typing import Any


class PointError(Exception):
    """Base of every error the app expects and can explain to a user."""

    code = "error"

    # `code` is positional-only so a message parameter may itself be called code
    # ("Point code {code} is not valid").
    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code} {params}" if params else self.code)


class ValidationError(PointError):
    """The user's input is wrong; `field` names the form field when there is one."""

    code = "invalid"

    def __init__(self, code: str, /, field: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field


class NotFound(PointError):
    code = "not-found"


class StoreError(PointError):
    """The database cannot be used; `environment` says whether the user can fix it."""

    code = "store"

    def __init__(self, code: str, /, environment: bool = True, **params: Any) -> None:
        super().__init__(code, **params)
        self.environment = environment


class AuthError(PointError):
    code = "auth"


def from_sqlite(exc: sqlite3.Error) -> StoreError:
    """Map a SQLite error to the environment's fault (disk, lock, read-only) or a bug."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError("disk-full")
    if "readonly" in text or "read-only" in text:
        return StoreError("read-only")
    if "locked" in text or "busy" in text:
        return StoreError("locked")
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StoreError("corrupt")
    if "unable to open" in text:
        return StoreError("cannot-open")
    return StoreError("bug", environment=False, detail=str(exc))
