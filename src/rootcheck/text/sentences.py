"""The sentence a passage stands in: what it has before the passage and after it, within a paragraph."""

from __future__ import annotations

from rootcheck.model import Span
from rootcheck.patterns import lazy
from rootcheck.text.lexicon import SENTENCE_STOP

#: How far a sentence is read on either side of a passage, and what ends one.
_SENTENCE_REACH = 1000
_SENTENCE_OR_PARAGRAPH = lazy(rf"{SENTENCE_STOP}|\n[ \t]*\n")


def sentence_around(document: str, span: Span) -> tuple[str, str]:
    """What the sentence holding ``span`` has before it and after it, in ``document``, within a
    paragraph: where a slipped quote's words at either end may come from ("USAID is directly supporting"
    of "USAID is expanding its outreach …, and directly supporting")."""
    head = document[max(0, span.start - _SENTENCE_REACH) : span.start]
    stops = list(_SENTENCE_OR_PARAGRAPH.finditer(head))
    tail = document[span.end : span.end + _SENTENCE_REACH]
    stop = _SENTENCE_OR_PARAGRAPH.search(tail)
    return head[stops[-1].end() :] if stops else head, tail[: stop.start()] if stop else tail
