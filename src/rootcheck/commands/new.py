"""``rootcheck new``: write a ready claim file for a quote from a source."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from rootcheck.checks.references import source_hint
from rootcheck.checks.twice import claims_figure
from rootcheck.commands import add_root, check_with_cache, root_of, shown_path
from rootcheck.drafting import claim_id, folder_for, guess_pillar, render_claim
from rootcheck.errors import RootcheckError, UsageError
from rootcheck.hints import former_id, taken_id
from rootcheck.model import AnchorStatus
from rootcheck.registry.fields import SLUG, SLUG_RULE
from rootcheck.registry.load import CLAIMS
from rootcheck.whole import write_new

if TYPE_CHECKING:
    from rootcheck.checked import Checked
    from rootcheck.commands import Subparsers
    from rootcheck.model import Anchor, Source, Span
    from rootcheck.registry.load import Registry
    from rootcheck.text.document import Document

HELP = """\
Locate QUOTE in SOURCE and write a claim file for it: the figure found in the
quote, the pillar where it can be told, an occurrence when the quote repeats,
and an empty note for you to write. A quote the source does not hold is
refused, with the closest passage and the other sources that hold it, and so
is a quote with no figure (one thing counted by "a" or "an" aside, which you
write in). An existing file is never overwritten.

exit status: 0 when the claim file is written; 1 when nothing is, for a reason
it tells: the quote is refused (the source does not hold it, or says
otherwise; it has no figure, or its figure is bounded outside it), the id is
taken, or the source cannot be read or the file written; 2 on a usage error,
such as a source the registry does not have or an --id not written as ids are.

