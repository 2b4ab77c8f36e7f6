"""A share in a deed told as the whole: "has created and sustained more than 90,000 jobs" of the fact
sheet's "has helped create and sustain" gives the support it speaks of all of a deed the source gives
it a part in; so does "reduced violence" of the article's "help reduce violence", or "cut costs" of
"contributed to cutting costs".

A slip may tell the share in other words ("assisted in creating", "aided"), or keep the helping word
and change the deed's form ("helped to create"); what it may not do is leave the share out and keep
the deed.
"""

from __future__ import annotations

from rootcheck.text.leftout import left_out_within
from rootcheck.text.lexicon import word_set
from rootcheck.text.names import forms_of_one
from rootcheck.text.slipped import WORDS

#: Words giving one a share in a deed others do too: "helped create", "contributed to reducing".
SHARES = word_set("help helps helped helping contribute contributes contributed contributing")
#: Words that tell a share as those of :data:`SHARES` do, in the quote's own words, or tell the deed as
#: done in part or with others; not "aid", as often the noun ("U.S. aid") as the verb.
_TOLD_AS_SHARED = SHARES | word_set(
    """assist assists assisted assisting aided aiding contribution contributions partly
    partially jointly together"""
)
#: Words that stand between a share and its deed: "helped to create", "contributed to reducing".
_BETWEEN = frozenset(["to"])


def left_out_share(quote: str, passage: str) -> list[str]:
    """The words of :data:`SHARES` ``passage`` has within the quote's words that ``quote`` leaves out
    while keeping the deed they give a share in ("created" of "helped create"): as written in the
    passage. None where the quote tells a share in its own words, or the deed after the share is not
    a verb the quote keeps ("helped 740 victims", "helping El Salvador")."""
    left = left_out_within(quote, passage)
    if any(word in _TOLD_AS_SHARED for word in left.quoted):
        return []
    return [
        left.written[at]
        for at in left.at
        if left.said[at] in SHARES
        and (deed := left.verb_after(at, past=_BETWEEN)) is not None
        and any(forms_of_one(left.said[deed], word) for word in left.quoted)
    ]


def shares_in(left_out: str, after: str) -> list[str]:
    """The words of :data:`SHARES` ``left_out`` has that give a share in a deed, a verb after them (past
    "to") there or, next, in ``after``: what an elision leaves out of a share, as written ("has ...
    sustain" of "has helped create and sustain"). Not "helped 740 victims", whose "helped" is the deed."""
    written = WORDS.findall(left_out)
    following = [*written, *WORDS.findall(after)[:1]]
    shares = []
    for at, word in enumerate(written):
        if word.lower() not in SHARES:
            continue
        deed = next((w for w in following[at + 1 :] if w.lower() not in _BETWEEN), "")
        if deed.isalpha() and deed.islower():
            shares.append(word)
    return shares
