"""A word index over normalised text, so that anchoring never scans a whole source per quote.

It lets an exact search try only the places where one of the quote's words
occurs, and confines a fuzzy search to the paragraphs that share several of
the quote's words.

The index adapts to how much a source is quoted. A source quoted a few times
has each word looked up on demand, one ``str.find`` pass per word; once a
source has been asked about :data:`LAZY_LOOKUPS` words, every word of it is
indexed in one pass, and from then on the rarest word of a quote is used.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import accumulate, chain, islice

from rootcheck.patterns import lazy
from rootcheck.text.normalize import PARAGRAPH_BREAK

WORD = lazy(r"\w+")
#: Words shorter than this are too common to narrow a search.
MIN_KEY_LENGTH = 4
#: How many of the quote's longest words are looked up to find candidate paragraphs.
KEY_WORDS = 8
#: Words looked up one by one before indexing the whole text pays off.
LAZY_LOOKUPS = 64


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _find_word(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word. A plain find beats a regex with
    look-around twenty-fold here, and boundaries are checked only at hits."""
    found = []
    end = len(word)
    at = text.find(word)
    while at != -1:
        if (at == 0 or not _is_word(text[at - 1])) and (
            at + end == len(text) or not _is_word(text[at + end])
        ):
            found.append(at)
        at = text.find(word, at + 1)
    return found


class TextIndex:
    def __init__(self, text: str) -> None:
        self.text = text
        self.block_starts = [0] + [m.end() for m in re.finditer(re.escape(PARAGRAPH_BREAK), text)]
        self._postings: dict[str, list[int]] = {}
        self._blocks: dict[str, list[int]] = {}
        self._complete = False
        self._lookups = 0

    def positions(self, word: str) -> list[int]:
        """Where the whole word ``word`` starts in the text."""
        if self._complete or word in self._postings:
            return self._postings.get(word, [])
        self._lookups += 1
        if self._lookups > LAZY_LOOKUPS:
            self._index_everything()
            return self._postings.get(word, [])
        found = self._postings[word] = _find_word(self.text, word)
        return found

    def _index_everything(self) -> None:
        # No match objects: the words and the gaps between them come from two C
        # passes, and each word's start is a running sum of their lengths.
        words = WORD.findall(self.text)
        gaps = WORD.split(self.text)
        # There is one gap more than words: the last, after every word, is not needed.
        ends = accumulate(chain.from_iterable(zip(map(len, gaps), map(len, words), strict=False)))
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for word, start in zip(words, islice(ends, 0, None, 2), strict=True):
            postings[word].append(start)
        self._postings = dict(postings)
        self._complete = True

    def block_of(self, index: int) -> int:
        return bisect_right(self.block_starts, index) - 1

    def block_range(self, block: int) -> tuple[int, int]:
        start = self.block_starts[block]
        end = self.block_starts[block + 1] - 1 if block + 1 < len(self.block_starts) else len(self.text)
        return start, end

    def occurrences(self, needle: str) -> list[int] | None:
        """Start positions where ``needle`` may occur, or None when it has no word to look up."""
        words = [(m.group(), m.start()) for m in WORD.finditer(needle)]
        if not words:
            return None
        # A quote starts and ends on word boundaries, so every word in it is a whole
        # word of the text. With the full index the rarest word gives the fewest
        # places to try; before it, the longest word is the cheap stand-in.
        if self._complete:
            word, offset = min(words, key=lambda w: len(self._postings.get(w[0], ())))
        else:
            word, offset = max(words, key=lambda w: len(w[0]))
        return [p - offset for p in self.positions(word) if p >= offset]

    def candidate_blocks(self, needle: str) -> list[int]:
        """Paragraphs sharing enough of the needle's longer words to be worth a fuzzy search."""
        # The longest words, and of those alike in length the first in the alphabet: taken in a set's
        # order, which differs from run to run, the words looked up, and so the quote's place, could too.
        words = WORD.findall(needle)
        keys = sorted({w for w in words if len(w) >= MIN_KEY_LENGTH}, key=lambda w: (-len(w), w))
        keys = keys[:KEY_WORDS] or words[:KEY_WORDS]
        if not keys:
            return list(range(len(self.block_starts)))
        hits: Counter[int] = Counter()
        for key in keys:
            hits.update(self.blocks_holding(key))
        # A dropped word or a misspelling costs a word or two, never most of them.
        needed = max(1, min(len(keys) - 2, (len(keys) + 1) // 2))
        return sorted(b for b, n in hits.items() if n >= needed)

    def blocks_holding(self, word: str) -> list[int]:
        """The paragraphs where ``word`` occurs, each once; remembered, as quotes share words."""
        blocks = self._blocks.get(word)
        if blocks is None:
            starts = self.block_starts
            blocks = self._blocks[word] = list(
                dict.fromkeys(bisect_right(starts, p) - 1 for p in self.positions(word))
            )
        return blocks
