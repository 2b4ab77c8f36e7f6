"""``rootcheck check``: validate sources, claims, comparisons and override templates; report every problem."""

from __future__ import annotations

import argparse
import json
import os
import posixpath
from pathlib import Path
from typing import TYPE_CHECKING

from rootcheck.checked import Checked
from rootcheck.collector import collector_paused, holding
from rootcheck.commands import (
    RENAME_JOURNAL,
    add_quiet,
    add_root,
    add_strict,
    keep_until_exit,
    root_of,
    today,
)
from rootcheck.commands.progress import TerminalProgress
from rootcheck.model import Diagnostic, Severity
from rootcheck.output import cache_dir
from rootcheck.parallel import available_cores
from rootcheck.pipeline import check

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers

HELP = """\
Validate seeds/sources.yaml, every claim under claims/, every comparison and
the override templates under templates/, and prove each quote against its
source. Every problem is reported, one per line, as
PATH:LINE:COL: error|warning: MESSAGE; --format github writes them as
GitHub Actions annotations, and --format json as one JSON object for other
tools: {"claims", "sources", "errors", "warnings", "problems": [{"path",
"line", "col", "severity", "message"}]} (line and col 0 for a whole file).

exit status: 0 without errors, 1 with errors (or, with --strict, with
warnings), 2 on a usage error.

examples:
  rootcheck check
  rootcheck check --root path/to/registry --format github
  rootcheck check --strict          for a CI that lets no warning through
  rootcheck check --format json > problems.json
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "check",
        help="validate the registry and prove every quote",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_root(parser)
    add_quiet(parser)
    add_strict(parser, "exit 1 when there is any")
    parser.add_argument(
        "--format",
        choices=("text", "github", "json"),
        default="text",
        help="text (default), GitHub Actions workflow commands, or one JSON object",
    )
    parser.set_defaults(run=run)


def _github_escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def format_diagnostic(d: Diagnostic, style: str, folder: str = "") -> str:
    """One problem as a line of ``style``'s; a GitHub annotation names its file from the repository's
    top, the registry's ``folder`` there (see :func:`registry_folder`)."""
    if style == "github":
        path = posixpath.join(folder, d.where.path) if folder and d.where.path else d.where.path
        props = [f"file={_github_escape(path, prop=True)}"]
        if d.where.line:
            props += [f"line={d.where.line}", f"col={d.where.col}"]
        return f"::{d.severity.value} {','.join(props)}::{_github_escape(d.message)}"
    # One problem per line, whatever a file name or a quoted value holds.
    return f"{d.where}: {d.severity.value}: {d.message}".replace("\r", "\\r").replace("\n", "\\n")


def registry_folder(root: Path) -> str:
    """Where the registry at ``root`` lies in the repository, as GitHub places an annotation: from its
    top (``GITHUB_WORKSPACE``, or the folder a check is run in), where the registry lies inside it;
    else "", every path then from the registry's root, as the text format gives them."""
    top, registry = Path(os.environ.get("GITHUB_WORKSPACE") or os.getcwd()).resolve(), root.resolve()
    if not registry.is_relative_to(top) or registry == top:
        return ""
    return registry.relative_to(top).as_posix()


def _counts(checked: Checked) -> tuple[int, int]:
    """The errors and the warnings."""
    diags = checked.diagnostics
    errors = sum(d.severity is Severity.ERROR for d in diags)
    return errors, len(diags) - errors


def summary(checked: Checked, strict: bool = False) -> str:
    errors, warnings = _counts(checked)
    reg = checked.registry
    claims, sources = len(reg.claims), len(reg.sources)
    counted = (
        f"checked {claims} claim{'s' * (claims != 1)} against {sources} source{'s' * (sources != 1)}: "
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    )
    return counted + (" (--strict: warnings fail too)" if strict and warnings else "")


def run(args: argparse.Namespace) -> int:
    progress = TerminalProgress(quiet=args.quiet)
    root = root_of(args)
    # What checking makes, and the memos it read, live until the process exits.
    with collector_paused(), holding() as memos:
        checked = check(root, progress, cache_dir(root), available_cores(), today=today(), templates=True)
    progress.done()
    keep_until_exit(checked, memos)
    failed = bool(checked.errors) or (args.strict and bool(checked.diagnostics))
    if args.format == "json":
        print(json.dumps(as_json(checked), ensure_ascii=False))
        return 1 if failed else 0
    folder = registry_folder(root) if args.format == "github" else ""
    for diagnostic in checked.diagnostics:
        print(format_diagnostic(diagnostic, args.format, folder))
    if args.format == "text":
        print(summary(checked, args.strict))
    if (root / RENAME_JOURNAL).exists():
        print(
            f"{RENAME_JOURNAL}: a rename was stopped before it ended; the next rootcheck rename "
            "first puts its files back as they were, or keeps them if it had renamed them all"
        )
    return 1 if failed else 0


def as_json(checked: Checked) -> dict[str, object]:
    """What ``--format json`` prints: the counts of the summary line, and every problem."""
    errors, warnings = _counts(checked)
    return {
        "claims": len(checked.registry.claims),
        "sources": len(checked.registry.sources),
        "errors": errors,
        "warnings": warnings,
        "problems": [problem_record(d) for d in checked.diagnostics],
    }


def problem_record(d: Diagnostic) -> dict[str, object]:
    """A problem as JSON gives it, here and in ``coverage --json``: {"path", "line", "col", "severity",
    "message"}, line and col 0 for a whole file."""
    return {"path": d.where.path, "line": d.where.line, "col": d.where.col,
            "severity": d.severity.value, "message": d.message}  # fmt: skip
