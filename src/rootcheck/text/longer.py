"""A figure cut out of a longer number: one it starts inside, one its number goes on as, either end of
a range or number of a ratio, the base of a rate; read in the quote, and in the source around the
passage where the quote starts or ends by the figure. Published, such a figure states another number."""

from __future__ import annotations

import re

from rootcheck.model import Span
from rootcheck.patterns import lazy, made_by
from rootcheck.text.document import Document, Format
from rootcheck.text.figures import FigureError, number_at_start, number_words, parse_figure
from rootcheck.text.inwords import words_in_a_row
from rootcheck.text.numbers import (
    ABBREVIATED_JOINED,
    ANY_NUMBER_WORD,
    CURRENCIES,
    FRACTIONS,
    GROUP_SPACES,
    GROUPING,
    HYPHENS,
    MAGNITUDE_LETTER,
    MAGNITUDES,
    ORDINAL_END,
    PLURAL_MAGNITUDE,
    SIGNS,
    VULGAR,
    VULGAR_AFTER,
    YEAR,
    spaced_oddly,
)
from rootcheck.text.ranges import from_a_change, not_a_range
from rootcheck.text.ratios import LABELS, RATIO_PART, ratio_at
from rootcheck.text.runon import numeral_around, runs_on
from rootcheck.text.signs import letter_signed
from rootcheck.text.wide import as_ascii

