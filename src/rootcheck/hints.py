"""Did-you-mean hints: the name a user most likely meant by one that names nothing.

Used wherever a name is looked up (a field, an id, a pillar, a template), so
it belongs to no one layer.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence


def closest(word: str, options: Sequence[str]) -> str | None:
    """The option the user most likely meant by ``word``, if one is close enough."""
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close and len(word) >= 3:
        close = sorted(o for o in options if o.startswith(word) or word in o)[:1]
    return close[0] if close else None


def did_you_mean(word: str, options: Sequence[str]) -> str:
    """A hint naming the option the user most likely meant, or nothing."""
    meant = closest(word, options)
    return f" (did you mean {meant!r}?)" if meant is not None else ""
