"""Rendering the planned site into a staged folder and swapping it in, reusing what has not changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rootcheck.output import Staging, Stamp
from rootcheck.output.jobs import Job, make_files
from rootcheck.output.manifest import (
    Entry,
    Manifest,
    forget_manifest,
    load_manifest,
    move_manifest,
    save_manifest,
)
from rootcheck.output.staging import Survey, spare_of


@dataclass(frozen=True)
class Published:
    """What a build published: how many files, and how many of them it carried over unchanged."""

    files: int
    reused: int


def publish_site(
    jobs: list[Job],
    out: Path,
    cache: Path | None,
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    previous: Manifest | None = None,
    spare: Survey | None = None,
) -> Published:
    """Make ``jobs`` into the new ``out``: files whose key and stamp are unchanged are carried over.

    Each file comes from the first place that has it: the spare (the site
    before the last build, which the new one is staged in), the published
    site (hard-linked), or its job. Without a cache nothing can be trusted,
    so no spare is kept. ``previous`` is ``out``'s manifest, and ``spare`` the spare's
    survey (see :func:`~rootcheck.output.staging.spare_survey`), where the caller took them already.
    """
    out = out.resolve()
    if previous is None or previous.out != str(out):
        previous = load_manifest(cache, out)
    spare_folder = spare_of(out)
    spare_manifest = load_manifest(cache, spare_folder)
    forget_manifest(cache, spare_folder)
    entries: dict[str, Entry] = {}
    # Of the spare, only files the new site has with the same key may stay.
    keep = {
        job.path: entry.stamp
        for job in jobs
        if (entry := spare_manifest.entry(job.path, job.key)) is not None
    }
    with Staging(out, keep if cache is not None else None, spare) as staging:
        todo = []
        for job in jobs:
            if job.path in staging.adopted:
                entries[job.path] = spare_manifest.files[job.path]
                continue
            entry = previous.entry(job.path, job.key)
            if entry is not None and staging.reuse(job.path, entry.stamp):
                entries[job.path] = entry
            else:
                todo.append(job)
        made: dict[str, Stamp] = make_files(todo, staging.folder, workers, progress)
        for job in todo:
            if job.key is not None:
                entries[job.path] = Entry(job.key, made[job.path])
        if staging.publish():
            # The replaced site is the spare now; its files are as the last build left them.
            move_manifest(cache, out, spare_folder)
    save_manifest(cache, Manifest(str(out), entries))
    return Published(len(jobs), len(jobs) - len(todo))