_A_NUMBER = rf"(?:\d|(?:{ANY_NUMBER_WORD})\b)"
#: What makes a number part of a longer one after it: a range ("2-3 million", "5 to 10 million",
#: "40 or 50 thousand"), or a number in words going on ("three hundred and fifty"). "To", "or" and
#: "and" only after a bare number: "£3m to 40 firms" is a sum paid to firms.
_GOES_ON = lazy(rf"^\s*(?:-|–|—|/)\s*[{SIGNS}]?(?={_A_NUMBER})", re.I)
#: "One of", which counts one of something, no number going on: "and one of its plants".
_ONE_OF = lazy(r"one\s+of\b", re.I)
_GOES_ON_BARE = lazy(rf"^\s+(?:to|or|and)\s+[{SIGNS}]?(?={_A_NUMBER})", re.I)
#: "To", "or" and "and" after a sum, before another with a sign ("£3m to £4m"), or after a
#: percentage, before another ("20% and 30%"): a range too.
_GOES_ON_SIGNED = lazy(rf"^\s+(?:to|or|and)\s+[{SIGNS}]\s*(?=\d)", re.I)
_GOES_ON_PERCENT = lazy(r"^\s*%\s+(?:to|or|and)\s+(?=\d[\d,.]*\s*%)", re.I)
#: A percent sign after a number: shown with the range or longer number it ends.
_PERCENT_AFTER = lazy(r"\s*%")
_MAGNITUDE_WORDS = "|".join(MAGNITUDES)
_MAGNITUDE_AT_START = lazy(rf"\s*((?:{_MAGNITUDE_WORDS}))\b", re.I)
#: The same before a figure's number: it is the far end of a range ("10 million" of "5 to 10 million").
_CAME_AFTER = lazy(
    rf"(?:[{SIGNS}]?\d(?:[\d,.]*\d)?{VULGAR_AFTER}(?:{ABBREVIATED_JOINED}|{MAGNITUDE_LETTER})?|\b(?:{ANY_NUMBER_WORD}))"
    rf"\s*(?:-|–|—|/)\s*[{SIGNS}]?$"
    # "To", "or" and "and" only after a bare number, as for _GOES_ON_BARE: "£3m to 40 firms" is a sum paid.
    # Not a number a name ends with: "COVID-19 and 3,400 deaths".
    rf"|(?:(?<![\d.,])(?<![^\W\d_][{HYPHENS}])\d(?:[\d,.]*\d)?{VULGAR_AFTER}|\b(?:{ANY_NUMBER_WORD}))\s(?:to|or|and)\s\s*[{SIGNS}]?$"
    # And after a sum, before another with a sign, or a percentage before another: see _GOES_ON_SIGNED.
    rf"|[{SIGNS}]\s*\d[\d,.]*(?:{ABBREVIATED_JOINED}|{MAGNITUDE_LETTER})?(?:\s+(?:{_MAGNITUDE_WORDS}))*"
    rf"\s(?:to|or|and)\s[{SIGNS}]\s*$"
    rf"|\d[\d,.]*\s*%\s(?:to|or|and)\s$",
    re.I,
)
#: The part of a ratio before a figure's number: "one in" of "one in five children". The same quick
#: look as :data:`_CONNECTORS` first: most figures follow no "in", "of" or "every".
_RATIO_BEFORE = lazy(
    rf"(?<![\w{SIGNS}.,-])(?:{RATIO_PART})[\s-]+(?:in|out[\s-]+of)[\s-]+(?:every[\s-]+)?$", re.I
)
#: A rate before a figure's number, which is then its base: "12 deaths per" of "12 deaths per 100,000".
_PER = lazy(r"\bper\s*$", re.I)
_PER_WORD = lazy(r"\bper\b", re.I)
_RATE_BEFORE = lazy(rf"(?:[{SIGNS}]?\d[\d,.]*|\b(?:{ANY_NUMBER_WORD}))(?:\s+[^\s\d]+){{0,4}}\s+per\s*$", re.I)
#: A dash with a space on either side, after a year or a number larger than the one after it, is a
#: pause, not a range: "Founded: 2019 – 40 schools", "it was 40 – 12 more than planned".
_SPACED_DASH = lazy(r"\s[-–—]\s")
#: The words a rate's number counts, up to its "per": "12 deaths per 100,000" is no 12 deaths.
_GOES_ON_PER = lazy(
    rf"^(?:\s+[^\s\d,;:.]+){{0,3}}?\s+per\s+(?!{YEAR}\b|one\b)(?=[{SIGNS}]?\d|(?:{ANY_NUMBER_WORD})\b)", re.I
)
_NO_EMPHASIS = str.maketrans("*_`", "   ")
_EMPHASIS = lazy("[*_`]")
_BLANK_LINE = lazy(r"\n[ \t]*\n")
_BULLET = lazy(r"(\n[ \t]*)[-–—*+•](?=[ \t])")
#: Where a sentence, clause or paragraph ended, just before a passage ("... in the region. 40 schools"),
#: but not a decimal point; and where one ends just after ("40 schools.", "40 schools,"), not "1,200".
_STARTS_CLEAN = lazy(r"(?:^|[^\d\s][.!?;:]\s+|\n[ \t]*\n[ \t]*)$")
_ENDS_CLEAN = lazy(r"[.!?;:,](?:\s|$)|[ \t]*(?:\n[ \t]*\n|$)")
#: A passage that ends a sentence or clause itself: "… 40 schools."
_ENDED = lazy(r"[^\d\s][.!?;:]$")
_ODD_SPACE = lazy("[\u00a0\u2007\u2009\u202f\t\n]")
_ONE_SPACE = str.maketrans("\u00a0\u2007\u2009\u202f\t\n", "      ")
#: A currency sign just before a number: "$4 in 30 states" is a sum, no ratio.
_SIGNED = lazy(rf"[{SIGNS}]\s*$")
_RATIO_ENDS = (" in", " of", " every", "-in", "-of", "-every")
#: A bare number, with its magnitude ("5 million" of "5 million to 10 million"), or one in words ("a
#: million" too) or ending with "hundred" or "thousand", which "and" may go on: "two thousand and five".
_BARE = lazy(
    rf"^(?:\d[\d,.]*{VULGAR_AFTER}(?:\s+(?:{_MAGNITUDE_WORDS}))?|(?:an?[\s-]+)?(?:{ANY_NUMBER_WORD}|[\s-])+|.*\b(?:hundred|thousand))$",
    re.I,
)
#: How a range's ends are joined, as the words before its far end may end: a quick look before
#: :data:`_CAME_AFTER`'s search.
_CONNECTORS = ("-", "–", "—", "/", " to", " or", " and", *CURRENCIES)
#: How many words before a figure's number are read for a number it stands inside, and how far:
#: "one million two hundred thousand and" before "five".
_WORDS_BEFORE = 6
_CHARS_BEFORE = 60
_CHARS_AFTER = 40
#: A word that may stand in a number just before a figure's: a numeral, a number or magnitude in
#: words, a fraction's, "and" ("two and a half"), "a" or "of" ("half a million", "a quarter of"), a
#: plural's ("tens of thousands", "scores of").
_IN_A_NUMBER = lazy(
    rf"^(?:[{SIGNS}]?\d[\d,.]*|(?:{ANY_NUMBER_WORD}|{'|'.join(FRACTIONS)}|and|an?|of|score)s?)$",
    re.I,
)


