"""What a slip may not change of the things a passage names: a word put before one of them that
describes or names ("Youth unemployment fell to 12%" of "Unemployment fell to 12%"), one of two
named together kept alone ("Honduras received $500 million" of "Honduras and Guatemala received …"),
or some of three or more listed.

A slip may leave a word out ("90,000 people" of "90,000 young people" counts the same people), but
not a name (see :mod:`rootcheck.text.leftout`), or
put in one that says nothing of what the passage names: an article, an adverb, a helping verb ("has
also trained" for "trained"). A word that describes or names, put before one of the passage's,
tells of another thing: youth unemployment is not the unemployment the source gives a figure for,
nor is "the new program" the program it names; and what the source says of two things is not said
of one. What a number counts, just after it, is read by :func:`rootcheck.text.meaning.changed_count`
and :mod:`rootcheck.text.joins`; names put for others by :mod:`rootcheck.text.names`.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import DETERMINERS, MODALS, NEGATIONS, PUT_IN_FREELY
from rootcheck.text.names import (
    abbreviates,
    folded,
    forms_of_one,
    with_last_point,
)
from rootcheck.text.nouns import AUXILIARIES, UNIT_STOPS, is_adverb
from rootcheck.text.numbers import NUMBER_WORDS
from rootcheck.text.plurals import counts_things
from rootcheck.text.qualifiers import QUALIFIER_AT_START
from rootcheck.text.verbs import number_first

#: A word as written, with the apostrophes, points and hyphens inside it: "U.S.", "at-risk", "region's".
_WORD = lazy(r"[^\W_]+(?:['’.\-][^\W_]+)*")

#: Words that, put in, say nothing of what the passage names (see
#: :data:`~rootcheck.text.lexicon.PUT_IN_FREELY`), with pointing and helping words. The numbers' own
#: words are left to the checks of numbers; a negation put in is refused as one.
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
    quoted, said, steps = aligned(quote, passage)
    known = {word.key for word in (*said, *_words(near))}
    for tag, first, end, at, _ in steps:
        # The quote's words the passage lacks are, to the matcher, the passage's "deleted".
        if tag != "delete" or end >= len(quoted) or at >= len(said) or quoted[end].key != said[at].key:
            continue  # only words put in before one of the passage's
        if _says_nothing(quoted[end].key) or (first and _after_a_number(quote, quoted, first)):
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


#: What joins two things named together: "Honduras and Guatemala", "farmers or fishers".
_JOINS = frozenset(["and", "or", "&"])
#: The most words of one side of a join read as left out: "and the State Department".
_SIDE = 5
#: A mark that parts clauses or items, before which a join starts no side of the words before it.
_PARTED = lazy(r"[,;:.()—–]")


def dropped_conjunct(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` keeps one side of two things ``source`` names together, and goes on past the
    other: the quote's side ("Honduras"), and the source's join ("Honduras and Guatemala"); None where
    it leaves out none. ``source`` is the passage with its clause on either side, which a quote placed
    from its second word on ("received $500 million") may leave out.

    "Honduras received $500 million" of "Honduras and Guatemala received $500 million" gives the sum
    to one of them. Not a side holding a number, nor one among what a number counts, which the checks
    of numbers read; nor a side of words that say nothing of what is named ("in and around"), or one
    the quote has elsewhere; nor a join after a mark that parts clauses ("…, and wages rose"), nor one
    at the quote's ends, where it only starts or stops (see :mod:`rootcheck.checks.starts`).
    """
    quoted, said, steps = aligned(quote, source)
    have = {word.key for word in quoted}
    for tag, first, _, at, end in steps:
        if tag != "insert" or not 0 < first < len(quoted) or not 2 <= end - at <= _SIDE:
            continue  # only the source's words the quote leaves out between two of its own
        side = said[at:end]
        if side[0].key in _JOINS and at and quoted[first - 1].key == said[at - 1].key:
            kept, join = said[at - 1], (at - 1, end)
        elif side[-1].key in _JOINS and end < len(said) and quoted[first].key == said[end].key:
            kept, join = said[end], (at, end + 1)
        else:
            continue
        named = [word for word in side if not _says_nothing(word.key)]
        if (
            not named
            or _parted(source, said[join[0] : join[1]])
            or not (
                (_names_things(source, kept) and _names_things(source, named[-1]))
                or _of_one_noun(said, join, kept, named, quoted)
            )
            or any(word.key in have for word in named)
            or _after_a_number(source, said, join[0])
        ):
            continue
        whole = source[said[join[0]].start : said[join[1] - 1].end]
        return [with_last_point(source[kept.start : kept.end], source, kept.end)], [whole]
    return None


