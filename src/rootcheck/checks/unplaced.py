"""Where a quote stands, told in a message: a source's line, its words there; and why a quote that
cannot be placed has no place (not found, or found more often than its ``occurrence`` allows for)."""

from __future__ import annotations

from rootcheck.checks.leads import copied_link
from rootcheck.model import Anchor, AnchorStatus, Claim, Diagnostic, Severity, Source, Span
from rootcheck.registry.load import Registry
from rootcheck.text.document import Document
from rootcheck.text.names import initials_spelled_out
from rootcheck.text.quoted import source_words

#: A closest passage scoring under this is nothing like the quote ("like" of "nothing like it", 42.1):
#: shown, it would only mislead, where the quote may well be another source's, which is then asked for.
NOTHING_LIKE = 50.0


def excerpt(doc: Document, span: Span, limit: int = 160) -> str:
    """The source's words at ``span``, cut short at ``limit`` characters."""
    words = source_words(doc, span)
    return words if len(words) <= limit else words[: limit - 1] + "…"


def where_in(doc: Document, source: Source, span: Span) -> str:
    """Where ``span`` stands, as a message names it: the source and its line."""
    return f"{source.shown}:{doc.line_of(span.start)}"


def unplaced(reg: Registry, doc: Document, source: Source, claim: Claim, anchor: Anchor) -> Diagnostic:
    """Why a quote that is not found, or found more often than its ``occurrence`` allows for, has no place."""
    where = claim.position("quote")
    if anchor.status is AnchorStatus.AMBIGUOUS:
        lines = ", ".join(str(doc.line_of(s.start)) for s in anchor.candidates)
        return Diagnostic.error(
            where,
            f"quote occurs {anchor.occurrences} times in {source.id} (lines {lines}); say which with 'occurrence: N'",
        )
    message = f"quote not found in {source.id}"
    if anchor.hint:
        message += f": {anchor.hint}"
    from rootcheck.text.closest import near_passage  # only for a quote not placed

    near = near_passage(doc, claim.quote, anchor)
    if near is not None and near[1] < NOTHING_LIKE:
        near = None
    if anchor.occurrences:  # found, but not as often as 'occurrence' says
        lines = ", ".join(str(doc.line_of(s.start)) for s in anchor.candidates)
        message += f" (line{'s' * (anchor.occurrences > 1)} {lines})"
    elif near is not None:
        span, score = near
        message += (
            f" (closest passage, {where_in(doc, source, span)}, score {score:g}: “{excerpt(doc, span)}”)"
        )
    asks = near is None and not anchor.occurrences and not anchor.hint
    if asks:
        # Which other source holds it is not worked out here, where the answer is remembered with
        # the claim and its source alone, but by name_holders, on every run.
        message += ", nor any passage like it: is 'source' right?"
    if copied := copied_link(doc, claim.quote):
        message += f"; {copied}"
    if spelled := initials_spelled_out(claim.quote, doc.text):
        initials, words = spelled
        message += f"; the source writes “{initials}” where the quote spells out “{words}”: quote it as the source does"
    if source.id in reg.changed:
        message = f"{source.shown} changed since it was pinned and the passage no longer anchors: " + message
    return Diagnostic(Severity.ERROR, where, message, asks_source=asks)