def longer_number(quote: str, figure: str, start: int) -> str | None:
    """The longer number ``quote`` writes where ``figure``'s number stands (the figure written from
    ``start`` on), if it writes one: a number the figure starts inside ("a half million" of "two and a
    half million", "a million" of "half a million", "five thousand" of "twenty-five thousand"), or
    one the figure's number goes on as ("three hundred" of "three hundred and fifty", "5" of "5 to 10
    million"), or a ratio ("one" or "five children" of "one in five children"), or the base of a rate
    ("100,000 people" of "12 deaths per 100,000 people"). Published, the figure would state another
    number than the quote's. A ``figure`` starting with a magnitude ("million people", as a quote may)
    is read as that magnitude's number, which the words before it may start ("two million")."""
    number = number_words(figure) or _magnitude_at_start(figure)
    if number is None:
        return None
    # As the figure's number is read: "４５" of "４５０" is "45" of "450", each character where it stands.
    written = quote = as_ascii(quote)
    if _ODD_SPACE.search(quote):  # NBSP and the like as spaces, each in its place; "12 000" as "12,000"
        quote = GROUPING.sub(",", quote).translate(_ONE_SPACE)
        number = GROUPING.sub(",", number) if spaced_oddly(number) else number
    found = _number_in(quote, number, start)
    if found is None:
        # Found in a fraction of one character, which the quote's reading writes out: "2 million" in
        # "2½ million", read as "21⁄2 million".
        return numeral_around(quote, start) if quote[start : start + 1] in VULGAR else None
    at, end = found
    if whole := runs_on(quote, written, number, at, end):
        return whole
    if plural := _plural_going_on(quote, number, at):
        return plural
    near = quote[max(0, at - _CHARS_BEFORE) : at]
    begun = _begun_before(quote, at, end, near)
    if begun is None:
        begun = _going_on(quote, figure, number, at, end, near)
    if begun is not None:
        return begun
    return _ordinal(quote, figure, at, end) or words_in_a_row(quote, number, at, end)


def _plural_going_on(quote: str, number: str, at: int) -> str | None:
    """The plural the quote writes where the figure's plural stands, where it goes on as a larger one
    the figure stops before: "tens of thousands" of a figure "tens of", which would state 20."""
    mine = PLURAL_MAGNITUDE.match(number)
    theirs = PLURAL_MAGNITUDE.match(quote[at : at + _CHARS_AFTER]) if mine else None
    if mine is None or theirs is None or len(theirs.group(1)) <= len(mine.group(1)):
        return None
    return " ".join(theirs.group(1).split())


def _ordinal(quote: str, figure: str, at: int, end: int) -> str | None:
    """The ordinal the number written from ``at`` to ``end`` is the start of, if it is one and the
    figure cuts it: "twenty-first" of "its twenty-first anniversary", where a figure "twenty" would
    count twenty. A figure that writes the ordinal whole is refused as one when it is read."""
    found = ORDINAL_END.match(quote, end)
    if found is None:
        return None
    ordinal = " ".join(quote[at : found.end()].split())
    return None if ordinal.lower() in " ".join(figure.split()).lower() else ordinal


def _magnitude_at_start(text: str) -> str | None:
    """The magnitude ``text`` starts with, if it does: "million" of "million people"."""
    found = _MAGNITUDE_AT_START.match(text)
    return found.group(1) if found else None


