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
    kept = _kept(jobs, spare_manifest, previous)
    keep = {path: entry.stamp for path, entry in kept.items()} if cache is not None else None
    published = previous.files
    # The published files whose change time this build moves, linking or removing another name of
    # theirs, with their stamps now: recorded so, even by a build that does not get as far as publishing.
    moved: dict[str, Stamp] = {}

    def stamped(path: str) -> Stamp | None:
        entry = published.get(path)
        return entry.stamp if entry is not None else None

    try:
        wanted = {job.path for job in jobs}
        with Staging(out, keep, spare, wanted=wanted, published=stamped, moved=moved) as staging:
            _note_moved(published, moved)  # before an export reads the published site
            todo = []
            for job in jobs:
                if job.path in staging.adopted:
                    entries[job.path] = kept[job.path]
                    continue
                entry = previous.entry(job.path, job.key)
                if entry is not None and (linked := staging.reuse(job.path, entry.stamp)) is not None:
                    entries[job.path] = Entry(entry.key, linked)
                else:
                    todo.append(job)
            made: dict[str, Stamp] = make_files(todo, staging.folder, workers, progress)
            for job in todo:
                if job.key is not None:
                    entries[job.path] = Entry(job.key, made[job.path])
            kept_spare = staging.publish()
    except BaseException:
        if moved:
            _note_moved(published, moved)
            save_manifest(cache, previous)
        raise
    if kept_spare:
        # The replaced site is the spare now; its files are as the last build left them.
        move_manifest(cache, out, spare_folder)
    else:
        _note_moved(entries, moved)  # the replaced site, removed, shared files with this one
    save_manifest(cache, Manifest(str(out), entries))
    return Published(len(jobs), len(jobs) - len(todo))


def _kept(jobs: list[Job], spare: Manifest, published: Manifest) -> dict[str, Entry]:
    """The spare's entry for each file the new site has with the same key, as the spare holds it now.

    A file the last build linked from the spare into the site it published is
    one file in both, whose change time the link moved: the published site's
    manifest, written after, has its stamp since, and the spare's does not.
    """
    kept: dict[str, Entry] = {}
    now = published.files
    for job in jobs:
        entry = spare.entry(job.path, job.key)
        if entry is None:
            continue
        linked = now.get(job.path)
        if linked is not None and linked.stamp.inode == entry.stamp.inode and linked.key == entry.key:
            entry = linked
        kept[job.path] = entry
    return kept


def _note_moved(files: dict[str, Entry], moved: dict[str, Stamp]) -> None:
    """Give each of ``files`` whose change time this build moved (see :class:`Staging`) its stamp now."""
    for path, stamp in moved.items():
        entry = files.get(path)
        if entry is not None and entry.stamp.inode == stamp.inode:
            files[path] = Entry(entry.key, stamp)
