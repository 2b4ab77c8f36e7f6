"""A quote's numbers besides its figure's, read with what bounds them as the figure's are.

The figure's own number is read with its qualifier, currency and percent
where its bounds are checked (see :func:`rootcheck.text.anchor.figure_readings`);
any other number of a quote is compared with the source's digit for digit as
the quote is placed. That passes an exact quote beginning "47 companies" of
"approximately 47 companies", or ending "to access $179" of "$179 million"
(:func:`cut_numbers`), and a slipped one saying "fewer than 8,000 firms" for
"nearly 8,000", "€3 million" for "$3 million" or "22 countries" for "22
states" (:func:`misread_numbers`). The site would publish any of them.
"""

from __future__ import annotations

import re

from rootcheck.model import Anchor, AnchorStatus
from rootcheck.text.anchor import split_elisions
from rootcheck.text.document import Document
from rootcheck.text.figures import number_starting
from rootcheck.text.meaning import changed_count
from rootcheck.text.numbers import NUMBER_WORDS, YEAR, number_tokens
from rootcheck.text.reading import Written, bounds_start, figure_at

#: A number starting so near a part's start that a qualifier before it ("approximately", the longest,
#: with a currency sign) could be cut off, or ending the part.
_NUMBER_NEAR_START = re.compile(r"(?<![\w.,])\d")
_NEAR_START = 20
_NUMBER_AT_END = re.compile(r"(?<![\w.,])[\d.,]*\d\W*$")
_YEAR = re.compile(YEAR)


def cut_numbers(
    quote: str, doc: Document, anchor: Anchor, skip: str | None = None
) -> list[tuple[Written, Written]]:
    """Each number an exact quote's parts cut at their edges, as the quote writes it and as the source
    does, where the two read otherwise; but the number ``skip`` (the figure's, read on its own).

    Only numbers that start a part, or stand as near its start as a qualifier is long, or end it, are
    read: a check reads every claim's quote so, and reading each of its numbers cost a cold check of
    10,000 claims 0.6 s of processor time.
    """
    if anchor.status is not AnchorStatus.EXACT or anchor.span is None:
        return []
    parts = split_elisions(quote)
    near = [_near_edges(part) for part in parts]
    if not any(starts or ending is not None for starts, ending in near):
        return []  # most quotes: the document's text need not be read
    norm = doc.normalized
    position = norm.from_original(anchor.span.start)
    out = []
    for part, (starts, ending) in zip(parts, near, strict=True):
        at = norm.text.find(part, position)
        if at < 0:
            break
        position = at + len(part)
        # Cut at the start where the words bounding it in the source begin before the part does.
        cut = [start for start in starts if bounds_start(norm.text, at + start) < at]
        if ending is not None:
            cut.append(ending)
        for start in cut:
            quoted = figure_at(part, start)
            if quoted is None or (skip is not None and quoted.number.lower() == skip.lower()):
                continue
            block = norm.text.rfind("\n", 0, at) + 1  # a paragraph's reading starts with it
            said = figure_at(norm.text, at + start, block)
            if said is not None and not quoted.reads_as(said):
                out.append((quoted, said))
    return out


def _near_edges(part: str) -> tuple[list[int], int | None]:
    """Where numbers start near a part's start, and where one ending it starts, if one does."""
    starts = [m.start() for m in _NUMBER_NEAR_START.finditer(part, 0, _NEAR_START)]
    if not starts and part[: part.find(" ")].lower() in NUMBER_WORDS and number_starting(part[:40]):
        starts = [0]  # a number in words: "ten percent of U.S. aid"
    # Searched for in the part's last characters only: a number ending it is short.
    ending = _NUMBER_AT_END.search(part, max(0, len(part) - 40))
    return starts, ending.start() if ending else None


def misread_numbers(
    quote: str, doc: Document, anchor: Anchor, skip: str | None = None
) -> list[tuple[Written, Written, tuple[str, str] | None]]:
    """Each number of a slipped quote that the source bounds otherwise, or that counts other things,
    as the quote writes it and as the source does, with what each counts where that differs; but the
    number ``skip`` (the figure's, read on its own).

    A slipped quote is placed only where its numbers are the source's, in order
    (see :func:`rootcheck.text.anchor.locate`), so the two are read pair by pair.
    """
    if anchor.status is not AnchorStatus.FUZZY or anchor.span is None:
        return []
    passage = doc.text[anchor.span.start : anchor.span.end]
    block = doc.text.rfind("\n\n", 0, anchor.span.start) + 1
    out = []
    for mine, theirs in zip(number_tokens(quote), number_tokens(passage), strict=False):
        # A year, or the number of a name ("COVID-19"), counts nothing: a slip after it is a slip.
        if _YEAR.fullmatch(mine.text) or quote[mine.start - 1 : mine.start] == "-":
            continue
        quoted = figure_at(quote, mine.start)
        if quoted is None or (skip is not None and quoted.number.lower() == skip.lower()):
            continue
        said = figure_at(doc.text, anchor.span.start + theirs.start, block)
        if said is None or not quoted.counts_as(said):
            continue  # not one number read two ways: the tokens did not pair as numbers
        counts = changed_count(quoted.rest, said.rest, quoted.cut)
        if not quoted.bounded_as(said) or counts:
            out.append((quoted, said, counts))
    return out
