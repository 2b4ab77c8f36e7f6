"""Links in a Markdown source, as a reader sees them: their words, not their brackets and addresses.

A source read as Markdown shows ``[the Partnership](https://…)`` as "the
Partnership" and ``<https://…>`` as the address alone. Matching a quote and
showing the source must agree on that: a quote of the words a reader sees is the
source's, and its span covers the link's syntax in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rootcheck.model import Span

#: ``<https://…>``: shown as the address, without the angle brackets.
AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]+)>")
#: ``[words](address)``: shown as the words, holding no bracket (they may wrap), linked to the address,
#: which may hold parentheses in pairs ("…/Hurricane_Eta_(2020)") and a title after it (``"About"``).
LINK = re.compile(r"\[([^\[\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"\n]*\")?\)")
#: Where markup may start: an escape, an autolink, a link (one class, so the search jumps from one to the next).
_MARKUP = re.compile(r"[\\<\[]")
#: What a backslash makes text rather than markup.
ESCAPABLE = frozenset("\\`*_{}[]()#+-.!<>|~\"'")


def link_syntax(text: str, start: int, end: int) -> Iterator[Span]:
    """The stretches of ``text[start:end]`` that its links' syntax takes and a reader does not see,
    in order: the brackets and address of ``[words](address)``, the angle brackets of
    ``<https://…>``. An escaped bracket (``\\[``) starts no link."""
    i = start
    while (found := _MARKUP.search(text, i, end)) is not None:
        i = found.start()
        if text[i] == "\\":
            i += 2 if i + 1 < end and text[i + 1] in ESCAPABLE else 1
        elif (auto := AUTOLINK.match(text, i, end)) is not None:
            yield Span(i, i + 1)
            yield Span(auto.end() - 1, auto.end())
            i = auto.end()
        elif (link := LINK.match(text, i, end)) is not None:
            yield Span(i, i + 1)
            yield Span(link.end(1), link.end())
            i = link.end()
        else:
            i += 1


def shown_stretches(text: str, start: int, end: int) -> Iterator[Span]:
    """The stretches of ``text[start:end]`` a reader sees, between its links' syntax (see
    :func:`link_syntax`), in order; the whole of it where it holds no link."""
    at = start
    for hidden in link_syntax(text, start, end):
        yield Span(at, hidden.start)
        at = hidden.end
    yield Span(at, end)


def shown_text(text: str, start: int, end: int) -> str:
    """``text[start:end]`` of a Markdown source without its links' syntax: a link's words as a reader
    sees them, also where the stretch starts or ends inside one (a link stands in one paragraph)."""
    paragraph_end = text.find("\n\n", end)
    paragraph = Span(text.rfind("\n\n", 0, start) + 1, len(text) if paragraph_end < 0 else paragraph_end)
    return "".join(
        text[max(start, shown.start) : min(end, shown.end)]
        for shown in shown_stretches(text, paragraph.start, paragraph.end)
        if shown.end > start and shown.start < end
    )
