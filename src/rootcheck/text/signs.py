"""Currency signs as a figure starts with them: the world's ("$", "US$", "€"), and the region's written
as a capital letter joined to the number, as Guatemala's and Honduras's budgets and papers write them:
"Q500 million" are Guatemalan quetzales, "L11,000" Honduran lempiras.

Unread, such a letter made its number no sum: a figure "Q500 million" was refused as no number, and a
slipped quote "$500 million" of the source's "Q500 million" passed with a warning, the site
publishing dollars where the source says quetzales.
"""

from __future__ import annotations

import re
from functools import cache

from rootcheck.patterns import compiled, lazy
from rootcheck.text.numbers import CURRENCIES, SIGNS

#: The region's currency letters, each with its currency's ISO 4217 code.
LETTER_SIGNS = {"Q": "GTQ", "L": "HNL"}
#: Such a letter as a sum's sign: starting a word, joined to its number or a space apart ("L 11,000"),
#: a number of two digits or more, or of one with a magnitude after it ("Q4 million"); not a quarter's
#: or a level's one digit ("Q3 2022", "L2"). In capitals alone, whatever flags an expression has:
#: "q500" is no sum.
LETTER_SIGN = (
    r"(?<![^\W_])(?-i:[QL])"
    r"(?=[ \u00a0]?(?:\d[\d,.]*\d|\d(?:[ \u00a0](?:thousand|million|billion)|bn|mn|m)\b))"
)
#: The lempira's sign written as a word, starting one, before a number joined to it or a space apart:
#: "Lps. 11,000", "Lps 11,000". Shown with the space the text writes after it (see
#: :func:`rootcheck.text.reading.figure_at`).
WORD_SIGN = r"(?<![^\W\d_])lps\.?(?=\s?\d)"
#: A currency's code or sign before a number that figures do not read, told as such: "USD 112 million",
#: "C$500" (córdobas), "A$5" (Australian dollars), "L. 11,000" and "Q. 500" (the region's), "₡250,000".
_UNREAD = lazy(
    r"^(USD|EUR|GBP|JPY|CHF|CAD|AUD|MXN|CNY|INR|HNL|GTQ|NIO|CRC|(?-i:[A-Z]{1,3})\$|(?-i:[LQ])\.|[₡¢])\s*\d",
    re.I,
)
#: A currency sign a figure starts with, and the space after it: "$", "US$" (or "US $"), "Lps.", "Q" of
#: "Q500 million".
SIGN_AT_START = lazy(rf"^(us ?\$|{WORD_SIGN}|[{SIGNS}]|{LETTER_SIGN})\s*", re.I)


def currency_of(sign: str) -> str:
    """The ISO 4217 code of a currency sign: "$", "US$" and "US $" are USD, "Q" GTQ, "Lps." HNL."""
    return LETTER_SIGNS.get(sign) or CURRENCIES[sign.lower().replace(" ", "")]


def unread_currency(figure: str) -> str | None:
    """Why ``figure`` is refused, where it starts with a currency's code or sign that is not read."""
    found = _UNREAD.match(figure)
    if found is None:
        return None
    return (
        f"{found.group(1)!r} before a number is not read as a currency (a sign is: $, US$, €, £, ¥, Q, L, Lps.; "
        "or a word after the number: dollars, USD, euros, EUR, pounds, GBP, lempiras, HNL, quetzales, GTQ); "
        "start the figure at its number, and say in the note what currency it is"
    )


def letter_signed(text: str, at: int) -> bool:
    """Whether the number ``text`` writes at ``at`` stands just after the region's currency letter:
    "500" of "Q500 million"."""
    return text[at - 1 : at] in LETTER_SIGNS and _letter_sign().match(text, at - 1) is not None


@cache
def _letter_sign() -> re.Pattern[str]:
    return compiled(LETTER_SIGN)


#: After a sum in dollars' sign, words naming the peso, whose sign "$" is too, as Mexico and much of
#: Latin America write it: "$500 pesos" is 500 pesos, no sum in dollars. The first words of what a
#: figure counts (its unit), or of what a quote goes on with after its number.
PESOS_AFTER = lazy(r"\s*(?:pesos?|MXN|COP|CLP|ARS|DOP|CUP|UYU)\b", re.I)
