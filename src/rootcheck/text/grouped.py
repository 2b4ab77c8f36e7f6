"""Thousands grouped by a space, as a slipped quote's numbers are compared with its passage's.

A no-break, figure, thin or narrow no-break space groups thousands, as SI and much of Europe write
them: "12 000" so written is 12,000, as a figure reads it (see
:data:`~rootcheck.text.numbers.SPACE_GROUPED`); a plain space groups nothing ("On March 3 150
migrants arrived"). Matching makes every space one plain space, so in the text it searches "12 000"
is two numbers whatever its space was: a quote "12,000 pupils" of a source's "12\u00a0000 pupils"
was refused, "source says “12”, “000”". Each side's space between digits is read again where it
was written, and the two compared as their writers wrote them.

Where one side groups digits by such a space and the other writes the same digits with a plain one,
the two are one numeral typed two ways, as matching holds them (a quote that is otherwise the
source's word for word is placed on it): read alike, grouped. The figure's own number is held to
its source's space apart (see :func:`rootcheck.checks.slips.unbounded`).

A number's sign is compared too, as written on each side: matching reads a minus sign as a dash,
joined to the word before it ("changed −5" as "changed-5"), so a quote dropping it ("changed 5
percent") was placed with a warning, and published a fall as a rise.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.normalize import OffsetMap, normalize
from rootcheck.text.numbers import GROUP_SPACES, SPACE_GROUPED, number_keys

#: A plain space between digits as a space grouping thousands stands: "12 000".
_BETWEEN = lazy(r"(?<=\d) (?=\d{3}(?!\d))")
_GROUPED = lazy(SPACE_GROUPED)
_PLAIN = str.maketrans(GROUP_SPACES, " " * len(GROUP_SPACES))


def as_written(norm: OffsetMap, original: str, start: int = 0, end: int | None = None) -> str:
    """``norm.text[start:end]``, with each space between digits that stands for one character of
    ``original`` grouping thousands written as that character."""
    text = norm.text[start:end]
    chars = None
    for space in _BETWEEN.finditer(text):  # few texts hold one: most are done with at once
        a, b = norm.origin(start + space.start())
        if b - a == 1 and original[a] in GROUP_SPACES:
            chars = chars or list(text)
            chars[space.start()] = original[a]
    return "".join(chars) if chars else text


def _alike(text: str, numerals: set[str]) -> str:
    """``text`` with each of ``numerals`` (grouped, spaces plain) written with plain spaces read grouped."""
    plain = "|".join(re.escape(numeral).replace(r"\ ", " ") for numeral in sorted(numerals))
    bounded = re.compile(rf"(?<![\d,.])(?<!\d[\s{GROUP_SPACES}])(?:{plain})(?!\d|[.,]\d)")
    return bounded.sub(lambda m: m.group().replace(" ", GROUP_SPACES[0]), text)


#: A number's minus sign: a minus, hyphen-minus, figure or en dash just before its digits, not after a
#: word's or a number's character ("COVID-19", "2020-21" hold no negative number).
_SIGNED = lazy(rf"(?<![\w.,\u2212\u2012\u2013-])[-\u2212\u2012\u2013]\d(?:[\d,.]|[{GROUP_SPACES}]\d)*")


def _signed(text: str) -> list[tuple[str, str]]:
    """Each number of ``text`` written with a minus sign: its digits, compared ("−12 000" and "-12,000"
    alike), and the number as written, told."""
    if "-" not in text and text.isascii():
        return []
    return [(re.sub(r"\D", "", m.group()), m.group()) for m in _SIGNED.finditer(text)]


def sign_hint(passage: str, quote: str) -> str | None:
    """What the source says of a number's sign that the quote does not say alike; None where they agree."""
    said, typed = dict(_signed(passage)), dict(_signed(quote))
    if dropped := [signed for digits, signed in said.items() if digits not in typed]:
        return "source says " + ", ".join(f"“{signed}”" for signed in dropped) + ", with its minus sign"
    if added := [signed for digits, signed in typed.items() if digits not in said]:
        return (
            "the quote has "
            + ", ".join(f"“{signed}”" for signed in added)
            + ", which the source writes with no minus sign"
        )
    return None


def same_numbers(source: OffsetMap, original: str, start: int, end: int, part: str) -> bool:
    """Whether ``source.text[start:end]``, a passage of ``original`` normalised, states the numbers of
    the quote's ``part`` (as typed), in order, each side's spaces grouping thousands as written."""
    typed = normalize(part)
    said, quoted = as_written(source, original, start, end), as_written(typed, part)
    numerals = {m.group().translate(_PLAIN) for text in (said, quoted) for m in _GROUPED.finditer(text)}
    if numerals:
        said, quoted = _alike(said, numerals), _alike(quoted, numerals)
    if number_keys(said) != number_keys(quoted):
        return False
    passage = original[source.origin(start)[0] : source.origin(end - 1)[1]] if end > start else ""
    return [digits for digits, _ in _signed(passage)] == [digits for digits, _ in _signed(part)]
