"""Figures as editors write them, parsed into quantities.

Grammar, in order: an optional qualifier ("more than", "an estimated"), an
optional currency sign, one number (digits or spelled words), optional
magnitude words ("million"), an optional percent, then the counted noun. The
unit is the words after the number up to the first preposition, so
"$112 million in assistance" has no unit but "74 U.S. convictions" counts
"U.S. convictions". "A" or "an" before a noun counts one. A plural magnitude
with no number ("millions of vaccine doses") means at least two of that
magnitude.

The same grammar reads a number where any text writes it (:func:`rootcheck.text.reading.figure_at`):
the qualifier and currency sign before it, its magnitudes, percent or
currency word after it. A quote and its source must read alike there, and a
figure as its quote does (see :func:`rootcheck.text.edges.figure_readings`).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from rootcheck.model import Qualifier, Quantity
from rootcheck.patterns import alternatives, lazy, made_by
from rootcheck.text.fractions import (
    MIXED_AT_START,
    OF_A_NUMBER,
    OF_A_WHOLE,
    WHOLE_VALUES,
    fraction_after,
    fraction_at,
    in_digits,
    share,
)
from rootcheck.text.inwords import MAGNITUDE, SPELLED, smaller_groups, words_value
from rootcheck.text.nouns import UNIT_STOPS, helping_verb, quoted_name
from rootcheck.text.numbers import (
    ABBREVIATED,
    ABBREVIATED_SIGNED,
    ABBREVIATIONS,
    CURRENCY_WORDS,
    FRACTIONS,
    GROUP_SPACES,
    MAGNITUDE_LETTER,
    MAGNITUDES,
    NUMERAL,
    ORDINAL_END,
    PLURAL_MAGNITUDE,
    SIGNS,
    SPACE_GROUPED,
    TooManyDigits,
    numeral_value,
    plural_value,
    spaced_oddly,
)
from rootcheck.text.qualifiers import QUALIFIER_AT_START, QUALIFIERS, bound_after, bound_ending, plused
from rootcheck.text.raised import marked_number
from rootcheck.text.ratios import RATIO_JOINS, ratio_at, ratio_share
from rootcheck.text.second import second_number
from rootcheck.text.signs import PESOS_AFTER, SIGN_AT_START, currency_of, unread_currency
from rootcheck.text.uncounted import article_uncounted, numeral_uncounted, words_uncounted
from rootcheck.text.wide import as_ascii

_SPACES = lazy(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
#: The same, but for a space that groups thousands ("12 000"): kept, as it makes one number.
_SPACES_BUT_GROUPS = lazy(
    rf"(?:(?!(?<=\d)[{GROUP_SPACES}]\d{{3}}(?!\d))[\s\u00a0\u2000-\u200a\u202f\u205f\u3000])+"
)
_DASHES = lazy(r"[\u2010-\u2013\u2212]")
#: An em dash or a bar is punctuation, not a hyphen: "two hundred fifty—a record" is 250.
_BREAKS = lazy(r"\s*[\u2014\u2015]\s*")
#: A minus sign before a number or its currency ("−5 percent", "-$3 million"), dashes made "-" by clean.
_MINUS = lazy(rf"^-(?=\d|\.\d|us\$|[{SIGNS}])", re.I)
_NUMERAL = lazy(rf"^({SPACE_GROUPED}|{NUMERAL})(?![\d])")
_ABBREVIATION = lazy(rf"^{ABBREVIATED}", re.I)
#: After a currency sign, which makes "£3m-a-year" three million pounds where "5m-long" is metres.
_ABBREVIATION_SIGNED = lazy(rf"^{ABBREVIATED_SIGNED}", re.I)
#: Words in a number that a fraction after it is of: "a dozen and a half".
_MULTIPLIERS = {"dozen": 12.0, "hundred": 100.0}
#: "A" or "an" before the one thing it counts, or its name in quotation marks: a “call to action”.
BY_ARTICLE = r"\ban?(?=\s+[\"“‘']?\w)"
_ARTICLE = lazy("^" + BY_ARTICLE, re.I)
_MAGNITUDE_LETTER = lazy(rf"^{MAGNITUDE_LETTER}")
#: An article before a figure's number ("a $3 million project", "a proposed $4 billion package"):
#: the figure begun too soon. Not one before a number joined to its word ("a 5-year plan").
_ARTICLE_BEFORE_NUMBER = lazy(rf"^an?\s+(?:[^\s\d{SIGNS}]+\s+)*?[{SIGNS}]?\d[\d,.]*(?![\d-])", re.I)
#: An article that stands for "one" before a magnitude: "a million people" is a number, as parse_figure reads it.
_ARTICLE_MAGNITUDE = lazy(r"^an?(?=[\s-]+(?:" + "|".join(MAGNITUDES) + r")\b)", re.I)
#: A percent sign, or its word: "4.5 per cent", "4.5pc" and "4.5 pct" as British and financial papers write it,
#: and joined to its number as a modifier is ("a 40-percent rise", "a 12-per-cent cut").
PERCENT = lazy(r"^(?:\s*|-)(%|per[\s-]?cent\b|pct\b)|^pc\b", re.I)
#: A currency's word after a number, which a bound may follow: "500 dollars or more".
_CURRENCY_WORD_AFTER = lazy(r"^\s+(?:" + alternatives(map(re.escape, CURRENCY_WORDS)) + ")", re.I)


class FigureError(ValueError):
    """A figure that cannot be read as one quantity."""


def clean(text: str) -> str:
    """White space, dashes and full-width forms as a parser wants them: "４５％" is "45%" (see as_ascii)."""
    if "\u2014" in text or "\u2015" in text:  # rare, and the expression is tried at every character
        text = _BREAKS.sub(", ", text)
    spaces = _SPACES_BUT_GROUPS if spaced_oddly(text) else _SPACES
    return spaces.sub(" ", _DASHES.sub("-", as_ascii(text))).strip()


# A claim's figure is read for its number by several checks in turn, by its page, its lists and
# each export, in the same process as a rule: 3.8 µs each time, against 0.08 µs remembered.
@lru_cache(maxsize=8192)
def number_words(figure: str) -> str | None:
    """The number a figure states, as written: "179 million" of "more than $179 million in financing";
    None for a figure that counts one thing by its article ("an Anticorruption Task Force")."""
    rest = clean(figure)
    if m := QUALIFIER_AT_START.match(rest):
        rest = rest[m.end() :]
    if sign := SIGN_AT_START.match(rest):
        rest = rest[sign.end() :]
    return number_starting(rest, signed=sign is not None)


def number_at_start(text: str, ratios: bool = True) -> str | None:
    """The number ``text`` starts with, as written, with its magnitudes; no qualifier nor currency
    is read first: None for "nearly 420 million". Without ``ratios``, a ratio's first number alone:
    for words taken out of the text around them, which tell whether it is one."""
    return number_starting(clean(text), ratios=ratios)


def counts_by_article(figure: str) -> bool:
    """Whether a figure counts one thing by its article ("an Anticorruption Task Force"), as
    :func:`parse_figure` reads it, rather than by a number: "an estimated $189 million" has a qualifier."""
    rest = figure.lstrip()
    if qualifier := QUALIFIER_AT_START.match(rest):
        rest = rest[qualifier.end() :]
    # "a dozen towns" and "a third of aid" start with an article too, but state a number.
    return bool(_ARTICLE.match(rest)) and number_starting(clean(rest)) is None


def plural_magnitude(figure: str) -> str | None:
    """The plural magnitude a figure states alone ("millions" of "millions of doses", "tens of thousands"
    of "tens of thousands of migrants"), as written; None for a figure that states a number."""
    match = PLURAL_MAGNITUDE.match(number_words(figure) or "")
    return match.group(1) if match is not None else None


def number_starting(text: str, signed: bool = False, ratios: bool = True) -> str | None:
    """The number ``text`` (white space cleaned) starts with, and its magnitudes; None if it starts with
    none. ``signed``: whether a currency sign comes before it; ``ratios``: whether a ratio is read."""
    if ratios and not signed and (ratio := ratio_at(text)):  # "$5 in 10 states" is a sum
        return ratio.group()
    if fraction := fraction_at(text):
        magnitude = OF_A_WHOLE.match(text[fraction.end() :])
        return text[: fraction.end() + (magnitude.end() if magnitude else 0)]
    m = (
        _NUMERAL.match(text)
        or SPELLED.match(text)
        or PLURAL_MAGNITUDE.match(text)
        or _ARTICLE_MAGNITUDE.match(text)
    )
    if m is None or made_by(m, PLURAL_MAGNITUDE):  # a plural is read whole, with those it is of
        return m.group() if m else None
    end = m.end()
    numeral = made_by(m, _NUMERAL)
    vulgar = fraction_after(text, end, m.group(1))[1] if numeral else 0  # "2½", "2 1/2", "$2½m"
    end += vulgar
    if numeral and signed and (apart := _MAGNITUDE_LETTER.match(text[end:])):  # "$5MM", "$5 M"
        return text[: end + apart.end()]
    if numeral and (abbreviated := (_ABBREVIATION_SIGNED if signed else _ABBREVIATION).match(text[end:])):
        return text[: end + abbreviated.end()]
    mixed = MIXED_AT_START.match(text[end:]) if (numeral or made_by(m, SPELLED)) and not vulgar else None
    if mixed:
        end += mixed.end()
    scale = 1.0
    while magnitude := MAGNITUDE.match(text[end:]):
        scale = MAGNITUDES[magnitude.group(1).lower()]
        end += magnitude.end()
    if not numeral and not mixed:  # "two thousand three hundred", "one thousand and fifty"
        end += smaller_groups(text[end:], scale)[1]
    if not mixed and (mixed := MIXED_AT_START.match(text[end:])):  # "a million and a half"
        end += mixed.end()
    return text[:end]


#: A numeral whose one point stands before three digits: a decimal point, or a point grouping thousands
#: as much of Europe and Latin America writes them ("1.200 people", for 1,200).
_POINT_BEFORE_THREE = lazy(r"\d{1,3}\.\d{3}")


def point_may_group(figure: str) -> str | None:
    """The number of a figure that reads its point as a decimal point where it may group thousands:
    "1.200" of "1.200 people", read as 1.2. None for one with a magnitude ("1.250 billion"), which
    only a decimal point makes sense of."""
    if "." not in figure:
        return None  # as most figures: no need to read their number
    number = number_words(figure)
    return number if number is not None and _POINT_BEFORE_THREE.fullmatch(number) else None


def fraction(figure: str) -> str | None:
    """The fraction or ratio a figure states as a share, as written ("two thirds" of "nearly two thirds
    of aid", "1/3" of "1/3 of homes", "one in five"), read as a percentage (66.7%, 20%), so a page shows
    both; None for a figure that states neither, or a fraction of a magnitude ("half a million")."""
    number = number_words(figure)
    if number is None:
        return None
    if found := fraction_at(number):
        return number if found.end() == len(number) else None
    if not RATIO_JOINS.search(number) and not in_digits(number):
        return None  # no ratio nor fraction, as most numbers: every page showing a figure asks
    text = clean(figure)
    at = text.find(number)  # read with what comes after it ("1 in 2000 births", "1/3 of households")
    found = ratio_at(text, at) or fraction_at(text[at:])
    return number if found is not None and found.end() - found.start() == len(number) else None


def parse_figure(text: str) -> Quantity:
    """Parse a figure such as "more than $4.2 billion" into a :class:`Quantity`: what bounds its number
    before it (a qualifier, a currency sign), the number (a share, a plural magnitude, or a number in
    digits or words with its fraction and magnitudes), what bounds it after ("+", "or more", a percent,
    a currency's word), and what it counts."""
    written = clean(text).rstrip(".,;:")
    if not written:
        raise FigureError("the figure is empty")
    if (marked := marked_number(written)) and marked[0].isdigit():  # no digit of the number, whatever it is
        raise FigureError(
            f"“{marked}” is raised to a power or marked for a footnote: no figure can say which"
        )
    if marked:  # after a word, a footnote's mark, as matching reads it
        raise FigureError(
            f"“{marked}” carries a footnote's mark, which a figure leaves out: end it at “{marked.rstrip(marked[-1])}”"
        )
    qualifier, rest = Qualifier.EXACT, written
    if m := QUALIFIER_AT_START.match(rest):
        qualifier, rest = QUALIFIERS[m.group(1).lower()], rest[m.end() :]
    if negative := _MINUS.match(rest) is not None:  # a fall or a loss: "−5 percent"
        rest = rest[1:]
    currency, sign = None, ""
    if m := SIGN_AT_START.match(rest):
        sign, rest = m.group(1), rest[m.end() :]
        currency = currency_of(sign)

    percent = False
    if shared := _share(rest, written, currency):
        value, rest = shared
        percent = True
    elif m := PLURAL_MAGNITUDE.match(rest):  # "millions of doses": at least two million
        value, rest = plural_value(m.group(1)), rest[m.end() :]
        if qualifier is Qualifier.EXACT:
            qualifier = Qualifier.AT_LEAST
    else:
        value, rest = _number(rest, written, currency)

    if (plus := plused().match(rest)) and not percent:  # "5,000+ jobs", "€2bn-plus": at least that much
        qualifier = bound_after(plus.group()) if qualifier is Qualifier.EXACT else qualifier
        rest = rest[plus.end() :]
    if not percent and (m := PERCENT.match(rest)):
        percent, rest = True, rest[m.end() :]
        if (plus := plused().match(rest)) and qualifier is Qualifier.EXACT:  # "50 per cent-plus"
            qualifier, rest = bound_after(plus.group()), rest[plus.end() :]
    if (
        not percent
        and qualifier is Qualifier.EXACT
        and (word := _CURRENCY_WORD_AFTER.match(rest))
        and (bound := plused().match(rest[word.end() :]))
    ):
        # A bound after the currency's word, as after a percent: "500 dollars or more".
        qualifier, rest = bound_after(bound.group()), word.group() + rest[word.end() + bound.end() :]

    if (second := second_number(rest, written)) is not None:
        raise FigureError(second)
    if qualifier is Qualifier.EXACT and (bound := bound_ending(rest)):  # "10 years or more"
        qualifier, rest = bound_after(bound.group().rstrip(" .,;:")), rest[: bound.start()]
    unit = _unit(rest.lstrip(" -"))
    if (
        unit
        and unit.lower() in CURRENCY_WORDS
        and currency in (None, CURRENCY_WORDS[unit.lower()])
        and not percent
    ):  # "1 in 5 dollars" is a share; "$112 million USD" says its currency twice
        currency, unit = CURRENCY_WORDS[unit.lower()], None
    if sign == "$" and unit and PESOS_AFTER.match(unit):
        currency = None  # "$500 pesos": the peso's sign, as a quote and its source read it (see signs.py)
    if not math.isfinite(value):
        raise FigureError("the number is too large to read")
    value = -value if negative else value
    told, vague, article = fraction(text), plural_magnitude(text), value == 1 and counts_by_article(text)
    return Quantity(value, qualifier, currency, percent, unit, told, vague, article)


def _share(rest: str, written: str, currency: str | None) -> tuple[float, str] | None:
    """The percentage a fraction or ratio ``rest`` starts with states, and the words after it; None
    where it starts with neither, or with a fraction of a magnitude, which is a number ("half a
    million"). ``written`` is the whole figure, as a ratio is read with its qualifier."""
    if m := fraction_at(rest):
        if OF_A_WHOLE.match(rest[m.end() :]):
            return None
        if OF_A_NUMBER.match(rest[m.end() :]):
            raise FigureError(
                f"{m.group()!r} of another number is not worked out: claim the number the source gives, "
                "or the share alone if it gives one; if neither, list the passage in skipped.yaml"
            )
        numerator, denominator = share(m)
        return 100 * numerator / denominator, rest[m.end() :]  # a share, as "66.7%" is
    if currency is None and (m := ratio_at(written, len(written) - len(rest))):
        return ratio_share(m), written[m.end() :]  # "one in five" is 20%, a share as "two thirds" is
    return None


def _number(rest: str, written: str, currency: str | None) -> tuple[float, str]:
    """The value of the number ``rest`` starts with, in digits or words, with its fraction and
    magnitudes, and the words after it; refused where it starts with none, or one that counts nothing."""
    if rest[:1].isalpha() and (uncounted := words_uncounted(rest)) is not None:  # "several thousand"
        raise FigureError(uncounted)
    if (m := fraction_at(rest)) and (whole := OF_A_WHOLE.match(rest[m.end() :])):
        numerator, denominator = share(m)  # "half a million"
        return numerator * WHOLE_VALUES[whole.group(1).lower()] / denominator, rest[m.end() + whole.end() :]
    if m := _NUMERAL.match(rest):
        try:
            value = numeral_value(m.group(1))
        except ValueError as exc:  # a decimal comma; or, told why, more digits than are read exactly
            why = f": {exc}" if isinstance(exc, TooManyDigits) else ""
            raise FigureError(f"{m.group(1)!r} is not a number rootcheck can read{why}") from None
        if (uncounted := numeral_uncounted(m.group(1), rest[m.end() :])) is not None:
            raise FigureError(uncounted)
    elif m := SPELLED.match(rest):
        value = words_value(m.group(1))
    elif _ARTICLE_BEFORE_NUMBER.match(rest):
        article = rest.split(None, 1)[0]
        raise FigureError(
            f"{article!r} counts one thing, yet a number follows it: start the figure at its number"
        )
    elif m := _ARTICLE.match(rest):
        if (uncounted := article_uncounted(m.group(), rest[m.end() :])) is not None:
            raise FigureError(uncounted)
        value = 1.0  # "an Anticorruption Task Force" counts one task force
    elif unread := unread_currency(rest):
        raise FigureError(unread)
    else:
        raise FigureError(f"no number at the start of {rest!r} (after any qualifier or currency)")
    rest = rest[m.end() :]
    if ordinal := ORDINAL_END.match(written, len(written) - len(rest)):
        shown = m.group().strip() + rest[: ordinal.end() - ordinal.start()]
        raise FigureError(f"{shown!r} is an ordinal, which counts nothing: claim a number that counts")
    return _magnitudes(value, m, rest, currency)


def _magnitudes(value: float, m: re.Match[str], rest: str, currency: str | None) -> tuple[float, str]:
    """``value``, the number matched by ``m``, with what goes on with it in ``rest``: a fraction ("2½",
    "two and a half"), an abbreviated magnitude ("$4.2bn", "$5 M") or magnitudes in words ("4.2
    billion"), and the smaller groups of a number in words ("one thousand and fifty")."""
    # What "and a half" is a half of: one ("two and a half million"), or the last multiplier
    # ("a dozen and a half" is 18, "a million and a half" 1.5 million).
    last = _MULTIPLIERS.get(re.split(r"[\s-]", m.group().lower())[-1], 1.0)
    mixed = None
    abbreviation = _ABBREVIATION_SIGNED if currency else _ABBREVIATION
    numeral = made_by(m, _NUMERAL)
    if numeral and (part := fraction_after(rest, 0, m.group(1)))[1]:  # "2½", "2 1/2", "$2½m"
        value, rest = value + part[0], rest[part[1] :]
    if numeral and (abbreviated := abbreviation.match(rest)):
        value *= ABBREVIATIONS[abbreviated.group().strip().lower()]
        rest = rest[abbreviated.end() :]
    elif numeral and currency and (apart := _MAGNITUDE_LETTER.match(rest)):  # "$5MM", "$5 M"
        value *= ABBREVIATIONS[(apart.group(1) or apart.group(2))[0].lower()]
        rest = rest[apart.end() :]
    elif not made_by(m, _ARTICLE) and last == 1.0 and (mixed := MIXED_AT_START.match(rest)):
        value += 1 / FRACTIONS[mixed.group(1).lower()]
        rest = rest[mixed.end() :]
    while magnitude := MAGNITUDE.match(rest):
        last = MAGNITUDES[magnitude.group(1).lower()]
        value *= last
        rest = rest[magnitude.end() :]
    if not numeral and mixed is None:  # "two thousand three hundred", "one thousand and fifty"
        added, length = smaller_groups(rest, last)
        if length:
            value, last, rest = value + added, 1.0, rest[length:]
    if mixed is None and (mixed := MIXED_AT_START.match(rest)):
        value += last / FRACTIONS[mixed.group(1).lower()]
        rest = rest[mixed.end() :]
    return value, rest


def _unit(rest: str) -> str | None:
    # "ten percent of aid", "millions of doses": "of" joins number and noun.
    rest = re.sub(r"^of\s+", "", rest, flags=re.I)
    named = quoted_name(rest)
    words = [rest[:named]] if named else []
    for word in (rest[named:].lstrip(" ") if named else rest).split(" "):
        if word.lower() in UNIT_STOPS:
            break
        words.append(word)
    if verb := helping_verb(words):  # "12 have done so" would publish a clause as what is counted
        raise FigureError(f"“{verb}” starts a clause, not what is counted: end the figure before it")
    unit = " ".join(words).strip(" ,;:.")
    return unit or None
