"""A number where a text writes it, read with what bounds it: the qualifier and currency sign before
it, its magnitudes, percent and currency word after it.

A quote and its source must read alike at the figure's number, and a figure as its quote does (see
:func:`rootcheck.text.edges.figure_readings`): "more than $179 million" is not "$179 million".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rootcheck.model import Qualifier
from rootcheck.patterns import alternatives, compiled, lazy
from rootcheck.text.figures import (
    PERCENT,
    FigureError,
    clean,
    number_starting,
    number_words,
    parse_figure,
)
from rootcheck.text.normalize import INVISIBLE
from rootcheck.text.numbers import (
    CURRENCIES,
    CURRENCY_WORDS,
    PLURAL_MAGNITUDE,
    SIGNS,
    one_spaced,
)
from rootcheck.text.qualifiers import QUALIFIER_SIGNS, QUALIFIERS, VERB_QUALIFIERS, bound_after, plused
from rootcheck.text.raised import digit_marks, without_footnote_marks
from rootcheck.text.signs import PESOS_AFTER, currency_of, letter_signed
from rootcheck.text.subjects import clause_lead
from rootcheck.text.wide import AS_ASCII, WIDE

#: Qualifiers as they may end a text, just before a number, the longest first; not a verb's words
#: (see :data:`~rootcheck.text.qualifiers.VERB_QUALIFIERS`): "an estimated" is a qualifier, "estimated" none.
_QUALIFIERS_BEFORE = sorted((q for q in QUALIFIERS if q not in VERB_QUALIFIERS), key=len, reverse=True)
_CURRENCY_SIGNS = sorted(CURRENCIES, key=len, reverse=True)
_QUALIFIER_ENDS = frozenset(q.rpartition(" ")[2] for q in _QUALIFIERS_BEFORE)
_SIGN_ENDS = frozenset(sign[-1] for sign in CURRENCIES)
#: What a qualifier and a currency sign can take before a number, with a space between and the
#: character that ends the word before; and what a currency word or percent can take after it.
_BOUNDS_BEFORE = max(map(len, QUALIFIERS)) + max(map(len, CURRENCIES)) + 2
_BOUNDS_AFTER = max(len(" per cent"), *(1 + len(word) for word in CURRENCY_WORDS)) + 1
#: How far after a number what bounds it is read: its magnitudes, percent or currency word.
READING_AFTER = 64
_CURRENCY_WORD = lazy(r"\s+(?:" + alternatives(map(re.escape, CURRENCY_WORDS)) + r")\b", re.I)


#: Emphasis in a Markdown source, which may wrap a qualifier ("**more than** 90,000").
_NO_EMPHASIS = str.maketrans("", "", "*_`")
#: How far before a number its qualifier is looked for: the longest, with room for markup and line breaks.
_READING_BEFORE = 48


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
    #: Where the number stands, for :attr:`lead`: the text, where reading it may start, the number's
    #: offset, and how many characters of the text read before it (plain) its bounds take.
    place: tuple[str, int, int, int] | None = field(default=None, compare=False, repr=False)

    @property
    def lead(self) -> str | None:
        """The words of the number's clause before its bounds (plain), None where they were not read to
        the clause's start: whether the number opens its clause (see :mod:`rootcheck.text.subjects`).
        Read as asked, as few numbers are asked it."""
        if self.place is None:
            return None
        text, start, at, bounds = self.place
        low = max(start, at - _READING_LEAD)
        paragraph = text.rfind("\n\n", low, at)
        before = plain(text[max(low, paragraph) : at])
        return clause_lead(before[: len(before) - bounds], paragraph >= 0 or low <= start)

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
            return self._value() == other._value()
        except FigureError:  # a number no figure could state ("1.2.3") counts as no other
            return False

    def _value(self) -> float:
        # A sum's number is read as after its sign, where a capital letter is a magnitude: "5 M" of
        # "$5 M" is five million, where "5 M" alone is five.
        return parse_figure(("$" if self.currency else "") + self.number).value


#: The forms read as ASCII's, and the characters no reader sees, which matching drops too: read as
#: written, a source's "1,\u00ad200" (a soft hyphen) was the number 1, where a quote "1,200" is placed.
_AS_SEEN = AS_ASCII | str.maketrans("", "", INVISIBLE)


@cache
def _unseen() -> re.Pattern[str]:
    """What :func:`as_seen` changes, looked for before a text is translated, as few hold any (see
    :data:`~rootcheck.text.wide.WIDE`): with the digit marks, each looked at for a footnote's."""
    return compiled(f"[{WIDE}{INVISIBLE}{digit_marks()}]")


