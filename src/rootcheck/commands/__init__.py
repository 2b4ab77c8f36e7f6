"""One module per command, its flags (``add_parser``) and what it does (``run``), and what commands
share: here, the flags and the checked registry; in ``passages`` what they say of a quote not found;
in ``progress`` the progress line on a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from rootcheck import pipeline
from rootcheck.checked import Checked
from rootcheck.errors import RootcheckError, UsageError
from rootcheck.output import cache_dir
from rootcheck.parallel import available_cores
from rootcheck.registry.load import SOURCES_FILE
from rootcheck.registry.settings import CONFIG_FILE

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

#: What the last command built, held until the process exits (see :func:`keep_until_exit`).
_kept: tuple[object, ...] = ()


def keep_until_exit(*built: object) -> None:
    """Hold what a command built past its return, so that the process exits without freeing it.

    Freed as the command returns, what a build of 10,000 claims made takes
    0.08 s to take apart, object by object; the ``rootcheck`` program then
    exits without freeing anything (:func:`rootcheck.cli.entry`), and the
    operating system takes the memory back at once. Only the last command's
    objects are held, so that a process running many commands does not grow.
    """
    global _kept
    _kept = built


def build_date() -> dt.date | None:
    """The date in SOURCE_DATE_EPOCH, the reproducible-builds convention; None when unset."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        raise RootcheckError(f"SOURCE_DATE_EPOCH must be a number of seconds, not {value!r}") from None


def today() -> dt.date:
    """The day dates are checked against: the build's day where SOURCE_DATE_EPOCH dates it, else today here."""
    return build_date() or dt.date.today()


def add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        metavar="DIR",
        help="the folder holding seeds/ and claims/ (default: the current folder, or the nearest above it "
        "holding rootcheck.yaml or seeds/sources.yaml)",
    )


#: What marks a folder as a registry's root, looked for from the current folder up, as git looks for .git.
ROOT_MARKS = (CONFIG_FILE, SOURCES_FILE)
#: What a rename is about to change, beside rootcheck.yaml until it is done or undone (see
#: :mod:`rootcheck.commands.rename`): there after a rename was killed, for the next to put back.
RENAME_JOURNAL = ".rootcheck-rename.json"


def root_of(args: argparse.Namespace) -> Path:
    root: Path | None = args.root
    if root is None:
        # An editor in claims/progress-2023/ means the registry it is in, not one of its own.
        here = Path.cwd()
        return next(
            (folder for folder in (here, *here.parents) if any((folder / m).is_file() for m in ROOT_MARKS)),
            here,
        )
    if not root.is_dir():
        raise UsageError(f"--root {root} is not a folder")
    return root.resolve()


def shown_path(path: Path) -> str:
    """A file a command wrote, changed or read for the editor, as the editor can open it where they
    stand: from the current folder where it lies in it, else in full. From the root it would not be
    there for an editor in claims/ or elsewhere, given --root. (A problem names its file from the
    root, as ``check`` does, which is the registry's own way of naming files.)"""
    here, full = Path.cwd(), path.absolute()
    return full.relative_to(here).as_posix() if full.is_relative_to(here) else str(full)


def check_with_cache(root: Path) -> Checked:
    """The registry checked as ``check`` checks it (dates against today too), but for the override
    templates, for a command that needs the registry checked: with the root's cache, on every core.

    At 10,000 claims ``new`` and ``coverage`` took 3.2 s checking afresh, as a
    cold ``check`` does; with what the last run left, as long as a warm one.
    """
    # The package's module ``check`` is the command: the pipeline's function is named in full.
    return pipeline.check(root, cache=cache_dir(root), workers=available_cores(), today=today())


def whole_number(what: str) -> Callable[[str], int]:
    """An argument's type: a whole number, 1 or more, refused as ``what`` says it should be."""

    def read(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = 0
        if number < 1:
            raise argparse.ArgumentTypeError(f"must be a whole number{what}, not {value!r}")
        return number

    return read


def refused_as_json(message: str) -> None:
    """What a command given --json prints where it refuses, before its message goes to standard
    error: {"error": message}, so that a script reading standard output always gets one object."""
    print(json.dumps({"error": message}))


def add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help="no progress line on a terminal")


def add_strict(parser: argparse.ArgumentParser, fails: str) -> None:
    parser.add_argument("--strict", action="store_true", help=f"treat warnings as errors: {fails}")
