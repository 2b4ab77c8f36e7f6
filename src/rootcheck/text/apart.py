"""Quotes whose words the source holds, but in paragraphs apart: where they stand, to tell the editor.

A quote is found within one paragraph or list item, as a reader meets it (see
:mod:`rootcheck.text.normalize`, which never lets a quote hold a paragraph break). One that runs on
into the next paragraph, or leaves words out with an elision across paragraphs, is found nowhere,
though every word of it is the source's: a hint naming its lines says why.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rootcheck.patterns import lazy
from rootcheck.text.document import Document, Format
from rootcheck.text.normalize import PARAGRAPH_BREAK
from rootcheck.text.wordbounds import find_all

#: The words of a quote's first paragraph told as where to end it: enough to find them, not a sentence.
_ENDING_WORDS = 4
#: What starts a list item in normalised text, which a quote running on into the item leaves out:
#: "- Copan: 2,100 growers" reads "-copan: 2,100 growers", "3. Next steps" "3. next steps".
_ITEM_MARK = lazy(r"[-*+•]\s*|\d{1,3}[.)]\s+")


def apart(doc: Document, parts: Sequence[str]) -> str | None:
    """Where a quote's parts stand, word for word and in order, in paragraphs apart: an elision
    leaves words out within one paragraph, so such a quote is found nowhere, for all its words are."""
    if len(parts) < 2:
        return None
    text, position, lines = doc.normalized.text, 0, []
    for part in parts:
        hits = find_all(text, part, position)
        if not hits:
            return None
        position = hits[0] + len(part)
        lines.append(str(doc.line_of(doc.normalized.to_original(hits[0], position).start)))
    return (
        f"its parts stand in paragraphs apart (lines {', '.join(lines)}): "
        "an elision leaves words out within one paragraph; quote each paragraph in a claim of its own"
    )


@dataclass(frozen=True)
class Across:
    """A quote standing word for word only across a paragraph's end."""

    #: What to tell the editor: the lines of each paragraph it runs into, and the words to end it at.
    hint: str
    #: Whether a reader sees the end: a blank line, a list item's mark, a Markdown paragraph. A plain
    #: text's line end alone is read as a paragraph's by a guess (see :mod:`rootcheck.text.document`),
    #: which a wrapped line may defeat.
    seen: bool


@dataclass(frozen=True)
class _ReadOn:
    """A normalised text read on over its paragraphs' ends: each break a space, each list item's
    mark left out, and where each paragraph starts in the text so read and in the text itself."""

    read: str
    read_at: list[int]
    text_at: list[int]
    #: Each paragraph's length so read, and whether it is a list item.
    lengths: list[int]
    items: list[bool]


# Once per source, not once per quote: every quote not found word for word is looked for across its
# source's paragraphs, and reading a 2 MB source so took some 4 ms each time.
@lru_cache(maxsize=4)
def _read_on(text: str) -> _ReadOn:
    blocks: list[str] = []
    read_at: list[int] = []
    text_at: list[int] = []
    items: list[bool] = []
    at = read = 0
    for block in text.split(PARAGRAPH_BREAK):
        mark = _ITEM_MARK.match(block) if at else None
        cut = mark.end() if mark else 0
        items.append(mark is not None)
        read_at.append(read)
        text_at.append(at + cut)
        blocks.append(block[cut:])
        at += len(block) + 1
        read += len(block) - cut + 1
    return _ReadOn(" ".join(blocks), read_at, text_at, [len(block) for block in blocks], items)


def across(doc: Document, quote: str) -> Across | None:
    """Where ``quote``, normalised and with no elision, stands word for word only if each paragraph
    break is read as a space, and each list item's mark left out."""
    text = doc.normalized.text
    if PARAGRAPH_BREAK not in text:
        return None
    on = _read_on(text)
    read_at, text_at, items = on.read_at, on.text_at, on.items
    hits = find_all(on.read, quote)
    if not hits:
        return None
    first = bisect.bisect_right(read_at, hits[0]) - 1
    last = bisect.bisect_right(read_at, hits[0] + len(quote) - 1) - 1
    if last == first:
        return None  # within one paragraph, its mark aside: none the quote runs into
    # A Markdown source's paragraphs and items are parsed, not guessed.
    seen = doc.format is Format.MARKDOWN or any(
        items[i] or _blank_before(doc, text_at[i]) for i in range(first + 1, last + 1)
    )
    start = text_at[first] + hits[0] - read_at[first]
    starts = [start] + [text_at[i] for i in range(first + 1, last + 1)]
    lines = ", ".join(str(doc.line_of(doc.normalized.to_original(at, at + 1).start)) for at in starts)
    # As the source writes them, not as normalised (in small letters), emphasis aside.
    written = doc.normalized.to_original(start, text_at[first] + on.lengths[first])
    ending = [word.strip("*_") for word in doc.text[written.start : written.end].split()]
    hint = (
        f"it runs on past its paragraph's end into another (lines {lines}): a quote stands within one "
        f"paragraph or list item; end it at “{' '.join(ending[-_ENDING_WORDS:])}”, or quote each "
        "paragraph in a claim of its own"
    )
    return Across(hint, seen)


_BLANK_LINE = lazy(r"\n[ \t\r]*\n")


def _blank_before(doc: Document, at: int) -> bool:
    """Whether a blank line stands before the paragraph starting at ``at`` in the normalised text."""
    start = doc.normalized.to_original(at, at + 1).start
    before = doc.text[max(0, start - 200) : start]
    last = before.rstrip(" \t\r\n")
    return _BLANK_LINE.search(before, len(last)) is not None
