"""Making the files of a site on every core, each written as soon as it is made.

A build plans its files first (:class:`Job`: a path and how to make it),
then this module makes them. Writing each file the moment it is rendered
keeps memory flat however large the site; rendering in forked worker
processes uses every core. Workers inherit the plan when they are forked —
nothing but the indices of the jobs and the stamps of written files crosses a
process boundary — so jobs may be closures over the whole checked registry.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from rootcheck.output.staging import Stamp, write_file

#: Below this many files, starting workers costs more than it saves.
PARALLEL_FROM = 400
#: Each worker takes jobs in this many batches, so that progress moves and no worker idles at the end.
BATCHES_PER_WORKER = 8


@dataclass(frozen=True)
class Job:
    """One file of the site: where it goes, how to make it, and what it depends on."""

    path: str
    make: Callable[[], bytes]
    #: A digest of every input of the file; ``None`` for files made afresh by every build.
    key: str | None = None


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Set in the parent just before forking; each worker reads its own copy.
_PLAN: tuple[Sequence[Job], Path] | None = None


def _make(batch: Sequence[int]) -> list[tuple[str, Stamp]]:
    assert _PLAN is not None
    jobs, folder = _PLAN
    return [(jobs[i].path, write_file(folder, jobs[i].path, jobs[i].make())) for i in batch]


def make_files(
    jobs: Sequence[Job],
    folder: Path,
    workers: int,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Stamp]:
    """Make every job's file in ``folder``; the stamp of each file written, by path."""
    total = len(jobs)
    if workers < 2 or total < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        stamps: dict[str, Stamp] = {}
        for done, job in enumerate(jobs, 1):
            stamps[job.path] = write_file(folder, job.path, job.make())
            if progress is not None and done % 100 == 0:
                progress(done, total)
        return stamps
    count = workers * BATCHES_PER_WORKER
    # Interleaved, so that each batch gets its share of the large pages (sources) and the small.
    batches = [list(range(start, total, count)) for start in range(count)]
    global _PLAN
    _PLAN = (jobs, folder)
    # Objects that live until the end need not be scanned by a worker's collector,
    # and not touching them keeps their memory shared with the parent.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            pending: set[Future[list[tuple[str, Stamp]]]] = {pool.submit(_make, b) for b in batches}
            stamps, done = {}, 0
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    made = future.result()
                    stamps.update(made)
                    done += len(made)
                if progress is not None:
                    progress(done, total)
    finally:
        _PLAN = None
        gc.unfreeze()
    return stamps
