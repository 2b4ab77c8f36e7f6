"""``rootcheck rename``: give a claim a new id, keeping the old one as an alias."""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from rootcheck.checked import Checked
from rootcheck.commands import RENAME_JOURNAL, add_root, check_with_cache, root_of, shown_path
from rootcheck.commands.check import format_diagnostic
from rootcheck.errors import Interrupted, RootcheckError
from rootcheck.whole import write_whole

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers
    from rootcheck.renaming import Renaming

HELP = """\
Give claim OLD the id NEW: its file is renamed to NEW.yaml, OLD is kept among
its aliases (so that links to its old page lead to the new one), and every
comparison list and citation naming OLD is changed to NEW. Only those places
change; comments and layout are kept. Nothing is written while the registry
has errors, but for those the rename mends, told once it has: a comparison
listing or citing NEW, which no claim has yet, as where the new id was written
first (and citing OLD where it lists NEW in its place). If the renamed
registry has any error, or a file cannot be written, or Ctrl-C or a signal to
end (SIGTERM, SIGHUP) stops it, every file it changed is put back as it was.
Killed outright, it leaves .rootcheck-rename.json beside rootcheck.yaml, and
the next rename puts the files back from it first. A claim with no aliases yet
is renamed only where its fields are written one a line from the left margin:
aliases is added as a line at the end, where it would be outside a flow
mapping ({source: ..., quote: ...}).

exit status: 0 when the claim is renamed; 1 when nothing is, for a reason it
tells, such as errors of the registry the rename does not mend, a NEW that
another claim has or had, a place naming OLD written in a way it leaves to the
editor, a file it cannot write, or errors of the renamed registry (every file
it changed is then put back); 2 on a usage error, such as an OLD that names no
claim or a NEW not written as ids are; 130 for Ctrl-C, 143 for SIGTERM and 129
for SIGHUP, every file it changed put back.

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


def _mended(checked: Checked, old: str, new: str) -> list[str]:
    """The registry's errors, where renaming ``old`` to ``new`` mends every one; else none.

    An editor may list or cite the new id first, then give the claim that id: a comparison that lists
    or cites ``new``, which no claim has yet, is mended, and so is one that cites ``old`` where it
    lists ``new`` in its place.
    """
    listing = {comp.path.as_posix() for comp in checked.registry.comparisons if new in comp.claim_ids}
    if not all(
        d.about_claim == new or (d.about_claim == old and d.where.path in listing) for d in checked.errors
    ):
        return []
    return _errors(checked)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    _end_a_killed_rename(root)
    checked = check_with_cache(root)
    mended = _mended(checked, args.old, args.new)
    if not mended and (errors := _errors(checked)):
        for line in errors:
            print(line)
        # Even those the rename would mend: with any other, the renamed registry would fail its check.
        raise RootcheckError(f"the registry has errors; fix them, then rename {args.old}")
    from rootcheck.renaming import plan_rename  # imported by this command alone

    renaming = plan_rename(checked.registry, args.old, args.new)
    before = _before(root, renaming)
    _keep_journal(root, args, renaming, before)
    with _noted_signals() as signals:
        try:
            _write(root, renaming, before, signals.stop_if_asked)
            signals.stop_if_asked()
            errors = _errors(check_with_cache(root))
            signals.stop_if_asked()
        except BaseException as exc:
            # Whatever stopped it, no file is left renamed: a registry half renamed names the claim
            # by an id its file no longer has, or twice.
            signals.putting_back()
            told = _put_back(root, before)
            if signals.first is not None:  # whatever it came as, from deep in the check
                stopped = _Stopped(signals.first)
                raise Interrupted(f"{stopped.what}; {told}", stopped.number) from None
            if isinstance(exc, KeyboardInterrupt):
                raise Interrupted(f"interrupted; {told}") from None
            if isinstance(exc, RootcheckError):
                raise RootcheckError(f"{exc}; {told}") from None
            exc.add_note(f"rootcheck rename: {told}")  # a bug: its traceback stands
            raise
        if errors:
            signals.putting_back()
            told = _put_back(root, before)
            for line in errors:
                print(line)
            raise RootcheckError(f"renamed, the registry had errors; {told}")
        (root / JOURNAL).unlink()
    shown = shown_path(root / renaming.new_file)
    print(f"renamed {args.old} to {args.new}: {shown} ({args.old!r} kept among its aliases)")
    for path, count in sorted(renaming.places.items()):
        print(f"  {shown_path(root / path)}: {count} place{'s' * (count > 1)}")
    if mended:
        which = "error" if len(mended) == 1 else f"{len(mended)} errors"
        print(f"the rename mends the registry's {which}, for want of a claim with id {args.new}:")
        for line in mended:
            print(f"  {line}")
    return 0


#: The signals that stop a rename: Ctrl-C, and those that ask a process to end, as a closed terminal
#: or a cancelled CI job sends them (SIGHUP where the system has it).
_STOPPING = tuple(
    number
    for number in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None))
    if number is not None
)


class _Stopped(BaseException):
    """A signal to stop, acted on where the rename can stop cleanly."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number
        self.what = "interrupted" if number == signal.SIGINT else f"stopped by {signal.Signals(number).name}"


class _Signals:
    """The stopping signals that arrive while the rename changes files: noted as they come, and acted on
    between one change and the next. Acted on where they came, they could stop a file half replaced,
    or surface as another error from deep in the check; by default SIGTERM and SIGHUP would end the
    process with the claim half renamed. A second signal while it changes files stops it at once (a
    check that stalls can be stopped); while it puts them back, none does."""

    def __init__(self) -> None:
        self.first: int | None = None
        self.urgent = True

    def note(self, number: int, frame: object) -> None:
        if self.first is None:
            self.first = number
        elif self.urgent:
            self.urgent = False
            raise _Stopped(self.first)

    def stop_if_asked(self) -> None:
        if self.first is not None:
            raise _Stopped(self.first)

    def putting_back(self) -> None:
        """From now on, signals are only noted."""
        self.urgent = False


