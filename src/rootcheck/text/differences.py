"""Where a slipped quote's words part from its passage's, word by word: what an editor is told of a
slip beside the source's reading, so that "hospital" for "school" in a quote of forty words need not
be found by eye.

Words are compared as :func:`rootcheck.text.named.aligned` reads them: case, accents and the marks
around words are typography, not wording, and are no difference; nor are words told apart only by the
marks inside them, an apostrophe typed straight or curly.
"""

from __future__ import annotations

from typing import NamedTuple

from rootcheck.text.named import aligned
from rootcheck.text.names import with_last_point
from rootcheck.text.normalize import normalize


class WordChange(NamedTuple):
    """One stretch of words where a quote parts from its passage."""

    #: The quote's words there, as typed; "" where it leaves the passage's out.
    quoted: str
    #: The passage's words there, as written; "" where the quote adds its own.
    said: str


def word_changes(quote: str, passage: str) -> list[WordChange]:
    """The stretches of words ``quote`` puts for ``passage``'s, leaves out of it or adds, in order."""
    quoted, said, steps = aligned(quote, passage)
    quoted_at = [(word.start, word.end) for word in quoted]
    said_at = [(word.start, word.end) for word in said]
    changes = (
        WordChange(_words(quote, quoted_at[first:last]), _words(passage, said_at[start:end]))
        for step, first, last, start, end in steps
        if step != "equal"
    )
    # Words apart only in their typography ("Government's" for "Government’s") are none.
    return [change for change in changes if normalize(change.quoted).text != normalize(change.said).text]


def _words(text: str, spans: list[tuple[int, int]]) -> str:
    """The text from the first of ``spans`` to the end of the last, one space apart; "" for none."""
    if not spans:
        return ""
    start, end = spans[0][0], spans[-1][1]
    return " ".join(with_last_point(text[start:end], text, end).split())
