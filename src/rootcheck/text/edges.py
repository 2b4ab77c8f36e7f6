"""A quote's numbers read with what bounds them, in the quote and in the source: its figure's, and the others.

The figure's own number is read with its qualifier, currency and percent
where its bounds are checked (:func:`figure_readings`); any other number of a quote is compared with the source's digit for digit as
the quote is placed. That passes an exact quote beginning "47 companies" of
"approximately 47 companies", or ending "to access $179" of "$179 million"
or "million people" of "two million people" (:func:`cut_numbers`), and a
slipped one saying "fewer than 8,000 firms" for "nearly 8,000", "€3 million"
for "$3 million" or "22 countries" for "22 states" (:func:`misread_numbers`).
The site would publish any of them.
"""

from __future__ import annotations

import re

from rootcheck.model import Anchor, AnchorStatus, Span
from rootcheck.patterns import alternatives, lazy
from rootcheck.text.document import Document, Format
from rootcheck.text.elided import has_elision, split_elisions, typed_parts
from rootcheck.text.figures import number_starting, number_words
from rootcheck.text.longer import longer_in_source
from rootcheck.text.meaning import changed_count
from rootcheck.text.normalize import normalize
from rootcheck.text.nounbounds import ends_near
from rootcheck.text.numbers import CURRENCIES, CURRENCY_WORDS, MAGNITUDES, SPELLED_WORDS, YEAR, number_tokens
from rootcheck.text.qualifiers import bound_ending, plused
from rootcheck.text.reading import READING_AFTER, Written, bounds_start, figure_at, figure_read, plain
from rootcheck.text.signs import LETTER_SIGNS, letter_signed
from rootcheck.text.wordbounds import first_written

#: A number starting so near a part's start that a qualifier before it ("approximately", the longest,
#: with a currency sign) could be cut off, or ending the part.
_NUMBER_NEAR_START = lazy(r"(?<![\w.,])\d")
_NEAR_START = 20
_IN_WORDS = "|".join([SPELLED_WORDS, *MAGNITUDES])
_PLURALS = "|".join(f"{word}s" for word in MAGNITUDES)
_NUMBER_AT_END = lazy(
    rf"(?<![\w.,])(?:[\d.,]*\d|(?:{SPELLED_WORDS}|an?(?=[\s-]+(?:{'|'.join(MAGNITUDES)})\b))"
    # A number in words whole, to a magnitude or "and" it is cut after: "two thousand" of "two
    # thousand three hundred", "one thousand and" of "one thousand and fifty".
    rf"(?:[\s-]+(?:{_IN_WORDS}|and)\b)*"
    # A plural, with those it is of, that another may go on: "hundreds" of "hundreds of thousands".
    rf"|(?:tens|dozens|scores|{_PLURALS})(?:\s+of\s+(?:{_PLURALS}))*)\W*$"
)
#: A number in words near a part's start (parts are normalised: in small letters).
_SPELLED_NEAR_START = lazy(rf"(?<![\w-])(?:{SPELLED_WORDS})(?!\w)")
#: A part's first word that goes on a number the source writes before it: "million" of "two million";
#: or a plural another goes on, "thousands" of "tens of thousands" (a number before a plural is none:
#: "In 2019 thousands of families" counts thousands).
_GOES_ON_A_NUMBER = frozenset([*MAGNITUDES, *(f"{word}s" for word in MAGNITUDES)])
#: Numbers joined by "and" or "or", which may be a range ("5 or 6 million") or two counts ("40 towns
#: in 2021 and 12 more"): at a part's edge, only a longer number joined otherwise is taken as one.
_JOINED = lazy(r"\d\s+(?:and|or)\s")
_YEAR = lazy(YEAR)
#: A plain-text line that goes on a number the line before ends with, wrapped: its magnitude, percent,
#: currency or bound ("paid $2.8" then "million in compensation", "aged 11" then "and under in"); or one
#: in small letters after a line that ends with a bound's "and", "or", "under" and the like, which
#: cannot end a paragraph ("held 40 and under" then "house arrest"). A word of another shape ("mRNA",
#: "a)", "e-tickets") starts a paragraph of its own.
_GOES_ON = lazy(
    r"[ \t]*\n[ \t]*(?:"
    + alternatives([*MAGNITUDES, *(w for w in CURRENCY_WORDS if " " not in w)])
    + r"|percent|per|and|or|plus)\b"
)
_DANGLING = lazy(r"\b(?:and|or|under|below|over|above|up|plus)[ \t]*$")
_SMALL_WORD = lazy(r"\n[ \t]*[a-z]+\b(?![-.)\w])")

#: The currency signs a figure may have before its number, as :func:`plain` writes them.
_SIGNS = tuple(CURRENCIES)