#: A name in a list: capitalised words, with "de", "del", "la" or "of" between two of them.
_NAME = r"[^\W\d_a-z][\w.'’-]*(?:[ \t]+(?:(?:de|del|la|of)[ \t]+)?[^\W\d_a-z][\w.'’-]*)*"
#: Three things named or more, listed: "El Salvador, Guatemala, and Honduras", "Mexico, Belize or Panama",
#: "the Ministry of Labor, the Ministry of Finance, and the Ministry of Health".
_LIST = lazy(rf"{_NAME}(?:,\s+(?:the\s+)?{_NAME})+,?\s+(?:and|or)\s+(?:the\s+)?{_NAME}")
#: What parts the names of a list, with the article some have: "…, the Ministry of Finance, and the …".
_LISTED_APART = lazy(r"(?:,?\s+(?:and|or)|,)\s+(?:the\s+)?")


def dropped_from_a_list(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` keeps some of three names or more that ``source`` lists, and goes on past the
    list on either side: the names the quote keeps, as it writes them ("Guatemala and Honduras"), and
    the source's list ("El Salvador, Guatemala, and Honduras"); None where it keeps all, or none.

    What the source says of three countries is not said of two; a quote that stops inside the list
    is told by the checks of its ends (see :mod:`rootcheck.checks.dangling`)."""
    quoted = _words(quote)
    keys = [word.key for word in quoted]
    for found in _LIST.finditer(source):
        written = _LISTED_APART.split(found.group())
        if not all(item[:1].isupper() for item in written):
            continue
        items = [[word.key for word in _words(item)] for item in written]
        places = [_place(keys, item) for item in items]
        kept = [place for place in places if place is not None]
        if not kept or len(kept) == len(items):
            continue
        before, after = _words(source[: found.start()])[-1:], _words(source[found.end() :])[:1]
        first, last = min(at for at, _ in kept), max(end for _, end in kept)
        if (
            not before
            or not after
            or first == 0
            or last == len(keys)
            or keys[first - 1] != before[0].key
            or keys[last] != after[0].key
        ):
            continue  # the quote starts or stops at the list, or has it in other words
        return [quote[quoted[first].start : quoted[last - 1].end]], [" ".join(found.group().split())]
    return None


def _place(keys: list[str], item: list[str]) -> tuple[int, int] | None:
    """Where the words ``item`` stand in ``keys``, one after the other, as a range; None if nowhere."""
    for at in range(len(keys) - len(item) + 1):
        if keys[at : at + len(item)] == item:
            return at, at + len(item)
    return None


def dropped_deed(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` keeps one of two deeds ``source`` joins before a number: the quote's ("create"
    of "helped create more than 90,000 jobs"), and the source's join ("create and sustain"); None
    where it drops none. Of "create and sustain", what was created and what sustained is not told, so
    the quote's "create" claims the whole number; "built or repaired 40 schools" cut to "repaired"
    likewise, and "created 90,000 jobs" of "helped create and sustain", one side told in another
    form (see :func:`~rootcheck.text.names.forms_of_one`), with the words before the join left out. Each side is one word in small letters; the number
    follows the join at once."""
    quoted, said, steps = aligned(quote, source)
    have = {word.key for word in quoted}
    for tag, first, last, at, end in steps:
        if tag == "insert" and 0 < first < len(quoted) and end - at == 2:  # a join's word and one side
            if said[at].key in _JOINS and at and quoted[first - 1].key == said[at - 1].key:
                shown, kept, dropped, join = quoted[first - 1], said[at - 1], said[at + 1], (at - 1, end)
            elif said[at + 1].key in _JOINS and end < len(said) and quoted[first].key == said[end].key:
                shown, kept, dropped, join = quoted[first], said[end], said[at], (at, end + 1)
            else:
                continue
        elif tag == "replace" and last - first == 1 and end - at >= 3 and said[end - 2].key in _JOINS:
            # One word of the quote for words ending in the join: "created" for "helped create and
            # sustain", a side in another form.
            shown, sides = quoted[first], (said[end - 3], said[end - 1])
            if not any(forms_of_one(shown.key, side.key) for side in sides):
                continue
            kept, dropped = sides if forms_of_one(shown.key, sides[0].key) else sides[::-1]
            join = (end - 3, end)
        else:
            continue
        whole = source[said[join[0]].start : said[join[1] - 1].end]
        if (
            not whole.islower()
            or not (kept.key.isalpha() and dropped.key.isalpha())
            or _PARTED.search(whole)
            or _says_nothing(kept.key)
            or _says_nothing(dropped.key)
            or dropped.key in have
            or not _number_next(source, said[join[1] - 1].end)
        ):
            continue
        return [quote[shown.start : shown.end]], [" ".join(whole.split())]
    return None


def _parted(text: str, words: list[_Word]) -> bool:
    """Whether a mark that parts clauses or items stands between two of ``words``; not the point of
    initials ("U.S. and international businesses")."""
    for word, then in pairwise(words):
        gap = text[word.end : then.start]
        if "." in text[word.start : word.end] and gap.startswith("."):
            gap = gap[1:]
        if _PARTED.search(gap):
            return True
    return False


def _of_one_noun(
    said: list[_Word], join: tuple[int, int], kept: _Word, named: list[_Word], quoted: list[_Word]
) -> bool:
    """Whether a join's two sides are one word each that tell which of one noun after them: "micro and
    small businesses", "primary and secondary education", "U.S. and international businesses"; the
    quote keeps the noun just after the side it keeps ("small businesses")."""
    if len(named) != 1 or join[1] >= len(said) or join[1] - join[0] != 3:
        return False
    noun = said[join[1]]
    after = [i + 1 for i, word in enumerate(quoted) if word.key == kept.key and i + 1 < len(quoted)]
    return (
        noun.key.isalpha()
        and not _says_nothing(noun.key)
        and all(word.key.replace(".", "").isalpha() for word in (kept, named[0]))
        and any(quoted[i].key == noun.key for i in after)
    )


def _number_next(text: str, at: int) -> bool:
    """Whether ``text`` goes on from ``at`` with a number, a qualifier before it or not: "more than
    90,000 jobs", "$179 million", "twelve clinics"."""
    after = text[at : at + 80].lstrip()
    qualified = QUALIFIER_AT_START.match(after)
    return number_first(after[qualified.end() :] if qualified else after) is not None


