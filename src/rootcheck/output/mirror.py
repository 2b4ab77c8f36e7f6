"""A private folder kept equal to the latest plan, making only the files whose key changed.

``rootcheck serve`` rebuilds on every change an editor saves; rendering the
whole site each time would cost seconds at newsroom scale, though a revised
note changes three files. The mirror remembers each file's key in memory and
makes only the jobs whose key differs, then moves each new file into place
with one rename, so a browser reading the folder gets a whole file, old or new.

Unlike :class:`~rootcheck.output.staging.Staging` it never swaps the whole
folder: a reader may see one new page beside an old one for an instant. That
is fine for a preview nobody else reads, never for a published site.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rootcheck.held import remove_tree
from rootcheck.output.jobs import Job, make_files
from rootcheck.output.staging import safe_relative


@dataclass(frozen=True)
class Updated:
    """What an update did: files made, and files whose key changed that were left to be made on request."""

    made: int
    left: int


class Mirror:
    """``folder`` as the last plan made it; :meth:`update` brings it up to a new one.

    Files the caller marks as made on request are not made by :meth:`update`:
    their old copy is removed at once, and :meth:`make_requested` makes the
    file when someone asks for it. The preview leaves the open-data exports
    so, as an editor's browser seldom reads them and each costs a large share
    of a rebuild at newsroom scale.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        #: The key each file of the folder was made from (``None``: made afresh by every update).
        self.keys: dict[str, str | None] = {}
        #: Files planned but left to be made on request, by path.
        self.requested: dict[str, Job] = {}
        # Held while the folder or what the mirror remembers changes: a request
        # may be served on another thread while an update runs.
        self.lock = threading.Lock()

    def update(
        self,
        jobs: Sequence[Job],
        workers: int = 1,
        on_request: Callable[[Job], bool] = lambda job: False,
        here: Callable[[Job], bool] = lambda job: False,
    ) -> Updated:
        """Make the files whose key changed, remove those no longer planned.

        Every file is made before any is moved in: a job that fails leaves the
        folder, and what the mirror remembers, as they were. Jobs for which
        ``on_request`` is true are left to :meth:`make_requested`; those for
        which ``here`` is true are made in this process, never by a forked
        worker, so that what making them leaves in memory is kept.
        """
        todo = [job for job in jobs if job.key is None or self.keys.get(job.path, "") != job.key]
        later: list[Job] = []
        now: list[Job] = []
        for job in todo:
            (later if on_request(job) else now).append(job)
        made = self._make(now, workers, here)
        with self.lock:
            for job in now:
                os.replace(made / job.path, self._target(job.path))
            remove_tree(made)
            planned = {job.path: job.key for job in jobs}
            for job in later:
                (self.folder / safe_relative(job.path)).unlink(missing_ok=True)
            self.requested = {
                path: job for path, job in self.requested.items() if planned.get(path, "") == job.key
            }
            self.requested.update((job.path, job) for job in later)
            for gone in self.keys.keys() - planned.keys():
                (self.folder / safe_relative(gone)).unlink(missing_ok=True)
            self.keys = planned
        return Updated(len(now), len(later))

    def make_requested(self, path: str) -> None:
        """Make ``path`` (site-relative) if it was left to be made on request; otherwise do nothing."""
        with self.lock:
            job = self.requested.get(path)
            if job is None:
                return
            made = self._make([job], 1)
            os.replace(made / job.path, self._target(job.path))
            remove_tree(made)
            del self.requested[path]

    def _make(
        self,
        jobs: Sequence[Job],
        workers: int,
        here: Callable[[Job], bool] = lambda job: False,
    ) -> Path:
        """A new folder beside the mirror's holding the jobs' files; none if any job fails."""
        fresh = Path(tempfile.mkdtemp(prefix=".fresh-", dir=self.folder.parent))
        try:
            ours = [job for job in jobs if here(job)]
            make_files([job for job in jobs if not here(job)], fresh, workers, here=ours)
        except BaseException:
            remove_tree(fresh)
            raise
        return fresh

    def _target(self, path: str) -> Path:
        target = self.folder / safe_relative(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        return target