def _number_in(quote: str, number: str, start: int) -> tuple[int, int] | None:
    """Where ``quote`` writes ``number`` from ``start`` on, however it spaces and hyphenates it."""
    # Most figures write their number as the quote does; an expression for each costs a cold check of
    # 10,000 claims half a second of compiling, so it is made only for one written otherwise.
    at = quote.find(number, start)
    if at < 0:  # "two-thirds" written "two thirds", say, or "Two" at a sentence's start
        at = quote.lower().replace("-", " ").find(number.lower().replace("-", " "), start)
    if at >= 0:
        return at, at + len(number)
    words = r"[\s\u00a0-]+".join(map(re.escape, re.split(r"[\s-]+", number)))
    if (found := re.search(words, quote[start:], re.I)) is None:
        return None
    return start + found.start(), start + found.end()


_JOINED_BEFORE = HYPHENS + "\u2212"


def _begun_before(quote: str, at: int, end: int, near: str) -> str | None:
    """The longer number begun before the figure's, at ``at:end`` after ``near``: in its word ("twenty-"),
    in the words before ("two and a" of "a half million"), as a ratio ("one in") or a rate's ("per")."""
    # A hyphen, an en dash or a minus sign against it: "twenty‑five", "20–30", "−5 percent".
    # But for the region's currency letter: "Q" of "Q500 million" is its sign, as "$" is.
    if at and (quote[at - 1].isalnum() or quote[at - 1] in _JOINED_BEFORE) and not letter_signed(quote, at):
        word_start = max(quote.rfind(" ", 0, at), quote.rfind("\n", 0, at)) + 1
        return " ".join(quote[word_start : _with_percent(quote, end)].split())
    # A currency sign written apart from the number is the figure's own: "$ 4 billion".
    before = [word for word in near.split() if word.lower() not in CURRENCIES][-_WORDS_BEFORE:]
    # Most figures follow a word no number holds ("more than", "trained"): read no further.
    if before and _IN_A_NUMBER.match(before[-1].rstrip(",;:")):
        after = quote[at : end + _CHARS_AFTER].split()
        for count in range(len(before), 0, -1):  # the longest first: "one hundred and", not "hundred and"
            first, *rest = before[-count:]
            # A sum's sign is read apart from its number: "$179" before "million in financing".
            sign = first[0] if first[0] in SIGNS else ""
            longer = number_at_start(" ".join([first[len(sign) :], *rest, *after]), ratios=False)  # see below
            if longer is None or len(longer.split()) <= count:
                continue
            # A plural goes on a plural only: "tens of" before "thousands", where "In 2019 thousands of
            # families" holds no number "2019 thousands".
            if plural := PLURAL_MAGNITUDE.match(longer):
                return plural.group(1)
            if not PLURAL_MAGNITUDE.match(quote[at:end]):
                return sign + longer
    if near.rstrip().endswith(_RATIO_ENDS) and (part := _RATIO_BEFORE.search(near)):
        ratio = ratio_at(quote, at - len(near) + part.start())  # read where the quote has it, in context
        if ratio is not None and ratio.end() > at:
            return " ".join(ratio.group().split())
    if _PER.search(near):  # the base of a rate, which counts nothing of its own
        rate = _RATE_BEFORE.search(near)
        return " ".join((near[rate.start() :] if rate else "per ").split() + quote[at:end].split())
    return None


def _going_on(quote: str, figure: str, number: str, at: int, end: int, near: str) -> str | None:
    """The longer number the figure's, at ``at:end`` after ``near``, is part of as it goes on: a ratio
    ("one in five"), or a range or rate with the number before ("5 to" before "10 million") or after it."""
    signed = _SIGNED.search(near) is not None
    if not signed and (ratio := ratio_at(quote, at)) is not None and ratio.end() > end:
        return " ".join(ratio.group().split())
    came_after = _CAME_AFTER.search(near) if near.rstrip().endswith(_CONNECTORS) else None
    if (
        came_after
        and not _paused(came_after.group(), quote[at:end], near[: came_after.start()])
        and not from_a_change(near[: came_after.start()])
        and not not_a_range(near, number, quote[end:])
    ):
        begins = _words_of_the_number_before(near, came_after.start())
        return " ".join((near[begins:] + quote[at : _with_percent(quote, end)]).split())
    goes_on = _joined_after(quote, figure, number, at, end, near, signed)
    if goes_on is None:
        return None
    rest = quote[end + goes_on.end() :]
    then = number_at_start(rest) or ""
    bare, percent_joined = made_by(goes_on, _GOES_ON_BARE), made_by(goes_on, _GOES_ON_PERCENT)
    joined_by_word = bare or percent_joined or made_by(goes_on, _GOES_ON_SIGNED)
    if joined_by_word and not_a_range(
        near + quote[at:end] + goes_on.group(), then, rest[len(then) :], bare=bare
    ):
        return None  # "$1,201,000 to 300 households", "rose by 12 to 74": what a sum went to, a change
    if percent_joined and (percent := re.match(rf"{re.escape(then)}\s*%", rest)):
        then = percent.group()  # "20% and 30%", whole
    begins = at - len(near) + sign.start() if (sign := _SIGNED.search(near)) else at  # "£3m to £4m"
    return " ".join((quote[begins : end + goes_on.end()] + then).split())


