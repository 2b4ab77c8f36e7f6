"""Words a quote puts before a word of its passage that describe or name: "Youth unemployment fell
to 12%" of "Unemployment fell to 12%".

A slip may leave a word out ("90,000 people" of "90,000 young people" counts the same people), or
put in one that says nothing of what the passage names: an article, an adverb, a helping verb ("has
also trained" for "trained"). A word that describes or names, put before one of the passage's,
tells of another thing: youth unemployment is not the unemployment the source gives a figure for,
nor is "the new program" the program it names. What a number counts, just after it, is read by
:func:`rootcheck.text.meaning.changed_count`; names by :mod:`rootcheck.text.names`.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import NamedTuple

from rootcheck.text.lexicon import DETERMINERS, MODALS, NEGATIONS, PUT_IN_FREELY
from rootcheck.text.names import abbreviates, folded, forms_of_one
from rootcheck.text.nouns import AUXILIARIES, UNIT_STOPS, is_adverb
from rootcheck.text.numbers import NUMBER_WORDS

#: A word as written, with the apostrophes, points and hyphens inside it: "U.S.", "at-risk", "region's".
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")

#: Words that, put in, say nothing of what the passage names (see :data:`~rootcheck.text.lexicon.PUT_IN_FREELY`), with
#: pointing and helping words. The numbers' own words are left to the checks of numbers; a negation
#: put in is refused as one.
_SAYING_NOTHING = PUT_IN_FREELY | DETERMINERS | MODALS | AUXILIARIES | UNIT_STOPS | NUMBER_WORDS | NEGATIONS


class _Word(NamedTuple):
    key: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    return [_Word(folded(found.group()), found.start(), found.end()) for found in _WORD.finditer(text)]


def _says_nothing(word: str) -> bool:
    return word in _SAYING_NOTHING or is_adverb(word) or any(char.isdigit() for char in word)


def added_modifiers(quote: str, passage: str, near: str = "") -> tuple[list[str], list[str]] | None:
    """Where ``quote`` puts words that describe or name before a word of ``passage``: the quote's words
    with that word ("Youth unemployment"), and the passage's word alone ("Unemployment"); None where
    it puts in none.

    A word ``passage`` or ``near`` (the source about it) has in any form is the source's, moved
    ("Youth unemployment" of "unemployment among youth"), as are initials of words it spells out.
    """
    quoted, said = _words(quote), _words(passage)
    known = {word.key for word in (*said, *_words(near))}
    matcher = SequenceMatcher(
        None, [word.key for word in quoted], [word.key for word in said], autojunk=False
    )
    for tag, first, end, at, _ in matcher.get_opcodes():
        # The quote's words the passage lacks are, to the matcher, the passage's "deleted".
        if tag != "delete" or end >= len(quoted) or at >= len(said) or quoted[end].key != said[at].key:
            continue  # only words put in before one of the passage's
        if _says_nothing(quoted[end].key) or _counted(quoted, first):
            continue
        put = [
            word
            for word in _joined(quote, quoted[first : end + 1])[:-1]
            if not _says_nothing(word.key)
            and word.key not in known
            and not any(forms_of_one(word.key, other) for other in known)
            and not abbreviates(quote[word.start : word.end], f"{passage} {near}")
        ]
        if put:
            head = said[at]
            return [quote[put[0].start : quoted[end].end]], [passage[head.start : head.end]]
    return None


def _joined(quote: str, words: list[_Word]) -> list[_Word]:
    """The last of ``words`` with those before it that nothing but spaces parts from it: the words of
    one phrase, not "began in 2019," of "The program, which began in 2019, reached"."""
    start = len(words) - 1
    while start and not quote[words[start - 1].end : words[start].start].strip():
        start -= 1
    return words[start:]


#: Words that may stand between a number and what it counts: "40 percent of the households".
_LEADING_TO_COUNTED = frozenset(["of", "the", "a", "an", "its", "their", "percent", "cent", "per"])


def _counted(quoted: list[_Word], first: int) -> bool:
    """Whether words put in at ``first`` stand among what a number counts ("1,200 female teachers",
    "48% of rural households"), which :func:`~rootcheck.text.meaning.changed_count` reads."""
    at = first - 1
    while at >= 0 and quoted[at].key in _LEADING_TO_COUNTED:
        at -= 1
    return at >= 0 and (any(char.isdigit() for char in quoted[at].key) or quoted[at].key in NUMBER_WORDS)