def as_seen(text: str) -> str:
    """``text`` as a reader sees it, for reading its numbers: the forms of
    :data:`~rootcheck.text.wide.AS_ASCII` as ASCII writes them, no character of
    :data:`~rootcheck.text.normalize.INVISIBLE`, and no footnote's mark after a word ("billion²" is
    "billion", as matching reads it); positions move."""
    if text.isascii() or not _unseen().search(text):
        return text
    return without_footnote_marks(text.translate(_AS_SEEN))


def plain(text: str) -> str:
    """``text`` without emphasis, its white space one space: for reading around a number, many times
    a run, so string methods rather than :func:`clean`'s expressions (Python's ``split`` knows NBSP).
    Beyond ASCII, as a reader sees it: without the characters no reader sees, which matching drops
    too (a quote "1,200" is placed on a source's "1,\u00ad200", read there as "1" with its soft
    hyphen), and the forms read as ASCII's as ASCII writes them ("４５％" is "45%")."""
    return one_spaced(as_seen(text).translate(_NO_EMPHASIS))


def _last_word(word: str) -> str:
    """The letters ``word`` ends in, past what opens or joins them: "(nearly", "—nearly", "“nearly" and
    "program—over" end in "nearly" and "over", as "hand-over" does (whether a hyphen joins them into
    a word of its own is for :func:`_ending` to tell)."""
    if word.isalpha():
        return word
    found = _LAST_WORD.search(word)
    return found.group() if found else ""


_LAST_WORD = lazy(r"[^\W\d_]+\.?$")
#: Hyphens, which join the words either side into one: "hand-over 300 files" holds no "over".
_JOINING = frozenset("-\u2010\u2011")


def _apart(text: str, start: int) -> bool:
    """Whether ``text[start:]`` starts a word of its own: after no letter or digit, nor a hyphen
    joining it to one ("hand-over"); a hyphen after a space is a dash ("the fund -nearly 8,000")."""
    if not start:
        return True
    before = text[start - 1]
    if before.isalnum():
        return False
    return before not in _JOINING or start < 2 or not text[start - 2].isalnum()


def _ending(text: str, endings: list[str], last: frozenset[str]) -> str | None:
    """The first of ``endings`` that ends ``text`` as words of its own, as ``text`` writes it.
    ``last`` holds the last character or word of each: most texts end in none, and are done with at once."""
    lowered = text.lower()
    word = lowered.rpartition(" ")[2]
    if lowered[-1:] not in last and word not in last and _last_word(word) not in last:
        return None
    for ending in endings:
        if lowered.endswith(ending):
            start = len(text) - len(ending)
            # A sign joined to letters is another currency's: "C$500" are córdobas, "A$5" Australian dollars.
            if _apart(text, start) or (not ending[0].isalnum() and not text[start - 1 : start].isalpha()):
                return text[start:]
    return None


