"""``rootcheck schema``: write the JSON Schema of claim or comparison files."""

from __future__ import annotations

import argparse
import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from rootcheck.commands import add_root, root_of, shown_path
from rootcheck.errors import RootcheckError
from rootcheck.registry.jsonschema import KINDS, SCHEMA_BASE, file_schema_json
from rootcheck.whole import write_whole

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers

FOLDER = Path("schema")
#: Where the meta-schemas a JSON Schema names in its ``$schema`` are.
_META_SCHEMAS = ("http://json-schema.org/", "https://json-schema.org/")
#: A schema this command writes is some kilobytes: a larger file is none of its, and is not read whole.
_MOST = 1024 * 1024
#: What may stand where a file is asked for, by the kind its status gives.
_KINDS = {
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
}
HELP = f"""\
Write the JSON Schema of claim files (or, with --kind comparison, of
comparison files), generated from the declaration that validates them, so
that editors' YAML tools complete and check fields. It is written into the
registry's {FOLDER}/ folder, wherever in the registry it is run; --output is
a path from the current folder.

exit status: 0 when the schema is written or printed; 1 when it is not:
--output is no .json file or names a folder that is not there, something other
than a JSON Schema of that kind is where it would go, or it cannot be written;
2 on a usage error.

examples:
  rootcheck schema                      write {FOLDER}/claim.schema.json
  rootcheck schema --kind comparison    write {FOLDER}/comparison.schema.json
  rootcheck schema --output -           print the claims' schema
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("schema", help="write the JSON Schema of claim or comparison files",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    add_root(parser)
    parser.add_argument("--kind", choices=sorted(KINDS), default="claim",
                        help="which files the schema is for (default: claim)")  # fmt: skip
    parser.add_argument("--output", metavar="PATH",
                        help=f"where to write it, or - for standard output (default: {FOLDER}/KIND.schema.json "
                        "in the registry's root)")  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = root_of(args)  # a mistyped --root is told, whatever --output says
    text = file_schema_json(args.kind)
    if args.output == "-":
        print(text, end="")
        return 0
    # The root's schema/ is the one editors' settings name (CONTRIBUTING.md), wherever it is run from.
    shown = Path(args.output) if args.output else FOLDER / f"{args.kind}.schema.json"
    path = shown if args.output else root / shown
    told = f"--output {shown}" if args.output else str(shown)
    if path.suffix.lower() in (".yaml", ".yml"):
        # Saved among the claims or comparisons, it would be read as one, and fail every check after.
        raise RootcheckError(f"{told}: a JSON Schema is a .json file; nothing was written")
    if (refused := _refusal(path, args.kind)) is not None:
        raise RootcheckError(f"{told}: {refused}; nothing was written")
    if args.output and not path.parent.is_dir():  # a typo in a folder's name makes no folder of it
        raise RootcheckError(f"{told}: there is no folder {path.parent}; nothing was written")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Whole or not at all: a schema cut short would fail every editor's validation.
        write_whole(path, text.encode("utf-8"), mode=path.stat().st_mode if path.is_file() else None)
    except OSError as exc:
        raise RootcheckError(f"{told}: cannot write it: {exc.strerror}") from None
    print(shown if args.output else shown_path(path))  # a path given is printed as it was typed
    return 0


def _refusal(path: Path, kind: str) -> str | None:
    """Why the schema of ``kind`` may not be written at ``path``, or None where it may: nothing is
    there, or a folder (refused on writing), or a JSON Schema, as an earlier run wrote; never a claim,
    a source list or anything else an editor keeps, nor the schema of the other kind of file, nor
    anything but a file (a device, a pipe), which writing would replace."""
    try:
        there = _there(path)
    except FileNotFoundError:
        return None
    except OSError:
        return "a file that is no JSON Schema is there"
    if there is None:
        return None
    if isinstance(there, str):
        return f"{there} is there, not a file (--output - prints the schema)"
    try:
        existing = json.loads(there) if len(there) <= _MOST else None
    except ValueError:
        existing = None
    meta = existing.get("$schema") if isinstance(existing, dict) else None
    # Other tools' files name a schema too (tsconfig.json, renovate.json): a JSON Schema names the meta-schema.
    if not isinstance(existing, dict) or not isinstance(meta, str) or not meta.startswith(_META_SCHEMAS):
        return "a file that is no JSON Schema is there"
    # --output schema/comparison.schema.json without --kind would give the comparisons' file the claims'
    # schema, and editors' tools would then check every comparison against the fields of a claim.
    other = next((k for k in KINDS if existing.get("$id") == f"{SCHEMA_BASE}{k}.schema.json"), kind)
    if other != kind:
        return (
            f"the JSON Schema of {other} files is there (its $id says so), not of {kind} files; pass "
            f"--kind {other} to write that one again, or another --output for the {kind} files' schema"
        )
    return None


def _there(path: Path) -> bytes | str | None:
    """What is at ``path``: a file's bytes (no more than one past :data:`_MOST`), None for a folder,
    or what else is there, unread: ``/dev/zero`` would be read for ever, a pipe waits for a writer."""
    kind = stat.S_IFMT(os.stat(path).st_mode)
    if kind == stat.S_IFDIR:
        return None
    if kind != stat.S_IFREG:
        return _KINDS.get(kind, "something other than a file")
    # Not blocking, and its status taken again once open: it may have been replaced by a pipe since.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return "something other than a file"
        data = b""
        while len(data) <= _MOST and (more := os.read(fd, _MOST + 1 - len(data))):
            data += more
        return data
    finally:
        os.close(fd)
