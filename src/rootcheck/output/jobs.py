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

from rootcheck.output.content import Content
from rootcheck.output.staging import write_file
from rootcheck.output.stamps import Stamp
from rootcheck.parallel import BATCHES_PER_WORKER, fork_map

#: Below this many pages' work (see :attr:`Job.cost`), starting workers costs more than it saves.
PARALLEL_FROM = 400


@dataclass(frozen=True)
class Job:
    """One file of the site: where it goes, how to make it, and what it depends on."""

    path: str
    make: Callable[[], Content]
    #: A digest of every input of the file; ``None`` for files made afresh by every build.
    key: str | None = None
    #: Files of one group (the pages of one source and its claims) share costly inputs,
    #: so a worker is handed a group's files together.
    group: str = ""
    #: About how many claim pages' work making the file is: a list or an export of many claims costs
    #: more than one (see :data:`rootcheck.render.site.CLAIMS_PER_PAGE`).
    cost: int = 1


def make_files(
    jobs: Sequence[Job],
    folder: Path,
    workers: int,
    progress: Callable[[int, int], None] | None = None,
    here: Sequence[Job] = (),
) -> dict[str, Stamp]:
    """Make every job's file in ``folder``; the stamp of each file written, by path.

    The jobs ``here`` are made in this process, while workers make the others.
    """

    def make(run: Sequence[Job]) -> list[tuple[str, Stamp]]:
        return [(job.path, write_file(folder, job.path, job.make())) for job in run]

    made_here: list[tuple[str, Stamp]] = []
    made = fork_map(
        make,
        runs_of(jobs, workers),
        workers,
        minimum=PARALLEL_FROM,
        progress=progress,
        size=len,
        alongside=lambda: made_here.extend(make(here)),
        # After one claim changed, a build makes a few files, but those list every claim.
        cost=lambda run: sum(job.cost for job in run),
    )
    return dict([*made_here, *(stamp for run in made for stamp in run)])


def runs_of(jobs: Sequence[Job], workers: int) -> list[list[Job]]:
    """The jobs in as many runs as workers take batches, each group's jobs side by side.

    A worker makes a run's files in turn, so the files of one group (one
    source's pages) mostly go to one worker, one after another, and what they
    share is built once and then let go.
    """
    ordered = sorted(jobs, key=lambda job: job.group)  # stable: paths stay in order within a group
    size = max(1, -(-len(ordered) // (max(workers, 1) * BATCHES_PER_WORKER)))
    return [ordered[start : start + size] for start in range(0, len(ordered), size)]
