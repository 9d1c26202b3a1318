"""What every CLI command shares: output, errors in the user's language, opening the data."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import PointError
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace
from desktop.messages import message


@dataclass
class Context:
    """Parsed global options."""

    paths: Paths
    lang: str
    json: bool

    def open(self) -> Workspace:
        return Workspace.open(self.paths)

    def say(self, text: str) -> None:
        """Progress and human output: stderr under --json so stdout stays one document."""
        print(text, file=sys.stderr if self.json else sys.stdout, flush=True)

    def emit(self, data: Any, human: Callable[[], str] | str | None = None) -> None:
        """Print the JSON document, or the human form of the result."""
        if self.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        elif human is not None:
            print(human() if callable(human) else human)

    def t(self, vi: str, en: str) -> str:
        """Pick the sentence in the chosen language."""
        return en if self.lang == "en" else vi


class CommandFailed(PointError):
    """A command could not do what was asked; the code has a sentence in messages.py."""


def fail_line(exc: PointError, lang: str) -> str:
    """One line for stderr that says what went wrong and what to do."""
    # The sentence names what is wrong; the error's `field` is a program name ("age_band"),
    # not a word of the user's language, so it is not appended.
    return message(exc.code, lang, **dict(exc.params))


def read_password(ctx: Context) -> str:
    """One line from stdin (never a prompt when stdin is not a terminal)."""
    if sys.stdin is None:
        raise CommandFailed("password-missing")
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(ctx.t("Mật khẩu: ", "Password: "))
        second = getpass.getpass(ctx.t("Nhập lại mật khẩu: ", "Repeat password: "))
        if first != second:
            raise CommandFailed("password-mismatch")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise CommandFailed("password-missing")
    return line
