"""A build, start to end, as one function: check everything, then plan the site and write it.

Sources, claims, anchors, figures and comparisons are read and proved by
:func:`rootcheck.pipeline.check`; the pages are planned by
:func:`rootcheck.render.site.plan_site`, and written into the output and
swapped in whole by :func:`rootcheck.publish.publish_site`. Nothing here
prints or exits: what the build found and wrote comes back as a :class:`Built`
for the command to tell. A template override's mistake found while rendering
(:class:`~rootcheck.render.templates.TemplateProblem`) and a disk that cannot
take the files (a :class:`~rootcheck.errors.RootcheckError` saying so) are
raised with nothing written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rootcheck import parallel
from rootcheck.checked import Checked
from rootcheck.collector import collector_paused, holding
from rootcheck.errors import RootcheckError
from rootcheck.output.staging import spare_survey
from rootcheck.pipeline import Progress, check
from rootcheck.publish import Published, publish_site
from rootcheck.render.site import RenderOptions, plan_site
from rootcheck.render.templates import compile_pages, uncompiled_pages

#: A site of this many files or more has its spare walked on a second core.
#: Measured in process, forking and reading the answer took 1.6 ms
#: against a walk of 1.2 ms for this repository's 101 files, 3 ms against 14 ms for 1,325,
#: and 13 ms against 141 ms for 13,026.
SURVEY_ELSEWHERE_FROM = 1000


@dataclass(frozen=True)
class Built:
    """What a build found, and what it wrote."""

    checked: Checked
    #: The files written, or None where the check's errors (or, strict, its warnings) stopped the
    #: build before anything was: the old site stays as it was.
    published: Published | None
    #: Everything the build made, for a caller that exits without freeing it to hold until then
    #: (see :func:`rootcheck.commands.keep_until_exit`).
    made: tuple[object, ...] = ()


def build(
    root: Path,
    out: Path,
    options: RenderOptions,
    *,
    strict: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
    on_checked: Callable[[Checked], None] | None = None,
) -> Built:
    """Check the registry under ``root``, then build its site into ``out`` (vetted and locked by the caller).

    With any error, or with ``strict`` any warning, nothing is written.
    ``today`` is the day dates are checked against; ``progress`` is told of
    each stage; ``on_checked`` is handed what the check found as soon as it is
    known, before any page is made, so that a large build's problems are seen
    while its pages render.
    """
    tell: Progress = progress or (lambda stage, done, total: None)
    manifest = options.published
    # The spare's files are walked on a second core while this process checks the registry;
    # the check takes the claim files' statuses there too, and wants them first (see pipeline.py).
    many = manifest is not None and len(manifest.files) >= SURVEY_ELSEWHERE_FROM
    spare = parallel.Errand(lambda: spare_survey(out), fork=options.workers >= 2 and many, patient=True)
    # A first build's page templates are compiled on a second core while this process checks the
    # registry, rather than by each process that renders pages, as each comes to need them.
    uncompiled = uncompiled_pages(options.templates, options.cache) if options.workers >= 2 else []
    compiling = parallel.Errand(lambda: compile_pages(options.cache, uncompiled), fork=bool(uncompiled))
    with spare, compiling, holding() as memos:
        # What checking and planning make lives until the process exits.
        with collector_paused():
            checked = check(
                root, tell, options.cache, options.workers, drafts=options.drafts, today=today, templates=True
            )
            if on_checked is not None:
                on_checked(checked)
            if checked.errors or (strict and checked.diagnostics):
                return Built(checked, None, (memos,))
            tell("planning pages", 0, 1)
            jobs = plan_site(checked, options)
        try:
            written = publish_site(
                jobs,
                out,
                options.cache,
                workers=options.workers,
                progress=lambda done, total: tell("rendering pages", done, total),
                previous=manifest,
                spare=spare.result(),
            )
        except OSError as exc:  # the disk full, say: the machine's to fix, not rootcheck's
            where = f" ({exc.filename})" if exc.filename else ""
            raise RootcheckError(f"the site could not be written: {exc.strerror}{where}") from None
    return Built(checked, written, (checked, jobs, memos))
