"""The warning a slipped quote gets: its score, the words it changes, and the source's reading."""

from __future__ import annotations

from rootcheck.checks.unplaced import excerpt
from rootcheck.hints import curly_quoted
from rootcheck.model import Anchor, Diagnostic
from rootcheck.positions import Position
from rootcheck.text.differences import WordChange, word_changes
from rootcheck.text.document import Document
from rootcheck.text.elided import has_elision
from rootcheck.text.normalize import normalize
from rootcheck.text.percents import has_percent
from rootcheck.text.quoted import quoted_words, source_words

#: Changes named one by one; past these, how many more.
_NAMED = 3
#: Characters of one side of a change shown, past which it is cut.
_SIDE = 40


def slipped(doc: Document, quote: str, anchor: Anchor, where: Position) -> Diagnostic:
    """The warning for ``quote``, found with a fuzzy ``anchor``: that it differs from the source, where
    its words do, and what the source reads."""
    assert anchor.span is not None  # a quote placed
    # Scored as the source writes its percents (see text/percents.py): all else is the source's.
    only = anchor.score == 100 and has_percent([normalize(quote).text])
    how = "writes a percent otherwise than" if only else "differs from"
    changes = [] if only or has_elision(quote) else word_changes(quote, source_words(doc, anchor.span))
    return Diagnostic.warning(
        where,
        f"quote {how} the source (score {anchor.score:g}){changes_told(changes)}; the source reads: "
        f"“{_said(doc, quote, anchor)}”{curly_quoted(quote)}",
    )


def changes_told(changes: list[WordChange]) -> str:
    """The changes as a message names them after the score: “hospital” for “school”, “also” added."""
    if not changes:
        return ""
    told = [_change(change) for change in changes[:_NAMED]]
    if len(changes) > _NAMED:
        told.append(f"and {len(changes) - _NAMED} more")
    return ": " + ", ".join(told)


def _change(change: WordChange) -> str:
    if change.quoted and change.said:
        return f"“{_cut(change.quoted)}” for “{_cut(change.said)}”"
    if change.said:
        return f"“{_cut(change.said)}” left out"
    return f"“{_cut(change.quoted)}” added"


def _cut(words: str) -> str:
    return words if len(words) <= _SIDE else words[: _SIDE - 1] + "…"


def _said(doc: Document, quote: str, anchor: Anchor, limit: int = 400) -> str:
    """What the source says where a slipped quote stands: of a quote with elisions, each part's words."""
    if not anchor.parts:
        assert anchor.span is not None  # a quote placed
        return excerpt(doc, anchor.span, limit)
    words = quoted_words(doc, quote, anchor)
    return words if len(words) <= limit else words[: limit - 1] + "…"
