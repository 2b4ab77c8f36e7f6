"""What no slip may change of the numbers a quote states, told as messages: a figure bounded otherwise
than the source's, a number cut at a quote's edge or misread in a slipped quote; and, for ``new`` and
``locate``, all that ``check`` would refuse of a quote as typed (see :mod:`rootcheck.checks.wording` for its words)."""

from __future__ import annotations

import unicodedata
from collections import Counter

from rootcheck.checks.beside import around
from rootcheck.checks.counted import count_cut_short
from rootcheck.checks.dangling import cut_a_quotation
from rootcheck.checks.ends import edge_problems
from rootcheck.checks.otherwise import said_otherwise
from rootcheck.checks.wording import meaning_problems
from rootcheck.hints import shown
from rootcheck.model import Anchor, AnchorStatus, Severity, Span
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.text.anchor import locate_figure
from rootcheck.text.document import Document
from rootcheck.text.edges import cut_numbers, figure_readings, misread_numbers
from rootcheck.text.figures import number_words
from rootcheck.text.marks import unlike_marks
from rootcheck.text.meaning import changed_count, negated_words, opposite_words, word_counts
from rootcheck.text.normalize import normalize
from rootcheck.text.nounbounds import BoundAfterNoun, noun_bounds
from rootcheck.text.numbers import ABBREVIATIONS, GROUPING
from rootcheck.text.reading import Written
from rootcheck.text.wordbounds import figure_in_quote


def unbounded(quoted: Written, said: Written) -> str:
    """Why a quote that bounds its figure otherwise than the source does is refused."""
    if GROUPING.search(said.number) and not GROUPING.search(quoted.number):
        # "12 000" typed with a plain space, which groups nothing, for the source's no-break one.
        return (
            f"the source says “{shown(said.text)}”, not “{shown(quoted.text)}”: its space groups thousands, "
            "a plain one does not; copy the number from the source"
        )
    return (
        f"the source says “{shown(said.text)}”, not “{shown(quoted.text)}”: "
        "quote the figure whole, with the words and currency that bound it, as the source has them"
    )


def noun_unbounded(read: BoundAfterNoun) -> str:
    """Why a figure is refused whose source bounds it after what it counts (see
    :func:`rootcheck.text.nounbounds.noun_bounds`): the quote ends before the bound, or slips it, or the
    figure leaves out the bound the quote and source both have."""
    if read.figure_loses:
        return (
            f"the quote says “{shown(read.quote)}”; write the figure from there: "
            "the published figure would lose what bounds its number"
        )
    if read.ended:
        return (
            f"the source says “{shown(read.source)}”, not “{shown(read.quote)}”: "
            f"the quote ends before what bounds its number; end it after “{shown(read.left_out)}”"
        )
    return (
        f"the quote has “{shown(read.quote)}” where the source has “{shown(read.source)}”: "
        "what bounds a figure is no slip of wording"
    )


def bounded_otherwise(
    doc: Document, quote: str, figure: str, anchor: Anchor, placed: Span | None
) -> str | None:
    """Why ``check`` would refuse ``quote`` for bounding ``figure`` otherwise than the source where ``anchor``
    placed it (“fewer than” for “more than”, begun just after its “nearly”, or ended before its “or
    more” after what it counts), if it would."""
    readings = _readings(doc, quote, figure, anchor, placed)
    if readings is None:
        return None
    own, quoted, said = readings
    if not quoted.reads_as(said):
        return unbounded(quoted, said)
    read_on = noun_bounds(figure, own, quoted, said)
    return noun_unbounded(read_on) if read_on is not None else count_cut_short(quoted, said)


#: A unit of up to three letters just after a number: "40 MW", "5kg", "12 GB".
_UNIT = lazy(r"(?<=\d)[ \u00a0]?([A-Za-z]{1,3})\b")


def unit_case(figure: str, said: str) -> str | None:
    """Why a figure whose unit is written in other capitals than the source's ``said`` is refused: in a
    unit a capital is another prefix ("mW" is a thousandth of a watt, "MW" a million), and matching,
    blind to case, would let the figure's stand. None where they agree, or differ in an abbreviated
    magnitude alone ("$4.2 BN", "$4.2 bn")."""
    if figure == said:  # as most figures are copied
        return None
    for typed, source in zip(_UNIT.findall(figure), _UNIT.findall(said), strict=False):
        if typed != source and typed.lower() == source.lower() and typed.lower() not in ABBREVIATIONS:
            return (
                f"the figure writes “{typed}” where the source writes “{source}”: in a unit, capitals "
                "change what it measures (mW is a thousandth of a watt, MW a million watts); copy it from the source"
            )
    return None


