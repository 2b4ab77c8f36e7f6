"""Numbers in running text: the part of a quote that is never fuzzy.

A fuzzy score says nothing about numbers — "$4.8 billion" and "$4.2 billion"
are 99% alike — so quotes and passages are compared on their number tokens
separately: numerals (by value, so "90,000" equals "90000"), spelled numbers
("ten", "twelve"), magnitude words and percent signs.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from rootcheck.patterns import alternatives, compiled, lazy
from rootcheck.text.raised import digit_marks
from rootcheck.text.wide import as_ascii

SPELLED = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12,
}  # fmt: skip
MAGNITUDES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip

#: Magnitudes as news abbreviates them after a numeral: "$4.2bn", "£3m", "$50k". A one-letter form
#: only joined to the numeral, as "3 m" is more likely metres; the others may stand apart ("4.2 bn").
#: No "t": "40t" is more likely tonnes than trillions.
ABBREVIATIONS = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12,
}  # fmt: skip
#: The abbreviations, as joined to a numeral ("4.2bn"), and as apart from it ("4.2 bn").
ABBREVIATED_JOINED = alternatives(ABBREVIATIONS)
_APART = alternatives(a for a in ABBREVIATIONS if len(a) > 1)
_ONE_LETTER = "|".join(a for a in ABBREVIATIONS if len(a) == 1)
#: The abbreviations as a number may end with them. A one-letter one is no magnitude before a hyphen
#: ("a 5m-long wall" is five metres long) but for "-plus" ("5m-plus"); the longer ones are never
#: units, and may be joined to a word ("a 1.4bn-strong market").
ABBREVIATED = rf"(?:[ \u00a0]?(?:{_APART})(?!\w)|(?:{_ONE_LETTER})(?!\w|-(?!plus\b)))"
#: The same after a currency sign, where a hyphen may follow any: "£3m-a-year" is three million pounds
#: a year.
ABBREVIATED_SIGNED = rf"(?:(?:{ABBREVIATED_JOINED})|[ \u00a0](?:{_APART}))(?!\w)"
#: After a sum, a magnitude's letter apart from it, or "MM" as finance writes a million ("$5 M", "$5 m",
#: "$5MM"); in its case whatever flags an expression has. Not a letter that names something ("a $185
#: B-1/B-2 visa fee", "$8 M-F", "M&E", "M.B.A."), but one a sentence ends with ("totalled $5 M."), a
#: rate ("$5 M/year"), "-plus" or a range ("$3 M-$4 M").
MAGNITUDE_LETTER = r"(?-i:\s?(MM)|\s([KMBmk]))(?![\w&]|-(?!plus\b|\s*[$€£¥])|/[A-Z\d]|\.\w)"
#: The currency signs a figure may start with, each with its currency's ISO 4217 code; with "Lps.", as
#: Honduras's papers abbreviate the lempira ("Lps. 11,000"; the letter alone is in signs.py).
CURRENCIES = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "lps.": "HNL", "lps": "HNL"}
#: Currencies written after the number, by word or code: the region's own too ("500 lempiras" is a sum
#: in Honduran lempiras, not a count of lempiras; "2,400 quetzales" Guatemalan).
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "lempiras": "HNL",
    "lempira": "HNL",
    "quetzales": "GTQ",
    "quetzals": "GTQ",
    "quetzal": "GTQ",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "hnl": "HNL",
    "gtq": "GTQ",
}
#: Those of one character, as a pattern's class holds them: "$€£¥".
SIGNS = "".join(sign for sign in CURRENCIES if len(sign) == 1)
#: Where a number stands just after a currency sign, joined or a space apart ("£3m", "£ 3m").
AFTER_SIGN = rf"(?:(?<=[{SIGNS}])|(?<=[{SIGNS}][ \u00a0]))"
#: Plurals that state no exact number, each with what one of it counts: "dozens of agencies" are at
#: least two dozen, "tens of thousands" at least two tens of a thousand (see :func:`plural_value`).
PLURALS = {
    "tens": 10.0,
    "dozens": 12.0,
    "scores": 20.0,
    **{f"{word}s": value for word, value in MAGNITUDES.items()},
}
_PLURAL_MAGNITUDES = "|".join(f"{word}s" for word in MAGNITUDES)
#: "Scores" as a count, before "of" and no number: not a test's ("scores of 80"), nor a match's.
SCORES = rf"scores(?=\s+of\b(?!\s*[\d{SIGNS}]))"
#: A plural that states no exact number, with the larger ones it is of: "thousands", "dozens", "tens of
#: thousands", "hundreds of millions". "Tens" only before "of", as "paid in tens" are banknotes; and
#: as a newsroom writes them, never singular nor joined by a hyphen.
PLURAL = (
    rf"(?:tens(?=\s+of\b(?!\s*[\d{SIGNS}]))|{SCORES}|dozens|{_PLURAL_MAGNITUDES})\b"
    rf"(?:\s+of\s+(?:{_PLURAL_MAGNITUDES})\b)*"
)
#: A figure's plural, its words apart from an "of" after them ("millions of", "tens of thousands of").
PLURAL_MAGNITUDE = lazy(rf"^({PLURAL})(?:\s+of\b)?", re.I)
#: The marks that join a word to a number as a hyphen does, written against both, as a pattern's
#: class holds them: the hyphen-minus, the hyphen (U+2010), the non-breaking hyphen (U+2011) and the
#: en dash, which typesetting puts for one ("one–room", "fifty‑plus"). Not the em dash, the bar or
#: the minus sign: "two hundred fifty—a record" is punctuation, not a fifty-a.
HYPHENS = "\u2010\u2011\u2013-"
#: An ordinal's end just after its number: "21st", or a unit joined to tens in words, "twenty-first".
#: The number is the ordinal's, which counts nothing. Not one written apart: "twenty first-time
#: teachers" and "thirty second-hand buses" are counts.
ORDINAL_END = lazy(
    rf"(?:(?<=\d)(?:st|nd|rd|th)|(?<=ty)[{HYPHENS}](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b",
    re.I,
)
#: A fraction's denominators, singular and plural: "half of the funds", "two thirds of aid".
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8,
    "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20,
    "hundredth": 100, "hundredths": 100,
}  # fmt: skip
#: Fractions of one character, as a numeral may end with them: "2½ years" is 2.5 years.
VULGAR = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip

#: The numbers in words as a pattern's alternatives, the longest first ("fourteen" before "four").
SPELLED_WORDS = alternatives(SPELLED)
#: The fractions a whole number may end with: "two and a half", "three and a quarter".
MIXED_PARTS = "half|quarter|third"
#: Every number in words, "dozen" among them.
NUMBER_WORDS = frozenset([*SPELLED, *MAGNITUDES])
#: Every number in words as a pattern's alternatives, the longest first.
ANY_NUMBER_WORD = alternatives(NUMBER_WORDS)
_DENOMINATORS = alternatives(FRACTIONS)
#: What a fraction may be of and still be a number: a magnitude ("half a million"), or a dozen.
WHOLES = "|".join([*MAGNITUDES, "dozen"])
#: What may not follow "a" fraction or "half": a hyphen joining it to a word ("a third-party audit",
#: "a half-day course"), but for a whole ("half-million", "half-a-dozen").
NOT_COMPOUND = rf"(?!-(?!(?:an?-|of-)*(?:{WHOLES})\b)[A-Za-z])"
#: A fraction as a number: with its numerator ("two thirds", "two-thirds-majority"), or "a" fraction
#: or "half" not joined to a word. Not a bare ordinal: "her third trip" holds no number, as "her
#: second trip" does not.
FRACTION = (
    rf"\b(?:(?:one|two|three|four|five|six|seven|eight|nine)[\s\u00a0-]+(?:{_DENOMINATORS})\b"
    rf"|(?:an?[\s\u00a0-]+(?:{_DENOMINATORS})|half|halves)\b{NOT_COMPOUND})"
)
#: Words before a fraction that make it a part of something, not a share: "the first half of 2022".
PARTS = ("first", "second", "last", "other", "latter", "former")
#: Words a fraction makes a compound with, written apart as often as joined: "a third party",
#: "half day courses", "a third term".
_COMPOUNDS = "party|parties|day|days|time|times|hour|hours|term|terms|way|ways|century|mile|miles"
#: A fraction as a number a text states: every one, but for "a" fraction or "half" written apart in
#: a compound, which holds no number however it is written ("a third party", "a third-party"), unless
#: it ends a whole number: "two and a half days" is 2.5 days.
FRACTION_STATED = (
    rf"\b(?:one|two|three|four|five|six|seven|eight|nine)[\s\u00a0-]+(?:{_DENOMINATORS})\b"
    rf"|(?<=and[\s\u00a0-])(?:a|one)[\s\u00a0-]+(?:{MIXED_PARTS})\b"
    rf"|(?:{FRACTION})(?![\s\u00a0]+(?:{_COMPOUNDS})\b)"
)
#: A year: four digits from 1900 to 2099, with no separator. A bare year is a date, not a figure.
YEAR = r"(?:19|20)\d\d"
#: The months as a pattern's alternatives, capitalised as a date writes them.
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A month, and its day, as they stand before a year: "March 2022", "March 3, 2022".
MONTH_BEFORE_A_YEAR = rf"(?:{MONTHS})\s+(?:\d{{1,2}},?\s+)?"
#: The days of the week, capitalised as a date writes them.
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

NUMERAL = r"\d+(?:[.,]\d+)*"
#: The spaces that group thousands as SI and much of Europe write them: no-break, figure, thin and
#: narrow no-break. A plain space never does: "On March 3 150 migrants arrived" are 150.
GROUP_SPACES = "\u00a0\u2007\u2009\u202f"
#: Thousands so grouped: "12 000", "1 250 000", "1 250.5". Not after a year's four digits, nor after
#: digits a plain space before: "2 500 000" is no number of its own.
SPACE_GROUPED = (
    rf"(?<![\d,.])(?<!\d[\s{GROUP_SPACES}])\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?:\.\d+)?(?!\d|[.,]\d)"
)
#: A fraction of one character a numeral may end with ("2½"), as a pattern.
VULGAR_AFTER = "[" + "".join(VULGAR) + "]?"
#: A numeral as a figure reads one: thousands grouped by a comma or by a no-break or thin space, and a
#: fraction of one character after it ("12 000", "2½ million").
WHOLE_NUMERAL = rf"(?:{SPACE_GROUPED}|{NUMERAL}){VULGAR_AFTER}"
#: Such a space, between the digits it groups.
GROUPING = lazy(rf"(?<=\d)[{GROUP_SPACES}](?=\d{{3}}(?!\d))")
_UNGROUPED = str.maketrans("", "", "," + GROUP_SPACES)


def spaced_oddly(text: str) -> bool:
    """Whether ``text`` holds a space that may group thousands: few texts do, and a test of each
    character costs what reading them whole would (some 2 µs a figure). Whether a text is all ASCII
    Python knows without reading it."""
    return not text.isascii() and (
        "\u00a0" in text or "\u2009" in text or "\u202f" in text or "\u2007" in text
    )


#: Spaces that group thousands held as characters of Unicode's private use, which no text holds, while
#: the others are made one; and given back.
_HELD = str.maketrans(GROUP_SPACES, "\ue000\ue001\ue002\ue003")
_RELEASED = str.maketrans("\ue000\ue001\ue002\ue003", GROUP_SPACES)


def one_spaced(text: str) -> str:
    """``text`` with its runs of white space made one plain space, and stripped; but for a space that
    groups thousands ("12 000"), which is kept: it makes one number of two groups of digits."""
    if spaced_oddly(text) and (held := GROUPING.sub(_held, text)) is not text:  # as few texts
        return " ".join(held.split()).translate(_RELEASED)
    return " ".join(text.split())


def _held(space: re.Match[str]) -> str:
    return space.group().translate(_HELD)


# The expressions below are compiled when first used, not at import: together some 1.2 ms, and
# a warm build, whose quotes are proved already, uses none.
@cache
def _token(grouped: bool = False) -> re.Pattern[str]:
    """A number token; ``grouped``: with thousands grouped by a space that groups them read whole, as a
    figure's are (:data:`SPACE_GROUPED`: "12\u00a0000" is 12,000, not 12 and 0), for a text that holds
    such a space, as few do: the expression tried first at every digit costs the others time."""
    numeral = f"(?:{SPACE_GROUPED}|{NUMERAL})" if grouped else NUMERAL
    # A numeral with digit marks after it ("40²") is one token, compared as written: no other number.
    return compiled(
        rf"{AFTER_SIGN}{numeral}{ABBREVIATED_SIGNED}|{numeral}(?:[{digit_marks()}]+|{ABBREVIATED})?"
        r"|%|\bper ?cent\b"
        rf"|{FRACTION_STATED}|\b(?:{ANY_NUMBER_WORD})s?\b|\b{SCORES}",
        re.I,
    )


@cache
def _phrase() -> re.Pattern[str]:
    """A number as a reader would cite it: currency sign, qualifier-free value and magnitude, e.g.
    "$112 million" or "17 million" or "ten percent"."""
    # A fraction of one character is told with its numeral, or alone: "2½ million", "½ million".
    numeral = f"(?:(?:{SPACE_GROUPED}|{NUMERAL}){VULGAR_AFTER}|[{''.join(VULGAR)}])"
    return compiled(
        rf"(?:[{SIGNS}]\s*)?(?:{AFTER_SIGN}{numeral}{ABBREVIATED_SIGNED}|{numeral}(?:[{digit_marks()}]+|{ABBREVIATED})?"
        # A plural before a number's words: "tens" of "tens of thousands" is no ten.
        rf"|{FRACTION_STATED}|\b(?:{PLURAL})|\b(?:{ANY_NUMBER_WORD})\b)"
        rf"(?:[\s\u00a0-]+(?:{'|'.join(MAGNITUDES)})s?\b)*"
        r"(?:\s*%|[\s\u00a0]+per ?cent\b)?",
        re.I,
    )


@dataclass(frozen=True)
class NumberToken:
    """A number-bearing token: ``key`` is what is compared, ``text`` what was written."""

    key: str
    text: str
    start: int
    end: int


def spelled_value(words: str) -> float:
    """The value of a number in words: "twenty-five", "a hundred", "two dozen", "one hundred and ten"."""
    total = 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word in ("a", "an"):
            total = max(total, 1.0)
        elif word in ("hundred", "dozen"):  # "a dozen" is 12, "two dozen" 24
            total = (total or 1.0) * (100 if word == "hundred" else 12)
        else:
            total += SPELLED[word]
    return total


def plural_value(words: str) -> float:
    """The least a plural that states no exact number is read as (see :data:`PLURAL`): two of each
    thing it counts, so two of its words' product: "thousands" 2,000, "dozens" 24, "tens of
    thousands" 20,000, "hundreds of millions" 200 million."""
    value = 2.0
    for word in words.lower().split():
        value *= PLURALS.get(word, 1.0)  # "of" counts nothing
    return value


