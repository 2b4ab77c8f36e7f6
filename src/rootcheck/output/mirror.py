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
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from rootcheck.output.jobs import Job, make_files
from rootcheck.output.staging import safe_relative


class Mirror:
    """``folder`` as the last plan made it; :meth:`update` brings it up to a new one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        #: The key each file of the folder was made from (``None``: made afresh by every update).
        self.keys: dict[str, str | None] = {}

    def update(
        self, jobs: Sequence[Job], workers: int = 1, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Make the files whose key changed, remove those no longer planned; how many were made.

        Every file is made before any is moved in: a job that fails leaves the
        folder, and what the mirror remembers, as they were.
        """
        todo = [job for job in jobs if job.key is None or self.keys.get(job.path, "") != job.key]
        fresh = Path(tempfile.mkdtemp(prefix=".fresh-", dir=self.folder.parent))
        try:
            make_files(todo, fresh, workers, progress)
            for job in todo:
                name = safe_relative(job.path)
                target = self.folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(fresh / name, target)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)
        planned = {job.path: job.key for job in jobs}
        for gone in self.keys.keys() - planned.keys():
            (self.folder / safe_relative(gone)).unlink(missing_ok=True)
        self.keys = planned
        return len(todo)
