"""What a slipped quote says otherwise that a last reading finds, where nothing else refuses it: words
added before or after the source's (:mod:`rootcheck.text.added`), quotation marks left out or put in
(:mod:`rootcheck.text.quotations`), a word of a small closed class put
for another or put in, a time from now put in, a word limiting how far a thing holds, a bearing or a rank left out
(:mod:`rootcheck.text.closed`), a name left out (:mod:`rootcheck.text.leftout`), and one giving a share
in a deed left out (:mod:`rootcheck.text.credit`).
Asked last, as a word changed at a quote's end, or one put in, is most often told better as what it
changes: another count, a name, a negation.
"""

from __future__ import annotations

from rootcheck.hints import listed, shown
from rootcheck.model import Anchor, AnchorStatus
from rootcheck.text.added import added_at_ends
from rootcheck.text.changes import relative_times_put_in
from rootcheck.text.closed import (
    BEARING_ON,
    CONJUNCTIONS,
    DEGREES,
    INCREASES,
    MODAL,
    ORDER_IN_TIME,
    OUTCOMES,
    PLACES_BY_SCALE,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    RANKS,
    RECORDS,
    RECURRING,
    REFERRED,
    SAYING,
    UNITS_OF_TIME,
    first_changed_kind,
    left_out_bearings,
    left_out_limits,
    left_out_ranks,
)
from rootcheck.text.credit import left_out_share
from rootcheck.text.document import Document
from rootcheck.text.elided import has_elision
from rootcheck.text.leftout import left_out_names
from rootcheck.text.quotations import marks_changed
from rootcheck.text.sentences import sentence_around

#: How far beyond a slipped quote's passage the source is read for the quotation marks it sets.
_MARKS_AROUND = 120

#: Each closed class, with what a word of it tells.
_CLOSED = (
    (PREPOSITIONS, "how one thing stands to another"),
    (QUANTIFIERS, "of how many a thing is said"),
    (DEGREES, "how often or how far a thing holds"),
    (MODAL, "whether a thing will, may or must be"),
    (PRONOUNS, "whom a thing is told of"),
    (CONJUNCTIONS, "how two things are joined"),
    (RANKS, "whose office is named"),
    (RECORDS, "how a thing stands against all others"),
    (OUTCOMES, "a result told as sure or whole"),
    (INCREASES, "whether a number is a total or a gain"),
    (SAYING, "who says a thing"),
    (BEARING_ON, "how one thing bears on another"),
    (REFERRED, "which things are meant"),
    (ORDER_IN_TIME, "in what order things happened"),
    (PLACES_BY_SCALE, "where a thing holds"),
    (UNITS_OF_TIME, "the time a thing is told of"),
    (RECURRING, "how often a thing recurs"),
)


def said_otherwise(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a slipped quote is refused that adds words at either end, puts a closed class's word for the
    source's or puts one in, or leaves out a word limiting how far a thing holds, a rank, a name or a
    word giving a share in a deed; None where it does none of these."""
    if anchor.status is not AnchorStatus.FUZZY or anchor.span is None or has_elision(quote):
        return None
    passage = doc.text[anchor.span.start : anchor.span.end]
    before, after = sentence_around(doc.text, anchor.span)
    lead, tail = added_at_ends(quote, passage, before, after)
    if lead or tail:
        return _added(lead, tail)
    # Read with the source around it: a passage lined up short of a mark may hold only one of its pair,
    # and a stop inside the quotation ("“disappearances.”") ends the sentence before its closing mark.
    around = doc.text[max(0, anchor.span.start - _MARKS_AROUND) : anchor.span.end + _MARKS_AROUND]
    unmarked, marked = marks_changed(quote, around)
    if unmarked:
        return (
            f"the quote leaves out the quotation marks the source sets around {listed(unmarked)}: whose words "
            "they are is no slip of wording; keep the marks, single or double"
        )
    if marked:
        return f"the quote sets {listed(marked)} in quotation marks, which the source does not: a quotation or a doubt put in is no slip of wording"
    if changed := first_changed_kind(quote, f"{before} {passage} {after}", [kind for kind, _ in _CLOSED]):
        at, put, had = changed
        what = _CLOSED[at][1]
        if had:
            return f"the quote says {listed(put)} where the source says {listed(had)}: {what} is no slip of wording"
        return f"the quote puts in {listed(put)}, which the source does not say: {what} is no slip of wording"
    if times := relative_times_put_in(quote, f"{before} {passage} {after}"):
        return f"the quote puts in {listed(times)}, which the source does not say: the time a thing is told of is no slip of wording"
    if limits := left_out_limits(quote, passage):
        return (
            f"the quote leaves out the source's {listed(limits)}: how far a thing holds is no slip of wording"
        )
    if bearings := left_out_bearings(quote, passage):
        return (
            f"the quote leaves out the source's {listed(bearings)}: where a thing holds is no slip of wording"
        )
    if ranks := left_out_ranks(quote, passage):
        return (
            f"the quote leaves out the source's {listed(ranks)}: whose office is named is no slip of wording"
        )
    if names := left_out_names(quote, passage):
        return f"the quote leaves out the source's {listed(names)}: a name is no slip of wording"
    if shares := left_out_share(quote, passage):
        return f"the quote leaves out the source's {listed(shares)}: a share in a deed told as the whole is no slip of wording"
    return None


def _added(lead: str, tail: str) -> str:
    words = "the source's words"
    added = [f"“{shown(lead)}” before {words}"] if lead else []
    if tail:
        added.append(f"“{shown(tail)}” after {'them' if lead else words}")
    return (
        f"the quote adds {' and '.join(added)}, which the source does not have there: "
        "a quote is its source's words, not what is said of them"
    )