def figure_at(
    text: str, at: int, start: int = 0, reach: int = READING_AFTER, end: int | None = None
) -> Written | None:
    """The number ``text`` writes at ``at`` with what bounds it: the qualifier and currency sign before it
    read back ("more than $" before "179 million in financing"), its magnitudes, percent and any currency
    word after it ("179 million dollars"); read as a figure is, but without the counted noun. Nothing
    before ``start`` is read: where the paragraph starts, as one that opens with a number has none;
    and ``reach`` characters from ``at`` on, what the number counts among them, but nothing past
    ``end``, where the paragraph ends: a list item's "children 9 and under" ends its bound there, whatever
    the next item starts with."""
    window = max(start, at - _READING_BEFORE)
    before = plain(text[max(window, text.rfind("\n\n", window, at)) : at])
    seen = len(before)
    stop = len(text) if end is None else end
    after = plain(text[at : min(at + reach, stop)])
    sign = _ending(before, _CURRENCY_SIGNS, _SIGN_ENDS) or _letter_sign(before, after)
    before = before[: len(before) - len(sign)].rstrip()
    qualifier = _ending(before, _QUALIFIERS_BEFORE, _QUALIFIER_ENDS)
    if qualifier is not None and not _signed(text, at, qualifier):
        qualifier = None
    number = number_starting(after, signed=bool(sign))
    if number is None:
        return None
    rest = after[len(number) :]
    plus = plused().match(rest)
    if plus is not None:
        rest = rest[plus.end() :]
    percent = PERCENT.match(rest)
    word = None if percent else _CURRENCY_WORD.match(rest)
    # "$500 pesos": the peso's sign, a currency no figure reads, read with its word as "500 pesos" is.
    pesos = PESOS_AFTER.match(rest) if sign in ("", "$") and not (percent or word) else None
    suffix = percent.group() if percent else word.group() if word else pesos.group() if pesos else ""
    # A bound after the percent or currency word, as parse_figure reads it: "40 percent or more",
    # "500 dollars or more".
    tail = plused().match(rest[len(suffix) :]) if plus is None and suffix else None
    # As parse_figure reads them: a plural magnitude ("millions of") with no qualifier is at least two.
    if qualifier is not None:
        bound = QUALIFIERS[qualifier.lower()]
    else:
        after_it = plus or tail
        bound = (
            bound_after(after_it.group())
            if after_it
            else Qualifier.AT_LEAST
            if PLURAL_MAGNITUDE.match(number)
            else Qualifier.EXACT
        )
    currency = currency_of(sign) if sign else CURRENCY_WORDS[suffix.strip().lower()] if word else None
    if pesos:
        currency = None  # the peso's sign, a currency no figure reads
    # A sign of a qualifier ("<", "~") is written against its number; a word of one is not.
    spaced = f"{qualifier} " if qualifier and qualifier[0].isalpha() else qualifier or ""
    # A sign written as a word keeps the space the text writes after it: "Lps. 11,000", not "Lps.11,000".
    signed = f"{sign} " if sign.lower().startswith("lps") and text[at - 1 : at].isspace() else sign
    written = (
        spaced + signed + number + (plus.group() if plus else "") + suffix + (tail.group() if tail else "")
    )
    rest = rest[len(suffix) + (len(tail.group()) if tail else 0) :]
    cut = at + reach < stop
    place = (text, start, at, seen - len(before) + len(qualifier or ""))
    return Written(written, number, bound, currency, percent is not None, seen, len(rest), rest, cut, place)


#: How far before a number the start of its clause is looked for.
_READING_LEAD = 288


def _letter_sign(before: str, after: str) -> str:
    """The region's currency letter ``before`` ends with, joined to the number ``after`` starts with
    ("Q" of "Q500 million", see :data:`~rootcheck.text.numbers.LETTER_SIGN`); "" where it has none."""
    return before[-1] if letter_signed(before[-2:] + after, len(before[-2:])) else ""


def figure_read(figure: str) -> Written | None:
    """A figure read as :func:`figure_at` reads a text at its number; None if it counts by its article."""
    text = clean(figure)
    number = number_words(text)
    return figure_at(text, text.find(number)) if number is not None else None


#: A sign standing for a qualifier, read back from its number: the sign, and its currency sign, each
#: joined to what follows it or a space apart.
_SIGN_BEFORE = lazy(rf"([{QUALIFIER_SIGNS}])( ?)(?:us\$|[{SIGNS}])?( ?)$", re.I)


def _signed(text: str, at: int, qualifier: str) -> bool:
    """Whether ``qualifier``, read back from the number at ``at``, is one: a word, or a sign joined to its
    number ("<40", "~$3 million"); "≤" or "≥" anyhow; "<" or ">" apart from it only after a word ("aged
    < 5 years"), not starting a line, as a Markdown quotation's mark does ("> 40 percent"), nor after a
    dash, as an arrow's head ("clinics -> 40 sites")."""
    if qualifier[0].isalpha():
        return True
    found = _SIGN_BEFORE.search(text, max(0, at - 8), at)
    if found is None:
        return False
    if not (found.group(2) or found.group(3)) or found.group(1) in "≤≥~≈":
        return True
    before = text[: found.start()]
    return before.endswith(" ") and before.rstrip()[-1:].isalnum()


def bounds_start(text: str, at: int) -> int:
    """Where the words bounding the number at ``at`` begin, its qualifier and its currency sign before
    it ("more than $" of "more than $179 million"); ``at`` where it has neither."""
    low = max(0, at - _READING_BEFORE, text.rfind("\n", 0, at) + 1)  # a paragraph bounds nothing before it
    start = at
    for endings, last in ((_CURRENCY_SIGNS, _SIGN_ENDS), (_QUALIFIERS_BEFORE, _QUALIFIER_ENDS)):
        before = text[low:start].rstrip()
        found = _ending(before, endings, last)
        if found is None and endings is _CURRENCY_SIGNS:  # "Q" of "Q 500 million"
            found = _letter_sign(before, text[at : at + 24]) or None
        if found is not None and (endings is _CURRENCY_SIGNS or _signed(text, at, found)):
            start = low + len(before) - len(found)
    return start
