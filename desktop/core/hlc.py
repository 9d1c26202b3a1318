"""Hybrid logical clock (DESIGN.md §4): orders writes even when PC clocks are years off.

A timestamp is wall milliseconds + a counter + the node (point code). Its text form is
fixed width, so sorting the text in SQLite sorts the timestamps.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["DEFAULT_MAX_DRIFT_MS", "HLC", "MAX_COUNTER", "MAX_WALL_MS", "Clock", "wall_ms"]

MAX_WALL_MS = 10**15 - 1  # 15 digits: good until the year 33658
MAX_COUNTER = 999_999  # 6 digits
DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000

_TEXT = re.compile(r"([0-9]{15})-([0-9]{6})-(\S+)", re.ASCII)


def wall_ms() -> int:
    """Return the machine's wall-clock time in milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class HLC:
    """One hybrid-logical-clock timestamp; compares exactly as its text form sorts."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValueError(f"HLC wall time out of range: {self.wall_ms}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"HLC counter out of range: {self.counter}")
        if not self.node or any(ch.isspace() for ch in self.node):
            raise ValueError(f"HLC node must be non-empty without spaces: {self.node!r}")

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> HLC:
        """Read a timestamp from its text form, raising ValueError on anything else."""
        match = _TEXT.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(
                f"not an HLC timestamp (expected '<15 digits>-<6 digits>-<node>'): {text!r}"
            )
        return cls(int(match[1]), int(match[2]), match[3])


def _advance(wall: int, counter: int) -> tuple[int, int]:
    """Return (wall, counter + 1), carrying into wall so the text keeps its fixed width."""
    if counter < MAX_COUNTER:
        return wall, counter + 1
    return wall + 1, 0


class Clock:
    """This point's clock: every timestamp it hands out sorts after all earlier ones."""

    def __init__(
        self,
        node: str,
        physical: Callable[[], int] = wall_ms,
        last: str | None = None,
        max_drift_ms: int = DEFAULT_MAX_DRIFT_MS,
    ) -> None:
        self._physical = physical
        self._max_drift_ms = max_drift_ms
        self._lock = threading.Lock()
        # Persisted state may carry another node's name (e.g. a re-enrolled point):
        # only its time matters for staying monotonic.
        restored = HLC.parse(last) if last is not None else HLC(0, 0, node)
        self._last = HLC(restored.wall_ms, restored.counter, node)
        self.node = self._last.node
        self.last_skew_ms: int | None = None

    def now(self) -> HLC:
        """Return a fresh timestamp for a local event."""
        with self._lock:
            return self._tick(self._physical())

    def observe(self, remote: HLC | str) -> HLC:
        """Merge a timestamp received from another node and return the new local one."""
        if isinstance(remote, str):
            remote = HLC.parse(remote)
        with self._lock:
            physical = self._physical()
            self.last_skew_ms = remote.wall_ms - physical
            if self.last_skew_ms > self._max_drift_ms:
                # A peer whose clock is far ahead must not drag ours into its future.
                return self._tick(physical)
            last = self._last
            wall = max(last.wall_ms, remote.wall_ms, physical)
            if wall == last.wall_ms == remote.wall_ms:
                wall, counter = _advance(wall, max(last.counter, remote.counter))
            elif wall == last.wall_ms:
                wall, counter = _advance(wall, last.counter)
            elif wall == remote.wall_ms:
                wall, counter = _advance(wall, remote.counter)
            else:
                counter = 0
            return self._set(wall, counter)

    def state(self) -> str:
        """Return the text to persist so the clock stays monotonic across restarts."""
        with self._lock:
            return str(self._last)

    def _tick(self, physical: int) -> HLC:
        last = self._last
        if physical > last.wall_ms:
            return self._set(physical, 0)
        return self._set(*_advance(last.wall_ms, last.counter))

    def _set(self, wall: int, counter: int) -> HLC:
        self._last = HLC(wall, counter, self.node)
        return self._last
