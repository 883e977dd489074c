"""What a long build says while it runs: one progress line, and the time of each stage.

A national build writes thousands of pages; a log line for each would bury
any warning. Instead one line is rewritten in place on a terminal (areas done
out of the total, time taken, an estimate of the time left), and in a CI log,
which cannot rewrite a line, it is printed at most ten times. The build's
closing summary reads the stage times kept here.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

# In a log that cannot rewrite a line, print the progress line this many times at most.
LOG_LINES = 10
# A stage shorter than this, in seconds, is left out of the summary.
SHOWN_FROM = 0.05


def seconds(value: float) -> str:
    """``0.4 s``, ``12 s``, ``2 min 05 s``."""
    if value < 10:
        return f"{value:.1f} s"
    whole = round(value)
    if whole < 60:
        return f"{whole} s"
    return f"{whole // 60} min {whole % 60:02d} s"


@dataclass
class Progress:
    """One line saying how far a long step has got."""

    what: str
    total: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    done: int = 0
    started: float = field(default_factory=time.perf_counter)
    _printed: int = 0

    def line(self) -> str:
        """``Areas 40 of 153 · 12 s so far · about 34 s left``."""
        spent = time.perf_counter() - self.started
        text = f"{self.what} {self.done} of {self.total} · {seconds(spent)} so far"
        if 0 < self.done < self.total:
            text += f" · about {seconds(spent / self.done * (self.total - self.done))} left"
        return text

    def step(self) -> None:
        """One more done: rewrite the line on a terminal, or print it every tenth."""
        self.done += 1
        if self.stream.isatty():
            end = "\n" if self.done == self.total else ""
            print(f"\r{self.line()}\033[K", end=end, file=self.stream, flush=True)
        elif self.done * LOG_LINES // self.total > self._printed or self.done == self.total:
            self._printed = self.done * LOG_LINES // self.total
            print(self.line(), file=self.stream, flush=True)


@dataclass
class Stages:
    """How long each stage of a build took, in the order they ran."""

    times: dict[str, float] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)

    def start(self) -> None:
        """A new build: forget the last one's times."""
        self.times.clear()
        self.started = time.perf_counter()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block as ``name`` (added to any earlier time under the same name)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.times[name] = self.times.get(name, 0.0) + time.perf_counter() - start

    def summary(self) -> str:
        """``check the data 3.1 s · compute 1.2 s · … · everything else 2.0 s · in all 9.0 s``:
        everything else is what Pelican does between Lantern's stages (reading the pages,
        its own templates)."""
        total = time.perf_counter() - self.started
        # A stage with nothing to do (the area pages of a council's own site) is left out.
        parts = [f"{name} {seconds(s)}" for name, s in self.times.items() if s >= SHOWN_FROM]
        parts.append(f"everything else {seconds(max(total - sum(self.times.values()), 0.0))}")
        return " · ".join([*parts, f"in all {seconds(total)}"])
