"""An editor's words as a reader sees them: the characters no reader sees left out, as a claim is read.

A soft hyphen, a zero-width space or a direction mark pasted inside "90,000"
would make the figure's number read as 90: such characters are dropped from
a quote and its figure. So is a zero-width joiner or non-joiner where it
joins nothing a reader sees joined, as inside a number or a Latin word. But
between letters of a script that joins them, or between emoji, a reader
sees what it does: Persian "می‌گوید" (says) is misspelt without its
non-joiner, and 👩‍👩‍👧 is a family, not three people. There it is kept, for
the site and its data to show as written; matching ignores it all the same,
as it ignores every character of :data:`~rootcheck.text.normalize.INVISIBLE`.
"""

from __future__ import annotations

import unicodedata

from rootcheck.patterns import lazy
from rootcheck.text.normalize import INVISIBLE

JOINERS = "\u200c\u200d"
_UNSEEN = str.maketrans("", "", "".join(c for c in INVISIBLE if c not in JOINERS))
_INVISIBLE = lazy(f"[{INVISIBLE}]")
_JOINER = lazy(f"[{JOINERS}]")
#: What a joiner joins or parts where a reader sees it: letters, marks and symbols (emoji, and the
#: skin tones that modify them), beyond ASCII.
_JOINED = frozenset("LMS")


def seen(text: str) -> str:
    """``text`` without the characters no reader sees: a joiner is kept between two it joins or parts."""
    # Looked for before dropped: few quotes hold one, and translating each cost 10,000 claims 50 ms.
    if _INVISIBLE.search(text) is None:
        return text
    text = text.translate(_UNSEEN)
    return _JOINER.sub(lambda m: m.group() if _joins(text, m.start()) else "", text)


def _joins(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and _joined(text[at - 1]) and _joined(text[at + 1])


def _joined(char: str) -> bool:
    return not char.isascii() and unicodedata.category(char)[0] in _JOINED