def _joined_after(
    quote: str, figure: str, number: str, at: int, end: int, near: str, signed: bool
) -> re.Match[str] | None:
    """What joins the figure's number, at ``at:end`` after ``near``, to another after it, if anything
    does: a dash or slash, a rate's "per", "to", "or" or "and" after a bare number or a ratio, or after
    a sum (``signed``) or a percentage before another; not where a change starts ("rose from 40 to 74")."""
    goes_on = _GOES_ON.match(quote[end:])
    if goes_on is not None and _paused(quote[at:end] + goes_on.group(), quote[end + goes_on.end() :], near):
        goes_on = None
    if goes_on is None and not _PER_WORD.search(figure):
        goes_on = _GOES_ON_PER.match(quote[end:])  # "12" of "12 deaths per 100,000": a rate
    if goes_on is None and (_BARE.match(number) or ratio_at(number)):  # "1 in 4 or 5 adults"
        goes_on = _GOES_ON_BARE.match(quote[end:])
        if goes_on is not None and number[0].isdigit() and from_a_change(near):
            goes_on = None  # "rose from 40 to 74": the change's start
        if goes_on is not None and _ONE_OF.match(quote, end + goes_on.end()):
            goes_on = None  # "forty thousand and one of its plants": a plant, no number
    if goes_on is None and not from_a_change(near):  # "fell from 8% to 5%" is a change, no range
        goes_on = (_GOES_ON_SIGNED if signed else _GOES_ON_PERCENT).match(quote[end:])
    return goes_on


#: A word of a number in words, and the word before "and" in one ("two hundred and fifty").
_NUMBER_WORD = lazy(rf"(?:{ANY_NUMBER_WORD})(?:-(?:{ANY_NUMBER_WORD}))*", re.I)
_BEFORE_AND = lazy(rf"(?:{_MAGNITUDE_WORDS})", re.I)


def _words_of_the_number_before(near: str, start: int) -> int:
    """Where the number in words that ends with the word at ``start`` of ``near`` begins: the near end
    of a range is told whole ("one thousand and five thousand", not "thousand and five thousand")."""
    if start and near[start - 1] == "-":  # "five" of "twenty-five"
        start = max(near.rfind(" ", 0, start), near.rfind("\n", 0, start)) + 1
    words = list(re.finditer(r"\S+", near[:start]))
    first = near[start:].split(maxsplit=1)[0] if near[start:].strip() else ""
    while words and (
        _NUMBER_WORD.fullmatch(word := words[-1].group())
        or (word.lower() == "and" and len(words) > 1 and _BEFORE_AND.fullmatch(words[-2].group()))
        or (word.lower() in ("a", "an") and _BEFORE_AND.fullmatch(first))  # "a hundred", "a thousand"
    ):
        start, first = words.pop().start(), word
    return start


def _with_percent(quote: str, end: int) -> int:
    """Where the number ending at ``end`` ends with its percent sign, if it has one: "20% to 30%" whole."""
    percent = _PERCENT_AFTER.match(quote, end)
    return percent.end() if percent else end


