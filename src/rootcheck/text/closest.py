"""The passage of a source most like a quote it does not hold, for the message that says so.

It is found by words, not characters. Aligned character by character, a
short quote finds something in any paragraph: ``$4 billion`` came out as
``fulfillin``, cut inside "fulfilling", and ``12 businesses`` as ``scuss
issues``, neither of which tells an editor anything. Here the passage is the
stretch of one paragraph, at most half again as many words as the quote, that
holds the most of the quote's telling words; it starts and ends at words of the
quote, so no word is cut. A stretch holding under a third of them is no hint,
and none is given.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from rootcheck.model import Anchor, AnchorStatus, Span
from rootcheck.text.anchor import locate
from rootcheck.text.document import Document
from rootcheck.text.elided import split_elisions
from rootcheck.text.index import MIN_KEY_LENGTH, WORD

#: A passage is shown as like a quote when it holds at least one in this many of the quote's telling words.
ONE_IN = 3


def _telling(word: str) -> bool:
    """Whether a word says something of where a quote stands: a longer word, or one holding a digit."""
    return len(word) >= MIN_KEY_LENGTH or any(char.isdigit() for char in word)


@dataclass(frozen=True)
class _Stretch:
    """A stretch of the normalised text."""

    shared: int
    score: float
    start: int
    end: int

    def __gt__(self, other: _Stretch) -> bool:
        """Whether this one is better: more telling words shared, then more alike, then earlier."""
        return (self.shared, self.score, -self.start) > (other.shared, other.score, -other.start)


def closest(doc: Document, quote: str) -> tuple[Span, float] | None:
    """The stretch of ``doc`` most like ``quote`` and its similarity (0–100); None if nothing is like it."""
    needle = " ".join(split_elisions(quote))
    words = WORD.findall(needle)
    distinct = set(words)
    telling = {word for word in distinct if _telling(word)} or distinct
    if not telling:
        return None
    needed = -(-len(telling) // ONE_IN)  # rounded up
    # Half again as many words as the quote: room for words it left out or put in.
    width = len(words) * 3 // 2
    index = doc.index
    held = Counter(block for word in telling for block in index.blocks_holding(word))
    best: _Stretch | None = None
    for block in sorted(b for b, n in held.items() if n >= needed):
        found = _best_in(index.text, *index.block_range(block), needle, width, distinct, telling, needed)
        if found is not None and (best is None or found > best):
            best = found
    if best is None:
        return None
    return doc.normalized.to_original(best.start, best.end), round(best.score, 1)


def near_passage(doc: Document, quote: str, anchor: Anchor) -> tuple[Span, float] | None:
    """What to show beside a quote ``anchor`` did not find: where its numbers differ, or the closest stretch.

    None where the quote was found, only not as often as an occurrence asked for.
    """
    if anchor.occurrences:
        return None
    if anchor.candidates:
        return anchor.candidates[0], anchor.score
    return closest(doc, quote)


def holding(documents: Mapping[str, Document], quote: str) -> Iterator[tuple[str, Span]]:
    """The documents that hold ``quote``, word for word or nearly, each with where it first stands.

    A quote is often taken from one document and credited to another.
    """
    for source_id, doc in documents.items():
        anchor = locate(doc, quote)
        if anchor.span is not None or anchor.status is AnchorStatus.AMBIGUOUS:
            yield source_id, anchor.span or anchor.candidates[0]


def _best_in(
    text: str, start: int, end: int, needle: str, width: int, words: set[str], telling: set[str], needed: int
) -> _Stretch | None:
    """The best stretch of ``text[start:end]``, one paragraph, of at most ``width`` words, holding at
    least ``needed`` telling words."""
    from rapidfuzz import fuzz  # as for fuzzy anchoring: imported only when a quote is not found

    tokens = list(WORD.finditer(text, start, end))
    held: Counter[str] = Counter()
    most, ends = 0, []
    for i, token in enumerate(tokens):
        if token.group() in telling:
            held[token.group()] += 1
        if i >= width and tokens[i - width].group() in telling:
            left = tokens[i - width].group()
            held[left] -= 1
            if not held[left]:
                del held[left]
        if len(held) > most:
            most, ends = len(held), [i]
        elif len(held) == most:
            ends.append(i)
    if most < needed:
        return None
    best: _Stretch | None = None
    seen: set[tuple[int, int]] = set()
    for last in ends:
        span = _trimmed(
            [t for t in tokens[max(0, last - width + 1) : last + 1] if t.group() in words], telling
        )
        if span in seen:
            continue
        seen.add(span)
        stretch = _Stretch(most, fuzz.ratio(needle, text[span[0] : span[1]]), *span)
        if best is None or stretch > best:
            best = stretch
    return best


def _trimmed(inside: list[re.Match[str]], telling: set[str]) -> tuple[int, int]:
    """Where a window's words of the quote start and end, less telling words it holds again within.

    The window's ends are where its words of the quote are, so that no word is
    cut; a telling word at its start that the rest holds too adds nothing, as
    "Civilian Police: The U.S. Government ... civilian police" would show. Its
    end needs no such care: a window ends at every word, so one ends before
    such a word does.
    """
    held = Counter(token.group() for token in inside if token.group() in telling)
    first = 0
    while first < len(inside) - 1 and held[inside[first].group()] > 1:
        held[inside[first].group()] -= 1
        first += 1
    return inside[first].start(), inside[-1].end()
