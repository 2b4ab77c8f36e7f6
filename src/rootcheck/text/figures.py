"""Figures as editors write them, parsed into quantities.

Grammar, in order: an optional qualifier ("more than", "an estimated"), an
optional currency sign, one number (digits or spelled words), optional
magnitude words ("million"), an optional percent, then the counted noun. The
unit is the words after the number up to the first preposition, so
"$112 million in assistance" has no unit but "74 U.S. convictions" counts
"U.S. convictions". "A" or "an" before a noun counts one. A plural magnitude
with no number ("millions of vaccine doses") means at least two of that
magnitude.

The same grammar reads a number where any text writes it (:func:`figure_at`):
the qualifier and currency sign before it, its magnitudes, percent or
currency word after it. A quote and its source must read alike there, and a
figure as its quote does (see :func:`rootcheck.text.anchor.figure_readings`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from rootcheck.model import Qualifier, Quantity
from rootcheck.text.fractions import (
    MIXED_AT_START,
    OF_A_NUMBER,
    OF_A_WHOLE,
    WHOLE_VALUES,
    fraction_at,
    share,
)
from rootcheck.text.nouns import UNIT_STOPS
from rootcheck.text.numbers import (
    ABBREVIATED,
    ABBREVIATIONS,
    FRACTION,
    FRACTIONS,
    MAGNITUDES,
    NUMERAL,
    SPELLED,
    numeral_value,
    spelled_value,
)

QUALIFIERS: dict[str, Qualifier] = {
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "at least": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "approximately": Qualifier.APPROXIMATELY,
    "about": Qualifier.APPROXIMATELY,
    "around": Qualifier.APPROXIMATELY,
    "roughly": Qualifier.APPROXIMATELY,
    "some": Qualifier.APPROXIMATELY,
    "an estimated": Qualifier.APPROXIMATELY,
    "estimated": Qualifier.APPROXIMATELY,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
}
CURRENCIES = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "pounds": "GBP"}

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
QUALIFIER_AT_START = re.compile(
    r"^(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+", re.I
)
#: Qualifiers as they may end a text, just before a number, the longest first. In running text a
#: bare "estimated" before a number is a verb ("the agency estimated 63%"), a qualifier only after "an".
_QUALIFIERS_BEFORE = sorted((q for q in QUALIFIERS if q != "estimated"), key=len, reverse=True)
_CURRENCY_SIGNS = sorted(CURRENCIES, key=len, reverse=True)
_QUALIFIER_ENDS = frozenset(q.rpartition(" ")[2] for q in _QUALIFIERS_BEFORE)
_SIGN_ENDS = frozenset(sign[-1] for sign in CURRENCIES)
#: What a qualifier and a currency sign can take before a number, with a space between and the
#: character that ends the word before; and what a currency word or percent can take after it.
_BOUNDS_BEFORE = max(map(len, QUALIFIERS)) + max(map(len, CURRENCIES)) + 2
_BOUNDS_AFTER = max(len(" per cent"), *(1 + len(word) for word in CURRENCY_WORDS)) + 1
#: How far after a number what bounds it is read: its magnitudes, percent or currency word.
_READING_AFTER = 64
_CURRENCY_WORD = re.compile(r"\s+(?:" + "|".join(CURRENCY_WORDS) + r")\b", re.I)
#: Emphasis in a Markdown source, which may wrap a qualifier ("**more than** 90,000").
_NO_EMPHASIS = str.maketrans("", "", "*_`")
#: How far before a number its qualifier is looked for: the longest, with room for markup and line breaks.
_READING_BEFORE = 48
_CURRENCY = re.compile(r"^(us\$|[$€£¥])\s*", re.I)
_NUMERAL = re.compile(rf"^({NUMERAL})(?![\d])")
_ABBREVIATION = re.compile(rf"^{ABBREVIATED}", re.I)
SPELLED_WORDS = "|".join(sorted(SPELLED, key=len, reverse=True))
#: A number in words: "twenty-five", "one hundred", "a dozen", "two dozen"; "a" only before "hundred"
#: or "dozen", as "a two-year program" counts one program.
_SPELLED = re.compile(
    rf"^((?:a[\s-]+(?=(?:hundred|dozen)\b))?(?:(?:{SPELLED_WORDS}|hundred)(?:[\s-]+|$))*(?:{SPELLED_WORDS}|hundred)\b)",
    re.I,
)
#: Words in a number that a fraction after it is of: "a dozen and a half".
_MULTIPLIERS = {"dozen": 12.0, "hundred": 100.0}
_MAGNITUDE = re.compile(r"^[\s-]*(" + "|".join(MAGNITUDES) + r")(s?)\b", re.I)
_PLURAL_MAGNITUDE = re.compile(r"^(" + "|".join(MAGNITUDES) + r")s\b(?:\s+of\b)?", re.I)
_ARTICLE = re.compile(r"^an?(?=\s+\w)", re.I)
#: An article that stands for "one" before a magnitude: "a million people" is a number, as parse_figure reads it.
_ARTICLE_MAGNITUDE = re.compile(r"^an?(?=[\s-]+(?:" + "|".join(MAGNITUDES) + r")\b)", re.I)
_PERCENT = re.compile(r"^\s*(%|per\s?cent\b)", re.I)
#: A second number in a figure's words: a numeral, a number or magnitude in words, or a half ("two
#: and a half million people", "5 jobs and half the funds").
_ANOTHER_NUMBER = re.compile(
    # A magnitude not of a rate ("12 deaths per million"); in any case, as title case is common in
    # headlines: "3 Half Moon Bay schools" is refused rather than "5 Jobs and Half the Funds" misread.
    rf"\d|{FRACTION}|\b(?:{SPELLED_WORDS})\b|(?<!per )\b(?:{'|'.join(MAGNITUDES)})s?\b",
    re.I,
)


class FigureError(ValueError):
    """A figure that cannot be read as one quantity."""


def clean(text: str) -> str:
    """White space and dashes as a parser wants them."""
    return _SPACES.sub(" ", _DASHES.sub("-", text)).strip()


def number_words(figure: str) -> str | None:
    """The number a figure states, as written: "179 million" of "more than $179 million in financing";
    None for a figure that counts one thing by its article ("an Anticorruption Task Force")."""
    rest = clean(figure)
    for part in (QUALIFIER_AT_START, _CURRENCY):
        if m := part.match(rest):
            rest = rest[m.end() :]
    return _number_starting(rest)


def number_at_start(text: str) -> str | None:
    """The number ``text`` starts with, as written, with its magnitudes; no qualifier nor currency
    is read first: None for "nearly 420 million"."""
    return _number_starting(clean(text))


def counts_by_article(figure: str) -> bool:
    """Whether a figure counts one thing by its article ("an Anticorruption Task Force"), as
    :func:`parse_figure` reads it, rather than by a number: "an estimated $189 million" has a qualifier."""
    rest = figure.lstrip()
    if qualifier := QUALIFIER_AT_START.match(rest):
        rest = rest[qualifier.end() :]
    # "a dozen towns" and "a third of aid" start with an article too, but state a number.
    return bool(_ARTICLE.match(rest)) and _number_starting(clean(rest)) is None


def plural_magnitude(figure: str) -> str | None:
    """The magnitude of a figure that states one alone, in the plural ("millions" of "millions of
    vaccine doses"), as written; None for a figure that states a number."""
    number = number_words(figure)
    match = _PLURAL_MAGNITUDE.match(number) if number is not None else None
    return match.group(1) + "s" if match is not None else None


def _number_starting(text: str) -> str | None:
    """The number ``text`` (white space cleaned) starts with, and its magnitudes; None if it starts with none."""
    if text[:1].isalpha() and (fraction := fraction_at(text)):
        magnitude = OF_A_WHOLE.match(text[fraction.end() :])
        return text[: fraction.end() + (magnitude.end() if magnitude else 0)]
    m = (
        _NUMERAL.match(text)
        or _SPELLED.match(text)
        or _PLURAL_MAGNITUDE.match(text)
        or _ARTICLE_MAGNITUDE.match(text)
    )
    if m is None:
        return None
    end = m.end()
    if m.re is _NUMERAL and (abbreviated := _ABBREVIATION.match(text[end:])):
        return text[: end + abbreviated.end()]
    mixed = MIXED_AT_START.match(text[end:]) if m.re in (_NUMERAL, _SPELLED) else None
    if mixed:
        end += mixed.end()
    while magnitude := _MAGNITUDE.match(text[end:]):
        end += magnitude.end()
    if not mixed and (mixed := MIXED_AT_START.match(text[end:])):  # "a million and a half"
        end += mixed.end()
    return text[:end]


def fraction(figure: str) -> str | None:
    """The fraction a figure states as a share, as written ("two thirds" of "nearly two thirds of
    aid"), read as a percentage (66.7%), so a page shows both; None for a figure that states no
    fraction, or a fraction of a magnitude ("half a million", a number)."""
    number = number_words(figure)
    if number is None or not number[:1].isalpha() or (found := fraction_at(number)) is None:
        return None
    return number if found.end() == len(number) else None


@dataclass(frozen=True)
class Written:
    """A number as a text writes it, with what bounds it: its qualifier, currency and percent."""

    #: The whole, as the text has it, white space and emphasis aside: "more than $179 million".
    text: str
    #: The number and its magnitudes: "179 million".
    number: str
    qualifier: Qualifier
    currency: str | None
    percent: bool
    #: How much of the text was there to read, before the number and after it: where both are
    #: ``_BOUNDS_BEFORE`` and ``_BOUNDS_AFTER`` or more, a longer text that holds this one reads the same.
    before: int = field(default=0, compare=False)
    after: int = field(default=0, compare=False)
    #: What the text goes on with, as far as it was read (plain): the words saying what is counted.
    rest: str = field(default="", compare=False, repr=False)
    #: Whether ``rest`` stops where the reading did, not where the text does: its last words may go on.
    cut: bool = field(default=True, compare=False, repr=False)

    @property
    def whole(self) -> bool:
        """Whether a longer text holding this one would read the same here."""
        return self.before >= _BOUNDS_BEFORE and self.after >= _BOUNDS_AFTER

    def bounded_as(self, other: Written) -> bool:
        """Whether it bounds its number as ``other`` does: the same qualifier, currency and percent."""
        return (self.qualifier, self.currency, self.percent) == (
            other.qualifier,
            other.currency,
            other.percent,
        )

    def reads_as(self, other: Written) -> bool:
        """Whether it states the same number, bounded alike."""
        return self.counts_as(other) and self.bounded_as(other)

    def counts_as(self, other: Written) -> bool:
        """Whether its number is ``other``'s: "17" is not "17 million", "17,000" is "seventeen thousand"."""
        if self.number.lower() == other.number.lower():
            return True
        try:
            return parse_figure(self.number).value == parse_figure(other.number).value
        except FigureError:  # a number no figure could state ("1.2.3") counts as no other
            return False


def plain(text: str) -> str:
    """``text`` without emphasis, its white space one space: for reading around a number, many times
    a run, so string methods rather than :func:`clean`'s expressions (Python's ``split`` knows NBSP)."""
    return " ".join(text.translate(_NO_EMPHASIS).split())


def _ending(text: str, endings: list[str], last: frozenset[str]) -> str | None:
    """The first of ``endings`` that ends ``text`` as words of its own, as ``text`` writes it.
    ``last`` holds the last character or word of each: most texts end in none, and are done with at once."""
    lowered = text.lower()
    if lowered[-1:] not in last and lowered.rpartition(" ")[2] not in last:
        return None
    for ending in endings:
        if lowered.endswith(ending):
            start = len(text) - len(ending)
            if not start or not ending[0].isalnum() or not text[start - 1].isalnum():
                return text[start:]
    return None


def figure_at(text: str, at: int, start: int = 0) -> Written | None:
    """The number ``text`` writes at ``at`` with what bounds it: the qualifier and currency sign before it
    read back ("more than $" before "179 million in financing"), its magnitudes, percent and any currency
    word after it ("179 million dollars"); read as a figure is, but without the counted noun. Nothing
    before ``start`` is read: where the paragraph starts, as one that opens with a number has none."""
    window = max(start, at - _READING_BEFORE)
    before = plain(text[max(window, text.rfind("\n\n", window, at)) : at])
    seen = len(before)
    sign = _ending(before, _CURRENCY_SIGNS, _SIGN_ENDS) or ""
    before = before[: len(before) - len(sign)].rstrip()
    qualifier = _ending(before, _QUALIFIERS_BEFORE, _QUALIFIER_ENDS)
    after = plain(text[at : at + _READING_AFTER])
    number = _number_starting(after)
    if number is None:
        return None
    rest = after[len(number) :]
    percent = _PERCENT.match(rest)
    word = None if percent else _CURRENCY_WORD.match(rest)
    suffix = percent.group() if percent else word.group() if word else ""
    # As parse_figure reads them: a plural magnitude ("millions of") with no qualifier is at least two.
    if qualifier is not None:
        bound = QUALIFIERS[qualifier.lower()]
    else:
        bound = Qualifier.AT_LEAST if _PLURAL_MAGNITUDE.match(number) else Qualifier.EXACT
    currency = CURRENCIES[sign.lower()] if sign else CURRENCY_WORDS[suffix.strip().lower()] if word else None
    written = (f"{qualifier} " if qualifier else "") + sign + number + suffix
    rest = rest[len(suffix) :]
    cut = at + _READING_AFTER < len(text)
    return Written(written, number, bound, currency, percent is not None, seen, len(rest), rest, cut)


def figure_read(figure: str) -> Written | None:
    """A figure read as :func:`figure_at` reads a text at its number; None if it counts by its article."""
    text = clean(figure)
    number = number_words(text)
    return figure_at(text, text.find(number)) if number is not None else None


def parse_figure(text: str) -> Quantity:
    """Parse a figure such as "more than $4.2 billion" into a :class:`Quantity`."""
    rest = clean(text).rstrip(".,;:")
    if not rest:
        raise FigureError("the figure is empty")

    qualifier = Qualifier.EXACT
    if m := QUALIFIER_AT_START.match(rest):
        qualifier = QUALIFIERS[m.group(1).lower()]
        rest = rest[m.end() :]

    currency = None
    if m := _CURRENCY.match(rest):
        currency = CURRENCIES[m.group(1).lower()]
        rest = rest[m.end() :]

    percent = False
    if rest[:1].isalpha() and (m := fraction_at(rest)):
        numerator, denominator = share(m)
        rest = rest[m.end() :]
        if magnitude := OF_A_WHOLE.match(rest):
            value = numerator * WHOLE_VALUES[magnitude.group(1).lower()] / denominator  # "half a million"
            rest = rest[magnitude.end() :]
        elif OF_A_NUMBER.match(rest):
            raise FigureError(
                f"{m.group()!r} of another number is not worked out: write the number it comes to "
                "('200 staff', '0.5%')"
            )
        else:
            value, percent = 100 * numerator / denominator, True  # a share, as "66.7%" is
    elif m := _PLURAL_MAGNITUDE.match(rest):
        value = 2 * MAGNITUDES[m.group(1).lower()]
        if qualifier is Qualifier.EXACT:
            qualifier = Qualifier.AT_LEAST
        rest = rest[m.end() :]
    else:
        if m := _NUMERAL.match(rest):
            try:
                value = numeral_value(m.group(1))
            except ValueError:
                raise FigureError(f"{m.group(1)!r} is not a number rootcheck can read") from None
        elif m := _SPELLED.match(rest):
            value = spelled_value(m.group(1))
        elif m := _ARTICLE.match(rest):
            value = 1.0  # "an Anticorruption Task Force" counts one task force
        else:
            raise FigureError(f"no number at the start of {rest!r} (after any qualifier or currency)")
        rest = rest[m.end() :]
        # What "and a half" is a half of: one ("two and a half million"), or the last multiplier
        # ("a dozen and a half" is 18, "a million and a half" 1.5 million).
        last = _MULTIPLIERS.get(re.split(r"[\s-]", m.group().lower())[-1], 1.0)
        mixed = None
        if m.re is _NUMERAL and (abbreviated := _ABBREVIATION.match(rest)):
            value *= ABBREVIATIONS[abbreviated.group().strip().lower()]
            rest = rest[abbreviated.end() :]
        elif m.re is not _ARTICLE and last == 1.0 and (mixed := MIXED_AT_START.match(rest)):
            value += 1 / FRACTIONS[mixed.group(1).lower()]
            rest = rest[mixed.end() :]
        while magnitude := _MAGNITUDE.match(rest):
            last = MAGNITUDES[magnitude.group(1).lower()]
            value *= last
            rest = rest[magnitude.end() :]
        if mixed is None and (mixed := MIXED_AT_START.match(rest)):
            value += last / FRACTIONS[mixed.group(1).lower()]
            rest = rest[mixed.end() :]

    if not percent and (m := _PERCENT.match(rest)):
        percent = True
        rest = rest[m.end() :]

    if _ANOTHER_NUMBER.search(rest):
        raise FigureError(f"more than one number in the figure ({rest.strip()!r} follows the first)")
    unit = _unit(rest.lstrip(" -"))
    if unit and unit.lower() in CURRENCY_WORDS and currency is None:
        currency, unit = CURRENCY_WORDS[unit.lower()], None
    if not math.isfinite(value):
        raise FigureError("the number is too large to read")
    return Quantity(value=value, qualifier=qualifier, currency=currency, percent=percent, unit=unit)


def _unit(rest: str) -> str | None:
    # "ten percent of aid", "millions of doses": "of" joins number and noun.
    rest = re.sub(r"^of\s+", "", rest, flags=re.I)
    words = []
    for word in rest.split(" "):
        if word.lower() in UNIT_STOPS:
            break
        words.append(word)
    unit = " ".join(words).strip(" ,;:.")
    return unit or None