@contextlib.contextmanager
def _noted_signals() -> Iterator[_Signals]:
    """The stopping signals noted until the block ends, putting back included; but those ignored
    already (a job run in the background ignores Ctrl-C), which stay so."""
    signals = _Signals()
    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        yield signals
        return
    heeded = [number for number in _STOPPING if signal.getsignal(number) is not signal.SIG_IGN]
    before = {number: signal.signal(number, signals.note) for number in heeded}
    try:
        yield signals
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


#: A file as it was before the rename, to put it back: its bytes and mode, or None where there was none.
_Was: TypeAlias = "tuple[bytes, int] | None"


def _before(root: Path, renaming: Renaming) -> dict[str, _Was]:
    """Each file the rename writes or removes, as it is now, in the order the rename changes them."""
    before: dict[str, _Was] = {renaming.new_file: None}
    for path in [*renaming.files, renaming.old_file]:
        if path != renaming.new_file:
            try:
                before[path] = (root / path).read_bytes(), (root / path).stat().st_mode
            except OSError as exc:
                raise RootcheckError(f"cannot read {path}: {exc.strerror}; nothing was changed") from None
    return before


def _write(root: Path, renaming: Renaming, before: dict[str, _Was], between: Callable[[], None]) -> None:
    """Each file replaced whole, never half-written: the new claim file first, the old one removed last.

    ``between`` is called before each change, to stop there if asked to.
    """
    modes = {path: was[1] for path, was in before.items() if was is not None}
    modes[renaming.new_file] = modes[renaming.old_file]  # the claim's file, under its new name
    for path in before:
        between()
        try:
            if path == renaming.old_file:
                (root / path).unlink()
            else:
                write_whole(root / path, renaming.files[path], mode=modes[path])
        except OSError as exc:
            done = "remove" if path == renaming.old_file else "write"
            raise RootcheckError(f"cannot {done} {path}: {exc.strerror}") from None


def _put_back(root: Path, before: dict[str, _Was]) -> str:
    """Each file as it was, the last changed first, and what to tell of them.

    A file that is as it was is not touched: one the rename did not reach
    keeps its inode and time, and no folder is written that need not be.
    Called within :func:`_noted_signals`, it is not stopped by Ctrl-C or a signal to end: they would
    leave the files after it renamed.
    """
    failed = []
    for path, was in reversed(before.items()):
        try:
            _as_it_was(root / path, was)
        except OSError as exc:
            failed.append(f"{path} ({exc.strerror})")
    if failed:  # the journal is kept, for the next rename to try again
        return (
            f"these files could not be put back as they were: {', '.join(failed)}; "
            "the next rename puts them back first"
        )
    (root / JOURNAL).unlink(missing_ok=True)
    return "every file is as it was"


def _as_it_was(path: Path, was: _Was) -> None:
    if was is None:
        path.unlink(missing_ok=True)
        return
    data, mode = was
    with contextlib.suppress(FileNotFoundError):
        if path.read_bytes() == data:
            return
    write_whole(path, data, mode=mode)


#: What a rename is about to change, written before it changes anything and removed once it is done
#: or undone: a process killed outright (SIGKILL, a power cut) can put nothing back itself, and left
#: the claim's file under both ids and some comparisons renamed. The next rename puts them back.
JOURNAL = RENAME_JOURNAL


def _keep_journal(root: Path, args: argparse.Namespace, renaming: Renaming, before: dict[str, _Was]) -> None:
    """Write the journal of a rename: each file as it is and as the rename leaves it (None: none there)."""
    after = {path: renaming.files.get(path) for path in before}
    record = {
        "rename": [args.old, args.new],
        "before": {path: None if was is None else [_text(was[0]), was[1]] for path, was in before.items()},
        "after": {path: None if data is None else _text(data) for path, data in after.items()},
    }
    try:
        write_whole(root / JOURNAL, json.dumps(record).encode("utf-8"))
    except OSError as exc:
        raise RootcheckError(f"cannot write {JOURNAL}: {exc.strerror}; nothing was changed") from None


def _end_a_killed_rename(root: Path) -> None:
    """Where a rename was killed before it was done or undone, each file as it was before it; where it
    was done but for removing its journal, the journal removed. Either way, told."""
    try:
        record = json.loads((root / JOURNAL).read_bytes())
        old, new = record["rename"]
        before = {
            path: None if was is None else (_bytes(was[0]), was[1]) for path, was in record["before"].items()
        }
        after = {path: None if data is None else _bytes(data) for path, data in record["after"].items()}
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RootcheckError(
            f"cannot read {JOURNAL}, left by a rename that was stopped ({exc}); remove it"
        ) from None
    if all(_holds(root / path, data) for path, data in after.items()):
        (root / JOURNAL).unlink()
        print(f"a rename of {old} to {new} was stopped once it was done; it stands")
        return
    told = _put_back(root, before)
    if (root / JOURNAL).exists():
        raise RootcheckError(f"a rename of {old} to {new} was stopped before it was done; {told}")
    print(f"a rename of {old} to {new} was stopped before it was done; {told}")


def _holds(path: Path, data: bytes | None) -> bool:
    try:
        return path.read_bytes() == data
    except FileNotFoundError:
        return data is None


def _text(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _bytes(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
