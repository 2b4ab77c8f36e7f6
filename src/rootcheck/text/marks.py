"""Marks a reader sees that matching folds away: a line drawn through a word ("n̶o̶t̶"), a number written
small, raised or ringed ("8,₀₀₀", "¹"), a letter of another alphabet that looks like a Latin one. A
quote holding one its source does not have would be proved against words it does not say.
"""

from __future__ import annotations

import re
import unicodedata

from rootcheck.patterns import lazy
from rootcheck.text.normalize import SINGLE_QUOTES

#: Marks drawn over or around the characters before them ("n̶o̶t̶"), which normalising drops.
_DRAWN = lazy("[\u0334-\u0338\u20d0-\u20ff]")
_NOT_ASCII = lazy("[^\x00-\x7f]")


def _look_alike(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a letter of another alphabet than Latin in a word with Latin letters."""
    char = text[at]
    # U+02BC is a letter by its category, and an apostrophe as typed.
    if not char.isalpha() or char in SINGLE_QUOTES or unicodedata.name(char, "LATIN").startswith("LATIN"):
        return False
    start, end = at, at + 1
    while start and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return any("a" <= letter.lower() <= "z" for letter in text[start:end])


def unlike_marks(text: str, source: str) -> list[str]:
    """The characters of ``text`` that normalising folds into others though a reader sees them
    otherwise, and ``source`` does not have: marks drawn over letters ("n̶o̶t̶"), numbers written
    small, raised or ringed ("8,₀₀₀", "¹", "①"), and a letter of another alphabet in a Latin word
    (a Cyrillic "е" in "ovеr"), which looks like the source's and is not, each once. A small number a
    unit or a formula is written with ("km²", "CO₂") is the source's where it writes the same word with
    the number plain ("km2")."""
    found: set[str] = set()
    if text.isascii():  # most quotes, and every mark is outside ASCII: a check reads every quote
        return []
    for match in _NOT_ASCII.finditer(text):
        at, char = match.start(), match.group()
        marked = _DRAWN.match(char) or unicodedata.category(char) == "No" or _look_alike(text, at)
        if not marked or char in source:
            continue
        word = re.search(r"[^\W\d_]+$", text[:at])
        if word and f"{word.group()}{unicodedata.normalize('NFKC', char)}" in source:
            continue
        found.add(char)
    return sorted(found)