#: Commas that group thousands: one to three digits, then groups of three.
_GROUPED = lazy(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: Points that may group thousands as much of Europe writes them ("4.000", "1.250.000"): compared as
#: written, since the value read either way would make one of two numbers the other's equal.
_POINT_GROUPED = lazy(r"[1-9]\d{0,2}(?:\.\d{3})+")


#: Below this many characters, every numeral is read exactly: a float holds any 15 significant digits, most 16.
_SURELY_EXACT = 16


class TooManyDigits(ValueError):
    """A numeral with more significant digits than a float holds: rounded, "12,345,678,901,234,567"
    and "…568" would read as one number, and a slip in the last digit would pass."""


def numeral_value(text: str) -> float:
    """The value of a numeral: commas or spaces group thousands, a point marks decimals. A comma that groups
    no thousands ("1,5", a decimal comma) raises ValueError: read as a grouping it would be ten times
    the number. So does a numeral a float would round (:class:`TooManyDigits`)."""
    if "," in text and not _GROUPED.fullmatch(text):
        raise ValueError(f"{text!r}: a comma that groups no thousands")
    plain = text.translate(_UNGROUPED)
    value = float(plain)
    if len(plain) >= _SURELY_EXACT and math.isfinite(value):
        # Loaded for such a numeral alone: importing it cost every run some 2 ms.
        from decimal import Decimal

        # Where the float's shortest spelling is another number ("…568" of "…567"), it rounded the numeral.
        if (read := Decimal(repr(value)).normalize()) != Decimal(plain):
            raise TooManyDigits(
                f"it would be read rounded, as {read:,f}: a float holds some 16 significant digits"
            )
    return value


def _key(raw: str) -> str:
    word = raw.lower()
    if word[-1].isalpha() and word[0].isdigit():  # abbreviated: "4.2bn" is 4,200,000,000, as "4.2b" is
        number = word.rstrip("abcdefghijklmnopqrstuvwxyz").rstrip(" \u00a0")
        try:
            value = numeral_value(number) * ABBREVIATIONS[word[len(number) :].strip()]
        except ValueError:
            return word
        return _value_key(value, word)
    if word[0].isdigit():
        if _POINT_GROUPED.fullmatch(word):
            return word  # "4.000": four, or four thousand as a point groups them; so it is no "4"
        try:
            value = numeral_value(word)
        except ValueError:
            return word  # "1.2.3" is a reference number, not a quantity: compare it as written
        return _value_key(value, word)
    if word == "%" or word.replace(" ", "") == "percent":
        return "percent"
    words = word.replace("-", " ").split()  # "two-thirds" is "two thirds"
    if words[0] == "one" and len(words) == 2 and words[1] in FRACTIONS:
        words[0] = "a"  # "one half" is "a half"
    return " ".join(words)


def _value_key(value: float, word: str) -> str:
    """A number's value as compared: whole where it is within rounding of a whole number ("1.1m" is
    1,100,000), every significant digit kept ("12,345.67" is not "12,345.71"); as written where it
    is too large to hold."""
    if not math.isfinite(value):
        return word
    whole = round(value)
    return str(whole) if abs(value - whole) < 1e-6 else repr(value)


#: Digits after others and a space or an apostrophe, as a group of thousands stands: "000" of "12 000".
_GROUP_AFTER = lazy(rf"(?<=\d[ '’{GROUP_SPACES}])0\d+")


def number_tokens(text: str) -> list[NumberToken]:
    """Every number token in ``text``, in order: "４５％" and "45٪" read as "45%" (see :mod:`.wide`),
    and thousands grouped by a no-break or thin space as one number ("12\u00a0000"), as figures read
    them; a plain space groups nothing ("On March 3 150 migrants")."""
    text = as_ascii(text)
    return [
        NumberToken(
            _group_key(m) if text[m.start()] == "0" else _key(m.group()), m.group(), m.start(), m.end()
        )
        for m in _token(spaced_oddly(text)).finditer(text)
    ]


def _group_key(token: re.Match[str]) -> str:
    """A numeral starting with a zero compared as written where it stands as a group of thousands
    after others: read by value, the "000" of "12 000 000" was the "0000" of "12 000 0000", and a
    quote adding a digit passed."""
    group = _GROUP_AFTER.fullmatch(token.string, token.start(), token.end())
    return token.group() if group else _key(token.group())


def number_keys(text: str) -> list[str]:
    return [t.key for t in number_tokens(text)]


def number_phrases(text: str) -> list[str]:
    """The number phrases of ``text`` as written, white space tidied, but for a space that groups thousands
    ("12\u00a0000"): "４５％" as "45%" (see :mod:`.wide`)."""
    return [one_spaced(m.group()) for m in _phrase().finditer(as_ascii(text))]
