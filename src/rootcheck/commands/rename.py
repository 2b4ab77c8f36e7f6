"""``rootcheck rename``: give a claim a new id, keeping the old one as an alias."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from rootcheck.commands import add_root, check_with_cache, replace_file, root_of
from rootcheck.commands.check import format_diagnostic
from rootcheck.errors import RootcheckError
from rootcheck.pipeline import Checked

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers
    from rootcheck.renaming import Renaming

HELP = """\
Give claim OLD the id NEW: its file is renamed to NEW.yaml, OLD is kept among
its aliases (so that links to its old page lead to the new one), and every
comparison list and citation naming OLD is changed to NEW. Only those places
change; comments and layout are kept. Nothing is written while the registry
has errors, and if the renamed registry had any, every file is put back.

examples:
  rootcheck rename firms-supported private-firms-supported
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("rename", help="give a claim a new id",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("old", metavar="OLD", help="the claim's id")
    parser.add_argument("new", metavar="NEW", help="its new id")
    add_root(parser)
    parser.set_defaults(run=run)


def _errors(checked: Checked) -> list[str]:
    return [format_diagnostic(d, "text") for d in checked.errors]


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    checked = check_with_cache(root)
    if errors := _errors(checked):
        for line in errors:
            print(line)
        raise RootcheckError(f"the registry has errors; fix them, then rename {args.old}")
    from rootcheck.renaming import plan_rename  # imported by this command alone

    renaming = plan_rename(checked.registry, args.old, args.new)
    before = {path: _kept(root / path) for path in [*renaming.files, renaming.old_file]
              if path != renaming.new_file}  # fmt: skip
    try:
        _write(root, renaming)
    except OSError as exc:
        _put_back(root, renaming, before)
        raise RootcheckError(
            f"cannot write {exc.filename}: {exc.strerror}; every file is as it was"
        ) from None
    if errors := _errors(check_with_cache(root)):
        _put_back(root, renaming, before)
        for line in errors:
            print(line)
        raise RootcheckError("renamed, the registry had errors; every file is as it was")
    print(f"renamed {args.old} to {args.new}: {renaming.new_file} ({args.old!r} kept among its aliases)")
    for path, count in sorted(renaming.places.items()):
        print(f"  {path}: {count} place{'s' * (count > 1)}")
    return 0


def _write(root: Path, renaming: Renaming) -> None:
    """Each file replaced whole, never half-written: the new claim file first, the old one removed last."""
    new = root / renaming.new_file
    replace_file(new, renaming.files[renaming.new_file], (root / renaming.old_file).stat().st_mode)
    for path, data in renaming.files.items():
        if path != renaming.new_file:
            replace_file(root / path, data, (root / path).stat().st_mode)
    (root / renaming.old_file).unlink()


def _kept(path: Path) -> tuple[bytes, int]:
    """A file's bytes and mode, to put it back as it was."""
    return path.read_bytes(), path.stat().st_mode


def _put_back(root: Path, renaming: Renaming, before: dict[str, tuple[bytes, int]]) -> None:
    for path, (data, mode) in before.items():
        replace_file(root / path, data, mode)
    with contextlib.suppress(FileNotFoundError):
        (root / renaming.new_file).unlink()
