"""Hedges: the words that say a thing is only seen, thought or said to be so ("seen as", "alleged",
"reportedly"); and those that deny or doubt the clause after them ("It is false that"). Left out by
a slip or an elision, or cut off before a quote's start, they make a view or a report read as the
source's own statement (see :mod:`rootcheck.checks.wording`)."""

from __future__ import annotations

import re
from collections import Counter

from rootcheck.patterns import lazy
from rootcheck.text.numbers import ANY_NUMBER_WORD

#: A number just after a word: "Perhaps 3,000", "probably twelve".
_A_NUMBER = rf"\s+(?:[$€£]?\d|(?:{ANY_NUMBER_WORD})\b)"
#: What follows "considered" where it is a deliberation, not a view: "will be considered at a meeting",
#: "is being considered by a committee", "are considered alongside the budget".
_DELIBERATION = (
    r"\s*(?:(?:at|by|in|for|on|during|next|before|after|until|when|alongside|with|and|or)\b|[.,;:])"
)
#: Words that say a thing is only seen, thought or said to be so: "She is seen as a key figure", "the
#: alleged bribes", "reportedly paid", "a lawsuit alleging that" (not "a suit alleging fraud", which
#: says what the suit is), "claims to have hired". Without them, a view or a report reads as the
#: source's statement. So do "appears to have", "seems to be" and "according to USAID", which tell a
#: thing as it looks, or as another says it, and "arguably", "apparently", "probably", "likely" (but
#: before "to", a plan's: see :data:`rootcheck.text.lexicon.PLANNED_BEFORE_TO`) and their kin.
#: Not "considered" as a deliberation ("the council considered 12 proposals"), nor "described as follows".
_HEDGE = lazy(
    r"\b(?:(?:seen|sees?|viewed|views?|regarded|regards?|perceived|perceives?|described|describes?)\s+as"
    r"(?!\s+follows\b)"
    rf"|(?:is|are|was|were|be|been|being|widely|generally|often)\s+considered(?!{_DELIBERATION})"
    r"|considered\s+(?:as|to\s+be)|alleg(?:edly|ed|es|e)|(?:alleging|claiming)(?=\s+that\b)|reportedly|supposedly"
    r"|purportedly|reputedly|nominally"
    # Before a number, a guess is the figure's qualifier ("Perhaps 3,000"), read with the figure.
    rf"|(?:arguably|apparently|seemingly|presumably|ostensibly|possibly|probably|perhaps)(?!{_A_NUMBER})"
    rf"|likely(?!\s+to\b|{_A_NUMBER})"
    r"|(?:believed|thought|said|rumou?red|claims?|claimed|purports?|purported|appears?|appeared|seems?|seemed"
    r"|estimated|reported|understood|presumed|assumed)\s+to\s+(?:be|have)"
    r"|(?:is|are|was|were)\s+understood\s+to|according\s+to)\b",
    re.I,
)


#: What parts a text's words: the last part of a text's end is its last word.
_LAST_WORD = lazy(r"\W+")
#: The words a hedge ends with (see :data:`_HEDGE`), none longer than "purportedly": "to" of "according to".
_LAST_WORDS = frozenset(
    ["as", "considered", "alleged", "allegedly", "allege", "alleges", "alleging", "claiming", "reportedly",
     "supposedly", "purportedly", "reputedly", "nominally", "be", "have", "to", "arguably", "apparently", "seemingly",
     "presumably", "ostensibly", "possibly", "probably", "perhaps", "likely"]
)  # fmt: skip


