"""What a number counts: the words after it, up to where its counted noun ends.

The figures ``rootcheck new`` offers (see :func:`rootcheck.text.figures.figure_candidates`)
and a quote's counted words (see :func:`rootcheck.text.meaning.changed_count`) end alike:
at a preposition, a conjunction, an auxiliary, a verb in -ing after the first word, an
elision or the end of the clause, so that "90,000 jobs. Additionally" counts "jobs" and
"$112 million in assistance" counts nothing. A parsed figure's unit ends only at a
preposition (see :func:`rootcheck.text.figures.parse_figure`): it is the editor's words, read whole.
"""

from __future__ import annotations

import re

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


def noun_end(words: list[str], first: int) -> int:
    """Where the counted noun that ``words[first:]`` start with ends: before a preposition, a
    conjunction, a verb in -ing or another number, or after the word that ends its sentence or clause."""
    for index in range(first, len(words)):
        word = words[index]
        bare = word.lower().strip(",;:.")
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
    return len(words)


#: What ends a counted noun wherever it stands in its words: a dash, a bracket, a quotation mark, and an
#: elision, after which a quote's words are the source's from elsewhere.
_CLAUSE_MARKS = re.compile(r"\s*(?:--|\.\.\.|[—–()\[\]\"“”…])\s*")


def counted_words(rest: str, limit: int = 4) -> list[str]:
    """The words a number counts, read as a figure's unit from ``rest``, the text just after the number
    and what bounds it: "jobs" of "jobs. Additionally", "private sector firms" of "private sector
    firms in"; at most ``limit`` of them, none where ``rest`` names nothing."""
    words = _CLAUSE_MARKS.split(rest.strip(), maxsplit=1)[0].split()
    first = 1 if words[:1] and words[0].lower() == "of" else 0  # "percent of aid", "millions of doses"
    counted = words[first : noun_end(words, first)][:limit]
    return [_bare(word) for word in counted if any(c.isalpha() for c in word)]


def _bare(word: str) -> str:
    """A word without what ends its clause or sentence: "jobs" of "jobs.", but "U.S." whole."""
    word = word.rstrip(",;:'’")
    return word[:-1] if ENDS_SENTENCE.search(word) else word
