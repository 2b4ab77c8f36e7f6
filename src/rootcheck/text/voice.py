"""A deed's voice turned round by a slip: "over 500 officials have trained" for "have been trained".

Whether those a figure counts did a thing or had it done to them is what the figure says of them: 500
officials trained on inspection are not 500 officials who trained others. A slip may drop or change
many words, but not the "been" between "have" and the deed that tells the one from the other.
"""

from __future__ import annotations

import re
from collections import Counter

from rootcheck.patterns import lazy
from rootcheck.text.nouns import PAST_FORMS

#: A perfect tense, "been" or none between its "have" and the next word: "have been trained", "has
#: provided", "had been sanctioned".
_PERFECT = lazy(r"\b(have|has|had|having)\s+(been\s+)?([^\W\d_]+)\b", re.I)
#: Past participles not ending as most do ("-ed", "-en", "-wn") nor among the past forms.
_PARTICIPLES = frozenset(["done", "gone", "seen", "run", "begun", "become", "come"])


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en", "wn")) or word in PAST_FORMS or word in _PARTICIPLES


#: One perfect tense as read: its "have" and its deed in small letters, and whether "been" is between
#: them (the deed done to those counted).
_Perfect = tuple[str, str, bool]


def _perfects(text: str) -> tuple[Counter[_Perfect], dict[_Perfect, str]]:
    """The perfect tenses of ``text`` whose deed is a past participle, and each as first written."""
    found: Counter[_Perfect] = Counter()
    written: dict[_Perfect, str] = {}
    for match in _PERFECT.finditer(text):
        have, been, deed = match.groups()
        if deed.lower() != "been" and _participle(deed.lower()):
            perfect = (have.lower(), deed.lower(), bool(been))
            found[perfect] += 1
            written.setdefault(perfect, " ".join(match.group().split()))
    return found, written


def turned_voice(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells as done by those counted a deed ``source`` tells as done to them, or
    the other way round ("have trained" for "have been trained"): the quote's words, and the
    source's, as each writes them; None where it turns no voice round."""
    (quoted, quote_writes), (said, source_writes) = _perfects(quote), _perfects(source)
    for perfect in sorted(quoted - said):
        have, deed, passive = perfect
        other = (have, deed, not passive)
        if said[other] > quoted[other]:
            return [quote_writes[perfect]], [source_writes[other]]
    return None
