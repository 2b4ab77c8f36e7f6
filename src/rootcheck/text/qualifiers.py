"""The words and signs that bound a figure's number: before it ("more than", "~"), or after it ("+",
"-odd", "or more"). A slip from one to another says another bound, so each is read as it is written.
"""

from __future__ import annotations

import re

from rootcheck.model import Qualifier
from rootcheck.text.numbers import HYPHENS

QUALIFIERS: dict[str, Qualifier] = {
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "at least": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "approximately": Qualifier.APPROXIMATELY,
    "about": Qualifier.APPROXIMATELY,
    "around": Qualifier.APPROXIMATELY,
    "roughly": Qualifier.APPROXIMATELY,
    "some": Qualifier.APPROXIMATELY,
    "an estimated": Qualifier.APPROXIMATELY,
    "estimated": Qualifier.APPROXIMATELY,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    # Less common, and read all the same: a slip into one of them says another bound.
    "well over": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "upward of": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    "just under": Qualifier.LESS_THAN,
    "a minimum of": Qualifier.AT_LEAST,
    "at most": Qualifier.UP_TO,
    "no more than": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "a maximum of": Qualifier.UP_TO,
    "circa": Qualifier.APPROXIMATELY,
    "approx.": Qualifier.APPROXIMATELY,
    "approx": Qualifier.APPROXIMATELY,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "not more than": Qualifier.UP_TO,
    "close to": Qualifier.NEARLY,
    ">": Qualifier.MORE_THAN,
    "<": Qualifier.LESS_THAN,
    "≥": Qualifier.AT_LEAST,
    "≤": Qualifier.UP_TO,
    "~": Qualifier.APPROXIMATELY,
    "≈": Qualifier.APPROXIMATELY,
}

#: Qualifiers that, bare before a number in running text, are verbs ("the agency estimated 63%"): a
#: figure written with one reads it as a qualifier, but a quote, its source and ``new`` do not.
VERB_QUALIFIERS = frozenset(["estimated"])
#: The qualifiers written as a sign, which may stand against their number.
QUALIFIER_SIGNS = "<>≤≥~≈"
#: A qualifier starting a figure, and the space after it: a word of one has space after it, a sign may
#: have none ("<$179 million", "< 5 years").
QUALIFIER_AT_START = re.compile(
    r"^((?:"
    + "|".join(sorted((re.escape(q) for q in QUALIFIERS if q not in QUALIFIER_SIGNS), key=len, reverse=True))
    + rf")(?=\s)|[{QUALIFIER_SIGNS}])\s*",
    re.I,
)

#: A plus after a number: "5,000+ jobs", "a €2bn-plus deal" are at least that many; not a sum: "2+2".
#: So are "fifty-odd", "twenty-some" and "fifty-something" ones, "500 or more" and "65 and over";
#: "fifty-ish" and "500 or so" are about fifty and five hundred; "500 or fewer" at most 500.
#: Written apart, "plus" and "and more" are as often a conjunction ("$150 plus transport", "killed 12
#: and more than 40 were injured"): a bound only where the sentence ends with them ("12,000 plus.").
#: So is "and over", "and up" or "and above" ("500 dollars and over half went to the guide", "40 and
#: up north"), but where the clause ends or a verb or what the bound qualifies follows: "aged 65 and
#: over make up", "65 and over who", "$300 and up per night". "Or more" and the others are one but
#: before a number ("3,000 or over 100 a day", "500 or under 12,000 lempiras" say it again) or an
#: adverb ("or more importantly"); "or so" but before "-called" or a clause ("or so he claims").
_THEN = (
    "who|which|in|on|at|per|were|are|was|is|have|has|had|make|makes|made|account|accounts|accounted"
    "|represent|represents|living|live|lives|will|would|can|could|may|might|must|receive|received|qualify"
    "|qualifies|need|needs|get|got|require|requires|required|pay|pays|paid|face|faces|faced|earn|earns"
    "|do|does|did|should|shall|go|goes|went"
)
PLUSSED = (
    rf"(?:\+(?![\d+])|[{HYPHENS}](?:plus|odd|some|something|ish)\b"
    r"|\s+or\s+(?:more|over|above|upwards|higher|greater)\b(?!\s*(?:[\d$€£¥]|than\b|of\b|\w+ly\b))"
    r"|\s+(?:plus|and\s+(?:more|greater))\b(?=\s*(?:[.;:)!?]|$))"
    rf"|\s+and\s+(?:over|up|above)\b(?=\s*(?:[.,;:)!?]|$|(?:{_THEN})\b))"
    r"|\s+or\s+so\b(?!-|\s+(?:he|she|it|they|we|i|you|the|officials|police|authorities)\b)"
    r"|\s+or\s+(?:thereabouts|fewer|less|under|below|lower)\b(?!\s*[\d$€£¥]))"
)
PLUS = re.compile(rf"^{PLUSSED}", re.I)
_ABOUT = ("ish", "so", "thereabouts")
_AT_MOST = ("fewer", "less", "under", "below", "lower")


def bound_after(plus: str) -> Qualifier:
    """What a number's plus or its like after it (see :data:`PLUSSED`) makes of it."""
    last = plus.lower().rsplit(None, 1)[-1].lstrip("-\u2010\u2011\u2013")
    if last in _ABOUT:
        return Qualifier.APPROXIMATELY
    return Qualifier.UP_TO if last in _AT_MOST else Qualifier.AT_LEAST
