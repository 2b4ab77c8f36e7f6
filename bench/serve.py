"""Timing ``rootcheck serve``: how long the preview takes to rebuild after an editor saves a claim.

The preview reports each rebuild as ``built N claims in X s (K files made
afresh, ...)``, timed in its process from noticing the change to having the
new files in place, as ``hugo server`` reports its own rebuilds. The open-data
exports are made when first asked for, so their making is not in that time
(an editor's browser seldom asks for them). The wait before
the change is noticed (the watcher scans every 0.25 s, or thrice as long as a
scan takes) is not included.
"""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.measure import Run, Timing

BUILT = re.compile(r"built [\d,]+ claims in (\d+\.\d+) s \((\d+) files? made afresh")
#: The first build makes every page on the cores there are; at 100,000 claims it takes minutes.
FIRST_BUILD_SECONDS = 3600.0
REBUILD_SECONDS = 600.0

Edit = Callable[[Path, int], None]


@dataclass(frozen=True)
class Rebuilds:
    """The preview's first build, then its rebuilds after each kind of edit."""

    first: Timing
    after: dict[str, Timing]


def _failed(why: str, stderr: str = "") -> Run:
    return Run(0.0, None, 1, why, stderr)


class _Lines:
    """The preview's standard output, a line at a time, waited for with a time limit."""

    def __init__(self, stream: object) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

        def read() -> None:
            for line in stream:  # type: ignore[attr-defined]
                self.lines.put(line)
            self.lines.put("")  # the process has closed its output

        threading.Thread(target=read, daemon=True).start()

    def next_build(self, seconds: float) -> Run:
        """The next ``built`` report, skipping others (a save caught half-written is reported as errors)."""
        while True:
            try:
                line = self.lines.get(timeout=seconds)
            except queue.Empty:
                return _failed(f"no rebuild reported within {seconds:.0f} s")
            if not line:
                return _failed("serve exited")
            if match := BUILT.search(line):
                return Run(float(match.group(1)), None, 0, line.strip(), "")


def serve_rebuilds(
    rootcheck: Sequence[str],
    registry: Path,
    claim: Path,
    edits: Mapping[str, Edit],
    runs: int,
    env: Mapping[str, str],
) -> Rebuilds:
    """Start the preview on ``registry``, then apply each edit ``runs`` times to ``claim``, one rebuild each."""
    argv = [*rootcheck, "serve", "--root", str(registry), "--port", "0"]
    with tempfile.TemporaryFile("w+") as stderr:
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, text=True, env=dict(env))
        try:
            lines = _Lines(proc.stdout)
            first = lines.next_build(FIRST_BUILD_SECONDS)
            after: dict[str, Timing] = {}
            for name, edit in edits.items():
                done: list[Run] = []
                for number in range(runs if first.ok else 0):
                    edit(claim, number)
                    done.append(lines.next_build(REBUILD_SECONDS))
                after[name] = Timing(tuple(done or [_failed("serve did not start")]))
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if not first.ok:
            stderr.seek(0)
            first = _failed(first.stdout, stderr.read())
    return Rebuilds(Timing((first,)), after)
