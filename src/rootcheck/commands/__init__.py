"""One module per command: its flags (``add_parser``) and what it does (``run``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TypeAlias

from rootcheck.errors import RootcheckError

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the folder holding seeds/ and claims/ (default: current folder)",
    )


def root_of(args: argparse.Namespace) -> Path:
    root: Path = args.root
    if not root.is_dir():
        raise RootcheckError(f"--root {root} is not a folder")
    return root.resolve()


def add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help="no progress line on a terminal")
