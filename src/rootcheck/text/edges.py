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
from itertools import islice

from rootcheck.model import Anchor, AnchorStatus, Span
from rootcheck.text.anchor import first_written, has_elision, split_elisions, typed_parts
from rootcheck.text.document import Document, Format
from rootcheck.text.figures import number_starting, number_words
from rootcheck.text.longer import longer_in_source
from rootcheck.text.meaning import changed_count
from rootcheck.text.normalize import normalize
from rootcheck.text.numbers import (
    CURRENCY_WORDS,
    MAGNITUDES,
    NUMBER_WORDS,
    SPELLED_WORDS,
    YEAR,
    number_tokens,
)
from rootcheck.text.qualifiers import bound_after, bound_ending, noun_bound, plused
from rootcheck.text.reading import READING_AFTER, Written, bounds_start, figure_at, figure_read, plain

#: A number starting so near a part's start that a qualifier before it ("approximately", the longest,
#: with a currency sign) could be cut off, or ending the part.
_NUMBER_NEAR_START = re.compile(r"(?<![\w.,])\d")
_NEAR_START = 20
_IN_WORDS = "|".join([SPELLED_WORDS, *MAGNITUDES])
_NUMBER_AT_END = re.compile(
    rf"(?<![\w.,])(?:[\d.,]*\d|(?:{SPELLED_WORDS}|an?(?=[\s-]+(?:{'|'.join(MAGNITUDES)})\b))"
    # A number in words whole, to a magnitude or "and" it is cut after: "two thousand" of "two
    # thousand three hundred", "one thousand and" of "one thousand and fifty".
    rf"(?:[\s-]+(?:{_IN_WORDS}|and)\b)*)\W*$"
)
#: A number in words near a part's start (parts are normalised: in small letters).
_SPELLED_NEAR_START = re.compile(rf"(?<![\w-])(?:{SPELLED_WORDS})(?!\w)")
#: A part's first word that goes on a number the source writes before it: "million" of "two million".
#: Not a plural one: "thousands of families" counts by itself, whatever number stands before it.
_GOES_ON_A_NUMBER = frozenset(MAGNITUDES)
#: Numbers joined by "and" or "or", which may be a range ("5 or 6 million") or two counts ("40 towns
#: in 2021 and 12 more"): at a part's edge, only a longer number joined otherwise is taken as one.
_JOINED = re.compile(r"\d\s+(?:and|or)\s")
_YEAR = re.compile(YEAR)
#: A plain-text line that goes on a number the line before ends with, wrapped: its magnitude, percent,
#: currency or bound ("paid $2.8" then "million in compensation", "aged 11" then "and under in"); or one
#: in small letters after a line that ends with a bound's "and", "or", "under" and the like, which
#: cannot end a paragraph ("held 40 and under" then "house arrest"). A word of another shape ("mRNA",
#: "a)", "e-tickets") starts a paragraph of its own.
_GOES_ON = re.compile(
    r"[ \t]*\n[ \t]*(?:"
    + "|".join(sorted([*MAGNITUDES, *(w for w in CURRENCY_WORDS if " " not in w)], key=len, reverse=True))
    + r"|percent|per|and|or|plus)\b"
)
_DANGLING = re.compile(r"\b(?:and|or|under|below|over|above|up|plus)[ \t]*$")
_SMALL_WORD = re.compile(r"\n[ \t]*[a-z]+\b(?![-.)\w])")


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
    same = quoted.number.lower() == number.lower() and quoted.text.lower() in plain(figure).lower()
    own = quoted if same else figure_read(figure)
    if own is None:
        return None
    # The source has an exact quote's words, and around the number no more to read; but not where the
    # quote leaves words out, which may be the number's own ("$112 ... in assistance" of "$112 million").
    # A quote ending a few words after its number is read in the source all the same: what it counts
    # may be bounded there after it ("650 people" of "650 people or more", see :func:`noun_bounds`).
    if (
        anchor.status is AnchorStatus.EXACT
        and quoted.whole
        and not has_elision(quote)
        and not _ends_near(quoted)
    ):
        return own, quoted, quoted
    norm = doc.normalized
    start = figure_span.start if figure_span is not None else anchor.span.start
    source_at = first_written(norm, number, norm.from_original(start), norm.from_original(anchor.span.end))
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


#: How many words a counted noun may have, read between a number and a bound after it, where the figure
#: does not say: "650 people or more", "200 dollars a month or less".
_NOUN_WORDS = 3
#: A word and what may end it, as a counted noun's words are read one by one.
_WORD = re.compile(r"\S+")
#: Punctuation ending a word, which ends what is counted: "40 nurses, or more" sets the bound off.
_PUNCTUATION = ".,;:!?()[]\"'“”‘’—–"


def _ends_near(quoted: Written) -> bool:
    """Whether a quote ends within a counted noun's words of its number."""
    return not quoted.cut and len(quoted.rest.split()) <= _NOUN_WORDS


