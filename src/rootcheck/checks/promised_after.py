"""A quote ending on a number just before the word that makes it a promise: "Only 30% of the $4
billion" of "… the $4 billion pledged was disbursed", "The $600 million" of "The $600 million
promised to Honduras never arrived", "Of the 5,000 homes" of "Of the 5,000 homes planned, 1,200 were
built". The quote would publish as money or things there what the source tells only as pledged,
planned or proposed, as one starting just after "pledged" would (see
:mod:`rootcheck.checks.starts`).

The word must describe the number's noun, not be its verb: "40 donors pledged $2 billion" and "2,000
teachers promised to strike" go on with an object or an infinitive, and are left alone. So it is
read only where what follows it is a mark, a verb ("pledged was disbursed", "promised never
arrived"), "by", "for", or "to" before a noun ("promised to Honduras", "proposed by the ministry");
after a sum, a time or a place too ("$600 million promised in 2021"), since a sum pledges nothing,
where "47 companies pledged in 2022 to invest" tells of the companies' deed.
"""

from __future__ import annotations

import re

from rootcheck.checks.scope import MONEY
from rootcheck.model import Anchor
from rootcheck.patterns import lazy
from rootcheck.text.changes import TO_A_NOUN
from rootcheck.text.document import Document
from rootcheck.text.numbers import ANY_NUMBER_WORD, SIGNS, YEAR

#: The words of promise or plan that describe a thing named before them. Not "committed", as often a
#: crime's ("the 74 murders committed in 2022"), unless "to" follows it ("$4 billion committed to the
#: region"); not "targeted", as often whom a program chose ("300 households targeted by USAID"), nor
#: "expected" or "scheduled", as often of a later act ("300 nurses expected to start in May").
_DESCRIBING_A_PROMISE = frozenset(
    ["pledged", "promised", "proposed", "planned", "requested", "budgeted", "allocated", "earmarked",
     "appropriated", "obligated", "authorized", "authorised", "projected"]
)  # fmt: skip
#: A quote's last words, where they are a number, its sign before it, and up to three words it counts:
#: "the $4 billion", "5,000 homes", "Some 800 new jobs", "twelve clinics". Not a year, which counts
#: nothing: "what the 2021 strategy pledged, …".
_ENDS_ON_A_NUMBER = lazy(
    rf"(?:[{SIGNS}][ \u00a0]?)?(?:(?<![\d,.])(?!{YEAR}\b)\d|\b(?:{ANY_NUMBER_WORD})\b)[\d,.%]*"
    r"(?:\s+(?:million|billion|thousand|bn|m))?(?:\s+[\w’'-]+){0,3}\W*$",
    re.I,
)
#: The word just after the quote, apart from it by spaces or a line's end alone.
_NEXT_WORD = lazy(r"[ \t]*(?:\r?\n[ \t]*)?(?P<word>[A-Za-z]+)\b")
#: What may follow such a word that describes: a mark, a preposition, a verb or an adverb of the
#: clause, or "to" before a noun, not an infinitive ("promised to strike"). After a time or a place
#: (``time``) the word tells of a sum ("$600 million promised in 2021"), as a sum never pledges or
#: plans; after others it may tell of their deed ("47 companies pledged in 2022 to invest").
_DESCRIBED_UNTIL = lazy(
    r"[ \t]*(?:[.,;:!?)\]—–]|\r?\n[ \t]*\r?\n|$|(?:\r?\n[ \t]*)?(?:"
    r"(?P<time>in|under|at|during|over|from|through|since|last|this|next|earlier|previously)\b"
    r"|(?:by|for|so|but|was|were|is|are|has|have|had|will|would|could|never|still|remain|remains"
    rf"|remained|did|does|went|got)\b|(?P<to>{TO_A_NOUN})))",
    re.I,
)


def ended_before_a_promise(doc: Document, anchor: Anchor) -> str | None:
    """Why a quote ending on a number may not end just before the source's word of promise or plan
    that describes it; None where it does not so end."""
    if anchor.span is None:
        return None
    end = anchor.span.end
    following = _NEXT_WORD.match(doc.text, end)
    word = following["word"].lower() if following else ""
    if following is None or (word not in _DESCRIBING_A_PROMISE and word != "committed"):
        return None
    number = _ENDS_ON_A_NUMBER.search(doc.text, max(0, end - 60), end)
    described = _DESCRIBED_UNTIL.match(doc.text, following.end())
    if (
        number is None
        or described is None
        or (word == "committed" and not described["to"])
        or (described["time"] and not MONEY.search(number.group()))
    ):
        return None
    return (
        f"the quote ends just before the source's “{following['word']}”: whether a thing was asked for, "
        "promised, planned or done is no slip of wording; end the quote after it"
    )
