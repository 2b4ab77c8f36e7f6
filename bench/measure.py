"""Timing whole processes, start to exit, with each one's peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One process: wall time from start to exit, peak resident memory, what it said."""

    seconds: float
    #: Max RSS in MiB of the process (or of its largest child), None where the OS does not say.
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
    def peak_mib(self) -> float | None:
        peaks = [run.peak_mib for run in self.runs if run.peak_mib is not None]
        return max(peaks) if peaks else None

    @property
    def failure(self) -> Run | None:
        return next((run for run in self.runs if not run.ok), None)


def run(argv: Sequence[str | Path], *, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Run ``argv`` to completion; output goes to files, so a chatty child never blocks on a pipe."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([str(a) for a in argv], stdout=out, stderr=err, env=env, cwd=cwd)
        peak = None
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