def hedge_ending(text: str, following: str = "") -> str | None:
    """The hedge ``text`` ends with, if it ends with one: "seen as" of "She is seen as"; read with
    ``following``, the words after ``text``, which tell a deliberation or a list ("is considered" of
    "is considered at a meeting", "described as" of "described as follows")."""
    # Every quote's start is read for one, and most end with no word a hedge ends with: told so
    # without the pattern, which took 1% of a cold build's processor time at 10,000 claims.
    # The last run of letters, whatever stands before it ("long-alleged", "allegedly/reportedly").
    if _LAST_WORD.split(text.rstrip()[-12:])[-1].lower() not in _LAST_WORDS:
        return None
    joined = f"{text.rstrip()} {following.lstrip()}"
    end = len(text.rstrip())
    found = [hedge for hedge in _HEDGE.finditer(joined, max(0, end - 40)) if hedge.end() == end]
    return " ".join(found[-1].group().split()) if found else None


def hedges(text: str) -> list[str]:
    """The words of ``text`` that say a thing is only seen, thought or said to be so, as written."""
    return sorted(" ".join(found.group().split()) for found in _HEDGE.finditer(text))


def changed_hedges(quote: str, source: str) -> tuple[list[str], list[str]]:
    """The hedges (see :func:`hedges`) ``quote`` adds to ``source``, and those it leaves out, where it has
    more or fewer of them: one for another ("regarded as" for "seen as", "alleges" for "alleged") is a slip."""
    return surplus(Counter(map(str.lower, hedges(quote))), Counter(map(str.lower, hedges(source))))


def surplus(quoted: Counter[str], said: Counter[str]) -> tuple[list[str], list[str]]:
    """Of words of one kind, those the quote has beyond the source's, or the source's beyond the
    quote's: one put for another of the kind is a slip, one more or fewer is not."""
    added, left_out = sorted((quoted - said).elements()), sorted((said - quoted).elements())
    more = len(added) - len(left_out)
    return (added[:more], []) if more > 0 else ([], left_out[:-more] if more < 0 else [])


#: What denies or doubts the clause a "that" just after it introduces: a copula and a word of doubt
#: ("It is false that", "It is not true that"), a verb of denial ("The ministry denied that", "rejected
#: claims that"), or a want of evidence ("There is no evidence that"). Only these, next to "that":
#: read further back, "that" is as often a relative pronoun ("the disputed area that is home to"), and
#: idioms affirm ("There is no doubt that", "It is no secret that").
_DENIAL_THEN_THAT = lazy(
    r"(?:\b(?:is|was|are|were|be|been|seems?|seemed|remains?|remained)\s+(?:simply\s+|entirely\s+|patently\s+)?"
    r"(?:false|untrue|incorrect|inaccurate|misleading|unclear|unlikely|unproven|doubtful|a\s+myth|not\s+the\s+case)"
    r"|\b(?:(?:is|was|are|were|be|been)\s+not|(?:is|was|are|were)n['’]t)\s+(?:true|clear|certain|so)"
    # Past forms and "denies": "disputes" and "rejects" are as often nouns ("land disputes that displaced").
    r"|\b(?P<verb>denied|denies|disputed|refuted|refutes|rejected)"
    r"(?:\s+(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?|idea))?"
    r"|\bfalsely\s+(?:claimed|said|stated|reported)"
    r"|\b(?:no|little|scant)\s+(?:credible\s+|real\s+|hard\s+|clear\s+)?(?:evidence|proof|sign|indication)"
    r"(?:\s+(?:shows|suggests|to\s+show))?"
    r")\s+that\s*$",
    re.I,
)
#: A negation a few words before a verb of denial, which then affirms: "No one seriously disputed that",
#: "did not deny that", "It cannot be denied that", "Nobody has ever seriously denied that".
_DENIAL_DENIED = lazy(
    r"\b(?:not|no|never|nobody|none|cannot|few|\w+n['’]t)\b(?:\s+\w+){1,4}\s+that\s*$", re.I
)


def denied_before_that(clause: str) -> str | None:
    """The words just before a clause's closing "that" which deny or doubt what it introduces ("is
    false" of "It is false that", "denied" of "The ministry denied that"), if they do."""
    found = _DENIAL_THEN_THAT.search(clause)
    if found is None or (found.group("verb") and _DENIAL_DENIED.search(clause, max(0, found.start() - 30))):
        return None
    return " ".join(found.group().split()[:-1])
