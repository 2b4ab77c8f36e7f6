"""Progress on a terminal: shown only when a run is slow enough to wonder about.

A build or check that takes longer than :data:`DELAY` seconds shows its stage,
count and elapsed time on standard error, on one line rewritten in place. It
stays silent when standard error is not a terminal (CI logs stay clean) or
with ``--quiet``.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

DELAY = 1.0
INTERVAL = 0.1


class TerminalProgress:
    def __init__(self, *, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = not quiet and self.stream.isatty()
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < DELAY or now - self.last < INTERVAL:
            return
        self.last = now
        count = f" {done:,}/{total:,}" if total > 1 else ""
        self.stream.write(f"\r\x1b[K{stage}{count} ({now - self.started:.1f} s)")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        """Clear the progress line so that what follows starts on a clean one."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
