"""Which figures the charts show, and in which category: explicit rules on the quote's words.

A dollar figure's category is decided by the words the source itself uses, so
a reader can check it against the quote. The rules are applied in order; the
first whose words occur in the quote wins. Money committed, money leveraged
from others, money provided, money provided beside the strategy and what companies committed are
different things and are never added up.

A figure counts as "people reached" when the 2023 update counts people (the
last word of its unit is a noun for people) as served, trained or reached —
not as the targets of enforcement (charged, named as corrupt, sanctioned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rootcheck.model import CheckedClaim, Role
from rootcheck.text.normalize import normalize
from rootcheck.text.wordbounds import find_all


class Money(Enum):
    PLEDGED = "pledged"
    COMMITTED = "committed"
    LEVERAGED = "leveraged"
    PROVIDED = "provided"
    #: Money the update sets beside the strategy, complementing its investments: not under it.
    BESIDE = "beside"
    #: What companies and organizations committed: not the government's money at all.
    PRIVATE = "private"
    UNSTATED = "unstated"


MONEY_LABELS = {
    Money.PLEDGED: "Pledged in the 2021 strategy documents",
    Money.COMMITTED: "Committed or budgeted, not yet shown spent",
    Money.LEVERAGED: "Leveraged or unlocked, not shown as U.S. spending",
    Money.PROVIDED: "Provided",
    Money.BESIDE: "Beside the strategy, not under it",
    Money.PRIVATE: "Committed by companies and organizations, not U.S. Government money",
    Money.UNSTATED: "Not said whether committed or spent",
}


@dataclass(frozen=True)
class Rule:
    category: Money
    words: tuple[str, ...]


MONEY_RULES = (
    # First: a company's commitment is no government's, whatever else its quote says.
    Rule(
        Money.PRIVATE,
        (
            "companies and organizations have committed",
            "companies have committed",
            "businesses have committed",
            "private sector has committed",
            "private sector commitments",
        ),
    ),
    Rule(Money.LEVERAGED, ("leveraged", "leverage", "mobilized", "mobilised", "to access")),
    Rule(Money.COMMITTED, ("committed", "commitment", "pledged", "launched", "initiative", "budget")),
    # Money provided that the update sets beside the strategy's own ("Complementing our investments
    # under the Root Causes Strategy, the U.S. Government also provided"): shown apart from its
    # spending. After the rules above, which money committed or leveraged keeps whatever it
    # complements; by the government's own phrases only, as a grant "complementing Honduran
    # programs" is still spent under the strategy.
    Rule(
        Money.BESIDE,
        (
            "complementing our investments",
            "complementing our investment",
            "complements our investments",
            "to complement our investments",
            "to complement our investment",
            "in addition to our investments",
        ),
    ),
    Rule(Money.PROVIDED, ("provided", "spent", "disbursed", "delivered", "obligated")),
)

PEOPLE_NOUNS = (
    "people", "individuals", "persons", "women", "men", "children", "girls", "boys", "youth",
    "students", "survivors", "victims", "workers", "producers", "farmers", "police", "officials", "staff",
)  # fmt: skip
ENFORCEMENT_WORDS = ("charges", "charged", "identifying", "sanctioned", "arrested", "convicted", "prosecuted")
#: How much of the quote before the figure is read for enforcement words.
ENFORCEMENT_WINDOW = 40


@lru_cache(maxsize=256)
def _normalized(phrase: str) -> str:
    return normalize(phrase).text


def _holds(normalized: str, phrases: tuple[str, ...]) -> bool:
    """Whether a normalized text holds any of ``phrases``, typography-blind."""
    return any(find_all(normalized, _normalized(phrase)) for phrase in phrases)


def money_category(claim: CheckedClaim) -> Money | None:
    """The category of a dollar figure; None for any other figure."""
    quantity = claim.quantity
    # A sum below zero is a fall or a loss, which no bar of money spent or pledged can show.
    if quantity is None or quantity.currency != "USD" or quantity.percent or quantity.value < 0:
        return None
    if claim.source.role is Role.PLEDGE:
        return Money.PLEDGED
    quote = normalize(claim.claim.quote).text
    for rule in MONEY_RULES:
        if _holds(quote, rule.words):
            return rule.category
    return Money.UNSTATED


def _before_figure(claim: CheckedClaim) -> str:
    quote = normalize(claim.claim.quote).text
    figure = normalize(claim.claim.figure).text.strip()
    at = quote.find(figure)
    return quote[max(0, at - ENFORCEMENT_WINDOW) : max(at, 0)]


def counts_people(claim: CheckedClaim) -> bool:
    """Whether a 2023 progress figure counts people reached."""
    quantity = claim.quantity
    if quantity is None or claim.source.role is not Role.PROGRESS:
        return False
    if quantity.currency or quantity.percent or not quantity.unit or quantity.value < 0:
        return False
    last = re.split(r"[\s-]+", quantity.unit.strip().lower())[-1]
    if last not in PEOPLE_NOUNS:
        return False
    return not _holds(normalize(_before_figure(claim)).text, ENFORCEMENT_WORDS)
