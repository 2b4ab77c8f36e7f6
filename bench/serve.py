"""Timing ``rootcheck serve``: how long the preview takes to rebuild after an editor saves a claim.

The preview reports each rebuild as ``built N claims in X s (K files made
afresh, ...)``, timed in its process from noticing the change to having the
new files in place, as ``hugo server`` reports its own rebuilds (``Total in
N ms``), which are timed the same way beside it. The open-data exports are
made when first asked for, so their making is not in that time (an editor's
browser seldom asks for them). The wait before the change is noticed (the
watcher scans every 0.25 s, or thrice as long as a scan takes) is not
included.
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
#: How ``hugo server`` reports a build, in milliseconds.
HUGO_BUILT = re.compile(r"^(?:Total|Built) in (\d+) ms$")
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


@dataclass(frozen=True)
class Server:
    """A server that rebuilds on change, and how it reports a build: a pattern whose group 1 is the time."""

    argv: Sequence[str]
    built: re.Pattern[str]
    #: Seconds per unit of the reported time.
    unit: float = 1.0
    #: A line after the first build that says changes are watched from then on, if the build's own does not.
    ready: re.Pattern[str] | None = None


def rootcheck_server(rootcheck: Sequence[str], registry: Path) -> Server:
    return Server([*rootcheck, "serve", "--root", str(registry), "--port", "0"], BUILT)


def hugo_server(hugo: str, site: Path, out: Path) -> Server:
    """``hugo server`` in its default fast render mode, writing to disk as rootcheck's preview does."""
    argv = [hugo, "server", "-s", str(site), "-d", str(out), "--renderToDisk", "--port", "0"]
    argv += ["--bind", "127.0.0.1", "--disableLiveReload"]
    # Hugo reports its first build before it starts watching: an edit made at once would be missed.
    return Server(argv, HUGO_BUILT, 0.001, re.compile(r"^Press Ctrl\+C to stop$"))


class _Lines:
    """A server's standard output, a line at a time, waited for with a time limit."""

    def __init__(self, stream: object, server: Server) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.server = server

        def read() -> None:
            for line in stream:  # type: ignore[attr-defined]
                self.lines.put(line)
            self.lines.put("")  # the process has closed its output

        threading.Thread(target=read, daemon=True).start()

    def next_build(self, seconds: float) -> Run:
        """The next build reported, skipping other lines (a save caught half-written is reported as errors)."""
        found = self._next(self.server.built, seconds)
        if isinstance(found, Run):
            return found
        return Run(float(found.group(1)) * self.server.unit, None, 0, found.string, "")

    def watching(self, seconds: float) -> Run | None:
        """Once the first build is reported: wait until the server says it watches for changes."""
        if self.server.ready is None:
            return None
        found = self._next(self.server.ready, seconds)
        return found if isinstance(found, Run) else None

    def _next(self, pattern: re.Pattern[str], seconds: float) -> re.Match[str] | Run:
        """The next line matching ``pattern``, or the failed run if none comes."""
        while True:
            try:
                line = self.lines.get(timeout=seconds)
            except queue.Empty:
                return _failed(f"no {pattern.pattern!r} within {seconds:.0f} s")
            if not line:
                return _failed("the server exited")
            if match := pattern.search(line.strip()):
                return match


def rebuilds(
    server: Server,
    edited: Path,
    edits: Mapping[str, Edit],
    runs: int,
    env: Mapping[str, str],
) -> Rebuilds:
    """Start ``server``, then apply each edit ``runs`` times to the file ``edited``, one rebuild each."""
    with tempfile.TemporaryFile("w+") as stderr:
        # SIGINT as a terminal sends it, even from a benchmark started in the background, whose
        # processes inherit it ignored: a server would then run on until killed, leaving its files.
        proc = subprocess.Popen(
            list(server.argv),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=dict(env),
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        try:
            lines = _Lines(proc.stdout, server)
            first = lines.next_build(FIRST_BUILD_SECONDS)
            if first.ok:
                first = lines.watching(REBUILD_SECONDS) or first
            after: dict[str, Timing] = {}
            for name, edit in edits.items():
                done: list[Run] = []
                for number in range(runs if first.ok else 0):
                    edit(edited, number)
                    done.append(lines.next_build(REBUILD_SECONDS))
                after[name] = Timing(tuple(done or [_failed("the server did not start")]))
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
