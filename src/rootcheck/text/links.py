"""Links, underscore emphasis and quotations in a Markdown source, as a reader sees them: their words,
not their brackets, addresses and marks.

A source read as Markdown shows ``[the Partnership](https://…)`` as "the
Partnership", ``<https://…>`` as the address alone, ``_hired_`` as "hired"
in italics, and a quotation's lines without their ``>`` marks. Matching a quote and showing the source must agree on that: a quote
of the words a reader sees is the source's, and its span covers the syntax in
the file. (Asterisks are left out wherever they stand, by
:mod:`rootcheck.text.normalize`; an underscore is as often a word's own, as in
"snake_case", so only those that mark emphasis are.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rootcheck.model import Span
from rootcheck.patterns import lazy

#: ``<https://…>``: shown as the address, without the angle brackets.
AUTOLINK = lazy(r"<((?:https?://|mailto:)[^\s<>]+)>")
#: ``[words](address)``: shown as the words, holding no bracket (they may wrap), linked to the address,
#: which may hold parentheses in pairs ("…/Hurricane_Eta_(2020)") and a title after it (``"About"``).
LINK = lazy(r"\[([^\[\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"\n]*\")?\)")
#: Where markup may start: an escape, an autolink, a link (one class, so the search jumps from one to the next).
_MARKUP = lazy(r"[\\<\[]")
#: What a backslash makes text rather than markup.
ESCAPABLE = frozenset("\\`*_{}[]()#+-.!<>|~\"'")


def markup_syntax(text: str, start: int, end: int) -> list[Span]:
    """The stretches of ``text[start:end]`` that its links' syntax, underscore emphasis and a quotation's
    marks take and a reader does not see, in order (see :func:`link_syntax`, :func:`underscore_marks`
    and :func:`quotation_marks`)."""
    hidden = list(link_syntax(text, start, end))
    hidden += underscore_marks(text, start, end, hidden)
    if text.find(">", start, end) >= 0:
        hidden += quotation_marks(text, start, end)
    return sorted(hidden, key=lambda span: span.start)


#: The mark opening a line of a Markdown quotation after its first: "> " (its first line's is no part
#: of the block, see rootcheck.text.document).
_QUOTATION_MARK = lazy(r"\n {0,3}(>[ \t]?)")


def quotation_marks(text: str, start: int, end: int) -> list[Span]:
    """The marks of a Markdown quotation's lines in a block, after its first line ("> cost half the
    price" of "> Tickets for fans 12 and under⏎> cost half the price"), which a reader does not see."""
    return [Span(*found.span(1)) for found in _QUOTATION_MARK.finditer(text, start, end)]


#: A code span, whose underscores are its text: "`__init__`", "``max_total_``".
_CODE = lazy(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
#: A run of underscores, which may open or close emphasis.
_UNDERSCORES = lazy(r"_+")


def underscore_marks(text: str, start: int, end: int, hidden: list[Span] | None = None) -> list[Span]:
    """The runs of underscores in ``text[start:end]`` that mark emphasis, as CommonMark reads them, in
    order: one that may open (``_words``: not after a letter or digit, nor before a space) paired with
    the next that may close (``words_``: not after a space, nor before a letter or digit). Inside a
    word ("snake_case", "__init__" aside), escaped (``\\_``), alone between spaces ("fill in ___"),
    unpaired, in a code span, or in a link's address (``hidden``, its syntax; or an autolink's), an
    underscore is text."""
    if text.find("_", start, end) < 0:
        return []  # as most blocks; the source page asks of every one with markup
    syntax = list(link_syntax(text, start, end)) if hidden is None else hidden
    hidden = [*syntax, *(Span(*found.span(1)) for found in AUTOLINK.finditer(text, start, end))]
    if text.find("`", start, end) >= 0:
        hidden += [Span(*found.span()) for found in _CODE.finditer(text, start, end)]
    opened: list[Span] = []
    marks: list[Span] = []
    for run in _UNDERSCORES.finditer(text, start, end):
        a, b = run.span()
        if (a > start and text[a - 1] == "\\") or any(span.start <= a < span.end for span in hidden):
            continue
        before = text[a - 1] if a > start else " "
        after = text[b] if b < end else " "
        if opened and not before.isspace() and not after.isalnum():
            marks += [opened.pop(), Span(a, b)]
        elif not after.isspace() and not before.isalnum():
            opened.append(Span(a, b))
    return sorted(marks, key=lambda span: span.start)


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
    """The stretches of ``text[start:end]`` a reader sees, between its markup's syntax (see
    :func:`markup_syntax`), in order; the whole of it where it holds none."""
    at = start
    for hidden in markup_syntax(text, start, end):
        yield Span(at, hidden.start)
        at = hidden.end
    yield Span(at, end)


def shown_text(text: str, start: int, end: int) -> str:
    """``text[start:end]`` of a Markdown source without its markup's syntax (see :func:`markup_syntax`):
    a link's words as a reader sees them, also where the stretch starts or ends inside one (a link
    stands in one paragraph)."""
    paragraph_end = text.find("\n\n", end)
    paragraph = Span(text.rfind("\n\n", 0, start) + 1, len(text) if paragraph_end < 0 else paragraph_end)
    return "".join(
        text[max(start, shown.start) : min(end, shown.end)]
        for shown in shown_stretches(text, paragraph.start, paragraph.end)
        if shown.end > start and shown.start < end
    )
