"""The command line: parse flags, run one command, turn problems into messages.

This module and ``start.py``, which loads it, are the only ones that exit
(but for the worker processes :mod:`rootcheck.parallel` forks, which end
themselves), and with ``commands/`` the only code that prints. A :class:`RootcheckError` is the user's to fix and gets a message; any
other exception is a bug in rootcheck and keeps its traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from rootcheck import __version__, patterns
from rootcheck.commands import build, check, coverage, figure, locate, new, pin, rename, schema, serve
from rootcheck.errors import RootcheckError
from rootcheck.hints import did_you_mean
from rootcheck.usercache import user_cache

COMMANDS = (check, locate, figure, coverage, new, rename, pin, schema, serve, build)

DESCRIPTION = """\
rootcheck proves every quoted figure against its source document and builds
an annotated fact-checking site from a YAML claim registry.

examples:
  rootcheck check                      validate sources, claims and comparisons
  rootcheck check --format github      the same, as GitHub Actions annotations
  rootcheck locate fact-sheet-2023 "more than 90,000 jobs"
  rootcheck figure "an estimated \\$189 million" --json
"""


class _Parser(argparse.ArgumentParser):
    """argparse's parser, naming the choice most likely meant where one is mistyped: "chek", "--format xlm"."""

    def error(self, message: str) -> NoReturn:
        typed = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if typed is not None:
            message += did_you_mean(typed[1], re.findall(r"'([^']*)'", typed[2]))
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rootcheck",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rootcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


#: Allocations between collections of the youngest generation (Python's default is 700).
GC_THRESHOLD = (50_000, 20, 20)


def main(argv: Sequence[str] | None = None) -> int:
    # A run builds hundreds of thousands of small records and frees few before it
    # exits; at the default threshold, the cycle collector walking them again and
    # again cost a third of a warm check. Cycles are still collected, less often.
    gc.set_threshold(*GC_THRESHOLD)
    patterns.keep_compiled(user_cache() / "patterns")
    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except RootcheckError as exc:
        print(f"rootcheck: error: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("rootcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    finally:
        patterns.save_compiled()


def entry() -> NoReturn:
    """The ``rootcheck`` program: :func:`main`, then an exit that frees nothing.

    What the command built is still held (see
    :func:`rootcheck.commands.keep_until_exit`); exiting at once leaves it to
    the operating system. Output is flushed first, as nothing is at exit.
    """
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader left: what is unwritten has nowhere to go
        status = status or 1
    os._exit(status)
