"""``rootcheck coverage``: the figures in the sources that no claim covers."""

from __future__ import annotations

import argparse
import json
import math
from typing import TYPE_CHECKING

from rootcheck.checked import Checked
from rootcheck.checks.references import source_hint
from rootcheck.commands import add_root, check_with_cache, refused_as_json, root_of
from rootcheck.commands.check import format_diagnostic, problem_record
from rootcheck.errors import RootcheckError, UsageError
from rootcheck.memo import Memo
from rootcheck.output import cache_dir
from rootcheck.parallel import available_cores

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers
    from rootcheck.coverage import SourceCoverage

HELP = """\
List every figure written in the sources that no claim covers and that is not
listed in skipped.yaml, as PATH:LINE: FIGURE, then the share covered per source.
Dates, list numbers and web addresses are not figures. --json prints one
object instead: {"sources": [{"source_id", "file", "figures", "covered",
"percent", "missing": [{"figure", "line", "start", "end"}]}], "below",
"problems"}: "below" the ids of the sources under --fail-under, "problems" the
registry's errors as check --format json gives them; or {"error": ...} where it
refuses.

exit status: 0, or 1 when a source's coverage is below --fail-under or the
registry has errors, 2 for a --source the registry does not have.

examples:
  rootcheck coverage
  rootcheck coverage --source fact-sheet-2023 --fail-under 100
  rootcheck coverage --json > coverage.json
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("coverage", help="list the figures no claim covers",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    add_root(parser)
    parser.add_argument("--source", metavar="ID", help="only this source")
    parser.add_argument("--fail-under", type=_percent, metavar="PCT", default=0.0,
                        help="exit 1 when a source's coverage is below PCT percent")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def _percent(value: str) -> float:
    try:
        percent = float(value)
    except ValueError:
        percent = math.nan
    if not 0 <= percent <= 100:  # NaN too, which no coverage is ever below
        raise argparse.ArgumentTypeError(f"must be a percentage from 0 to 100, not {value!r}")
    return percent


def source_coverage(
    checked: Checked, only: str | None = None, known: Memo | None = None, workers: int = 1
) -> list[SourceCoverage]:
    """The coverage of every source, or ``only`` one; ``known``, the figures earlier runs found, the
    others searched for on up to ``workers`` processes."""
    # Loaded here, not with the command list: what finds every figure of a source takes some 10 ms
    # to load, which every other command would pay at start.
    from rootcheck.coverage import by_source, coverage, figures_of

    reg = checked.registry
    if only is not None and only not in reg.sources:
        raise UsageError(f"no source {only!r}" + source_hint(reg, only))
    documents = {sid: doc for sid, doc in checked.documents.items() if only in (None, sid)}
    found = figures_of(documents, known, workers)
    grouped = by_source(checked.claims, reg.skips)
    return [
        coverage(sid, reg.sources[sid].file, doc, *grouped.get(sid, ([], [])), found=found[sid])
        for sid, doc in documents.items()
    ]


def run(args: argparse.Namespace) -> int:
    try:
        root = root_of(args)
        checked = check_with_cache(root)
        known = Memo(cache_dir(root), "mentions")
        results = source_coverage(checked, args.source, known, available_cores())
    except RootcheckError as exc:
        if args.json:
            refused_as_json(str(exc))
        raise
    known.save()
    below = [r for r in results if r.percent < args.fail_under]
    if args.json:
        print(json.dumps(as_json(checked, results, below)))
    else:
        _print(checked, results)
    if below:
        # By their counts: a share rounded (4/6 shown as 66.7%) may be under a bar it seems to meet.
        told = ", ".join(f"{r.source_id} ({r.covered}/{len(r.mentions)})" for r in below)
        raise RootcheckError(f"figures covered under --fail-under {args.fail_under:g}%: {told}")
    return 1 if checked.errors else 0


def _print(checked: Checked, results: list[SourceCoverage]) -> None:
    for error in checked.errors:
        print(format_diagnostic(error, "text"))
    for result in results:
        for mention in result.missing:
            print(f"seeds/{result.file}:{mention.line}: {mention.text}")
    for result in results:
        print(
            f"{result.source_id}: {result.covered}/{len(result.mentions)} figures covered ({result.percent:.1f}%)"
        )


def as_json(
    checked: Checked, results: list[SourceCoverage], below: list[SourceCoverage]
) -> dict[str, object]:
    """What ``--json`` prints: what the text tells, each source's share by its counts too, and each
    figure missing with its place in the file's text, as ``locate --json`` gives a passage's."""
    return {
        "sources": [
            {
                "source_id": r.source_id,
                "file": f"seeds/{r.file}",
                "figures": len(r.mentions),
                "covered": r.covered,
                "percent": r.percent,
                "missing": [
                    {"figure": m.text, "line": m.line, "start": m.span.start, "end": m.span.end}
                    for m in r.missing
                ],
            }
            for r in results
        ],
        "below": [r.source_id for r in below],
        "problems": [problem_record(d) for d in checked.errors],
    }