def figure_readings(
    quote: str,
    figure: str,
    quote_figure: Span,
    doc: Document,
    anchor: Anchor,
    figure_span: Span | None,
) -> tuple[Written, Written, Written] | None:
    """``figure`` read on its own, as ``quote`` writes it around its number (from ``quote_figure`` on), and
    as the anchored passage of ``doc`` does (from ``figure_span`` on, if the figure is there as written);
    None where the number is not found in each, or the figure counts one thing by its article."""
    number = number_words(figure)
    if number is None or anchor.span is None:
        return None
    # Found where the figure is, as a rule; else word for word from there on, whatever the typography.
    found = quote.find(number, quote_figure.start, quote_figure.end)
    if found < 0:
        in_quote = normalize(quote)
        at = first_written(in_quote, number, in_quote.from_original(quote_figure.start))
        if at is None:
            return None
        found = at.start
    quoted = figure_at(quote, found)
    if quoted is None:
        return None
    # The figure is written in the quote: holding all the quote reads there, it reads the same; but for
    # a figure that reads the number otherwise ("5m" of "a 5m-long wall", where the quote reads 5).
    # Not where the figure has a sign before it the quote does not read: "$500" of "C$500" (córdobas).
    written = plain(figure).lower()
    held = written.find(quoted.text.lower())
    same = quoted.number.lower() == number.lower() and held >= 0 and not written[:held].endswith(_SIGNS)
    own = quoted if same else figure_read(figure)
    if own is None:
        return None
    # The source has an exact quote's words, and around the number no more to read; but not where the
    # quote leaves words out, which may be the number's own ("$112 ... in assistance" of "$112 million").
    # A quote ending a few words after its number is read in the source all the same: what it counts
    # may be bounded there after it ("650 people" of "650 people or more", see rootcheck.text.nounbounds).
    if (
        anchor.status is AnchorStatus.EXACT
        and quoted.whole
        and not has_elision(quote)
        and not ends_near(quoted)
    ):
        return own, quoted, quoted
    norm = doc.normalized
    start = figure_span.start if figure_span is not None else anchor.span.start
    low, high = norm.from_original(start), norm.from_original(anchor.span.end)
    source_at = first_written(norm, number, low, high) or _after_letter(doc, number, low, high)
    if source_at is None:
        return None
    # Within its paragraph: a plain-text source's paragraph is a line or the lines it wraps.
    block = doc.block_at(source_at.start)
    # Read further than the quote is: a slipped quote may leave words out, and what it counts stand
    # further on in the source ("13 percent of communities Totonicapán's southern database" of
    # "… communities across Totonicapán's southern database", where a reading as far as the
    # quote's stopped at "data" and took "database" for a word the source does not have).
    block_start = block.span.start if block is not None else 0
    said = figure_at(
        doc.unlinked,
        source_at.start,
        block_start,
        reach=2 * READING_AFTER,
        end=reading_end(doc, source_at.start),
    )
    return (own, quoted, said) if said is not None else None


def _after_letter(doc: Document, number: str, start: int, end: int) -> Span | None:
    """Where ``number`` is first written in ``doc``'s normalised text from ``start`` to ``end`` just after
    the region's currency letter, which a search for the number as a word of its own does not find:
    "500 million" of "Q500 million" (see :data:`~rootcheck.text.signs.LETTER_SIGN`)."""
    for letter in LETTER_SIGNS:
        found = first_written(doc.normalized, letter + number, start, end)
        if found is not None and letter_signed(doc.text, found.start + 1):
            return Span(found.start + 1, found.end)
    return None


def reading_end(doc: Document, offset: int) -> int | None:
    """Where a number at ``offset`` of ``doc`` is read to: its paragraph's end, as a list item's "children 9
    and under" ends its bound there whatever the next item says. A plain-text source's paragraph is a
    line or the lines it wraps (see :mod:`rootcheck.text.document`), read on where the next line goes on
    a number's words: "paid $2.8" then "million in …", "held 40 and under" then "house arrest" (see
    :data:`_GOES_ON`)."""
    block = doc.block_at(offset)
    if block is None:
        return None
    end = block.span.end
    if doc.format is Format.MARKDOWN:
        return end
    while (goes_on := _GOES_ON.match(doc.text, end) or _dangling(doc.text, end)) is not None:
        following = doc.text.find("\n", goes_on.end())
        if following < 0:
            return None
        end = following
    return end


def _dangling(text: str, end: int) -> re.Match[str] | None:
    """The next line's first word, where the line ending at ``end`` ends with a bound's word and the
    next goes on in small letters (see :data:`_GOES_ON`)."""
    if _DANGLING.search(text, max(0, end - 12), end) is None:
        return None
    return _SMALL_WORD.match(text, end)


def bound_unread(figure: str, quoted: Written) -> str | None:
    """The bound ``figure`` writes after its number ("and over" of "65 and over"), or after what it
    counts ("or more" of "10 years or more"), where its quote, read there (``quoted``), finds none: the
    quote goes on past it as if it were other words ("deported 65 and over 200 remain", "1.9% and below
    market expectations", "10 years or more precisely"). The figure would be published with it. None
    where the figure writes no more than the quote reads."""
    after = plain(figure).lower().partition(quoted.text.lower())[2]
    bound = plused().match(after) or bound_ending(after)
    if bound is None:
        return None
    # Read in the quote, with what follows it there: a bound after what is counted, the quote's reading
    # does not read.
    rest = quoted.rest.lower()
    said = after[: bound.end()].rstrip(" .,;:")
    if bound.start() and rest.startswith(said) and plused().match(rest[bound.start() :]):
        return None
    return bound.group().strip(" .,;:")


