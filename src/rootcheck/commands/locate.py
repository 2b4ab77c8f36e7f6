"""``rootcheck locate``: find a quote in a source and say how it matched."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING

from rootcheck.checks.references import source_hint
from rootcheck.commands import add_root, refused_as_json, root_of, whole_number
from rootcheck.errors import RootcheckError, UsageError
from rootcheck.model import AnchorStatus
from rootcheck.registry.load import Registry, load_sources
from rootcheck.seeds import read_source
from rootcheck.text.document import Document

if TYPE_CHECKING:
    from rootcheck.checks.leads import Lead
    from rootcheck.commands import Subparsers

HELP = """\
Find QUOTE in SOURCE (a source id from seeds/sources.yaml, or the path of a
text file) and print how it matched: exact, fuzzy, ambiguous or not_found,
with its span as character offsets into the file's text (end exclusive). A
quote not found is shown with the closest passage and, for a source id, the
other sources that hold it; a quote found more than once, or fewer times than
--occurrence asks, with the lines it stands at. --json prints one object, or
{"error": ...} for a source it cannot open.

exit status: 0 for exact and fuzzy, 1 otherwise, or for a quote that check
would refuse whatever its figure (what an elision leaves out, a number cut at
an edge; in a fuzzy quote, a negation, a number's bounds, what it counts, a
name or any other word check refuses changed); 2 for a source that is neither a
source id nor a file.

examples:
  rootcheck locate fact-sheet-2023 "more than 17 million vaccine doses"
  rootcheck locate seeds/001_82fcb749a76f0474.txt "over 7,800 arrests" --json
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "locate",
        help="find a quote in a source",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", metavar="SOURCE", help="a source id or a text file's path")
    parser.add_argument("quote", metavar="QUOTE", help="the words to find")
    add_root(parser)
    parser.add_argument(
        "--occurrence",
        type=whole_number(", 1 for the first occurrence"),
        metavar="N",
        help="which occurrence is meant (1-based)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def open_source(args: argparse.Namespace) -> tuple[str, Document, Registry | None]:
    """The document named by a source id or a path, how to show its name, and the registry naming it."""
    as_path = Path(args.source)
    if as_path.is_file():
        return args.source, read_source(as_path, args.source), None
    reg = Registry(root=root_of(args))
    load_sources(reg)
    source = reg.sources.get(args.source)
    if source is None:
        raise UsageError(f"no source or file named {args.source!r}" + source_hint(reg, args.source))
    shown = source.shown
    return shown, read_source(reg.source_path(source), shown), reg


def _others(reg: Registry, source_id: str) -> dict[str, Document]:
    """The registry's other sources that can be read, to look for a quote not found in this one."""
    others = {}
    for source in reg.sources.values():
        if source.id != source_id:
            with contextlib.suppress(OSError, RootcheckError):
                others[source.id] = read_source(reg.source_path(source), source.file)
    return others


def run(args: argparse.Namespace) -> int:
    # Loaded here, not with the command list: what reads a quote's slips loads the checks of its
    # meaning, some 25 ms that a build after a revised note, which proves nothing, would pay at start.
    from rootcheck.checks.slips import typed_refusal, typed_slips
    from rootcheck.text.anchor import locate

    try:
        shown, doc, reg = open_source(args)
    except RootcheckError as exc:  # a script reading standard output gets an object, as figure's does
        if args.json:
            refused_as_json(str(exc))
        raise
    anchor = locate(doc, args.quote, occurrence=args.occurrence)
    span = anchor.span
    found: list[Lead] = []
    told: list[str] = []
    # What the text tells beside the passage and its leads, which JSON gives as they are.
    hints = [anchor.hint] if anchor.hint else []
    if anchor.occurrences and not anchor.found:
        # The source holds the quote, more than once or fewer times than asked: where it stands, not
        # where else to look.
        lines = ", ".join(str(doc.line_of(s.start)) for s in anchor.candidates)
        told = [f"the quote is at line{'s' * (anchor.occurrences > 1)} {lines}"]
        if anchor.status is AnchorStatus.AMBIGUOUS:
            told[0] += "; say which with --occurrence N"
    elif not anchor.found:
        from rootcheck.checks.leads import leads
        from rootcheck.commands.passages import (  # only for a quote not found
            lead_lines,
            link_hint,
            shell_hint,
        )

        others = _others(reg, args.source) if reg is not None else {}
        found = leads(doc, shown, args.quote, anchor, others, reg.sources if reg is not None else {})
        hints += [*shell_hint(args.quote, anchor.hint), *link_hint(doc, args.quote)]
        told = lead_lines(doc, found)
    if (alone := typed_refusal(doc, args.quote)) is not None:
        refused, counts = [alone], None
    else:
        refused, counts = typed_slips(doc, args.quote, anchor, as_typed=True) if anchor.found else ([], None)
    # Where the quote stands, each time the source holds it: none for a quote not found.
    places = anchor.candidates if anchor.occurrences else ()
    if args.json:
        print(json.dumps({
            "status": anchor.status.value,
            "start": span.start if span else None,
            "end": span.end if span else None,
            "score": anchor.score,
            "occurrences": anchor.occurrences,
            "leads": [dataclasses.asdict(lead) for lead in found],
            "refused": refused,
            "counts": counts,
            "line": doc.line_of(span.start) if span else None,
            "hints": hints,
            "places": [{"start": s.start, "end": s.end, "line": doc.line_of(s.start)} for s in places],
        }))  # fmt: skip
    else:
        # A score only for a passage matched: a closest passage, told below, has its own.
        told_of = [f"score {anchor.score:g}"] if span is not None else []
        told_of += [f"{anchor.occurrences} occurrences"] if anchor.occurrences > 1 else []
        line = anchor.status.value + (f" ({', '.join(told_of)})" if told_of else "")
        if span is not None:
            line += f" {shown}:{doc.line_of(span.start)} [{span.start}:{span.end}]"
        else:
            line += f" in {shown}"
        print(line)
        if span is not None:
            print("  " + " ".join(doc.text[span.start : span.end].split()))
        for lead in [*hints, *told]:
            print(f"  {lead}")
        for reason in refused:
            print(f"  but check would refuse it: {reason}")
        if counts:
            print("  a word typed wrong, or another thing counted: type it as the source does")
    return 0 if anchor.found and not refused else 1
