"""How values read on the page: amounts, qualifiers, dates, roles."""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from rootcheck.model import Qualifier, Quantity, Role
from rootcheck.patterns import lazy
from rootcheck.text.numbers import CURRENCIES
from rootcheck.text.qualifiers import QUALIFIER_AT_START

QUALIFIER_WORDS = {
    Qualifier.EXACT: "exactly",
    Qualifier.MORE_THAN: "more than",
    Qualifier.LESS_THAN: "less than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.UP_TO: "up to",
    Qualifier.APPROXIMATELY: "approximately",
    Qualifier.NEARLY: "nearly",
}

ROLE_LABELS = {
    Role.PLEDGE: "2021 strategy",
    Role.PROGRESS: "2023 progress report",
    Role.CONTEXT: "News context",
    Role.CRITIQUE: "Critique",
}

ROLE_MEANINGS = {
    Role.PLEDGE: "a document of the 2021 strategy: what was promised",
    Role.PROGRESS: "the February 2023 update: what was reported",
    Role.CONTEXT: "news coverage, for context",
    Role.CRITIQUE: "an outside analysis of the strategy",
}

#: Each currency's sign, as a figure is shown: "$4.2 billion".
_SYMBOLS = {code: sign for sign, code in CURRENCIES.items() if len(sign) == 1}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _trim(value: float) -> str:
    """Up to two decimals, none when they are zero: 4.2, 90,000."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def number(value: float) -> str:
    """90000 → "90,000"; 4.2e9 → "4.2 billion"; 0.5 → "0.5"; 0.00001 → "0.00001"."""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_trim(value / scale)} {word}"
    if 0 < abs(value) < 0.005:  # two decimals would show 0: "one in 10 million" is 0.00001%
        return _significant(value)
    return _trim(value)


def _significant(value: float) -> str:
    """A small number to two significant digits, written out: 0.000012, not 1.2e-05."""
    decimals = 1 - math.floor(math.log10(abs(value)))
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


#: "one of the world's highest rates": a figure that ranks something among others, counting nothing.
_RANKING = lazy(
    r"^one of the\b.*\b(?:highest|lowest|largest|smallest|biggest|greatest|best|worst|most|least|"
    r"poorest|richest|deadliest|fastest|slowest|strongest|weakest|oldest|newest|top)\b",
    re.I,
)


def ranks(figure: str) -> bool:
    """Whether a figure ranks something among others ("one of the world's highest rates"): read as
    the number 1, it counts nothing, and a page says so rather than show that 1."""
    return bool(_RANKING.match(figure))


def reading(quantity: Quantity, figure: str) -> str:
    """How open data is to read the value of ``quantity``, read from ``figure``, as :func:`amount` shows
    it: "ranking" (it has none), "share" (a fraction or ratio, its value a percentage), "no exact
    number" (a plural magnitude, its value a bound), or "number"."""
    if ranks(figure):
        return "ranking"
    if quantity.share is not None:
        return "share"
    if quantity.vague is not None:
        return "no exact number"
    return "number"


def data_value(quantity: Quantity, figure: str) -> int | float | None:
    """The value as open data gives it: none for a ranking, a whole one as an integer (12, not 12.0)."""
    if ranks(figure):
        return None
    value = quantity.value
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def quantity_record(quantity: Quantity, figure: str) -> dict[str, object]:
    """A claim's quantity in its open data and in ``rootcheck figure --json``."""
    return {**quantity.as_dict(), "value": data_value(quantity, figure), "reading": reading(quantity, figure)}


def amount(quantity: Quantity, figure: str | None = None) -> str:
    """The value as a reader writes it: "$4.2 billion", "10%", "90,000". Given the ``figure`` it was read
    from, one that gives only a plural magnitude ("millions of dollars") states no number: it says so,
    beside how it is read; one that ranks (see :func:`ranks`) counts nothing; a fraction ("two thirds
    of aid") is a share, shown with the percentage it is read as."""
    text = number(abs(quantity.value))
    if quantity.percent:
        text += "%"
    if quantity.currency:
        symbol = _SYMBOLS.get(quantity.currency)
        text = f"{symbol}{text}" if symbol else f"{text} {quantity.currency}"
    if quantity.value < 0:
        text = "\u2212" + text  # a minus sign before it all: "−$3 million"
    if figure is None:
        return text
    if ranks(figure):
        return "none: a place in a ranking, not a count"
    if quantity.vague is not None:
        return f"{quantity.vague}, no exact number (read as {QUALIFIER_WORDS[quantity.qualifier]} {text})"
    if quantity.share is not None:
        return f"{quantity.share}, a share (read as {_share(quantity.value)}%)"
    return text


def _share(percent: float) -> str:
    """A share to one decimal ("66.7"), or under 1% to two significant digits ("0.05", "0.00001")."""
    return _trim(round(percent, 1)) if percent >= 1 or percent == 0 else _significant(percent)


def qualifier(quantity: Quantity, figure: str = "") -> str:
    """The qualifier as the figure is read, and as it is written where that differs: "approximately (written
    “an estimated”)", "more than (written “over”)"."""
    read = QUALIFIER_WORDS[quantity.qualifier]
    written = QUALIFIER_AT_START.match(figure.lstrip())
    if written is None or written.group(1).lower() == read:
        return read
    return f"{read} (written “{written.group(1)}”)"


@lru_cache(maxsize=4096)  # strftime costs more than the rest of a date's line on a page
def date(value: dt.date | None) -> str:
    """29 July 2021; an unknown date says so."""
    if value is None:
        return "not stated"
    return f"{value.day} {value:%B %Y}"


def cut_at_word(text: str, most: int) -> str:
    """``text`` if it has at most ``most`` characters, else cut at a word to fit, with "…"."""
    if len(text) <= most:
        return text
    return text[: most - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