def cut_numbers(quote: str, doc: Document, anchor: Anchor, skip: str | None = None) -> list[tuple[str, str]]:
    """Each number an exact quote's parts cut at their edges, as the quote writes it and as the source
    does: its qualifier or currency left out ("47" of "approximately 47"), its magnitude ("$179" of
    "$179 million"), or the longer number it is part of ("million" of "two million", "twenty" of "one
    hundred and twenty", "5" of "5 to 10 million"); but the number ``skip`` (the figure's, read on its
    own, whose cut :func:`rootcheck.text.longer.longer_in_source` tells).

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
    # The parts are read as matching folds them, the figure's number too: "⅓" as "1⁄3".
    skip = normalize(skip).text if skip is not None else None
    for part, (starts, ending) in zip(parts, near, strict=True):
        at = norm.text.find(part, position)
        if at < 0:
            break
        position = at + len(part)
        block = norm.text.rfind("\n", 0, at) + 1  # a paragraph's reading starts with it
        for start in [*starts, *([] if ending is None else [ending])]:
            quoted = figure_at(part, start)
            if quoted is not None and skip is not None and quoted.number.lower() == skip.lower():
                continue
            # Bounded otherwise where the part ends by the number, or where the words bounding it in
            # the source begin before the part does.
            if quoted is not None and (start == ending or bounds_start(norm.text, at + start) < at):
                ends = reading_end(doc, norm.origin(at + start)[0])
                said = figure_at(
                    norm.text, at + start, block, end=None if ends is None else norm.from_original(ends)
                )
                if said is not None and not quoted.reads_as(said):
                    out.append((quoted.text, said.text))
                    continue
            longer = _longer_around(doc, part, at, start)
            if longer is not None:
                out.append((quoted.number if quoted else part.split()[0], longer))
    return list(dict.fromkeys(out))  # a short part's number may both start and end it


def _longer_around(doc: Document, part: str, at: int, start: int) -> str | None:
    """The longer number the source writes where the number ``start`` characters into ``part`` (placed
    at ``at`` in the normalised text) stands, where the part holds only some of it."""
    norm = doc.normalized
    whole = norm.to_original(at, at + len(part))
    number = norm.to_original(at + start, at + len(part))
    longer = longer_in_source(doc, doc.text[number.start : number.end], number, whole, elided=True)
    if longer is None or _JOINED.search(longer):
        return None
    return None if longer in plain(doc.text[whole.start : whole.end]) else longer


def _near_edges(part: str) -> tuple[list[int], int | None]:
    """Where numbers start near a part's start, and where one ending it starts, if one does."""
    starts = [m.start() for m in _NUMBER_NEAR_START.finditer(part, 0, _NEAR_START)]
    spelled = _SPELLED_NEAR_START.search(part, 0, _NEAR_START)
    if spelled is not None and number_starting(part[spelled.start() : spelled.start() + 40]):
        starts.append(spelled.start())  # a number in words: "ten percent of U.S. aid"
    elif part.split(" ", 1)[0] in _GOES_ON_A_NUMBER:
        starts.append(0)
    # Searched for in the part's last characters only: a number ending it is short.
    ending = _NUMBER_AT_END.search(part, max(0, len(part) - 40))
    return sorted(starts), ending.start() if ending else None


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
    block = doc.text.rfind("\n\n", 0, anchor.span.start) + 1
    out = []
    # A quote with elisions is read part by part: the words it leaves out may hold numbers of their own.
    placed = zip(typed_parts(quote), anchor.parts, strict=True) if anchor.parts else [(quote, anchor.span)]
    for part, span in placed:
        passage = doc.text[span.start : span.end]
        for mine, theirs in zip(number_tokens(part), number_tokens(passage), strict=False):
            # A year, or the number of a name ("COVID-19"), counts nothing: a slip after it is a slip.
            if _YEAR.fullmatch(mine.text) or part[mine.start - 1 : mine.start] == "-":
                continue
            quoted = figure_at(part, mine.start)
            if quoted is None:
                continue
            said = figure_at(
                doc.unlinked,
                span.start + theirs.start,
                block,
                end=reading_end(doc, span.start + theirs.start),
            )
            if said is None or not quoted.counts_as(said):
                continue  # not one number read two ways: the tokens did not pair as numbers
            # The figure's number is the figure's check's, which finds it where the source writes it
            # alike; written otherwise ("90,000" of "90000", "one-third" of "a third"), it is read here.
            if (
                skip is not None
                and quoted.number.lower() == skip.lower()
                and _alike(quoted.number, said.number)
            ):
                continue
            counts = changed_count(quoted.rest, said.rest, quoted.cut, quoted.currency is not None)
            if not quoted.bounded_as(said) or counts:
                out.append((quoted, said, counts))
    return out


def _alike(number: str, other: str) -> bool:
    """Whether two numbers are written alike, typography aside: "Two-thirds" and "two‑thirds" are."""
    return normalize(number).text == normalize(other).text
