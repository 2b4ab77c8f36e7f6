"""Making the files of a site on every core, each written as soon as it is made.

A build plans its files first (:class:`Job`: a path and how to make it),
then this module makes them. Writing each file the moment it is rendered
keeps memory flat however large the site; workers write the files they
render themselves, so only the stamps of written files cross a process
boundary, and jobs may be closures over the whole checked registry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rootcheck.output.staging import Stamp, write_file
from rootcheck.parallel import fork_map

#: Below this many files, starting workers costs more than it saves.
PARALLEL_FROM = 400


@dataclass(frozen=True)
class Job:
    """One file of the site: where it goes, how to make it, and what it depends on."""

    path: str
    make: Callable[[], bytes]
    #: A digest of every input of the file; ``None`` for files made afresh by every build.
    key: str | None = None


def make_files(
    jobs: Sequence[Job],
    folder: Path,
    workers: int,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Stamp]:
    """Make every job's file in ``folder``; the stamp of each file written, by path."""

    def make(job: Job) -> tuple[str, Stamp]:
        return job.path, write_file(folder, job.path, job.make())

    return dict(fork_map(make, jobs, workers, minimum=PARALLEL_FROM, progress=progress))
