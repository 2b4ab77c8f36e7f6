"""Timing whole processes, start to exit, with the peak memory of each and its workers.

A build renders in worker processes, and each process's own peak would hide
theirs. So memory is sampled every :data:`SAMPLE_SECONDS` as the sum of the
proportional set sizes (PSS: shared pages divided among their sharers) of the
process and every descendant, from ``/proc``; the peak reported is the larger
of that sum and the single largest process's max RSS from ``wait4``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One process: wall time from start to exit, peak resident memory, what it said."""

    seconds: float
    #: Peak memory in MiB of the process and its workers together, None where the OS does not say.
    peak_mib: float | None
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


@dataclass(frozen=True)
class Timing:
    """Several runs of one step: the median time is what the table shows."""

    runs: tuple[Run, ...]

    @property
    def ok(self) -> bool:
        return all(run.ok for run in self.runs)

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def failure(self) -> Run | None:
        return next((run for run in self.runs if not run.ok), None)


SAMPLE_SECONDS = 0.02


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                # The command name may hold spaces and parentheses; the fields after its last ")" do not.
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        kids.setdefault(int(fields[1]), []).append(int(entry.name))
    return kids


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
            for line in rollup:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class _TreeMemory(threading.Thread):
    """The largest total PSS of a process and its descendants while it runs."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_SECONDS):
            kids, tree, total = _children(), [self.pid], 0
            while tree:
                pid = tree.pop()
                total += _pss_kib(pid)
                tree.extend(kids.get(pid, ()))
            self.peak_kib = max(self.peak_kib, total)


def run(
    argv: Sequence[str | Path],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    tree_memory: bool = False,
) -> Run:
    """Run ``argv`` to completion; output goes to files, so a chatty child never blocks on a pipe.

    ``tree_memory`` samples the memory of the process and its workers while it
    runs. Reading a large process's ``smaps_rollup`` takes milliseconds and
    holds its memory map's lock, so on two cores sampling slows the run it
    measures: a run is timed or sampled, never both. Untimed, the peak is the
    largest single process's resident set.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([str(a) for a in argv], stdout=out, stderr=err, env=env, cwd=cwd)
        peak = None
        sampled = tree_memory and os.path.exists("/proc/self/smaps_rollup")
        sampler = _TreeMemory(proc.pid) if sampled else None
        if sampler is not None:
            sampler.start()
        if hasattr(os, "wait4"):
            # wait4 reports this child's own rusage, where RUSAGE_CHILDREN would only
            # give the largest of every child the benchmark has ever waited for.
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss / 1024  # Linux reports KiB
        else:
            proc.wait()
            seconds = time.perf_counter() - start
        if sampler is not None:
            sampler.stop.set()
            sampler.join()
            peak = max(peak or 0.0, sampler.peak_kib / 1024)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds,
            peak,
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def environment(**overrides: str) -> dict[str, str]:
    """This process's environment with ``overrides``; no colour or progress codes in captured output."""
    env = dict(os.environ)
    env.update(overrides)
    env.setdefault("NO_COLOR", "1")
    return env
