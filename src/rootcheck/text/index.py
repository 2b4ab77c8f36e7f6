"""A word index over normalised text, so that anchoring never scans a whole source per quote.

Built once per source, it lets an exact search try only the places where the
quote's rarest word occurs, and confines a fuzzy search to the paragraphs that
share several of the quote's words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from rootcheck.text.normalize import PARAGRAPH_BREAK

WORD = re.compile(r"\w+")
#: Words shorter than this are too common to narrow a search.
MIN_KEY_LENGTH = 4
#: How many of the quote's longest words are looked up to find candidate paragraphs.
KEY_WORDS = 8


@dataclass
class TextIndex:
    text: str
    postings: dict[str, list[int]] = field(default_factory=dict)
    block_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, text: str) -> TextIndex:
        postings: dict[str, list[int]] = {}
        for match in WORD.finditer(text):
            postings.setdefault(match.group(), []).append(match.start())
        starts = [0] + [m.end() for m in re.finditer(re.escape(PARAGRAPH_BREAK), text)]
        return cls(text, postings, starts)

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
        # word of the text; the rarest one gives the fewest places to try.
        word, offset = min(words, key=lambda w: len(self.postings.get(w[0], ())))
        return [p - offset for p in self.postings.get(word, ()) if p >= offset]

    def candidate_blocks(self, needle: str) -> list[int]:
        """Paragraphs sharing enough of the needle's longer words to be worth a fuzzy search."""
        keys = sorted({w for w in WORD.findall(needle) if len(w) >= MIN_KEY_LENGTH}, key=len, reverse=True)
        keys = keys[:KEY_WORDS] or WORD.findall(needle)[:KEY_WORDS]
        if not keys:
            return list(range(len(self.block_starts)))
        hits: Counter[int] = Counter()
        for key in keys:
            for block in {self.block_of(p) for p in self.postings.get(key, ())}:
                hits[block] += 1
        # A dropped word or a misspelling costs a word or two, never most of them.
        needed = max(1, min(len(keys) - 2, (len(keys) + 1) // 2))
        return sorted(b for b, n in hits.items() if n >= needed)
