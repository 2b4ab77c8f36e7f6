"""Numbers in words as a figure writes them, group after group: "two thousand three hundred",
"one thousand and fifty", "two million five hundred thousand".

A number in words past a thousand is written as groups, each smaller than the magnitude before it.
Read only up to its first magnitude, "two thousand three hundred people" would be refused as two
numbers, and worse, "two thousand" quoted from it would pass as the source's number.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.numbers import (
    ANY_NUMBER_WORD,
    FRACTIONS,
    HYPHENS,
    MAGNITUDES,
    SPELLED_WORDS,
    spelled_value,
)

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
#: What a hyphen may join to a number without making it another word's: "-plus", which bounds it
#: ("three hundred fifty-plus" is at least 350), "-odd", "-some", "-ish", which go with it, and a
#: fraction, which makes it no number to cut a figure from ("twenty one-hundredths of a second" are
#: no twenty). Any other word is the number's owner, a range's "-to-" too ("twenty one-to-one
#: sessions" are twenty).
_BOUNDING = r"(?:plus|odd|some|something|ish)\b"
_STILL_THE_NUMBERS = rf"(?:{_BOUNDING}|(?:{'|'.join(FRACTIONS)}|hundredths?|thousandths?)\b)"
#: A word joined to a number word by a hyphen, which makes the number the word's: "one-room", "nine-year".
#: Not another number word: "one hundred five–one hundred ten" is a range, "twenty one-hundred" more of it.
_JOINED_TO_A_WORD = (
    rf"(?![{HYPHENS}](?!{_STILL_THE_NUMBERS}|(?:{SPELLED_WORDS}|{'|'.join(MAGNITUDES)})\b)[^\W\d_])"
)
#: A number under a hundred, as it is written: "twenty-five", "twenty five", "twelve", "seven". Not
#: any run of number words: "one two" is no three, nor "five six" eleven. A unit apart from its tens
#: and joined to a word is the word's: "twenty one-off payments" are twenty.
_TENS_AND_UNIT = (
    rf"(?:{_TENS})(?:(?:\s*-[\s-]*|[{HYPHENS}])(?:{_UNITS})|\s+(?:{_UNITS})\b{_JOINED_TO_A_WORD})\b"
)
_ONE_WORD = rf"(?:{_TENS}|{_TEENS}|{_UNITS}|zero)\b"
_SMALL = rf"(?:{_TENS_AND_UNIT}|{_ONE_WORD})"
#: What goes on a hundred: a tens and unit whatever follows ("three hundred sixty-five-day loans" as
#: "365-day loans"), but not one word joined to a word after it ("three hundred one-room schools" are
#: three hundred, "a hundred ten-year bonds" a hundred).
_AFTER_HUNDRED = rf"(?:{_TENS_AND_UNIT}|{_ONE_WORD}{_JOINED_TO_A_WORD})"
#: A year in words, read whole: "nineteen ninety-eight", "twenty twenty-two"; not one joined to a
#: word after it ("fifteen twenty-year loans" are fifteen loans).
_YEAR = rf"(?:{_TEENS.removeprefix('ten|')}|twenty)[\s-]+(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?\b(?!-[^\W\d_])"
_WHOLE_YEAR = lazy(_YEAR, re.I)
_YEAR_PARTS = lazy(rf"({_TEENS.removeprefix('ten|')}|twenty)[\s-]+(.+)", re.I)
#: Measures a number may stand before as a word's ("a ten dollar voucher", "ten year bonds"): a group
#: under a hundred before one is the measure's, not the number's (see :data:`_MEASURE_AFTER`).
_MEASURES = (
    "year|month|week|day|hour|minute|star|point|person|member|page|mile|kilometre|kilometer|metre|meter"
    "|foot|inch|acre|hectare|ton|tonne|pound|kilo|kilogram|gram|ounce|litre|liter|gallon|dollar|euro"
    "|cent|storey|story|floor|room|bedroom|bed|seat|lane|door|wheel|step|fold|time|way"
)
#: A number in words under a thousand: "twenty-five", "one hundred", "twelve hundred", "a dozen",
#: "two dozen"; "a" only before "hundred" or "dozen", as "a two-year program" counts one program.
#: "And" after its "hundred" ("one hundred and twenty") is read as part of it.
SPELLED = lazy(
    rf"^({_YEAR}|(?:(?:{_SMALL}|a)[\s-]+)?hundred\b(?:(?:\s+and)?[\s-]+{_AFTER_HUNDRED})?"
    rf"|(?:(?:{_SMALL}|a)[\s-]+)?dozen\b|{_SMALL})",
    re.I,
)


def words_value(words: str) -> float:
    """The value of a number in words as :data:`SPELLED` reads it: "nineteen ninety-eight" is 1998."""
    if _WHOLE_YEAR.fullmatch(words) and (year := _YEAR_PARTS.fullmatch(words)) is not None:
        return 100 * spelled_value(year.group(1)) + spelled_value(year.group(2))
    return spelled_value(words)


#: A magnitude after a number ("million", "thousands"), its plural "s" apart.
MAGNITUDE = lazy(r"^[\s-]*(" + "|".join(MAGNITUDES) + r")(s?)\b", re.I)
#: What joins a group to the larger one before it: a space or hyphen, or "and" ("one thousand and fifty").
_NEXT_GROUP = lazy(rf"^(\s+and)?[\s-]+(?=(?:{SPELLED_WORDS})\b)", re.I)
#: What ends a group as a word's, not the number's: a hyphen joining it to a word ("ten-year"), a
#: fraction after it ("one thousand and one half", read as a mixed number is).
_NOT_ITS_END = lazy(
    rf"^(?:[{HYPHENS}](?!{_BOUNDING})[^\W\d_]|[\s-]+(?:half|halves|third|thirds|quarter|quarters)\b)",
    re.I,
)
#: "One of", after which "one" counts one of something: "forty thousand and one of its plants".
_OF = lazy(r"^\s+of\b", re.I)
#: A measure after a number, in the singular, which makes the number its own, not a count: "ten year
#: bonds", "five thousand three year olds", "a thousand five star reviews". Written apart as often as
#: joined ("ten-year bonds"), which :data:`_NOT_ITS_END` reads.
_MEASURE_AFTER = lazy(
    rf"^\s+(?:(?:{_MEASURES})\b(?!-)"
    # A time after it counts the time, not more of the number: "reached four thousand two years later".
    r"|(?:years|months|weeks|days|hours)\s+(?:later|ago|earlier|after|before)\b)",
    re.I,
)


def smaller_groups(text: str, scale: float) -> tuple[float, int]:
    """The value and length of the groups in words at the start of ``text`` that go on a number whose
    last magnitude is ``scale``: "three hundred" after "two thousand", "and fifty" after "one thousand",
    "five hundred thousand" after "two million"; (0, 0) where none does.

    Only magnitudes of a thousand and more have groups after them (a hundred's "and" is read by
    :data:`SPELLED`). A group as large as the magnitude before it starts another number: "one
    thousand and five thousand" is a range's two ends, not six thousand; and one before a measure in
    the singular is the measure's ("ten thousand ten year bonds", not 10,010 of them).
    """
    value, end = 0.0, 0
    while scale >= 1e3 and (join := _NEXT_GROUP.match(text[end:])):
        at = end + join.end()
        group = SPELLED.match(text[at:])
        if group is None:
            break
        words = group.group(1)
        group_value, stop, group_scale = words_value(words), at + group.end(), 1.0
        while (magnitude := MAGNITUDE.match(text[stop:])) and not magnitude.group(2):
            group_scale *= MAGNITUDES[magnitude.group(1).lower()]
            stop += magnitude.end()
        amount = group_value * group_scale
        # As large as the magnitude before, it starts another number; before a measure in the
        # singular, it is the measure's ("ten thousand ten year bonds" are ten thousand bonds). A
        # dozen is no group, nor a zero.
        if (
            not 0 < amount < scale
            or "dozen" in words.lower()
            or _NOT_ITS_END.match(text[stop:])
            or (amount < 100 and _MEASURE_AFTER.match(text[stop:]))
            or (words.lower() == "one" and _OF.match(text[stop:]))  # "forty thousand and one of its plants"
        ):
            break
        value += group_value * group_scale
        end, scale = stop, group_scale
    return value, end


#: Number words just before a figure's number in words, or just after it (but one joined to a word:
#: "ten-year"), with nothing between but a space or a hyphen.
_WORDS_BEFORE_IT = lazy(rf"(?<![\w-])(?:(?:{ANY_NUMBER_WORD})[\s-]+)+$", re.I)
_WORDS_AFTER_IT = lazy(rf"^(?:[\s-]+(?:{ANY_NUMBER_WORD})\b(?![{HYPHENS}][^\W\d_]))+", re.I)


def words_in_a_row(quote: str, number: str, at: int, end: int) -> str | None:
    """Number words in a row with the figure's number in words, which no grammar of numbers reads as one
    ("twenty nineteen", a year; "nine ninety-nine", a price): the figure is cut from them all the same."""
    if not number[:1].isalpha():
        return None
    before = _WORDS_BEFORE_IT.search(quote, 0, at)
    after = _WORDS_AFTER_IT.match(quote[end:])
    if after is not None and _MEASURE_AFTER.match(quote[end + after.end() :]):
        after = None  # "ten thousand ten year bonds" are ten thousand bonds, each of ten years
    if before is None and after is None:
        return None
    start = before.start() if before is not None else at
    stop = end + (after.end() if after is not None else 0)
    return " ".join(quote[start:stop].split())
