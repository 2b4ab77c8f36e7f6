"""``rootcheck build``: check everything, then write the site atomically."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rootcheck.commands import (
    add_quiet,
    add_root,
    add_strict,
    build_date,
    keep_until_exit,
    root_of,
    today,
    whole_number,
)
from rootcheck.commands.check import format_diagnostic, summary
from rootcheck.commands.progress import TerminalProgress
from rootcheck.errors import RootcheckError, UsageError
from rootcheck.output import cache_dir, check_out_dir
from rootcheck.output.lock import building_into
from rootcheck.output.manifest import load_manifest

if TYPE_CHECKING:
    from rootcheck.checked import Checked
    from rootcheck.commands import Subparsers

HELP = """\
Run every check of `rootcheck check`, then build the fact-check site into
--out (default: ROOT/site). With any error nothing is written: the errors are
printed and the old site stays as it was. The new site is written beside the
old one and swapped in, so no reader ever sees half of it.

templates/ under the root overrides theme files of the same name; a mistake
in an override is reported at its file and line, and nothing is written.

Builds are byte for byte reproducible: the only date not taken from the
registry is the build date, read from SOURCE_DATE_EPOCH (seconds since 1970)
when it is set; it is shown in the footer and dates each fact-check whose
comparison gives no 'published' day.

exit status: 0 when the site was written, 1 on errors (or, with --strict,
warnings), 2 on a usage error.

examples:
  rootcheck build
  rootcheck build --out public --base-url https://example.org/rootcheck/
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) rootcheck build --drafts
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "build",
        help="check everything, then build the site",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_root(parser)
    add_quiet(parser)
    add_strict(parser, "with any, nothing is written")
    parser.add_argument("--out", metavar="DIR", help="where to write the site (default: ROOT/site)")
    parser.add_argument(
        "--base-url",
        default="/",
        metavar="URL",
        help="where the site will be served, for the feed, sitemap and JSON-LD (default: /)",
    )
    parser.add_argument("--drafts", action="store_true", help="also publish claims marked draft")
    parser.add_argument(
        "--jobs",
        type=whole_number(" of processes, 1 or more"),
        default=None,
        metavar="N",
        help="parse claim files, prove quotes and render pages on N processes (default: one per core)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rootcheck.render.urls import normalize_base

    root = root_of(args)
    try:
        base_url = normalize_base(args.base_url)
    except ValueError as exc:
        raise UsageError(f"--base-url: {exc}") from None
    # Before anything is written, even to the cache; not resolved first, as a link is refused.
    out = check_out_dir(Path(args.out).absolute() if args.out else root / "site", root)
    with building_into(out, waiting=partial(_say_waiting, out)):
        return _build(args, root, out, base_url)


def _say_waiting(out: Path) -> None:
    print(f"rootcheck: waiting for another build into {out} to finish", file=sys.stderr, flush=True)


def _build(args: argparse.Namespace, root: Path, out: Path, base_url: str) -> int:
    """Everything after the output folder is vetted and locked: build, then tell what was found and written."""
    # The renderer (Jinja2, markdown-it) loads only for the commands that render,
    # so that `rootcheck check` in an editor's loop starts quickly.
    from rootcheck.building import build
    from rootcheck.parallel import available_cores
    from rootcheck.render.site import RenderOptions
    from rootcheck.render.templates import TemplateProblem

    cache = cache_dir(root)
    options = RenderOptions(
        base_url=base_url,
        drafts=args.drafts,
        build_date=build_date(),
        templates=root / "templates" if (root / "templates").is_dir() else None,
        cache=cache,
        workers=args.jobs or available_cores(),
        published=load_manifest(cache, out),
    )
    progress = TerminalProgress(quiet=args.quiet)

    def tell(checked: Checked) -> None:
        progress.done()
        for diagnostic in checked.diagnostics:
            print(format_diagnostic(diagnostic, "text"))

    try:
        built = build(
            root, out, options, strict=args.strict, today=today(), progress=progress, on_checked=tell
        )
    except TemplateProblem as exc:
        progress.done()
        print(format_diagnostic(exc.problem, "text"))
        raise RootcheckError(f"the site was not built; {out} is unchanged") from None
    except RootcheckError:
        progress.done()  # the message goes to a line of its own
        raise
    progress.done()
    keep_until_exit(*built.made)
    if built.published is None:
        print(summary(built.checked, args.strict))
        raise RootcheckError(f"the site was not built; {out} is unchanged")
    unchanged = (
        f" ({built.published.reused} unchanged since the last build)" if built.published.reused else ""
    )
    print(f"{summary(built.checked)}\nbuilt {built.published.files} files into {out}{unchanged}")
    return 0
