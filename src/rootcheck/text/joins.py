"""Two things one number counts together: "3,400 young men and women", "5,000 national and local officials".

A quote that keeps one side of such a join counts fewer things than its source, and the site would
publish that figure as written; so would a figure that keeps one side of its quote's. The rules here
read counted words as :func:`rootcheck.text.nouns.counted_words` does, or a quote's words as written
(:func:`joined_on`), and take a join for one only where its words look like two sides of one count:
ending with a plural, the second side starting with no word that begins another phrase ("40 nurses or
higher wages", "50 teachers and many parents", "120 staff and operates clinics") and naming no one
thing in two words ("search and rescue teams").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rootcheck.text.nouns import (
    AUXILIARIES,
    PAST_FORMS,
    UNIT_STOPS,
    bare_word,
    counted_words,
    reads_as_noun,
    words_after,
)
from rootcheck.text.plurals import counts_things

#: What joins two things counted by one number: "120 engineers & technicians" as "and". Counted words
#: hold no "&" (see :func:`counted_words`); a quote's words as written may.
_JOINS = frozenset(["and", "or", "&"])
# fmt: off
#: Words a join's second side may start with that make it another phrase: compared with what is counted
#: ("40 nurses or higher wages", "12 channels and over-the-air stations"), counted otherwise ("50
#: teachers and many parents"), or told of ("200 farmers and nearly doubled yields").
_ANOTHER_PHRASE = frozenset([
    "more", "fewer", "less", "over", "under", "above", "below", "up", "older", "younger", "higher", "lower",
    "greater", "longer", "shorter", "larger", "smaller", "bigger", "newer", "cheaper", "better", "worse",
    "many", "some", "several", "all", "no", "few", "each", "every", "any", "countless", "numerous",
    "various", "most", "both", "their", "its", "his", "her", "our", "the", "a", "an", "this", "that",
    "these", "those", "then", "also", "yet", "still", "even", "not", "so", "thus", "now",
])
#: Adjectives in "-ly", which may start a join's second side as adverbs may not: "and elderly people".
_ADJECTIVES_IN_LY = frozenset(["elderly", "family", "early", "friendly", "lonely", "likely", "only"])
#: Two words joined that name one thing: "40 search and rescue teams" counts teams, not two kinds.
_ONE_THING = frozenset([
    ("search", "rescue"), ("research", "development"), ("water", "sanitation"), ("questions", "answers"),
    ("days", "nights"), ("lives", "livelihoods"), ("law", "order"), ("peace", "security"),
    ("trial", "error"), ("food", "nutrition"), ("monitoring", "evaluation"),
])
# fmt: on


def _joins_at(said: list[str], at: int) -> bool:
    """Whether ``said[at]``, of a number's counted words, joins two sides of what it counts."""
    if said[at].lower() not in _JOINS or not 0 < at < len(said) - 1:
        return False
    first = said[at + 1].lower()
    if re.split(r"[-\u2010\u2011]", first, maxsplit=1)[0] in _ANOTHER_PHRASE:
        return False
    if first.endswith("ly") and first not in _ADJECTIVES_IN_LY:
        return False
    # A word in "s" before more of the side is a verb: "120 staff and operates clinics".
    if at + 2 < len(said) and first.endswith("s") and not first.endswith("ss") and "'" not in first:
        return False
    return (said[at - 1].lower(), first) not in _ONE_THING


