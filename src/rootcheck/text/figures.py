"""Figures as editors write them, parsed into quantities.

Grammar, in order: an optional qualifier ("more than", "an estimated"), an
optional currency sign, one number (digits or spelled words), optional
magnitude words ("million"), an optional percent, then the counted noun. The
unit is the words after the number up to the first preposition, so
"$112 million in assistance" has no unit but "74 U.S. convictions" counts
"U.S. convictions". "A" or "an" before a noun counts one. A plural magnitude with no number ("millions of vaccine
doses") means at least two of that magnitude.
"""

from __future__ import annotations

import re

from rootcheck.model import Qualifier, Quantity
from rootcheck.text.numbers import MAGNITUDES, NUMERAL, SPELLED, numeral_value

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
# Words that end the counted noun: what follows them is context, not unit.
UNIT_STOPS = frozenset(
    [
        "in",
        "for",
        "to",
        "from",
        "with",
        "through",
        "by",
        "across",
        "at",
        "on",
        "into",
        "under",
        "over",
        "since",
        "during",
        "that",
        "which",
        "who",
        "when",
        "where",
        "as",
        "and/or",
    ]
)

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUALIFIER = re.compile(
    r"^(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+", re.I
)
#: A qualifier that ends a text, as one stands just before a number. In running text a bare
#: "estimated" before a number is a verb ("the agency estimated 63%"), a qualifier only after "an".
_QUALIFIER_BEFORE = re.compile(
    r"(?<!\w)("
    + "|".join(sorted((re.escape(q) for q in QUALIFIERS if q != "estimated"), key=len, reverse=True))
    + r")$",
    re.I,
)
#: Emphasis in a Markdown source, which may wrap a qualifier ("**more than** 90,000").
_EMPHASIS = re.compile(r"[*_`]")
#: How far before a number its qualifier is looked for: the longest, with room for markup and line breaks.
_QUALIFIER_REACH = 48
_CURRENCY = re.compile(r"^(us\$|[$€£¥])\s*", re.I)
_NUMERAL = re.compile(rf"^({NUMERAL})(?![\d])")
_SPELLED_WORDS = "|".join(sorted(SPELLED, key=len, reverse=True))
_SPELLED = re.compile(
    rf"^((?:(?:{_SPELLED_WORDS}|hundred|a)(?:[\s-]+|$))*(?:{_SPELLED_WORDS}|hundred)\b)", re.I
)
_MAGNITUDE = re.compile(r"^[\s-]*(" + "|".join(MAGNITUDES) + r")(s?)\b", re.I)
_PLURAL_MAGNITUDE = re.compile(r"^(" + "|".join(MAGNITUDES) + r")s\b(?:\s+of\b)?", re.I)
_ARTICLE = re.compile(r"^an?(?=\s+\w)", re.I)
_PERCENT = re.compile(r"^\s*(%|per\s?cent\b)", re.I)
_ANOTHER_NUMBER = re.compile(rf"\d|\b(?:{_SPELLED_WORDS})\b", re.I)


class FigureError(ValueError):
    """A figure that cannot be read as one quantity."""


def clean(text: str) -> str:
    """White space and dashes as a parser wants them."""
    return _SPACES.sub(" ", _DASHES.sub("-", text)).strip()


def split_qualifier(figure: str) -> tuple[str | None, str]:
    """A figure's own qualifier, as written, and the rest: ("more than", "90,000 jobs"); None if it has none."""
    text = clean(figure)
    if m := _QUALIFIER.match(text):
        return m.group(1), text[m.end() :]
    return None, text


def qualifier_before(text: str, at: int) -> str | None:
    """The qualifier written just before ``at`` in ``text`` ("more than" before "90,000"), as written."""
    tail = clean(_EMPHASIS.sub("", text[max(0, at - _QUALIFIER_REACH) : at]))
    m = _QUALIFIER_BEFORE.search(tail)
    return m.group(1) if m else None


def qualifier_of(phrase: str | None) -> Qualifier:
    """What a qualifier as written says of its number; no qualifier says it is exact."""
    return QUALIFIERS[phrase.lower()] if phrase is not None else Qualifier.EXACT


def _spelled_value(words: str) -> float:
    total = 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "a":
            total = max(total, 1.0)
        elif word == "hundred":
            total = (total or 1.0) * 100
        else:
            total += SPELLED[word]
    return total


def parse_figure(text: str) -> Quantity:
    """Parse a figure such as "more than $4.2 billion" into a :class:`Quantity`."""
    rest = clean(text).rstrip(".,;:")
    if not rest:
        raise FigureError("the figure is empty")

    qualifier = Qualifier.EXACT
    if m := _QUALIFIER.match(rest):
        qualifier = QUALIFIERS[m.group(1).lower()]
        rest = rest[m.end() :]

    currency = None
    if m := _CURRENCY.match(rest):
        currency = CURRENCIES[m.group(1).lower()]
        rest = rest[m.end() :]

    if m := _PLURAL_MAGNITUDE.match(rest):
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
            value = _spelled_value(m.group(1))
        elif m := _ARTICLE.match(rest):
            value = 1.0  # "an Anticorruption Task Force" counts one task force
        else:
            raise FigureError(f"no number at the start of {rest!r} (after any qualifier or currency)")
        rest = rest[m.end() :]
        while m := _MAGNITUDE.match(rest):
            value *= MAGNITUDES[m.group(1).lower()]
            rest = rest[m.end() :]

    percent = False
    if m := _PERCENT.match(rest):
        percent = True
        rest = rest[m.end() :]

    if _ANOTHER_NUMBER.search(rest):
        raise FigureError(f"more than one number in the figure ({rest.strip()!r} follows the first)")
    unit = _unit(rest.lstrip(" -"))
    if unit and unit.lower() in CURRENCY_WORDS and currency is None:
        currency, unit = CURRENCY_WORDS[unit.lower()], None
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


_CANDIDATE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+)?"
    r"(?:us\$|[$€£¥])?\s*"
    rf"(?:{NUMERAL}|\b(?:{_SPELLED_WORDS})\b|\b(?:{'|'.join(MAGNITUDES)})s\b)"
    r"(?:[\s-]+(?:" + "|".join(MAGNITUDES) + r")\b)*"
    r"(?:\s*%|\s+per\s?cent\b)?"
    r"(?:[\s-]+(?:of\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,3})?",
    re.I,
)


#: A word that ends its sentence: a full stop after letters or digits with no stop among them
#: ("jobs." but not "U.S.").
_ENDS_SENTENCE = re.compile(r"^[^.]*[\w%]\.$")
_NOT_NOUNS = frozenset(
    [
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
    ]
)


def figure_candidates(quote: str) -> list[str]:
    """Figures an editor could mean in ``quote``, each as written there and parseable.

    A candidate runs from its qualifier to the end of the counted noun, which
    ends before a preposition, a conjunction or a verb in -ing, and with its sentence.
    """
    found = []
    for match in _CANDIDATE.finditer(clean(quote)):
        words = match.group().strip(" ,;:.").split(" ")
        for index, word in enumerate(words):
            bare = word.lower().strip(",;:.")
            if index and (
                bare in UNIT_STOPS or bare in _NOT_NOUNS or (bare.endswith("ing") and len(bare) > 5)
            ):
                words = words[:index]
                break
            if _ENDS_SENTENCE.search(word):
                words = words[: index + 1]
                break
        candidate = " ".join(words).rstrip(",;:.")
        try:
            parse_figure(candidate)
        except FigureError:
            continue
        found.append(candidate)
    return found
