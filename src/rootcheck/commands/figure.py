"""``rootcheck figure``: parse a figure into a quantity."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from rootcheck.commands import refused_as_json
from rootcheck.errors import RootcheckError
from rootcheck.text.unseen import seen

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers

HELP = """\
Parse TEXT as a figure, as a claim's page shows it: its value (magnitude
applied), qualifier, currency, percent and what it counts. --json gives the
values as the claims' data does, or {"error": ...} for a figure it cannot
parse.

exit status: 0 when TEXT is read as a figure, 1 when it cannot be (with
--json, after printing its error), 2 on a usage error.

examples:
  rootcheck figure "more than 90,000 jobs"
  rootcheck figure "an estimated \\$189 million" --json
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "figure",
        help="parse a figure into a quantity",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("text", metavar="TEXT", help="the figure, e.g. 'nearly 8,000 firms'")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Loaded here, not with the command list: reading figures takes some 50 ms to load, which
    # `check` and `build` pay only when they prove a quote (see tests/test_imports.py).
    from rootcheck.text.figures import FigureError, parse_figure

    # Read as a claim's figure is, without the characters no reader sees: pasted inside "4,000" a soft
    # hyphen made it two numbers here, where the same figure in a claim file is 4,000.
    text = seen(args.text)
    try:
        quantity = parse_figure(text)
    except FigureError as exc:
        message = f"cannot parse figure {args.text!r}: {exc}"
        if args.json:  # a script reading standard output gets an object whatever the figure, as locate's
            refused_as_json(message)
        raise RootcheckError(message) from None
    from rootcheck.render import format as fmt  # words and values as the site gives them

    if args.json:
        print(json.dumps(fmt.quantity_record(quantity, text)))
        return 0

    print(f"value: {fmt.amount(quantity, text)}")
    if fmt.ranks(text):
        return 0  # a ranking counts nothing, so it has no qualifier or unit to give
    print(f"qualifier: {fmt.qualifier(quantity)}")
    print(f"currency: {quantity.currency or 'none'}")
    print(f"percent: {'yes' if quantity.percent else 'no'}")
    print(f"counts: {quantity.unit or 'nothing named'}")
    return 0