def _paused(joined: str, following: str, before: str) -> bool:
    """Whether ``joined``, a number and a spaced dash, makes no range with the number ``following``:
    where the number is a label's ("Figure 3 – 40 schools", ``before`` ending with the word before
    it), a year before a smaller number ("Founded: 2019 – 40 schools"), or larger than the one after
    it ("40 – 12 more than planned", magnitudes read: "750,000 – 1 million" is a range)."""
    if not _SPACED_DASH.search(joined):
        return False
    words = before.split()
    if words and words[-1].lower().strip(",;:.") in LABELS:
        return True
    near, far = _amount(joined), _amount(following)
    if near is None or far is None:
        return False
    if re.fullmatch(YEAR, joined.lstrip(SIGNS + " ").split()[0].rstrip("-–—")) and far < 1000:
        return True
    return near > far


def _amount(text: str) -> float | None:
    """The value of the number ``text`` starts with, its sign aside and its magnitudes read."""
    number = number_at_start(text.lstrip().lstrip(SIGNS).lstrip(), ratios=False)
    try:
        return parse_figure(number).value if number else None
    except FigureError:
        return None


def longer_in_source(doc: Document, figure: str, at: Span, passage: Span, elided: bool = False) -> str | None:
    """The longer number a source writes where a figure placed ``at`` in it stands, where the passage
    quoted starts or ends so near the figure (or the quote leaves words out, ``elided``) that the quote
    may cut it: "five children" quoted from "one in five children", "10 million meals" from "5 to 10
    million meals". What :func:`longer_number` reads, in the figure's paragraph of the source, its
    emphasis read as spaces: a Markdown block, or in plain text, whose paragraphs are its lines, the
    lines to the blank ones around it (hard-wrapped lines), a list item's bullet a stop.
    """
    text = doc.text
    if (runs_on := _runs_on_in_source(text, figure, at)) is not None:
        return runs_on
    # Most quotes start and end where a sentence, clause or paragraph does: no number runs on across
    # those, and the source need not be read.
    cut_before = at.start - passage.start <= _CHARS_BEFORE and not _STARTS_CLEAN.search(
        text, max(0, passage.start - 4), passage.start
    )
    cut_after = passage.end - at.end <= _CHARS_AFTER and not (
        _ENDS_CLEAN.match(text, passage.end) or _ENDED.search(text, max(0, passage.end - 2), passage.end)
    )
    if not (elided or cut_before or cut_after):
        return None
    block = doc.block_at(at.start) if doc.format is Format.MARKDOWN else None
    if block is not None:
        first, last = block.span.start, block.span.end
    else:
        start = max(0, at.start - _CHARS_BEFORE - _WORDS_BEFORE * 5)
        breaks = [match.span() for match in _BLANK_LINE.finditer(text, start, at.end + _CHARS_AFTER * 2)]
        first = max([end for _, end in breaks if end <= at.start], default=start)
        last = min([begin for begin, _ in breaks if begin >= at.end], default=at.end + _CHARS_AFTER * 2)
    offset = max(first, at.start - _CHARS_BEFORE - _WORDS_BEFORE * 5)
    read = text[offset : min(last, at.end + _CHARS_AFTER * 2)]
    if _EMPHASIS.search(read):
        read = read.translate(_NO_EMPHASIS)
    if "\n" in read:  # a bullet starting a line is no dash between numbers: "30\n- 40 schools"
        read = _BULLET.sub(r"\1;", read)
    return longer_number(read, figure, at.start - offset)


def _runs_on_in_source(text: str, figure: str, at: Span) -> str | None:
    """The numeral a figure placed ``at`` in a source's ``text`` is part of, where a space that groups
    thousands or a fraction of one character joins it to more: a quote may write "12 000" with a
    plain space, which groups nothing, where the source's no-break space makes it 12,000."""
    number = number_words(figure)
    if not number or not number[0].isdigit():
        return None
    # Looked for as the figure's number is read ("４５" as "45"), each character where it stands.
    if (found := as_ascii(text[at.start : at.end]).find(number)) < 0:
        return None
    found += at.start
    end = found + len(number)
    joined = text[end : end + 1] or " ", text[found - 1 : found] if found else " "
    if not any(mark in GROUP_SPACES or mark in VULGAR for mark in joined):
        return None  # as most figures' numbers
    start = max(0, found - _CHARS_BEFORE)
    return longer_number(text[start : end + _CHARS_AFTER], figure, found - start)
