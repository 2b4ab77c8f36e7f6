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

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import MODALS
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

#: What joins two things counted by one number: "120 engineers & technicians" and "120 doctors and/or
#: nurses" as "and". Counted words hold no "&" nor "and/or" (see :func:`counted_words`); a quote's words
#: as written may.
_JOINS = frozenset(["and", "or", "&", "and/or"])
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
    # A word in "s" before more of the side is a verb: "120 staff and operates clinics"; not an adjective
    # in "-ous": "and indigenous people".
    if at + 2 < len(said) and first.endswith("s") and not first.endswith(("ss", "ous")) and "'" not in first:
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
_VERB_PAST = lazy(r"^[a-z]+ed$", re.I)


#: What may follow a join for a quote ending before its second side to be refused: the clause's end or
#: a preposition. Before a verb ("40 bridges and roads were paved"), the second side is as often the
#: subject of a clause of its own.
_ENDS = lazy(r"[.,;:!?)\]—–]$")


#: Each join as it stands between words.
_JOINED = tuple(f" {join} " for join in _JOINS)


def join_left_out(quoted: str, said: str, cut: bool = False, opens: bool = False) -> tuple[str, str] | None:
    """Where a quote ends after one side of two things the source's number counts together, the source's
    counted words (with the "of" before them) and those the quote leaves out: ("young men and women",
    "and women") of a quote ending "3,400 young men" where the source goes on "3,400 young men and
    women across". ``quoted`` and ``said`` are what the quote and the source go on with after the number,
    ``cut`` whether ``said`` stops where a reading of the source did, ``opens`` whether the source's
    number opens its clause (see :mod:`rootcheck.text.subjects`). The join is read as
    :func:`joined_on` reads one a quote goes on past: "300 teachers" ends short of "300 teachers and
    principals last year", and, where the number opens its clause, of "Some 120 doctors and nurses
    attended"; but not of "40 bridges and roads were paved", nor "44 homes and officials in the region
    said", where the second side may be the subject of a clause of its own."""
    if not any(join in said for join in _JOINED):  # as most figures' words hold none
        return None
    kept = counted_to_end(quoted)
    # A rate's count ends with its time ("60 hours a week and weekends").
    if kept is None or any(word.lower() in _RATES for word in kept):
        return None
    told = joined_on(kept, said, cut, opens)
    if told is None:
        return None
    of = said.split()[:1] in (["of"], ["Of"])
    return " ".join(["of", *told] if of else told), " ".join(told[len(kept) :])


def counted_to_end(quoted: str) -> list[str] | None:
    """The words a quote's number counts, where the quote ends with them: "young men" of a quote ending
    "served 3,400 young men"; None where it counts nothing or goes on past them. ``quoted`` is what the
    quote goes on with after its number."""
    kept = counted_words(quoted, cut=False)
    words = [word for word in quoted.split() if any(c.isalpha() for c in word)]
    if words[:1] and words[0].lower() == "of":
        words = words[1:]
    return kept if kept and len(words) == len(kept) else None


def short_of_of(told: list[str], n: int) -> list[str]:
    """Counted words ``told`` up to an "of" past their first ``n`` and the next: a phrase of "of" past
    more of the noun is another thing's ("74 U.S. convictions of members" counts convictions)."""
    of = next((i for i in range(n + 1, len(told)) if told[i].lower() == "of"), len(told))
    return told[:of]