def turned_only(quoted: str, said: str) -> bool:
    """Whether what a quote's number counts differs from what its source's does only by words turned
    into their opposites ("300 large farms" for "300 small farms", "trained" for "untrained"), which
    :func:`~rootcheck.checks.wording.meaning_problems` tells."""
    turned = opposite_words(quoted, said) or negated_words(quoted, said)
    if turned is None:
        return False
    put, taken = turned
    return word_counts(quoted) - Counter(put) == word_counts(said) - Counter(taken)


def _readings(
    doc: Document, quote: str, figure: str, anchor: Anchor, placed: Span | None
) -> tuple[Written, Written, Written] | None:
    """``figure`` read on its own, in ``quote`` and in the source (see :func:`figure_readings`)."""
    quote_figure = figure_in_quote(quote, figure)
    return None if quote_figure is None else figure_readings(quote, figure, quote_figure, doc, anchor, placed)


#: A quote longer than this is a paragraph pasted whole, not a quote.
MAX_QUOTE_CHARS = 2000


def too_long(quote: str) -> str | None:
    """Why a quote is too long to be one, if it is."""
    if len(quote) <= MAX_QUOTE_CHARS:
        return None
    return f"quote is {len(quote):,} characters; quote at most {MAX_QUOTE_CHARS:,}, using '...' to leave text out"


def unlike_in(quote: str, text: str) -> str | None:
    """Why a quote holds characters its source ``text`` does not, if it does, which a reader would see
    though matching folds them into the source's: a footnote's mark, a line struck through, a number
    written small, a letter of another alphabet."""
    unlike = unlike_marks(quote, text)
    if not unlike:
        return None
    # A mark drawn over others is shown on a dotted circle, as type specimens show one alone.
    shown_as = {char: ("◌" + char if unicodedata.combining(char) else char) for char in unlike}
    named = ", ".join(
        f"“{shown_as[char]}” ({unicodedata.name(char, f'U+{ord(char):04X}').lower()})" for char in unlike
    )
    marks = all(unicodedata.name(char, "").startswith("SUPERSCRIPT") for char in unlike)
    letters = all(char.isalpha() for char in unlike)
    hint = (
        "a footnote's mark, copied with the text? leave it out"
        if marks
        else "a letter of another alphabet that looks like a Latin one: type the word again"
        if letters
        else "type the words as the source has them"
    )
    return f"the quote has {named}, which the source does not: {hint}"


#: Words in square brackets; an elision mark's ("[...]", "[…]", "[....]") aside.
_BRACKETED = lazy(r"\[(?![\s.…]*\])[^\[\]]*\]")


def bracketed_in(quote: str, doc: Document) -> str | None:
    """Why a quote holds words in square brackets its source ``doc`` does not, if it does: an editor's
    insertion ("12 [businesses] have done so", "[the U.S. has] sent"), a capital put in ("[T]he"), or
    "[sic]". Matching could only pass them as a slip of wording, and the site would publish them as
    the source's; what a bracket adds may change what is counted or who acted."""
    if "[" not in quote:  # most quotes: no bracket to read
        return None
    # The source's own brackets, typography aside ("[program’s]", a Markdown source's escaped "[sic]").
    found = next((found for found in _BRACKETED.finditer(quote) if not _in_source(found.group(), doc)), None)
    if found is None:
        return None
    if capital := _CAPITAL_PUT_IN.match(quote, found.start()):
        return (
            f"the quote has “{capital.group()}”, a letter put in square brackets: case is typography to "
            f"rootcheck; type the word whole, “{capital.group(1)}{capital.group(2)}”"
        )
    inside = found.group()[1:-1].strip()
    if inside and _in_source(quote[: found.start()] + inside + quote[found.end() :], doc):
        # The source's own words where they stand, bracketed as an editor's would be.
        return (
            f"the quote puts the source's “{inside}” in square brackets, which mark an editor's words: "
            "type them without the brackets"
        )
    return (
        f"the quote has “{found.group()}”, the editor's words in square brackets, which the source does "
        "not: a quote holds the source's words alone; leave them out (“...” leaves out the source's), and "
        "say what they would add in the claim's summary or note"
    )


def _in_source(bracketed: str, doc: Document) -> bool:
    return bracketed in doc.text or normalize(bracketed).text in doc.normalized.text


#: A letter in square brackets opening a word: "[T]he".
_CAPITAL_PUT_IN = lazy(r"\[(\w)\](\w+)")


def typed_refusal(doc: Document, quote: str) -> str | None:
    """Why ``check`` would refuse any claim of the quote before looking for it, if it would: its
    length, or a character its source does not have. Told alone, as check tells it, wherever the
    quote stands, once or more or nowhere."""
    return too_long(quote) or unlike_in(quote, doc.text) or bracketed_in(quote, doc)


