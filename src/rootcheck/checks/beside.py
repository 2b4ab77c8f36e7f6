"""The source beside a passage: the words just before and after it, and the clause it stands in, which a
slipped quote's own words at either end are read against where fuzzy search ended the passage short of
them (see :mod:`rootcheck.checks.wording`)."""

from __future__ import annotations

from typing import NamedTuple

from rootcheck.model import Span
from rootcheck.patterns import lazy
from rootcheck.text.document import Document
from rootcheck.text.lexicon import CLAUSE_STOP

#: How far past a passage's ends its source is read for a word the quote has, where fuzzy search may
#: have ended the passage just short of it ("We will use" found as "use").
AROUND = 40


class Beside(NamedTuple):
    """The source just before a passage and just after it (see :data:`AROUND`), and the whole of it."""

    before: str = ""
    after: str = ""
    document: str = ""


NOTHING_BESIDE = Beside()


def around(doc: Document, span: Span) -> Beside:
    """The source just before and after a passage (see :data:`AROUND`), in whole words: a word the
    reach cuts ("Poli" of "Police") is left out, not taken for one the source has."""
    text, start, end = doc.text, max(0, span.start - AROUND), min(len(doc.text), span.end + AROUND)
    before, after = text[start : span.start], text[span.end : end]
    if start and text[start - 1].isalnum() and before[:1].isalnum():
        before = before[len(before.split(None, 1)[0]) :]
    if end < len(text) and text[end].isalnum() and after[-1:].isalnum():
        after = after[: len(after) - len(after.rsplit(None, 1)[-1])]
    return Beside(before, after, text)


#: Where a sentence or clause ends, or a bold label opening a line or a list item ("- **Improving
#: Food Security**"): no word past it lines up with a quote's. Not bold words within a sentence ("did
#: **not** hire"), whose clause goes on, nor a bold condition opening one ("**Unless** Congress acts,").
_BREAK = lazy(
    rf"{CLAUSE_STOP}[\"”’)\]*]*(?:\s|$)|\n[ \t]*\n|(?<=\n)[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?"
    r"\*\*(?!(?:If|Unless|Only|Provided|Subject|Without|Except|Not|No|Never)\b)[^*\n]+\*\*"
)


def clause_before(text: str) -> str:
    """What ``text`` holds after its last sentence or clause ends: the words the passage's clause has
    before the passage. A word a quote puts before a passage ("Notably, less than ten percent") is no
    word of the source's sentence before it ("… Central America. Less than ten percent")."""
    breaks = list(_BREAK.finditer(text))
    return text[breaks[-1].end() :] if breaks else text


def clause_after(text: str, passage: str = "") -> str:
    """What ``text`` holds before its first sentence or clause ends: nothing where ``passage``, which
    it follows, ends one itself ("… corruption." before "We will continue")."""
    if _ENDED.search(passage):
        return ""
    found = _BREAK.search(text)
    return text[: found.start()] if found else text


#: A passage ending its sentence or clause.
_ENDED = lazy(r"[.!?;:][\"”’)\]*]*\s*$")


#: A word as :func:`edged` lines a quote up with its passage: letters and digits, apostrophes inside.
TOKEN = lazy(r"\w+(?:['’]\w+)*")
#: A word, or initials whole: "U.S.", not "U".
_ARTICLES = frozenset(["the", "a", "an"])
_FIRST_WORD = lazy(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)*")
#: How many of a quote's words at either end may stand outside its passage.
_EDGE = 4


def beyond(quote: str, passage: str) -> tuple[int, int]:
    """How many of the quote's words stand before its passage's first word and after its last: where
    fuzzy search ended the passage short of words the quote has otherwise ("in Guatemala, over 500"
    placed as ", over 500" of "in Honduras, over 500"), their count at that end."""
    quoted, said = _lowered(quote), _lowered(passage)
    if not quoted or not said:
        return 0, 0
    lead = quoted.index(said[0]) if said[0] in quoted[:_EDGE] else 0
    tail = quoted[::-1].index(said[-1]) if said[-1] in quoted[-_EDGE:] else 0
    return lead, tail


def ends_apart(quote: str, passage: str) -> tuple[bool, bool]:
    """Whether the quote's first word is other than its passage's first, and its last other than the
    passage's last: where fuzzy search may have ended the passage short of words the quote has in
    place of the source's ("Donors will invest" placed as "to invest" of "Donors have committed to
    invest"), which :func:`beyond` cannot count."""
    quoted, said = _lowered(quote), _lowered(passage)
    if not quoted or not said:
        return True, True
    return quoted[0] != said[0], quoted[-1] != said[-1]


def _lowered(text: str) -> list[str]:
    """The words of ``text`` in small letters, as :func:`beyond` and :func:`ends_apart` compare them."""
    return [word.lower() for word in TOKEN.findall(text)]


def edged(passage: str, beside: Beside, lead: int, tail: int) -> str:
    """The passage with as many of the source's words on either side as the quote has beyond it."""
    before = TOKEN.findall(clause_before(beside.before))[-lead:] if lead else []
    after = TOKEN.findall(clause_after(beside.after, passage))[:tail]
    return " ".join([*before, passage, *after])


def first_in_source(passage: str, beside: Beside, lead: int) -> tuple[str, str] | None:
    """The source's word where the quote's first word stands, ``lead`` words before the passage, and
    the source before that word."""
    if not lead:
        first = _FIRST_WORD.search(passage)
        # An article in small letters is read with the name it opens: "the U.S. Government" is where
        # "Honduras" stands in "Honduras has provided".
        if first and first.group() in _ARTICLES and (name := _FIRST_WORD.search(passage, first.end())):
            first = name if name.group()[:1].isupper() else first
        return (first.group(), beside.before + passage[: first.start()]) if first else None
    clause = clause_before(beside.before)
    words = list(TOKEN.finditer(clause))
    if len(words) < lead:
        return None
    word = words[-lead]
    return word.group(), beside.before[: len(beside.before) - len(clause) + word.start()]
