"""What a number counts: the words after it, up to where its counted noun ends.

The figures ``rootcheck new`` offers (see :func:`rootcheck.text.candidates.figure_candidates`)
and a quote's counted words (see :func:`rootcheck.text.meaning.changed_count`) end alike:
at a preposition, a conjunction, an auxiliary, a verb in -ing after the first word, an
elision or the end of the clause, so that "90,000 jobs. Additionally" counts "jobs" and
"$112 million in assistance" counts nothing; a noun joined by "and" or "or" is read with
the first ("47 companies and organizations"). A parsed figure's unit ends only at a
preposition (see :func:`rootcheck.text.figures.parse_figure`): it is the editor's words, read whole.
"""

from __future__ import annotations

import re

from rootcheck.text.numbers import MAGNITUDES, SPELLED

#: Words that end the counted noun: what follows them is context, not unit.
UNIT_STOPS = frozenset(
    [
        "in",
        "for",
        "to",
        "from",
        "with",
        "through",
        "by",
        "across",
        "at",
        "on",
        "into",
        "under",
        "over",
        "since",
        "during",
        "that",
        "which",
        "who",
        "when",
        "where",
        "as",
        "and/or",
    ]
)

#: A word that ends its sentence: a full stop after letters or digits with no stop among them
#: ("jobs." but not "U.S.").
ENDS_SENTENCE = re.compile(r"^[^.]*[\w%]\.$")
#: A number standing as a word of its own ("30", "$5", "1,200", "12%"), which starts another figure;
#: not one inside a name ("H-2B").
NUMBER = re.compile(r"[$€£¥]?\d[\d,.]*%?")
#: Words that cannot be part of a counted noun: what follows them is another clause.
_NOT_NOUNS = frozenset(
    [
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
    ]
)


#: Words that join one noun to another ("companies and organizations"), or start another clause.
_JOINS = frozenset(["and", "or"])
#: Words after a conjunction that start a phrase of its own, not a noun joined to the counted one:
#: "90,000 jobs and the region's economy".
_NOT_JOINED = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "its",
        "their",
        "our",
        "his",
        "her",
        "we",
        "they",
        "it",
        "he",
        "she",
    ]
)
_NUMBER_WORDS = frozenset([*SPELLED, *MAGNITUDES])
#: The most words of one noun read, each of those joined counting afresh.
NOUN_WORDS = 4


def noun_end(words: list[str], first: int, limit: int = NOUN_WORDS) -> int:
    """Where the counted noun that ``words[first:]`` start with ends: before a preposition, a
    conjunction, a verb in -ing or another number, or after the word that ends its sentence or
    clause; after ``limit`` words at most.

    Nouns joined by "and" or "or" are one ("companies and organizations", "national and local
    government officials"), unless what follows the conjunction is another clause or figure (see
    :func:`_joined_end`). A comma ends the noun: "22 states, the District of Columbia, and Puerto
    Rico" counts states.
    """
    for index in range(first, min(len(words), first + limit)):
        word = words[index]
        bare = word.lower().strip(",;:.")
        if bare in _JOINS and index > first and (joined := _joined_end(words, index + 1)) is not None:
            return joined
        # "housing units" counts what "units" does: a word in -ing ends the noun only after its first word.
        if (
            bare in UNIT_STOPS
            or bare in _NOT_NOUNS
            or (index > first and bare.endswith("ing") and len(bare) > 5)
            or NUMBER.fullmatch(bare)
        ):
            return index
        if ENDS_SENTENCE.search(word) or word.endswith((",", ";", ":")):
            return index + 1
    return min(len(words), first + limit)


def _joined_end(words: list[str], start: int) -> int | None:
    """Where a noun joined by a conjunction just before ``start`` ends; None where what follows the
    conjunction is no such noun: nothing, a determiner or pronoun, a verb in -ed ("and helped"), a
    number of its own ("and two hurricanes"), or words running into one ("and supports 8,000 firms")."""
    if start >= len(words):
        return None
    bare = words[start].lower().strip(",;:.")
    if bare in _NOT_JOINED or (bare.endswith("ed") and len(bare) > 4):
        return None
    end = noun_end(words, start)
    if end == start or (end < len(words) and NUMBER.fullmatch(words[end].lower().strip(",;:."))):
        return None
    if any(word.lower().strip(",;:.").removesuffix("s") in _NUMBER_WORDS for word in words[start:end]):
        return None
    return end


#: What ends a counted noun wherever it stands in its words: a dash, a bracket, a quotation mark, and an
#: elision, after which a quote's words are the source's from elsewhere.
_CLAUSE_MARKS = re.compile(r"\s*(?:--|\.\.\.|[—–()\[\]\"“”…])\s*")


def counted_words(rest: str) -> list[str]:
    """The words a number counts, read as a figure's unit from ``rest``, the text just after the number
    and what bounds it: "jobs" of "jobs. Additionally", "private sector firms" of "private sector
    firms in", "teachers and nurses" of "teachers and nurses in"; none where ``rest`` names nothing."""
    words = _CLAUSE_MARKS.split(rest.strip(), maxsplit=1)[0].split()
    first = 1 if words[:1] and words[0].lower() == "of" else 0  # "percent of aid", "millions of doses"
    counted = words[first : noun_end(words, first)]
    return [_bare(word) for word in counted if any(c.isalpha() for c in word)]


def _bare(word: str) -> str:
    """A word without what ends its clause or sentence: "jobs" of "jobs.", but "U.S." whole."""
    word = word.rstrip(",;:'’")
    return word[:-1] if ENDS_SENTENCE.search(word) else word
