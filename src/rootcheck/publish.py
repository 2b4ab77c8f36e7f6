"""Rendering the planned site into a staged folder and swapping it in, reusing what has not changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rootcheck.output import Staging, Stamp
from rootcheck.output.jobs import Job, make_files
from rootcheck.output.manifest import Entry, Manifest, load_manifest, save_manifest


@dataclass(frozen=True)
class Published:
    files: int
    rendered: int
    reused: int


def publish_site(
    jobs: list[Job],
    out: Path,
    cache: Path | None,
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Published:
    """Make ``jobs`` into the new ``out``: files whose key and stamp are unchanged are carried over."""
    out = out.resolve()
    previous = load_manifest(cache, out)
    entries: dict[str, Entry] = {}
    with Staging(out) as staging:
        todo = []
        for job in jobs:
            entry = previous.entry(job.path, job.key)
            if entry is not None and staging.reuse(job.path, entry.stamp):
                entries[job.path] = entry
            else:
                todo.append(job)
        stamps: dict[str, Stamp] = make_files(todo, staging.folder, workers, progress)
        for job in todo:
            if job.key is not None:
                entries[job.path] = Entry(job.key, stamps[job.path])
        staging.publish()
    save_manifest(cache, Manifest(str(out), entries))
    return Published(len(jobs), len(todo), len(jobs) - len(todo))