def conjunct_dropped(
    kept: list[str], rest: list[str], said: list[str], same: Callable[[str, str], bool]
) -> bool:
    """Whether ``kept``, a quote's counted words, keeps one side of the source's counted words ``said``
    joined by "and" or "or" but not the other: "5,000 local officials" of "5,000 national and local
    officials", "young women" of "young men and women", "5,000 national government officials" of "5,000
    national and local government officials". Left out whole ("5,000 officials"), the join
    counts the same things, more broadly put. ``rest`` is what the quote goes on with after its number:
    where the quote ends after the join's first side, it stops short (see :func:`join_left_out`); where
    it writes a join of its own, its words are weighed as they are. All words are folded; ``same``
    tells two words' forms of one."""
    if not said or not counts_things(said[-1]) or any(word in _JOINS for word in rest[: len(kept) + 2]):
        return False
    goes_on = len(rest) > len(kept)
    for at in range(1, len(said) - 1):
        if not _joins_at(said, at):
            continue
        left = any(same(word, said[at - 1]) for word in kept)
        right = any(same(word, said[at + 1]) for word in kept)
        # Past the join to the words both sides share: "5,000 national government officials" of
        # "5,000 national and local government officials" leaves out "and local", ending nowhere short.
        shared = any(same(word, other) for word in kept for other in said[at + 2 :])
        if left != right and (right or goes_on or shared):
            return True
    return False


#: Words that make what is counted a rate: "40 hours a week", "12 deaths per day".
_RATES = frozenset(["a", "an", "per", "each", "every"])
#: A verb's past, as a clause of its own has one: "reported", not "medium-sized".
_VERB_PAST = re.compile(r"^[a-z]+ed$", re.I)


#: What may follow a join for a quote ending before its second side to be refused: the clause's end or
#: a preposition. Before a verb ("40 bridges and roads were paved"), the second side is as often the
#: subject of a clause of its own.
_ENDS = re.compile(r"[.,;:!?)\]—–]$")


def join_left_out(quoted: str, said: str) -> tuple[str, str] | None:
    """Where a quote ends after one side of two things the source's number counts together, the source's
    counted words (with the "of" before them) and those the quote leaves out: ("young men and women",
    "and women") of a quote ending "3,400 young men" where the source goes on "3,400 young men and
    women across". ``quoted`` and ``said`` are what the quote and the source go on with after the number."""
    if " and " not in said and " or " not in said:  # as most figures' words hold neither
        return None
    kept = counted_words(quoted, cut=False)
    words = [word for word in quoted.split() if any(c.isalpha() for c in word)]
    if words[:1] and words[0].lower() == "of":
        words = words[1:]
    if not kept or len(words) != len(kept):  # nothing counted, or the quote goes on past it
        return None
    told = counted_words(said)
    n = len(kept)
    if len(told) < n + 2 or not _joins_at(told, n) or not counts_things(told[-1]):
        return None
    # A rate's count ends with its time ("60 hours a week and weekends"); a second side of more than
    # three words, or holding a verb's past ("and staff reported long waits"), is a clause of its own.
    second = told[n + 1 :]
    if (
        any(word.lower() in _RATES for word in kept)
        or len(second) > 3
        or any(_VERB_PAST.match(w) for w in second)
    ):
        return None
    if [word.casefold() for word in told[:n]] != [word.casefold() for word in kept]:
        return None
    source = said.split()
    of = source[:1] == ["of"] or source[:1] == ["Of"]
    after = source[len(told) + of :]
    if after and not _ENDS.search(source[len(told) + of - 1]) and after[0].lower() not in UNIT_STOPS:
        return None
    return " ".join(["of", *told] if of else told), " ".join(told[n:])


def counts_on(kept: list[str], told: list[str], following: str = "") -> bool:
    """Whether a quote's counted words ``told`` go on past a figure's ``kept``, which they start with, to
    more of what the number counts: the other side of a join ("organizations" of "47 companies and
    organizations" past "47 companies"), or the noun a figure ending on a word before it leads to
    ("firms" of "8,000 private sector firms" past "8,000 private sector"). ``following`` is the word
    the quote goes on with after ``told``.

    Not a phrase of "of" ("740 victims of human trafficking" counts victims), nor words past a plural
    the figure ends on, which begin another phrase as often as not ("350 schools damaged", "5,000
    students a year"); nor a join before a verb's past, the subject of a clause of its own ("40 homes
    and officials said"); nor words past a unit ("40 MW solar plants"), or before a number, which a
    verb in "s" counts ("1 doctor treats 2,000 patients")."""
    n = len(kept)
    if not kept or len(told) <= n or told[n].lower() == "of" or not counts_things(told[-1]):
        return False
    bare = following.lower().strip(",;:.")
    if _joins_at(told, n):
        second = told[n + 1 :]
        past = bool(_VERB_PAST.match(bare)) or bare in PAST_FORMS
        return len(second) <= 3 and not past and not any(_VERB_PAST.match(word) for word in second)
    last = kept[-1].strip(".")
    if (
        counts_things(last)
        or len(last) <= 3
        or (last.isupper() and last.isalpha())
        or following[:1].isdigit()
    ):
        return False
    # Between, no word in "s" either: "75-seat bus carries pupils" reads a verb's, not more of a noun.
    return not any(
        word.lower() in _JOINS or word.lower() == "of" or counts_things(word) for word in told[n:-1]
    )


