"""A quote ending on a word that leads into the source's next words: "18 individuals and entities in
El Salvador and" of "… in El Salvador and Guatemala", "Private sector investment not" of "… not only
boosts economic opportunity". What the word joins, denies or bounds is left out, and a reader cannot
tell what: the list may go on, the negation hold of anything. A sentence may end on such a word ("the
towns it sent aid to."), so only a quote whose sentence goes on past it is refused.
"""

from __future__ import annotations

import re

from rootcheck.model import Anchor
from rootcheck.text.document import Document

#: Words that lead into what follows them: conjunctions, a negation, a comparison's "than",
#: prepositions and articles.
_LEADING_INTO = frozenset(
    ["and", "or", "nor", "but", "not", "no", "than", "of", "to", "the", "a", "an", "in", "for", "with", "by",
     "from", "at", "on", "into", "as"]
)  # fmt: skip
#: Those of them that may be a verb's particle ending its clause ("300 families moved in", "aid poured
#: in"): a preposition only before what it would govern, not before a conjunction or a time ("moved in
#: last year", "poured in as the storm hit").
_PARTICLES = frozenset(["in", "on", "at", "by", "over", "into", "as"])
_NOT_GOVERNED = frozenset(
    ["as", "when", "while", "after", "before", "since", "until", "because", "if", "and", "but", "or", "so",
     "then", "last", "this", "next", "that", "which", "who", "again", "too", "yet", "already", "earlier",
     "later", "today", "yesterday", "now", "once", "twice"]
)  # fmt: skip
#: A quote's last word in small letters, emphasis marks after it aside ("not**").
_LAST_WORD = re.compile(r"(?<![\w'’-])([a-z]+)[*_]*$")
#: The source's sentence going on just after the quote: spaces, or a line's end where lines are
#: wrapped, then a word, a number or a sign; not a paragraph's end.
_GOES_ON = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?(?=[\w$€£¥“\"'(])")
#: How many of the source's next words a message shows.
_NEXT_WORDS = 4


def ended_on_a_leading_word(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a quote may not end where it does, on a word leading into the source's next words; None
    where it ends elsewhere, or where its sentence ends there too. The quote's own last word must be
    it: a slipped quote's passage may end short of the quote's words."""
    if anchor.span is None:
        return None
    end = anchor.span.end
    last = _LAST_WORD.search(doc.text, max(0, end - 12), end)
    if last is None or last.group(1) not in _LEADING_INTO:
        return None
    own = _LAST_WORD.search(quote.rstrip())
    following = _GOES_ON.match(doc.text, end)
    if following is None or own is None or own.group(1) != last.group(1):
        return None
    # Shown to the end of the paragraph, a comment or a stop at the most.
    next_text = re.split(r"\n[ \t]*\n|<!--|(?<=[.;:!?])\s", doc.text[following.end() : following.end() + 80])[
        0
    ]
    words = next_text.split()
    if last.group(1) in _PARTICLES and words and words[0].lower().strip(",.;:") in _NOT_GOVERNED:
        return None
    shown = " ".join(words[:_NEXT_WORDS]) + (" …" if len(words) > _NEXT_WORDS else "")
    return (
        f"the quote ends on “{last.group(1)}”, which leads into the source's next words “{shown}”: end the "
        "quote before it, or after what it leads to"
    )
