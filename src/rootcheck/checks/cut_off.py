"""A word just past a quote's edge that its clause's verb turns on: a share in a deed before its start,
"create and sustain more than 90,000 jobs" of the fact sheet's "has helped create and sustain", and a
negation after its end, "we know that it is" of the cover letter's "we know that it is not enough".
The quote would publish the deed as the subject's own and whole, or the clause as affirmed, where the
source says the opposite of either; as a slip or an elision leaving the word out would (see
:mod:`rootcheck.text.credit` and :mod:`rootcheck.checks.wording`).
"""

from __future__ import annotations

from rootcheck.model import Anchor
from rootcheck.patterns import lazy
from rootcheck.text.credit import SHARES
from rootcheck.text.document import Document
from rootcheck.text.emphasis import unemphasised
from rootcheck.text.lexicon import BE_OR_HAVE, MODALS, word_set

#: A verb's helpers, after which "not" or "never" denies the verb the quote leaves out with it: "it
#: is", "the program has", "donors will".
_HELPERS = MODALS | BE_OR_HAVE | word_set("be been am do does did")
#: The source's word of a share just before a quote, a "to" after it, and a first deed the quote's
#: is joined to: "helped", "contributed to", "helped create and" (before "sustain").
_SHARE_BEFORE = lazy(r"\b(?P<share>[A-Za-z]+)(?:\s+to)?(?:\s+[a-z]+,?\s+(?:and|or))?\s*$")
#: A quote's first word, where it is written as a verb is: in small letters ("create", not "El").
_VERB_FIRST = lazy(r"^\W*[a-z]+\b")
#: The source's negation just after a quote, spaces or a line's end alone between; not "not only",
#: which denies nothing ("is not only a plan but").
_NEGATION_AFTER = lazy(r"[ \t]*(?:\r?\n[ \t]*)?(?P<word>not|never)\b(?!\s+(?:only|just|merely)\b)")
#: A quote's last word.
_LAST_WORD = lazy(r"(?<![\w'’-])([A-Za-z]+)\W*$")
#: How far before a quote its source is read for a share.
_READ_BEFORE = 30


def started_after_a_share(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a quote starting on a verb may not start just after the source's word giving a share in it;
    None where it does not so start."""
    if anchor.span is None or not _VERB_FIRST.match(quote):
        return None
    before = unemphasised(doc.text[max(0, anchor.span.start - _READ_BEFORE) : anchor.span.start])
    found = _SHARE_BEFORE.search(before)
    if found is None or found["share"].lower() not in SHARES:
        return None
    return (
        f"the quote starts just after the source's “{found['share']}”: a share in a deed told as the "
        "whole is no slip of wording; start the quote with it"
    )


def ended_before_a_negation(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a quote ending on a verb's helper may not end just before the source's "not" or "never";
    None where it does not so end."""
    if anchor.span is None:
        return None
    last = _LAST_WORD.search(quote)
    if last is None or last.group(1).lower() not in _HELPERS:
        return None
    following = _NEGATION_AFTER.match(unemphasised(doc.text[anchor.span.end : anchor.span.end + 40]))
    if following is None:
        return None
    return (
        f"the quote ends just before the source's “{following['word']}”: a negation is no slip of wording; "
        "end the quote after what it denies"
    )