#: What a quote may go on with past a join's second side that tells of the whole count, not more of
#: what is counted nor a verb: when ("last year", "each month", "so far", "annually") or where
#: ("nationwide").
_OF_THE_WHOLE = re.compile(
    r"(?:(?:last|this|next|each|every|per|a|an)\s+(?:(?:fiscal|financial|school|academic|calendar)\s+)?"
    r"(?:year|month|week|day|quarter|season|semester|term|decade|weekend|spring|summer|autumn|fall|winter)"
    r"|so\s+far|annually|yearly|monthly|weekly|daily|nationwide|countrywide|worldwide|statewide|overall"
    r"|altogether|combined|today|yesterday)\b",
    re.I,
)


def joined_on(kept: list[str], rest: str, cut: bool) -> list[str] | None:
    """Where a quote goes on from a figure's counted words ``kept`` with a join ("and", "or", "&") to a
    second side of what its number counts, and on past it, its counted words through that side:
    "teachers and principals" of "300 teachers and principals last year", "staff & volunteers" of
    "120 staff & volunteers this year". ``rest`` is what the quote goes on with after its number, ``cut``
    whether it stops where a reading of the quote did (see :func:`words_after`). None otherwise.

    The second side is a noun of up to three words ending at its plural (or at the second of two, as
    "staff members"); the join counts on where that plural ends the quote or its clause, or a
    preposition or words telling of the whole count follow it ("last year", "nationwide") and no verb
    follows those. Before any other word, a verb as often as not, the second side may be the subject
    of a clause of its own ("31 factories and workers say wages are late"), and so it is left to
    :func:`counts_on` (past a comma too: "42 homes, and officials")."""
    words = words_after(kept, rest, cut)
    n = len(kept)
    if words is None or len(words) < n + 2 or words[n].lower() not in _JOINS or _ENDS.search(words[n - 1]):
        return None
    for at in range(n + 1, min(len(words), n + 4)):
        plural = counts_things(bare_word(words[at]))
        if plural and _ends_count(words[at], words[at + 1 :], cut):
            told = [*kept, words[n], *(bare_word(word) for word in words[n + 1 : at + 1])]
            if (
                not reads_as_noun(words[n + 1 : at + 1])
                or not _joins_at(told, n)
                or any(_VERB_PAST.match(word) for word in told[n + 1 :])
            ):
                return None
            return told
        # Past a plural, only to another: "staff members", where "staff say" starts a clause.
        following = words[at + 1 : at + 2]
        if _ENDS.search(words[at]) or (plural and not (following and counts_things(bare_word(following[0])))):
            return None
    return None


def _ends_count(last: str, after: list[str], cut: bool) -> bool:
    """Whether a count's words end at ``last``, of a quote going on with ``after``: at the quote's or
    its clause's end (unknown in one ``cut``, see :func:`words_after`), or before a preposition or
    words telling of the whole count that no verb follows: "last year", not "last year said"."""
    if _ENDS.search(last) or (not after and not cut) or (after and after[0].lower() in UNIT_STOPS):
        return True
    told = _OF_THE_WHOLE.match(" ".join(after))
    if told is None:
        return False
    following = " ".join(after)[told.end() :].split()[:1]
    bare = following[0].lower().strip(",;:.") if following else ""
    return not (_VERB_PAST.match(bare) or bare in PAST_FORMS or bare in AUXILIARIES)