def noun_bounds(figure: str, own: Written, quoted: Written, said: Written) -> tuple[str, str, bool] | None:
    """The figure's number with what it counts and the bound after that, as the quote reads it and as the
    source does, and whether the quote ends before the source's bound, where the two differ: "650 people" of
    "650 people or more", "650 people when" of "650 people or more when", "300 teachers or more" of "300
    teachers". Where they agree on a bound the figure does not write ("650 people" or "650" of "650 people
    or more" in both), the source's words twice. None where both read alike and the figure agrees.

    The counted noun is the figure's own ("people" of "650 people"); a figure that writes none is read
    with the words the quote and the source share after the number, up to a bound in either
    (:data:`_NOUN_WORDS` at most, no number among them). A bound is read after a noun only where it is
    one there (see :func:`~rootcheck.text.qualifiers.noun_bound`); directly after the number it is
    :func:`figure_at`'s to read. A quote ending within a few words of its number is refused where the
    source goes on with a bound after the same words, whatever the figure counts ("810 people a day" of
    "… a day or more").
    """
    if not _may_bound(quoted.rest) and not _may_bound(said.rest):
        return None  # as most figures: no bound is written in the words after either number
    mine, theirs = _words(quoted.rest), _words(said.rest)
    alike = [w for w, _ in mine] == [w for w, _ in theirs[: len(mine)]]
    if not quoted.cut and len(mine) <= _NOUN_WORDS and alike:
        # Ended at its number, the quote may leave out the noun and its bound both ("800" of "800 people or more").
        for words in [len(mine)] if mine else range(1, _NOUN_WORDS + 1):
            if _counts([w for w, _ in theirs[:words]]):
                break
            in_source = _bound_after(said.rest, theirs, words)
            if in_source is not None and in_source[1]:
                return _said(quoted, words), _said(said, words, in_source[0]), True
    after = plain(figure).lower().partition(own.text.lower())[2]
    ending = bound_ending(after)
    noun = (after[: ending.start()] if ending else after).split()
    counts = range(len(noun), len(noun) + 1) if noun else range(1, _NOUN_WORDS + 1)
    for words in counts:
        shared = [w for w, _ in mine[:words]]
        if shared != [w for w, _ in theirs[:words]] or (noun and shared != noun) or _counts(shared):
            return None
        in_quote, in_source = _bound_after(quoted.rest, mine, words), _bound_after(said.rest, theirs, words)
        if not (in_quote and in_quote[1]) and not (in_source and in_source[1]):
            continue
        # Where the quote slips, the word after the bound may differ too: the bound's words are read
        # alike if both have them ("or higher need" of "or higher require").
        if in_source is None:
            return _said(quoted, words, in_quote[0] if in_quote else None), _said(said, words + 1), False
        if in_quote is None:
            return _said(quoted, words + 1), _said(said, words, in_source[0]), False
        if bound_after(in_quote[0]) is not bound_after(in_source[0]):
            return _said(quoted, words, in_quote[0]), _said(said, words, in_source[0]), False
        if ending is not None or not in_source[1]:
            return None
        return _said(said, words, in_source[0]), _said(said, words, in_source[0]), False
    return None


#: How far after a number its counted noun and a bound after it are looked for.
_NOUN_AND_BOUND = 96


def _may_bound(rest: str) -> bool:
    """Whether the words a number goes on with may hold a bound written apart, which every one after a
    noun is ("or", "and" or "plus" a space before it): most do not, and are done with at once."""
    near = rest[:_NOUN_AND_BOUND].lower()
    return " or " in near or " and " in near or " plus" in near


def _words(rest: str) -> list[tuple[str, int]]:
    """The first words ``rest`` goes on with, in small letters and without punctuation, each with where
    it ends as written; a counted noun's words stop at the first that punctuation ends."""
    found = islice(_WORD.finditer(rest), _NOUN_WORDS + 1)
    return [(word.group().strip(_PUNCTUATION).lower(), word.end()) for word in found]


def _counts(words: list[str]) -> bool:
    """Whether any of ``words`` is a number: a counted noun holds none ("people aged 18" of "2,000 people
    aged 18 and over" counts people, bounded by the age's "and over")."""
    return any(word in NUMBER_WORDS or any(char.isdigit() for char in word) for word in words)


def _bound_after(rest: str, words: list[tuple[str, int]], count: int) -> tuple[str, bool] | None:
    """The words of a bound written after the first ``count`` of ``words`` of ``rest``, and whether they
    are one there (see :func:`~rootcheck.text.qualifiers.noun_bound`); none after a word punctuation ends."""
    if count > len(words):
        return None
    end = words[count - 1][1] if count else 0
    if count and rest[end - 1] in _PUNCTUATION:
        return None
    found = plused().match(rest, end)
    if found is None or not found.group()[:1].isspace():
        return None
    return found.group().strip(), noun_bound(rest, end) is not None


def _said(read: Written, count: int, bound: str | None = None) -> str:
    """What ``read`` says: its number and the first ``count`` words after it as written, and ``bound``."""
    return " ".join([read.text, *read.rest.split()[:count], *([bound] if bound else [])])


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
            if quoted is None or (skip is not None and quoted.number.lower() == skip.lower()):
                continue
            said = figure_at(
                doc.unlinked,
                span.start + theirs.start,
                block,
                end=reading_end(doc, span.start + theirs.start),
            )
            if said is None or not quoted.counts_as(said):
                continue  # not one number read two ways: the tokens did not pair as numbers
            counts = changed_count(quoted.rest, said.rest, quoted.cut)
            if not quoted.bounded_as(said) or counts:
                out.append((quoted, said, counts))
    return out