def _names_things(text: str, word: _Word) -> bool:
    """Whether ``word`` may end one side of a join of things named: a name ("Guatemala", "USAID") or a
    plural ("fishers"), not a deed ("trained teachers and built 40 schools")."""
    return text[word.start].isupper() or counts_things(word.key)


#: How many words before a join a number may stand and count what it joins: "3,400 young men and women".
_COUNTED_REACH = 4


def _after_a_number(text: str, words: list[_Word], at: int) -> bool:
    """Whether a number stands just before ``words[at]``, in its phrase: what is put in or joined there
    is what the number counts ("1,200 female teachers", "48% of rural households", "3,400 young men
    and women"), which :func:`~rootcheck.text.meaning.changed_count` and
    :func:`~rootcheck.text.joins.conjunct_dropped` read."""
    for word in reversed(words[max(0, at - _COUNTED_REACH) : at]):
        if _PARTED.search(text, word.end, words[at].start) or word.key in UNIT_STOPS:
            return False  # "$500 million to Honduras and Guatemala" counts no country
        if any(char.isdigit() for char in word.key) or word.key in NUMBER_WORDS:
            return True
    return False


# A slipped quote's words are aligned with its source's by one check after another: the one side of a
# join dropped, then one of two deeds (see dropped_conjunct, dropped_deed). Shared, never changed.
@lru_cache(maxsize=4)
def aligned(
    quote: str, passage: str
) -> tuple[list[_Word], list[_Word], Sequence[tuple[str, int, int, int, int]]]:
    """The words of ``quote`` and ``passage``, and the steps that make the one the other (see
    :meth:`difflib.SequenceMatcher.get_opcodes`)."""
    quoted, said = _words(quote), _words(passage)
    matcher = SequenceMatcher(
        None, [word.key for word in quoted], [word.key for word in said], autojunk=False
    )
    return quoted, said, matcher.get_opcodes()


def _joined(quote: str, words: list[_Word]) -> list[_Word]:
    """The last of ``words`` with those before it that nothing but spaces parts from it: the words of
    one phrase, not "began in 2019," of "The program, which began in 2019, reached"."""
    start = len(words) - 1
    while start and not quote[words[start - 1].end : words[start].start].strip():
        start -= 1
    return words[start:]