#: Why a number may not count other things than the source's, however close the rest of the quote.
COUNTS_OTHERWISE = "what a number counts is no slip of wording"


def _named(words: str) -> str:
    """Words a number counts with, quoted; "nothing" where there are none, as a rate a quote left out."""
    return f"“{words}”" if words else "nothing"


def number_slips(doc: Document, quote: str, anchor: Anchor, skip: str | None = None) -> list[str]:
    """Why the quote's numbers, but ``skip`` (the figure's, read on its own), read otherwise than the
    source's: cut at an edge of the quote or of a part between elisions, or, in a slipped quote,
    bounded otherwise or counting other things (see :mod:`rootcheck.text.edges`)."""
    out = [
        f"the source says “{shown(said)}”, not “{shown(quoted)}”: the quote cuts this number; start or end it elsewhere"
        for quoted, said in cut_numbers(quote, doc, anchor, skip)
    ]
    for quoted, said, counts in misread_numbers(quote, doc, anchor, skip):
        if counts is None:
            out.append(
                f"the source says “{shown(said.text)}”, not “{shown(quoted.text)}”: what bounds a number is no slip of wording"
            )
        else:
            out.append(
                f"the quote has “{shown(quoted.text)} {counts[0]}” where the source has “{shown(said.text)} {counts[1]}”: "
                + COUNTS_OTHERWISE
            )
    return out


def typed_slips(
    doc: Document, quote: str, anchor: Anchor, *, as_typed: bool = False
) -> tuple[list[str], str | None]:
    """What a quote as typed says otherwise than its passage, for ``new`` and ``locate``.

    The first of the pair lists why ``check`` would refuse any claim of the quote, once
    :func:`typed_refusal` has nothing to tell: what an elision leaves out, where it starts, a number
    cut at an edge; in a slipped quote, a negation, direction, promise, opposite or name changed, a
    number bounded otherwise, or any word else :func:`~rootcheck.checks.otherwise.said_otherwise` reads. The second says, of a slipped quote, where its
    first figure's number counts other words than the source's, if it does: a word typed wrong
    ("goverment") or another thing counted ("firms" for "jobs"). ``check`` refuses that too of the
    quote ``as_typed`` (``locate``'s); ``new`` writes the source's words in its file, and only tells it.
    """
    # Only for new and locate: what it compiles would cost every check (see verify.check_claim).
    from rootcheck.text.candidates import figure_candidates

    span = anchor.span
    assert span is not None  # a quote found
    meant = meaning_problems(quote, doc.text[span.start : span.end], Position(""), anchor, around(doc, span))
    refused = [problem.message for problem in meant if problem.severity is Severity.ERROR]
    refused += [
        message for message, severity in edge_problems(doc, quote, anchor) if severity is Severity.ERROR
    ]
    figures = figure_candidates(quote)
    # The first figure's number is read on its own, as the figure ``new`` would write.
    refused += number_slips(doc, quote, anchor, number_words(figures[0]) if figures else None)
    if not refused and (
        halved := cut_a_quotation(doc, anchor)
    ):  # where nothing else refuses it, as check tells it
        refused.append(halved)
    refused, counted = _first_figure_slips(doc, quote, anchor, figures, refused, as_typed)
    # Read last, as check reads it, where nothing else refuses the quote nor tells what it counts
    # otherwise, which its words put in are then read as (see checks/otherwise.py).
    if not refused and counted is None and (otherwise := said_otherwise(doc, quote, anchor)):
        refused.append(otherwise)
    return refused, counted


def _first_figure_slips(
    doc: Document, quote: str, anchor: Anchor, figures: list[str], refused: list[str], as_typed: bool
) -> tuple[list[str], str | None]:
    """``refused``, with what the quote's first figure reads otherwise than the source, and what its
    number counts otherwise, if it does (see :func:`typed_slips`)."""
    span = anchor.span
    assert span is not None  # a quote found
    fuzzy = anchor.status is AnchorStatus.FUZZY
    # An exact quote's first number is read too for locate, whose "exact" must not pass a quote begun
    # just after the source's "nearly"; new tells that of the words it writes (see bounded_otherwise).
    if not figures or not (fuzzy or as_typed):
        return refused, None
    readings = _readings(doc, quote, figures[0], anchor, locate_figure(doc, figures[0], span))
    if readings is None:
        return refused, None
    _, quoted, said = readings
    if not quoted.reads_as(said):
        return [*refused, unbounded(quoted, said)], None
    if not fuzzy:
        return refused, None
    counts = changed_count(quoted.rest, said.rest, quoted.cut, quoted.currency is not None)
    if not counts:
        return refused, None
    told = f"the quote counts {_named(counts[0])} where the source counts {_named(counts[1])}"
    return [*refused, f"{told}: {COUNTS_OTHERWISE}"] if as_typed else refused, told
