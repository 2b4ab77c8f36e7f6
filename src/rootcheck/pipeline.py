"""The check every command runs first: the registry read, its sources read, every quote proved,
then what only the whole registry can tell (sources that hold a quote placed nowhere, comparisons'
references, dates, skipped numbers).

The stages add what they find to the registry's diagnostics, in that order; none prints or exits.
Pages and their writing come after, from what :func:`check` returns (:mod:`rootcheck.render.site`,
:mod:`rootcheck.publish`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rootcheck import parallel
from rootcheck.checked import Checked
from rootcheck.checks.dates import check_dates
from rootcheck.checks.holders import name_holders
from rootcheck.checks.proving import check_claims
from rootcheck.checks.references import check_pillars, check_references
from rootcheck.checks.skips import check_skips
from rootcheck.memo import Memo, stored_bytes
from rootcheck.overrides import TEMPLATES, override_problems
from rootcheck.registry.items import status_keys
from rootcheck.registry.load import CLAIMS, load_registry
from rootcheck.registry.reads import Reread
from rootcheck.registry.schema import CLAIM_KIND
from rootcheck.registry.strays import stray_items
from rootcheck.seeds import read_documents

#: Told of progress: (stage, items done, items in all). The CLI decides whether to show it.
Progress = Callable[[str, int, int], None]

#: A one-off check whose registry memo is this large (some 900 claims of this repository's
#: kind) takes the claim files' statuses on a second core. Taking 1,000 here costs about
#: 6 ms; forking a child and reading its answer took 1.6-3 ms for the walk of a spare of
#: 101 to 1,325 files (timed on this project's machines).
STATUSES_ELSEWHERE_FROM = 1 << 20


def _silent(stage: str, done: int, total: int) -> None:
    pass


def check(
    root: Path,
    progress: Progress = _silent,
    cache: Path | None = None,
    workers: int = 1,
    reread: Reread | None = None,
    drafts: bool = False,
    today: dt.date | None = None,
    templates: bool = False,
) -> Checked:
    """Load and verify everything under ``root``, collecting every problem.

    With a ``cache`` folder, claim files unchanged since the last run are not
    parsed again, nor claims proven again whose source (and rootcheck itself)
    is unchanged too; the others are parsed and proven on up to ``workers`` processes.
    Sources unchanged since are not read until their text is needed (see :mod:`rootcheck.seeds`).
    With ``reread``, files unchanged since this process last read them are not read again.
    With ``drafts``, the site will publish drafts (``build --drafts``): what they leave out is not warned of.
    With ``today``, a date after it is warned of (see :mod:`rootcheck.checks.dates`).
    With ``templates``, the root's override templates are checked too (see :mod:`rootcheck.render.templates`).
    """
    # Remembered statuses name each file by its path: one spelling of the root for every caller.
    root = root.resolve()
    progress("reading the registry", 0, 1)
    reread = reread or Reread(keep=False)
    with _statuses_elsewhere(root, cache, workers, reread):
        parsed = Memo(cache, "registry")
        registry = load_registry(root, parsed, reread, workers)
    parsed.save()
    stray_items(registry)
    progress("reading the sources", 0, len(registry.sources))
    # What earlier runs learnt of the sources: their digests, and which skipped numbers they hold.
    known = Memo(cache, "documents")
    documents = read_documents(registry, reread.documents, known)
    memo = Memo(cache, "checks")
    claims = check_claims(
        registry,
        documents,
        lambda done, total: progress("proving quotes", done, total),
        memo,
        workers,
        reread.rechecks if reread.keeps else None,
    )
    memo.save()
    check_pillars(registry)
    name_holders(registry, documents)
    check_references(registry, claims, drafts)
    if today is not None:
        check_dates(registry, today)
    check_skips(registry, documents, known)
    known.save()
    checked = Checked(registry, documents, claims)
    if templates and os.path.lexists(root / TEMPLATES):
        checked = checked.adding(override_problems(root, cache))
    return checked


@contextmanager
def _statuses_elsewhere(root: Path, cache: Path | None, workers: int, reread: Reread) -> Iterator[None]:
    """For a one-off check of a large registry, the claim files' statuses taken on a second core,
    by a child forked now, while this process loads the registry's memo.

    At 10,000 claims the looks and their memo keys take some 60 ms; taken
    elsewhere, a warm `check` went from 0.378 to 0.317 s (sixteen each by
    turns). A process that checks again (the preview) knows its files'
    statuses from the last check, and a small registry's are quicker taken here.
    """
    if reread.keeps or workers < 2 or stored_bytes(cache, "registry") < STATUSES_ELSEWHERE_FROM:
        yield
        return
    with parallel.Errand(lambda: status_keys(root, CLAIMS, CLAIM_KIND.what)) as statuses:
        reread.claims.lend_keys(statuses.result)
        yield
