"""The verb a clause ends with, where what comes before it denies or promises it; the article a
clause may end with before a quote, read past; and whether a quote opens with a clause of its own.

"The towns have not received $300 million in aid" quoted from its number
reads "$300 million in aid" as received; "have committed to invest more than
$4.2 billion" quoted as "more than $4.2 billion" reads a promise as money
spent. Such a verb stands between the word that bears on the number and the
number, so a quote that starts at the number leaves both out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import (
    BE_OR_HAVE,
    DETERMINERS,
    GRANTED_AFTER_NO,
    IRREGULAR_PAST,
    MODALS,
    NOT_AN_INFINITIVE,
    PAIR_ADVERBS,
)
from rootcheck.text.meaning import negations
from rootcheck.text.numbers import ANY_NUMBER_WORD, SIGNS
from rootcheck.text.promises import promises
from rootcheck.text.qualifiers import QUALIFIER_AT_END

#: An adverb between a verb and what denies or promises it: "have not yet received", "could soon reach".
_ADVERB = r"(?:[a-z]+ly|yet|still|ever|already|soon|also|even|now|again|later|then|first|instead)"
#: A preposition after a clause's last verb: "not paid for", "will invest in".
_PREPOSITIONS = "for|to|in|into|on"
#: The word before a verb that may deny or promise it, "n't" and "'ll" as written: "not", "won't", "We'll".
_BEFORE = r"\b(?P<before>[A-Za-z]+(?:n['’]t|['’]ll)?)"
#: A clause's last verb, an adverb before it or not, and a preposition after it or not: "yet received",
#: "provide", "paid for".
_VERB_LAST = rf"(?:\s+{_ADVERB})?\s+(?P<verb>[a-z]+)(?:\s+(?P<preposition>{_PREPOSITIONS}))?"
#: The end of a clause, emphasis marks aside.
_END = r"[\s*_]*$"
#: A verb a clause ends with and the word before it, "to" between or not: "did not create", "have not
#: yet received", "committed to invest", "is set to create", "will provide", "could soon reach", "have
#: not paid for", "has asked for".
_ENDING = lazy(rf"(?P<phrase>{_BEFORE}(?P<to>\s+to)?{_VERB_LAST}){_END}")
#: A verb a clause ends with that someone was asked, urged or encouraged to do, the one asked between:
#: "asked Congress to approve", "encourage businesses to invest", "called on donors to give". What
#: follows is a request, as after "asked for".
_ASKED_TO = lazy(
    r"(?P<phrase>\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)"
    rf"|call(?:s|ed|ing)?\s+(?:on|upon))\s+(?:[\w'’.-]+\s+){{1,4}}?to{_VERB_LAST}){_END}",
    re.I,
)
#: A verb a clause ends with, what denies or promises it two words further back, with a verb between
#: that only goes on, must or can: "will continue to provide", "would have to approve", "will be able
#: to fund", "did not continue to pay".
_LINKED = lazy(rf"(?P<phrase>{_BEFORE}\s+(?:be\s+able|continue|have|begin|start)\s+to{_VERB_LAST}){_END}")
#: Verbs that ask before "for": "The strategy calls for $4 billion" is a request, as "asked for" is.
_ASKING_FOR = frozenset(["call", "calls", "called", "calling"])
#: Words that end a clause and are no verb: what comes after them is a noun's ("will the"), a bound's
#: ("not more than", "not only", "not just") or an aside's ("not including", "not counting", "not to
#: mention", which adds rather than denies).
_NO_VERB = (
    DETERMINERS
    | NOT_AN_INFINITIVE
    | PAIR_ADVERBS
    | frozenset(
        ["more", "less", "fewer", "than", "as", "so", "too", "least", "including", "counting", "mention", "to", "of", "in",
         "on", "at", "by", "for", "from", "with", "into", "over", "under", "about", "around", "until", "till",
         "since", "before", "after", "between", "and", "or", "but", "nor"]
    )
)  # fmt: skip
#: A subject that denies its clause's verb, opening the clause: "No country has received", "None of
#: the towns received", "Not one donor paid". Not "No doubt" nor "No wonder", which grant it, nor a
#: number's "No." ("No. 5 road").
_DENIED_SUBJECT = lazy(
    rf"\s*[*_]*(?:no|none|neither|nobody|nothing|not\s+(?:one|a\s+single))\b(?!\.|\s*\d|\s+(?:{'|'.join(sorted(GRANTED_AFTER_NO))})\b)",
    re.I,
)
#: How many words such a clause may have: a subject and its verb, not a sentence whose "No" is far off.
_SUBJECT_WORDS = 8


def verb_denied_or_promised(clause: str) -> tuple[str, bool] | None:
    """The words ``clause`` ends with, from what denies or promises its last verb to the verb, and
    whether they deny (else they promise): ("not received", True) of "The towns have not received",
    ("committed to invest", False) of "have committed to invest"; None where no such word stands
    before the verb ("The agency managed to hire", "not including")."""
    asked = _ASKED_TO.search(clause)
    if asked is not None and asked["verb"] not in _NO_VERB:
        return " ".join(asked["phrase"].split()), False
    linked = _LINKED.search(clause)
    if linked is not None and linked["verb"] not in _NO_VERB:
        phrase = " ".join(linked["phrase"].split())
        if negations(linked["before"]):
            return phrase, True
        if promises(linked["before"]):
            return phrase, False
    found = _ENDING.search(clause)
    if found is None or found["verb"] in _NO_VERB:
        return None
    verb, preposition = found["verb"], found["preposition"]
    # A word that promises or asks before "for": "has asked for", "calls for", "hoped for".
    if preposition == "for" and (promises(verb) or verb in _ASKING_FOR):
        return f"{verb} {preposition}", False
    # Last words that deny or promise themselves ("did not", "have committed", "refused to") are read
    # as the clause's last word is (see :mod:`rootcheck.checks.starts`).
    own = f"{verb} {preposition}" if preposition else verb
    if negations(own) or promises(own):
        return None
    phrase = " ".join(found["phrase"].split())
    if QUALIFIER_AT_END.search(phrase):  # a bound, not a denial: "Not quite"
        return None
    if negations(phrase):
        return phrase, True
    if promises(f"{found['before']}{' to' if found['to'] else ''}"):
        return phrase, False
    if _DENIED_SUBJECT.match(clause) and len(clause.split()) <= _SUBJECT_WORDS:
        return " ".join(clause.split()), True
    return None


#: Finite verbs that do not end in "-ed": "the U.S. spent $500 million", "the program cost $4 million".
_FINITE = BE_OR_HAVE | IRREGULAR_PAST | MODALS | frozenset(["did", "does", "cost", "costs", "owe", "owes"])
#: Where a clause a quote may open with ends: a mark, a conjunction, a relative ("40 attacks that
#: killed 12" is a noun's words).
_CLAUSE_ENDS = lazy(r"[,;:()—–]|\b(?:and|or|but|that|which|who|whom|whose)\b", re.I)


def opens_a_clause(quote: str) -> bool:
    """Whether ``quote`` opens with a clause of its own, a subject and then its verb: "the U.S. spent
    $500 million", "200 homes were destroyed"; not a noun's words, "40 lives in Choluteca", "the lives
    of 74 people", "responsibility for 40 attacks that killed 12". A word in "-ed" after a determiner
    describes ("the displaced families")."""
    words = _CLAUSE_ENDS.split(quote, maxsplit=1)[0].lower().split()
    return any(
        before not in DETERMINERS and (word in _FINITE or (len(word) > 4 and word.endswith("ed")))
        for before, word in pairwise(words)
    )


#: An article a clause ends with, opening what a quote after it goes on with.
_ARTICLE_LAST = lazy(r"\s+(?:a|an|the)$", re.I)
#: A number a quote starts with, and the sign that makes it a sum: "300 families", "forty nurses",
#: "$4 billion".
_NUMBER_FIRST = lazy(rf"\s*(?P<sign>(?:[{SIGNS}]|US\$)[ \u00a0]?)?(?:\d|(?:{ANY_NUMBER_WORD})\b)", re.I)


def past_an_article(clause: str, quote: str) -> str:
    """``clause`` without the article it ends with, which opens what ``quote`` goes on with, so that
    the words before it are read as bearing on the quote: "is committed to" of "is committed to a"
    before "multi-year, $4 billion … strategy", "did not pay" before "the 300 nurses". Not after "to"
    before a count, to whom a thing is promised rather than what: "committed to the 300 families"."""
    article = _ARTICLE_LAST.search(clause)
    counted = (first := number_first(quote)) is not None and not first["sign"]
    if article is None or (clause[: article.start()].lower().endswith(" to") and counted):
        return clause
    return clause[: article.start()]


def number_first(quote: str) -> re.Match[str] | None:
    """The number ``quote`` starts with, its sign (``sign``) where it is a sum; None where it starts with
    a word."""
    return _NUMBER_FIRST.match(quote)
