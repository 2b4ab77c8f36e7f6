"""Words a text sets in quotation marks: a quotation of someone else's words, or a term held at arm's
length ("a “call to action”", "its “Root Causes” strategy"). A slipped quote that leaves the source's
marks out makes those words its author's; one that puts marks in makes the source's plain words a
quotation, or doubts them. Single and double marks are one, as a quotation inside a quote is often
typed with the other kind.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy

#: A quotation: an opening double mark and a closing one (a straight mark either), guillemets, or
#: single marks opening after no letter and closing before none, so that an apostrophe
#: ("administration’s") opens or closes nothing; within a paragraph, up to a few words.
_QUOTED = lazy(
    r"[“„\"](?P<double>[^“”„‟\"\n]{1,80}?)[”‟\"]|«(?P<angled>[^«»\n]{1,80}?)»"
    r"|(?<![\w‘’'])[‘'](?P<single>[^‘’'\n]{1,80}?)[’'](?![\w‘’'])"
)
#: A line's end within a paragraph, where a source wraps its lines: read as a space.
_WRAP = lazy(r"[ \t]*\n[ \t]*(?=[^\s])")
#: A phrase as quotations are compared: its words, in small letters.
_WORD = lazy(r"\w+")


def _key(words: str) -> str:
    return " ".join(_WORD.findall(words.casefold()))


def quoted(text: str) -> list[str]:
    """The phrases ``text`` sets in quotation marks, as written, each once."""
    found = (next(p for p in m.groups() if p is not None) for m in _QUOTED.finditer(_WRAP.sub(" ", text)))
    return list(dict.fromkeys(phrase.strip() for phrase in found if _key(phrase)))


#: Marks around a whole quote, as an editor may paste them, with a stop after the closing one.
_WRAPPED = lazy(r"\s*[“„\"‘'«](?P<inside>.*)[”‟\"’'»][.,;:!?]?\s*", re.S)


def marks_changed(quote: str, passage: str) -> tuple[list[str], list[str]]:
    """The source's quotations whose words ``quote`` keeps without their marks, and the phrases the
    quote marks that the passage has unmarked: ([“call to action”], []) of "issued a call to action" for
    "issued a “call to action”". Not a quotation after a verb of saying, whose words stay the speaker's
    without their marks ("The mayor said the plan built 12 schools"), nor marks around the whole quote,
    as an editor may paste them."""
    if wrapped := _WRAPPED.fullmatch(quote):
        quote = wrapped["inside"]
    quote_marks, passage_marks = quoted(quote), quoted(passage)
    theirs = {_key(phrase) for phrase in passage_marks}
    ours = {_key(phrase) for phrase in quote_marks}
    quote_words, passage_words = f" {_key(quote)} ", f" {_key(passage)} "
    unwrapped = _WRAP.sub(" ", passage)  # as quoted read it
    left_out = [
        phrase
        for phrase in passage_marks
        if _key(phrase) not in ours
        and f" {_key(phrase)} " in quote_words
        and not _said_before(phrase, unwrapped)
    ]
    put_in = [
        phrase
        for phrase in quote_marks
        if _key(phrase) not in theirs and f" {_key(phrase)} " in passage_words and _key(phrase) != _key(quote)
    ]
    return left_out, put_in


#: A verb of saying, whose object a quotation is: "said", "called CAFTA", "told reporters". Not "asked",
#: whose object is as often money ("asked for $4 billion in aid and issued a “call to action”").
_SAYING = lazy(r"\b(?:say|says|said|saying|tell|tells|told|call|calls|called|write|writes|wrote)\b")
#: How many words before a quotation its verb of saying is looked for: "called the Central America
#: Free Trade Agreement (CAFTA) “good immigration policy”".
_SAID_WITHIN = 8


def _said_before(phrase: str, text: str) -> bool:
    """Whether ``text``, its wrapped lines joined, sets ``phrase`` in marks a few words after a verb
    of saying."""
    at = text.find(phrase)
    return at >= 0 and _SAYING.search(" ".join(text[:at].split()[-_SAID_WITHIN:])) is not None