examples:
  rootcheck new fact-sheet-2023 "over 7,800 arrests"
  rootcheck new bermeo-critique "Less than ten percent of U.S. aid" --id local-aid-share
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("new", help="write a claim file for a quote",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("source", metavar="SOURCE", help="a source id from seeds/sources.yaml")
    parser.add_argument("quote", metavar="QUOTE", help="the words, copied from the source")
    add_root(parser)
    parser.add_argument("--id", metavar="ID", help="the claim's id (default: made from the figure)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Loaded here, not with the command list: compiling what they search with takes some 3 and 25 ms,
    # which every other command would pay at start (see commands/locate.py).
    from rootcheck.checks.slips import bounded_otherwise, typed_refusal, typed_slips
    from rootcheck.text.anchor import locate_figure
    from rootcheck.text.candidates import figure_candidates
    from rootcheck.text.figures import BY_ARTICLE
    from rootcheck.text.quoted import quoted_words

    if args.id is not None and not SLUG.match(args.id):
        raise UsageError(f"--id {args.id!r} must be {SLUG_RULE}")
    root = root_of(args)
    checked = check_with_cache(root)
    source, doc = _source(checked, args.source)
    if (alone := typed_refusal(doc, args.quote)) is not None:
        raise _says_otherwise([alone])
    anchor = _placed(checked, source, doc, args.quote)
    # A slipped quote's file quotes the source's words, which would hide what the editor changed.
    refused, counts = typed_slips(doc, args.quote, anchor) if anchor.found else ([], None)
    if refused:
        raise _says_otherwise(refused)
    # A ligature typed ("traﬃcking") matches its letters, but would be published and searched for as
    # one character: the file then holds the source's own characters, as the site would quote them.
    quote = quoted_words(doc, args.quote, anchor)
    figures = figure_candidates(quote)
    # One thing counted by its article ("an Anticorruption Task Force") is a figure too: such a
    # quote's file is written for the editor to say which thing it counts.
    if not figures and not re.search(BY_ARTICLE, quote, re.I):
        # Its file would fail check at once ("'figure' is empty"), with no figure to write in it.
        told = "".join(f"\n  {line}" for line in _skipped(checked, source, doc, anchor))
        raise RootcheckError(
            "no figure found in the quote; nothing was written: "
            f"quote the words around a number, with what it counts{told}"
        )
    placed = locate_figure(doc, figures[0], anchor.span) if figures and anchor.span is not None else None
    if figures and (problem := bounded_otherwise(doc, quote, figures[0], anchor, placed)):
        raise RootcheckError(f"{problem}; nothing was written")
    new_id = _new_id(checked.registry, args.id, figures[0] if figures else None, quote)
    path = folder_for(root, source, checked.claims) / f"{new_id}.yaml"
    pillar = guess_pillar(source, doc, anchor, checked.claims, checked.registry.pillars)
    _write(root, path, render_claim(source, quote, figures, pillar, anchor))
    print(shown_path(path))
    for line in _told(checked, source, doc, anchor, figures, placed, counts, args.quote, quote):
        print(f"  {line}")
    return 0


def _says_otherwise(reasons: list[str]) -> RootcheckError:
    """The refusal of a quote that check would refuse as typed, with each reason on a line."""
    told = "".join(f"\n  {reason}" for reason in reasons)
    return RootcheckError(f"the quote as typed says what the source does not; nothing was written{told}")


def _skipped(checked: Checked, source: Source, doc: Document, anchor: Anchor) -> Iterator[str]:
    """Each ``skipped.yaml`` entry that says a number of the quote's passage is not a figure."""
    from rootcheck.coverage import skipped_spans

    assert anchor.span is not None  # found
    skips = [s for s in checked.registry.skips if s.source_id == source.id]
    for span, skip in skipped_spans(doc, skips):
        if span.overlaps(anchor.span):
            yield f"{skip.where.path}:{skip.where.line} skips “{skip.text}” as not a figure: {skip.reason}"


def _source(checked: Checked, source_id: str) -> tuple[Source, Document]:
    """The source a new claim quotes, and its document; refused if either is not to be had."""
    reg = checked.registry
    source = reg.sources.get(source_id)
    if source is None:
        raise UsageError(f"no source {source_id!r}" + source_hint(reg, source_id))
    doc = checked.documents.get(source.id)
    if doc is None:
        raise RootcheckError(f"{source.shown} cannot be read; run rootcheck check")
    return source, doc


def _placed(checked: Checked, source: Source, doc: Document, quote: str) -> Anchor:
    """Where the quote stands in its source; refused with where else to look if it stands nowhere."""
    from rootcheck.text.anchor import locate

    anchor = locate(doc, quote)
    if anchor.status is not AnchorStatus.NOT_FOUND:
        return anchor
    from rootcheck.checks.leads import leads
    from rootcheck.commands.passages import lead_lines, link_hint, shell_hint  # only for a quote not found

    message = f"the quote is not in {source.id}" + (f": {anchor.hint}" if anchor.hint else "")
    reg = checked.registry
    others = {sid: d for sid, d in checked.documents.items() if sid != source.id and sid in reg.sources}
    found = leads(doc, source.shown, quote, anchor, others, reg.sources)
    told = [*shell_hint(quote, anchor.hint), *link_hint(doc, quote), *lead_lines(doc, found)]
    raise RootcheckError(message + "".join(f"\n  {line}" for line in told))


def _new_id(reg: Registry, asked: str | None, figure: str | None, quote: str) -> str:
    """The id asked for, or one made of the figure; refused, naming where, if a claim holds it, now or formerly."""
    # A file with errors holds its id too, and a renamed claim its former ids, which its old links use.
    claims = {claim.id: claim for claim in reg.claims}
    former = {alias: claim for claim in reg.claims for alias in claim.aliases}
    new_id = asked or claim_id(figure, quote, claims.keys() | reg.refused_claims.keys() | former.keys())
    if new_id in former:
        raise RootcheckError(f"{former_id(former[new_id], new_id)}; choose another --id")
    if new_id in claims:
        raise RootcheckError(f"{taken_id(claims[new_id])}; choose another --id")
    if new_id in reg.refused_claims:
        files = [
            d.where.path
            for d in reg.diagnostics
            if d.where.path.startswith(f"{CLAIMS}/") and PurePosixPath(d.where.path).stem == new_id
        ]
        told = f": {files[0]}, which has errors" if files else ""
        raise RootcheckError(f"a claim with id {new_id!r} already exists{told}; choose another --id")
    return new_id


def _write(root: Path, path: Path, text: str) -> None:
    """The claim's file written where no file is; refused, with nothing written, where one is."""
    shown = path.relative_to(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_new(path, text.encode("utf-8"))
    except FileExistsError:
        if path.exists():
            raise RootcheckError(f"{shown} already exists; nothing was written") from None
        # A file stands where a folder of the path should be.
        blocking = next(
            (folder for folder in reversed(shown.parents) if (root / folder).is_file()), shown.parent
        )
        raise RootcheckError(f"{blocking} is a file, not a folder; nothing was written") from None
    except OSError as exc:
        raise RootcheckError(f"cannot write {shown}: {exc.strerror}; nothing was written") from None


def _told(
    checked: Checked,
    source: Source,
    doc: Document,
    anchor: Anchor,
    figures: list[str],
    placed: Span | None,
    counts: str | None,
    typed: str,
    quote: str,
) -> Iterator[str]:
    """What the editor should know of the file written: how the quote was found and where the words
    ``typed`` part from the ``quote`` written, which figure the file uses, and who else claims or
    skips it."""
    if anchor.status is AnchorStatus.FUZZY:
        # Loaded only for a slipped quote: the warning's module loads what finds a quote's place.
        from rootcheck.checks.differs import changes_told
        from rootcheck.text.differences import word_changes

        changed = changes_told(word_changes(typed, quote))
        yield f"the quote differs from the source (score {anchor.score:g}){changed}; the file quotes the source's words"
    if counts:
        yield f"{counts}: make sure the file's figure counts what you meant"
    if anchor.status is AnchorStatus.AMBIGUOUS:
        lines = ", ".join(str(doc.line_of(s.start)) for s in anchor.candidates)
        yield f"the quote occurs {anchor.occurrences} times (lines {lines}); occurrence is set to 1"
    if len(figures) > 1:
        yield "figures in this quote: " + "; ".join(figures) + f" (the file uses “{figures[0]}”)"
    if not figures:
        yield "no number in the quote counts anything: write in the file the one thing it counts by “a” or “an”, its figure"
        return
    if placed is None:
        return
    from rootcheck.coverage import skipped_spans
    from rootcheck.text.figures import counts_by_article

    by_article = counts_by_article(figures[0])
    for other in checked.claims:
        if claims_figure(other, source.id, placed, by_article):  # as check tells it
            yield f"{other.claim.id} ({other.claim.file}) claims this figure already; keep one of the two"
    skips = [s for s in checked.registry.skips if s.source_id == source.id]
    for span, skip in skipped_spans(doc, skips):
        if span.overlaps(placed):
            yield f"{skip.where.path}:{skip.where.line} skips this figure as not a claim: {skip.reason}"
