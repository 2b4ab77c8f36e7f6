"""What a slipped quote leaves out of its passage, or puts other words for, between the first and the
last of the words the two share (:class:`LeftOut`), read by the checks of what a slip may not leave
out: a limit or a rank (:mod:`rootcheck.text.closed`), a share in a deed (:mod:`rootcheck.text.credit`),
an aim's "to" (:mod:`rootcheck.text.purposes`), and a name, here: "aid" of "U.S. aid", "bilaterally"
of "bilaterally and in partnership with COVAX".
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from rootcheck.text.named import aligned
from rootcheck.text.names import (
    abbreviates,
    as_phrases,
    forms_of_one_name,
    name_key,
    name_keys,
    spelled_out,
)
from rootcheck.text.numbers import MONTHS, WEEKDAYS


class LeftOut(NamedTuple):
    """What a quote leaves out of its passage, or puts other words for, between the first and the last
    of the words the two share."""

    #: The quote's words, folded.
    quoted: list[str]
    #: The passage's words, folded, and as written.
    said: list[str]
    written: list[str]
    #: Where in ``said`` the words left out or put otherwise stand.
    at: list[int]
    #: For each of :attr:`at`, the quote's words put in its place ("solely" of "in part"), or none.
    instead: list[tuple[str, ...]]

    def verb_after(self, at: int, past: frozenset[str] = frozenset()) -> int | None:
        """Where the passage's word after ``at`` stands (past any of ``past``: "helped to create"),
        where it is a word of letters in small letters, as a verb is ("create", not "El" nor "740");
        else None."""
        after = at + 1
        while after < len(self.said) and self.said[after] in past:
            after += 1
        if after >= len(self.said) or not (self.written[after].isalpha() and self.written[after].islower()):
            return None
        return after


def left_out_within(quote: str, passage: str) -> LeftOut:
    """The passage's words ``quote`` leaves out or puts others for within its own (see :class:`LeftOut`):
    not those before the quote's first word the passage has, nor after its last."""
    quoted_words, said_words, steps = aligned(quote, passage)
    quoted = [word.key for word in quoted_words]
    equal = [at for at, step in enumerate(steps) if step[0] == "equal"]
    changed = [
        (where, tuple(quoted[first:last]))
        for step, first, last, source_start, source_end in (steps[equal[0] : equal[-1]] if equal else [])
        if step in ("insert", "replace")
        for where in range(source_start, source_end)
    ]
    return LeftOut(
        quoted,
        [word.key for word in said_words],
        [passage[word.start : word.end] for word in said_words],
        [where for where, _ in changed],
        [instead for _, instead in changed],
    )


#: Months and days, capitalised as names are but telling a time, which the reading of periods weighs
#: ("since 2021" of "since January 2021" says the same; "in 2022" of "in January 2022" does not).
_DATES = frozenset(f"{MONTHS}|{WEEKDAYS}".split("|"))


def left_out_names(quote: str, passage: str) -> list[str]:
    """The names ``passage`` has within the quote's words that ``quote`` leaves out, having them in no
    form as often as the passage does ("… to the region's most vulnerable" of "… to Central America,
    for … the region's most vulnerable", "bilaterally" of "bilaterally and in partnership with
    COVAX", "Department" of "Department of Labor … child labor"): as phrases of the passage."""
    left = left_out_within(quote, passage)
    named = name_keys(passage)
    quoted = [quote[word.start : word.end] for word in aligned(quote, passage)[0]]
    # A hyphen dropped writes one word as two: "Government supported" for "Government-supported".
    joined = [name_key(first + second) for first, second in pairwise(quoted)]
    # Initials for the words they stand for keep them ("U.S." for "United States"), and the other way.
    initialed = {name_key(word) for each in quoted for word in spelled_out(each, passage)}
    out = []
    for word in (left.written[at] for at in left.at):
        key = name_key(word)
        if not word[:1].isupper() or word in _DATES or key not in named or key in initialed:
            continue
        if abbreviates(word, quote) or key in joined or _as_often(word, quoted, left.written):
            continue
        out.append(word)
    return as_phrases(out, passage) if out else []


def _as_often(name: str, quoted: list[str], said: list[str]) -> bool:
    """Whether ``quoted`` has ``name`` in some form as often as ``said`` does."""

    def alike(other: str) -> bool:
        return name_key(other) == name_key(name) or forms_of_one_name(name, other)

    return sum(map(alike, quoted)) >= sum(map(alike, said))