def counts_on(kept: list[str], told: list[str], after: list[str] | None = None) -> bool:
    """Whether a quote's counted words ``told`` go on past a figure's ``kept``, which they start with, to
    more of what the number counts: the other side of a join ("organizations" of "47 companies and
    organizations" past "47 companies"), or the noun a figure ending on a word before it leads to
    ("firms" of "8,000 private sector firms" past "8,000 private sector"). ``after`` is what the quote
    goes on with after ``told``, word by word.

    Not a phrase of "of" ("740 victims of human trafficking" counts victims), nor words past a plural
    the figure ends on, which begin another phrase as often as not ("350 schools damaged", "5,000
    students a year"); nor a join before a verb's past or a helping verb, or before a preposition whose
    phrase one follows, the subject of a clause of its own ("40 homes and officials said", "40 bridges
    and roads were paved", "44 homes and officials in the region said"); nor words past a unit ("40 MW solar plants"), or before a number, which a
    verb in "s" counts ("1 doctor treats 2,000 patients")."""
    n = len(kept)
    told = short_of_of(told, n)
    if not kept or len(told) <= n or told[n].lower() == "of" or not counts_things(told[-1]):
        return False
    after = after or []
    following = after[0] if after else ""
    if _joins_at(told, n):
        second = told[n + 1 :]
        own = _starts_a_clause(following) or _clause_after(after)
        return len(second) <= 3 and not own and not any(_VERB_PAST.match(word) for word in second)
    last = kept[-1].strip(".")
    # Initials with points are a name's, leading to what they name ("74 U.S. convictions"), where a plural
    # or a unit ("40 MW solar plants") leads to no more.
    if (
        ("." not in last and (counts_things(last) or len(last) <= 3))
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
_OF_THE_WHOLE = lazy(
    r"(?:(?:last|this|next|each|every|per|a|an)\s+(?:(?:fiscal|financial|school|academic|calendar)\s+)?"
    r"(?:year|month|week|day|quarter|season|semester|term|decade|weekend|spring|summer|autumn|fall|winter)"
    r"|so\s+far|annually|yearly|monthly|weekly|daily|nationwide|countrywide|worldwide|statewide|overall"
    r"|altogether|combined|today|yesterday)\b",
    re.I,
)


def joined_on(kept: list[str], rest: str, cut: bool, opens: bool = False) -> list[str] | None:
    """Where a quote goes on from a figure's counted words ``kept`` with a join ("and", "or", "&") to a
    second side of what its number counts, and on past it, its counted words through that side:
    "teachers and principals" of "300 teachers and principals last year", "staff & volunteers" of
    "120 staff & volunteers this year". ``rest`` is what the quote goes on with after its number, ``cut``
    whether it stops where a reading of the quote did (see :func:`words_after`), ``opens`` whether the
    number opens its clause (see :mod:`rootcheck.text.subjects`). None otherwise.

    The second side is a noun of up to three words ending at its plural (or at the second of two, as
    "staff members"); the join counts on where that plural ends the quote or its clause, or a
    preposition or words telling of the whole count follow it ("last year", "nationwide") and no verb
    follows those. Before any other word, a verb as often as not, the second side may be the subject
    of a clause of its own ("31 factories and workers say wages are late"), and so it is left to
    :func:`counts_on` (past a comma too: "42 homes, and officials"); but where the number opens its
    clause, no clause of the first side alone stands before the verb, and the join is the subject of
    that verb, counted whole: "Some 120 doctors and nurses attended the clinics"."""
    words = words_after(kept, rest, cut)
    n = len(kept)
    # A verb among the first side's words is its clause's: "Some 40 bridges collapsed and roads were closed".
    opens = opens and not any(_starts_a_clause(word) for word in kept[1:])
    if words is None or len(words) < n + 2:
        return None
    # A list's nouns before the join ("2,600 women, youth and indigenous people"), the first's comma kept.
    join = _list_closed(words, n) if words[n - 1].endswith(",") else n
    if join is None or words[join].lower() not in _JOINS or (_ENDS.search(words[join - 1]) and join == n):
        return None
    listed = [*kept[:-1], kept[-1] + ("," if join > n else ""), *words[n:join]]
    for at in range(join + 1, min(len(words), join + 4)):
        plural = counts_things(bare_word(words[at]))
        # A list set off by commas on both sides names whom the first noun counts: "300 people, women and
        # children, fled".
        if plural and join > n and words[at].endswith(","):
            return None
        if plural and _ends_count(words[at], words[at + 1 :], cut, opens):
            told = [*listed, words[join], *(bare_word(word) for word in words[join + 1 : at + 1])]
            if (
                not reads_as_noun(words[join + 1 : at + 1])
                or not _joins_at(told, join)
                or any(_VERB_PAST.match(word) for word in told[join + 1 :])
            ):
                return None
            return told
        # Past a plural, only to another: "staff members", where "staff say" starts a clause.
        following = words[at + 1 : at + 2]
        if _ENDS.search(words[at]) or (plural and not (following and counts_things(bare_word(following[0])))):
            return None
    return None


def _list_closed(words: list[str], n: int) -> int | None:
    """Where the join stands that closes a list ``words[n:]`` goes on with after a noun and its comma:
    of up to three nouns more, each of up to three plain words in lower case ending at a plural, as
    "youth" of "women, youth and indigenous people" or "women, youth, and"; None where no such list
    closes ("4,000 families, including 900", "500 workers, mostly women")."""
    at = n
    for _ in range(_MOST_LISTED):
        end = next((i for i in range(at, min(len(words), at + 3)) if _closes(words, i)), None)
        item = words[at : (end or at) + 1]
        if (
            end is None
            or not all(re.fullmatch(r"[a-z][a-z-]*,?", word) for word in item)
            or item[0] in _ANOTHER_PHRASE
            or not counts_things(bare_word(item[-1]))
            or not reads_as_noun([bare_word(word) for word in item])
        ):
            return None
        at = end + 1
        if at < len(words) and words[at].lower() in _JOINS:
            return at
    return None


#: The most nouns a list read as one count holds between its first and its last.
_MOST_LISTED = 3


def _closes(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` ends a list's noun: with a comma, or before the list's join."""
    return words[at].endswith(",") or (at + 1 < len(words) and words[at + 1].lower() in _JOINS)


def _ends_count(last: str, after: list[str], cut: bool, opens: bool = False) -> bool:
    """Whether a count's words end at ``last``, of a quote going on with ``after``: at the quote's or
    its clause's end (unknown in one ``cut``, see :func:`words_after`), or before a preposition or
    words telling of the whole count that no verb follows: "last year", not "last year said", "in the
    region", not "in the region said"; before anything but another plural where the number opens its
    clause ``opens``: "attended", not "members" of "staff members"."""
    if _ENDS.search(last) or (not after and not cut):
        return True
    if opens:
        return bool(after) and not counts_things(bare_word(after[0]))
    if after and after[0].lower() in UNIT_STOPS:
        return not _clause_after(after)
    told = _OF_THE_WHOLE.match(" ".join(after))
    if told is None:
        return False
    following = " ".join(after)[told.end() :].split()[:1]
    return not _starts_a_clause(following[0] if following else "")


def _starts_a_clause(word: str) -> bool:
    """Whether ``word``, after the second side of a join, is a verb that makes the side a clause's
    subject: a verb's past ("said", "reported") or a helping verb ("were paved")."""
    bare = word.lower().strip(",;:.")
    return bool(_VERB_PAST.match(bare)) or bare in PAST_FORMS or bare in AUXILIARIES


#: Words after which a phrase's verb is its own clause's, not the second side's: "schools that flooded".
_RELATIVE = frozenset(["that", "which", "who", "whom", "whose", "where", "when"])
#: How many words of a preposition's phrase are read for a verb after it.
_PHRASE_WORDS = 5


def _clause_after(after: list[str]) -> bool:
    """Whether ``after``, what follows a join's second side, is a preposition's phrase that a verb
    follows within its clause, making the side the subject of a clause of its own: "officials in the
    region said", "roads in the north were closed". Not a verb in "-ed", as often a description in such a
    phrase ("in affected areas"), nor one of a relative clause ("schools in areas that flooded")."""
    if not after or after[0].lower() not in UNIT_STOPS or after[0].lower() in _RELATIVE:
        return False
    for word in after[1 : 1 + _PHRASE_WORDS]:
        bare = word.lower().strip(",;:.")
        if bare in _RELATIVE:
            return False
        # "May" in capitals is as often the month: "1,000 Palestinians and Israelis in May".
        modal = bare in MODALS and not word[:1].isupper()
        if bare in PAST_FORMS or bare in AUXILIARIES or modal or bare in _SAYING:
            return True
        if _ENDS.search(word):
            return False
    return False


#: Verbs of saying in the present or in "-ed", which a clause of its own may have after such a phrase.
_SAYING = frozenset(["say", "says", "reported", "warned", "noted", "added", "stated", "confirmed"])
