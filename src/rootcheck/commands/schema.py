"""``rootcheck schema``: write the JSON Schema of claim files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from rootcheck.errors import RootcheckError
from rootcheck.registry.jsonschema import claim_schema_json

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers

DEFAULT_PATH = Path("schema/claim.schema.json")
HELP = f"""\
Write the JSON Schema of claim files, generated from the declaration that
validates them, so that editors' YAML tools complete and check fields.

examples:
  rootcheck schema                  write {DEFAULT_PATH}
  rootcheck schema --output -       print it
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("schema", help="write the JSON Schema of claim files",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--output", default=str(DEFAULT_PATH), metavar="PATH",
                        help=f"where to write it, or - for standard output (default: {DEFAULT_PATH})")  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    text = claim_schema_json()
    if args.output == "-":
        print(text, end="")
        return 0
    path = Path(args.output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise RootcheckError(f"--output {path}: cannot write it: {exc.strerror}") from None
    print(path)
    return 0
