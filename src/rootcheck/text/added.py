"""Words a slipped quote adds at either end that its source does not have there: "It is untrue that
the U.S. Government has provided $112 million …" of the fact sheet's "The U.S. Government has provided
$112 million …", or "… more than 90,000 jobs, officials falsely claim".

Fuzzy search scores a quote by the passage it lines up with best, so words added before or after
it cost the score little; but they say what the source does not: that the figure is denied, doubted,
or someone else's claim. A slip may leave a word out at a quote's end or type one otherwise; it may
not put new words there.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import NamedTuple

from rootcheck.hints import mistyped
from rootcheck.patterns import lazy
from rootcheck.text.lexicon import WORD_OR_INITIALS
from rootcheck.text.qualifiers import QUALIFIER_AT_END

#: A word as the ends are lined up; initials are read without their points ("U.S." as "US").
_WORD = lazy(WORD_OR_INITIALS)
#: Words a quote may put before or after the source's words, saying nothing the source does not: an
#: article or a word joining the quote to what an editor writes around it ("And the U.S. has …"), and
#: one that takes a thing whole ("Total imports" for "Imports").
_JOINING = frozenset(["the", "a", "an", "and", "but", "so", "also", "then", "meanwhile", "moreover"])
_WHOLE = frozenset(["total", "overall", "combined", "whole", "entire"])
_SAYING_NOTHING = _JOINING | _WHOLE
#: A word a quote may put for two of the source's: "Excluding Mexico" for "not including Mexico".
_FOR_NOT = {"excluding": "including", "excluded": "included"}
#: Letters a word and another form of it share at least, where both are as long: "Government" and
#: "Government's"; a shorter word's forms start with it whole ("year", "years").
_SAME_STEM = 5
#: "be", "have" and "do" in each of their forms, as one: "have provided" for "has provided" is a slip
#: of number (a tense told otherwise is :mod:`rootcheck.text.tense`'s).
_FORMS = {
    **dict.fromkeys(["is", "are", "was", "were", "am", "be", "been"], "be"),
    **dict.fromkeys(["has", "have", "had"], "have"),
    **dict.fromkeys(["does", "do", "did"], "do"),
}


class _Word(NamedTuple):
    key: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    found = []
    for m in _WORD.finditer(text):
        key = m.group().casefold().replace("’", "'").replace(".", "")
        found.append(_Word(_FORMS.get(key, key), m.start(), m.end()))
    return found


def added_at_ends(quote: str, passage: str, before: str = "", after: str = "") -> tuple[str, str]:
    """The words ``quote`` adds before the first of its words ``passage`` has and after the last, as
    the quote writes them ("" for none). A word the source has ``before`` the passage or ``after`` it,
    in its sentence, is the source's. Words bounding the quote's first number ("Under ten percent" for
    "Less than ten percent") are the figure's bounds, read and compared apart."""
    quoted, said = _words(quote), _words(f"{before} {passage} {after}")
    if not quoted or not said:
        return "", ""
    steps = SequenceMatcher(
        None, [w.key for w in quoted], [w.key for w in said], autojunk=False
    ).get_opcodes()
    kept = [step for step in steps if step[0] == "equal"]
    if not kept:
        return "", ""
    first, last = kept[0], kept[-1]
    leading = quoted[: first[1]]
    if leading and (bound := QUALIFIER_AT_END.search(quote, 0, quoted[first[1]].start)):
        leading = [word for word in leading if word.end <= bound.start()]
    lead = _added(quote, leading, [w.key for w in said[: first[3]]])
    tail = _added(quote, quoted[last[2] :], [w.key for w in said[last[4] :]])
    return lead, tail


def _added(quote: str, words: list[_Word], said: list[str]) -> str:
    """``words`` of the quote, as it writes them, unless each says nothing or is a slip of a word the
    source has on that side of the passage (``said``): mistyped, or another form of it."""
    slips = [
        word.key in _SAYING_NOTHING
        or any(_slip(word.key, other) for other in said)
        or (word.key in _FOR_NOT and "not" in said and _FOR_NOT[word.key] in said)
        for word in words
    ]
    if not words or all(slips):
        return ""
    return quote[words[0].start : words[-1].end]


def _slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant``, mistyped ("Govermnent", or two letters swapped: "yaer" for
    "year"), or another form of it ("years", "Government's")."""
    if typed == meant or mistyped(typed, meant):
        return True
    if len(typed) == len(meant) > 2 and typed[0] == meant[0] and sorted(typed) == sorted(meant):
        return True
    shorter, longer = sorted([typed, meant], key=len)
    return (
        longer.startswith(shorter) if len(shorter) < _SAME_STEM else typed[:_SAME_STEM] == meant[:_SAME_STEM]
    )
