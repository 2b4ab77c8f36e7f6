"""A deed under way told as done by a slip, or one done told as under way: "USAID trained more than 380
staff" of the fact sheet's "USAID is training more than 380 staff".

A progress report counts what is being done apart from what was done: 380 staff in training are not
380 trained. A slip may change a deed's words, but not put its past ("trained") for its "is … -ing"
("is training"), nor the other way round.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import IRREGULAR_VERBS

#: A verb's past, or its past participle: a regular verb's, or one of the commonest irregular ones.
_PAST = rf"[a-z]+ed|{'|'.join(sorted(IRREGULAR_VERBS))}"
#: A deed under way: "is training", "are supporting", "was expanding", "is directly supporting".
_UNDER_WAY = lazy(r"\b(?:is|are|was|were)\s+(?:(?:now|still|currently|[a-z]+ly)\s+)?([a-z]+ing)\b", re.I)
#: A deed done, in its past, not after a word that makes it a passive or an adjective ("were
#: trained", "the trained staff"): "trained", "supported", "taught".
_DONE = lazy(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bthe )"
    rf"\b({_PAST})\b",
    re.I,
)
#: A deed done to those told of, under way or done: "are being trained", "have been trained".
_PASSIVE = lazy(
    r"\b(?:(is|are|was|were)\s+(?:(?:now|still|currently)\s+)?being|(?:has|have|had)\s+(?:already\s+)?been)"
    rf"\s+({_PAST})\b",
    re.I,
)
#: Words in "-ing" that are no deed's: "is nothing", "was during"; "is being" is a passive's.
_NOT_DEEDS = frozenset(
    ["nothing", "something", "anything", "everything", "during", "morning", "evening", "being"]
)


def _stem(word: str, ending: str) -> str:
    """A verb's stem as its "-ing" and "-ed" forms share it: "training" and "trained" are "train",
    "creating" and "created" "creat"; an irregular past's is its "-ing" form's ("taught": "teach")."""
    word = word.lower()
    if ending == "ed" and word in IRREGULAR_VERBS:
        word, ending = IRREGULAR_VERBS[word], "ing"
    return word[: -len(ending)]


def _under_way(text: str) -> dict[str, str]:
    """Each deed ``text`` tells as under way, by its stem, as first written: "train": "is training",
    or "are being trained"."""
    found: dict[str, str] = {}
    for m in _UNDER_WAY.finditer(text):
        if m.group(1).lower() not in _NOT_DEEDS:
            found.setdefault(_stem(m.group(1), "ing"), " ".join(m.group().split()))
    for m in _PASSIVE.finditer(text):
        if m.group(1):  # "being", not "been"
            found.setdefault(_stem(m.group(2), "ed"), " ".join(m.group().split()))
    return found


def _done(text: str) -> dict[str, str]:
    """Each deed ``text`` tells as done, by its stem, as last written: "train": "trained", or "have
    been trained"."""
    found = {_stem(m.group(1), "ed"): m.group(1) for m in _DONE.finditer(text)}
    for m in _PASSIVE.finditer(text):
        if not m.group(1):
            found[_stem(m.group(2), "ed")] = " ".join(m.group().split())
    return found


def changed_aspect(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells as done a deed ``source`` tells as under way ("trained" for "is training"),
    or the other way round: the quote's words, and the source's; None where it tells each as the
    source does."""
    quote_under_way, source_under_way = _under_way(quote), _under_way(source)
    quote_done, source_done = _done(quote), _done(source)
    for stem, written in sorted(quote_done.items()):
        if stem in source_under_way and stem not in source_done and stem not in quote_under_way:
            return [written], [source_under_way[stem]]
    for stem, written in sorted(quote_under_way.items()):
        if stem in source_done and stem not in source_under_way and stem not in quote_done:
            return [written], [source_done[stem]]
    return None
