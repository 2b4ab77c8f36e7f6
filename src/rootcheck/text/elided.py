"""A quote's elision marks ("...", "…", ". . .", or any of them in brackets): whether it has one, its
parts between them, and how it starts and ends.

Kept apart from anchoring, which reads them to place each part: the pages and the words a page
quotes read them too, and a build that proves nothing should not load how quotes are placed.
"""

from __future__ import annotations

from functools import lru_cache

from rootcheck.patterns import lazy
from rootcheck.text.normalize import normalize

#: An elision: "...", "…", ". . ." (spaced, as some style guides write it), or any of them in brackets.
_ELISION = lazy(r"\s*(?:\[\s*(?:\.\.\.|…|\. \. \.)\s*\]|\.\.\.|…|(?:(?<=\s)|^)\. \. \.)\s*")


def has_elision(text: str) -> bool:
    """Whether ``text`` marks words left out (see :data:`_ELISION`)."""
    return "..." in text or "…" in text or (". . ." in text and _ELISION.search(text) is not None)


def split_elisions(quote: str) -> tuple[str, ...]:
    """The parts of a quote between elision marks, normalised and non-empty."""
    return tuple(normalised for _, normalised in _parts(quote))


def typed_parts(quote: str) -> list[str]:
    """The parts of a quote between elision marks, as typed: of a quote without, the quote. Marks side
    by side leave out words once, and a part of nothing a reader sees (emphasis alone) is none."""
    return [typed for typed, _ in _parts(quote)]


@lru_cache(maxsize=16)  # a claim's quote is split as it is placed, and again as it is read
def _parts(quote: str) -> tuple[tuple[str, str], ...]:
    """Each part of a quote, as typed and normalised, normalised once."""
    typed = _ELISION.split(quote) if has_elision(quote) else [quote]
    pairs = ((part, normalize(part).text.strip()) for part in typed)
    return tuple((part, normalised) for part, normalised in pairs if normalised)


def elided_ends(quote: str) -> tuple[str, bool, bool]:
    """The mark a quote leaves words out with (its first, as typed: "...", "[…]"), and whether it
    starts and ends with one."""
    marks = _ELISION.findall(quote)
    joiner = marks[0].strip() if marks else "…"
    # A mark of emphasis alone before or after the first or last mark reads as nothing.
    bare = _EMPHASIS_ALONE.sub("", quote)
    return joiner, _ELISION.match(bare) is not None, _ELISION_AT_END.search(bare) is not None


#: Emphasis marks that stand alone, touching no word: "… * …".
_EMPHASIS_ALONE = lazy(r"(?<!\S)[*_]+(?!\S)")
_ELISION_AT_END = lazy(_ELISION.pattern + "$")
