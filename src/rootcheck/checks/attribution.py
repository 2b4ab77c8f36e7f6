"""A hedge set off just after a quote: "300 workers were underpaid, the lawsuit alleges." The quote
would publish as the source's statement what the source only reports as alleged or claimed, as one
starting just after "The lawsuit alleges that" would (see :mod:`rootcheck.checks.starts`).

The words after the quote's comma, bracket or dash are read to their clause's end, and are a hedge
where they are an adverb of one ("allegedly"), or someone and a verb of claiming ("the union
claims", "critics alleged", "he has long claimed", "claims the ministry"). "claims" is as often a
noun ("including 400 disability claims", "(DACA claims)"), so it is read as a verb only after a
pronoun, "the" and one word, or a name after a comma; and a someone with a second article or a
pronoun in it is a noun and its relative clause ("the figure it claimed", "an attack ISIS claimed").
"""

from __future__ import annotations

import re
from itertools import pairwise

from rootcheck.model import Anchor
from rootcheck.text.document import Document
from rootcheck.text.hedges import hedges

#: The words after a quote, from the mark that sets them off to their clause's end.
_SET_OFF_AFTER = re.compile(
    r"[ \t]*(?P<mark>[,(—–]|\s--)[ \t]*(?P<words>[^.;:!?()—–\n,]{1,80}?)[ \t]*(?=[.;:!?)—–\n,]|$)"
)
#: Abbreviations whose points end no clause ("Sen. Marco Rubio claimed", "U.S. prosecutors allege"),
#: and the one-dot leader that stands for each such point while the words after a quote are read.
_ABBREVIATION = re.compile(
    r"\b(?:Sen|Rep|Mr|Ms|Mrs|Dr|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Corp|Co|U\.S|U\.N|U\.K)\."
)
_POINT = "\u2024"
_ADVERBS = frozenset(["allegedly", "supposedly", "purportedly", "reportedly", "ostensibly"])
#: Verbs of claiming after their subject, and those that are verbs whatever stands before them.
_VERBS = frozenset(
    ["alleges", "alleged", "allege", "claims", "claimed", "claim", "contends", "contended", "contend"]
)
_PAST = frozenset(["alleged", "claimed", "contended"])
_ARTICLES = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])
#: Words that open a relative clause inside a someone: a second article, a pronoun, "that year".
_INSIDE = _ARTICLES | _PRONOUNS | frozenset(["that", "this", "these", "those", "which", "who"])
#: Words between someone and the verb: "has long claimed", "have repeatedly alleged", "now claims".
_HELPING = frozenset(
    ["has", "have", "had", "is", "was", "been", "long", "repeatedly", "also", "widely", "since", "now", "still",
     "later", "once"]
)  # fmt: skip
#: Words a someone does not open with: a comparison, a count, a confirmation ("as it had claimed").
_NOT_SOMEONE = frozenset(
    ["as", "which", "than", "not", "far", "half", "more", "less", "fewer", "exactly", "just", "including",
     "excluding", "mostly", "up", "down", "about", "nearly", "almost", "all", "while", "and", "but", "or"]
)  # fmt: skip
#: Nouns of a quantity claimed, not of who claims it: "the highest number claimed".
_QUANTITIES = frozenset(
    ["number", "amount", "sum", "figure", "total", "share", "percentage", "rate", "level", "count", "record",
     "goal", "majority", "first", "second"]
)  # fmt: skip


def ended_before_a_hedge(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Where a quote ends just before the hedge that makes what it says only said or alleged. A quote
    with a hedging adverb of its own ("The agency allegedly hired") tells the reader as much."""
    if anchor.span is None or any(word.lower() in _ADVERBS for word in hedges(quote)):
        return None
    end = anchor.span.end
    after = _ABBREVIATION.sub(lambda short: short.group().replace(".", _POINT), doc.text[end : end + 120])
    found = _SET_OFF_AFTER.match(after)
    if found is None or not _hedging(found["words"].split(), found["mark"].strip() == ","):
        return None
    hedge = " ".join(found["words"].replace(_POINT, ".").split())
    return (
        f"the quote ends just before the source's “{hedge}”: whether a thing is so, or only said to be, is "
        "no slip of wording; end the quote after it"
    )


def _hedging(words: list[str], after_comma: bool) -> bool:
    """Whether ``words``, a clause set off after a quote, hedge it."""
    lowered = [word.lower() for word in words]
    skipped = 2 if lowered[:2] == ["or", "so"] else 1 if lowered[:1] == ["so"] else 0  # "or so it claims"
    words, lowered = words[skipped:], lowered[skipped:]
    if len(words) <= 1:
        return bool(lowered) and lowered[0] in _ADVERBS
    if lowered[-1] in _VERBS:
        subject = words[:-1]
        while subject and subject[-1].lower() in _HELPING:  # "it is alleged", "has long claimed"
            subject = subject[:-1]
        return _someone(subject, lowered[-1], after_comma)
    if lowered[0] in _VERBS - {"allege", "claim", "contend"}:  # "claims the ministry", "alleged prosecutors"
        subject = words[1:]
        needs_article = lowered[0] not in _PAST
        return (
            bool(subject)
            and (not needs_article or subject[0].lower() in _ARTICLES or subject[0][:1].isupper())
            and _someone(subject, "alleged", after_comma)
        )
    return False


def _someone(words: list[str], verb: str, after_comma: bool) -> bool:
    """Whether ``words`` name one who may claim with ``verb``: a noun phrase of up to five words."""
    if not words or len(words) > 5:
        return False
    lowered = [word.lower() for word in words]
    if lowered[0] in _NOT_SOMEONE or lowered[-1] in _QUANTITIES:
        return False
    if len(words) == 1 and lowered[0] in _PRONOUNS:
        return verb not in ("claims", "alleges", "contends") or lowered[0] in ("he", "she", "it")
    rest = words[1:] if lowered[0] in _ARTICLES else words
    # A number first is what is claimed ("300 claimed", "claimed 12 lives"); a second article, a
    # pronoun, or a name after a noun opens a relative clause ("the figure it claimed", "an attack
    # ISIS claimed").
    if not rest or (rest[0][:1].isdigit() and len(rest) == 1) or words[0][:1].isdigit():
        return False
    if any(word.lower() in _INSIDE for word in rest):
        return False
    if any(a[:1].islower() and b[:1].isupper() for a, b in pairwise(rest)):
        return False
    if verb == "claims":  # as often a noun: "400 disability claims", "(DACA claims)", "its wage claims"
        return after_comma and (
            (lowered[0] == "the" and len(rest) == 1) or all(word[:1].isupper() for word in rest)
        )
    if verb == "claim":  # a plural's: "critics claim", not "an insurance claim"
        return lowered[0] not in _ARTICLES
    return True
