"""Whether two numbers joined by "to", "or" or "and" make a range, whose ends a figure may not be cut
from, or state two things: "5 to 10 million" is one number, "rose by 12 to 74" two.

A fact sheet writes the second kind often: a change and what it came to ("fell 12% to 3,500"), two
counts set against two places ("3,400 and 4,500, respectively"), a count dated and another after it
("3,100 in 2019 and 4,500 in 2020"), a sum and what it went to ("$1,201,000 to 300 households").
Read by :mod:`rootcheck.text.longer`, which finds the numbers.
"""

from __future__ import annotations

import re
from functools import cache

from rootcheck.patterns import compiled, lazy
from rootcheck.text.numbers import (
    ANY_NUMBER_WORD,
    CURRENCY_WORDS,
    MAGNITUDES,
    MONTH_BEFORE_A_YEAR,
    SIGNS,
    YEAR,
    numeral_value,
    spelled_value,
)
from rootcheck.text.signs import LETTER_SIGN

_MAGNITUDE_WORDS = "|".join(MAGNITUDES)
_NUMBER = rf"\d[\d,.]*(?:\s+(?:{_MAGNITUDE_WORDS}))?"
#: A number in digits or in words: "12", "1.2 million", "twenty-five".
_ANY_NUMBER = rf"(?:{_NUMBER}|(?:{ANY_NUMBER_WORD})(?:[\s-]+(?:{ANY_NUMBER_WORD}))*)"
#: A number just before "to", "or" or "and", with its sign and magnitude: "$1,201,000 to", "1.2 million to".
#: The region's currencies' letters count as signs here: "L500", "Q500" (see rootcheck.text.signs).
_BEFORE_CONNECTOR = lazy(
    rf"(?P<sign>[{SIGNS}]|{LETTER_SIGN})?\s*(?P<number>{_NUMBER})\s*(?:-|–|—|/|to|or|and)\s*$", re.I
)
#: A year after a preposition, just before "to", "or" or "and", and the sign of a sum after it: "in 2019
#: and", "from 6,000 in 2015 to", "between 2019 and 2022 to", "fell 7% in 2023 to $", "in fiscal 2020
#: to", "from 2020 to 2023 to", "in Q3 2022 to", "in March 2022 to".
_DATED = lazy(
    r"\b(?:in|since|by|during|until|through|for|of|and|to)\s+"
    rf"(?:(?:fiscal|calendar)\s+|fy\s?|[qh][1-4]\s+|{MONTH_BEFORE_A_YEAR})?{YEAR}\s*,?\s*"
    r"(?:to|or|and)\s*(?:us\$|[$€£¥])?\s*$",
    re.I,
)
#: A word after a number that counts what it is, not a magnitude nor a word that goes on the sentence:
#: "2,300 families", not "8,000 to smugglers", "800 a month".
_COUNTED_WORD = lazy(
    rf"\s+(?!(?:{_MAGNITUDE_WORDS}|to|a|an|per|each|every|in|for|from|of|on|at|by|with|and|or|the)\b)[^\W\d_]",
    re.I,
)
_A_MAGNITUDE = lazy(rf"\b(?:{_MAGNITUDE_WORDS})\b", re.I)
#: "To", "or" or "and" between the numbers, not a dash, with the far end's sign after it.
_JOINED_BY_WORD = lazy(rf"\s(?:to|or|and)\s+[{SIGNS}]?\s*$", re.I)
#: "Respectively" later in the clause: each number is another thing's, where "and" joins them ("3,400 and
#: 4,500, respectively"), not "to" ("40 to 60 and 80 to 100 people, respectively" holds two ranges).
_AND_JOINED = lazy(rf"\sand\s+[{SIGNS}]?\s*$", re.I)
_RESPECTIVELY = lazy(r"[^\d.;:!?]{0,40}?\brespectively\b", re.I)
#: Words of change, after which a newsroom writes the change, then what it came to ("rose 4,000 to
#: 231,000", "were up 12 to 74"), or "from" what it started at ("an increase from 40 to 74"). Of a
#: range after them the unit is written once: "rose 5 to 10 percent".
_CHANGES = [
    "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling", "increase",
    "increases", "increased", "increasing", "decrease", "decreases", "decreased", "decreasing", "climb",
    "climbs", "climbed", "climbing", "drop", "drops", "dropped", "dropping", "grow", "grows", "grew",
    "grown", "growing", "decline", "declines", "declined", "declining", "jump", "jumps", "jumped",
    "jumping", "slip", "slips", "slipped", "slipping", "gain", "gains", "gained", "gaining", "dip", "dips",
    "dipped", "dipping", "slide", "slides", "slid", "sliding", "surge", "surges", "surged", "surging",
    "soar", "soars", "soared", "soaring", "plunge", "plunges", "plunged", "plunging", "tumble", "tumbles",
    "tumbled", "tumbling", "sink", "sinks", "sank", "sunk", "sinking", "shed", "sheds", "shedding", "add",
    "adds", "added", "adding", "went", "moved", "changed", "shifted", "swelled",
    "ballooned", "shrank", "shrunk", "narrowed", "widened", "doubled", "tripled", "halved", "expanded",
    "reduced", "cut", "lowered", "raised", "growth", "reduction", "change", "shift", "up", "down",
]  # fmt: skip
_CHANGE_WORDS = frozenset(_CHANGES)
#: How many times the first a change's result is at least, written alike, and ending its clause or
#: followed by its date, rate or currency (see :data:`_RESULT_ENDS`): "rose 4,000 to 231,000 last
#: week", where "shed 100 to 500 jobs" and "rose 5 to 10 percent" are ranges.
_CHANGED_AT_LEAST = 5.0
#: The same after "by", which tells a change more surely: "declined by 2,300 to 31,400 inmates", where
#: "reduced by 10 to 30 minutes" is a range.
_CHANGED_BY_AT_LEAST = 4.0
#: Adverbs a change may be told with: "rose sharply 4,000 to 231,000", "rose sharply from".
_ADVERBS = "sharply|slightly|steadily|markedly|dramatically|significantly|further|again|nearly|almost"
#: What may follow a change's result: the clause's end, a word that dates or places it ("last week",
#: "in 2023", "by June"), its currency or rate ("£1,280 a month"); not what it counts, which a range
#: writes once ("shed 100 to 500 jobs").
_RESULT_ENDS = lazy(
    r"\s*(?:$|[.,;:!?)]|(?:in|on|at|last|this|since|from|over|after|by|during|as|and|but|while|when|than|"
    rf"through|overnight|today|yesterday|a|per|{'|'.join(map(re.escape, CURRENCY_WORDS))})\b)",
    re.I,
)
#: "And" between two numbers, the first in digits: "3,400 and", "$3 million and $", "12% and".
_AND_AFTER_DIGITS = lazy(rf"\d(?:\s*%|\s+(?:{_MAGNITUDE_WORDS}))?\s+and\s+[{SIGNS}]?\s*$", re.I)
#: "Between" earlier in the clause, which makes "and" a range's: "between 3,400 and".
_BETWEEN = lazy(r"\bbetween\b[^.;:!?]*$", re.I)
#: "From" just before a number, or before its magnitude ("from 1.2 million"), and the word before it
#: (an adverb aside: "rose sharply from").
_FROM = lazy(
    rf"(?:\b(?P<word>[^\W\d_]+)(?:\s+(?:{_ADVERBS}))?\s+)?\bfrom\s*[{SIGNS}]?\s*(?:\d[\d,.]*\s+)?$", re.I
)
#: Labels a number names a thing by, capitalised: "Section 8 to 300 families", "Windows 10 to".
_LABELS = frozenset(
    [
        "section", "title", "article", "chapter", "phase", "tier", "route", "highway", "interstate",
        "district", "proposition", "resolution", "decree", "law", "act", "windows", "grade", "level",
        "stage", "zone", "pillar", "goal", "figure", "table", "part", "line", "version", "category",
        "type", "group", "amendment", "annex", "appendix",
    ]
)  # fmt: skip
#: A number just after a capitalised word, or after "voted" or "a vote of", a tally's, or joined to a
#: code's letters: no range's near end where the word is one of :data:`_LABELS`.
_NAMED = lazy(
    rf"\b(?P<name>[A-Z][a-z]+)\s+\d[\d,.]*\s+(?:to|or)\s+[{SIGNS}]?\s*$"
    r"|\b(?:voted|vote\s+of)\s+\d[\d,.]*\s+to\s+$"
    # A code's short number joined to its letters: "G7 or 40 countries", "PM2.5 to 9"; not a sum's
    # ("L5,000 to 8,000", "Q500 to 800").
    r"|\b(?![LQ]\d)[A-Z]+\d{1,2}(?:\.\d+)?\s+(?:to|or|and)\s+$"
)
#: A percentage, then "to", "or" or "and": "fell 12% to".
_PERCENT_BEFORE = lazy(r"\d\s*%\s+(?:to|or|and)\s+$", re.I)
_PERCENT_AFTER = lazy(r"\s*(?:%|percent\b|per\s+cent\b|pct\b|pc\b)", re.I)


@cache
def _changed_by_pattern() -> re.Pattern[str]:
    """A change by a number, then "to" what it came to: "rose by 12 to", "rose sharply 4,000 to", "grew by
    $3 million to $". Not "by" alone: "staffed by 20 to 30 volunteers" is a range. Compiled when first
    asked for: its hundred words of change cost an import some 3 ms, and most quotes join no numbers."""
    return compiled(
        rf"\b(?:{'|'.join(_CHANGES)})(?:\s+(?:{_ADVERBS}))?(?P<by>\s+by)?\s+(?P<sign>[{SIGNS}])?\s*"
        rf"(?P<number>{_ANY_NUMBER})\s+to\s+(?P<far_sign>[{SIGNS}])?\s*$",
        re.I,
    )


def not_a_range(before: str, then: str, after: str, *, bare: bool = True) -> bool:
    """Whether the number ``then``, joined to the number ending ``before`` and followed by ``after``,
    is no range's far end but a number of its own: one of several "respectively", the result of a
    change by the first ("rose by 12 to 74"), a count after a percentage ("fell 12% to 3,500"), a
    number after "and" with no "between" ("12 were killed and 40 injured", "Title 42 and 2,000"), one
    after a name's number or in a tally ("Section 8 to 300 families", "voted 5 to 4"); and,
    where the first number is ``bare`` (no sign or percentage joins them), a number after a year that
    dates what came before, a smaller number, or a count after a sum (see :func:`_not_after_a_count`)."""
    if _JOINED_BY_WORD.search(before) and (
        (_RESPECTIVELY.match(after) and _AND_JOINED.search(before))
        or _changed_by(before, then, after)
        or _a_count_after_a_percent(before, after)
        or (_AND_AFTER_DIGITS.search(before) is not None and _BETWEEN.search(before) is None)
        or _named(before, then, after)
    ):
        return True
    return bare and _not_after_a_count(before, then, after)


def from_a_change(before: str) -> bool:
    """Whether ``before`` ends with "from", where a number is read, after a word of change: the start of
    a change ("rose from 40 to 74", "fell from 8% to 5%", "an increase from"), either end of which may
    be claimed; not of a range ("houses from 30 to 50 people", "ranging from 3,000 to 5,000")."""
    tail = before[-60:]  # asked of most figures, which follow no "from": a look before the expression
    if "from" not in tail.lower():
        return False
    found = _FROM.search(tail)
    return found is not None and (found["word"] or "").lower() in _CHANGE_WORDS


def _named(before: str, then: str, after: str) -> bool:
    """Whether the number ending ``before`` is a label's, a code's or a tally's (see :data:`_NAMED`), with
    ``then`` a number of its own: a label's number far smaller than a count ("Section 8 to 300
    families", where "Grade 1 to 6 pupils" and "Category 4 or 5 hurricanes" are ranges of labels), not
    a place's or a people's ("Hondurans 18 to 25"); a tally's not a count of times ("voted 2 to 3 times")."""
    found = _NAMED.search(before)
    if found is None:
        return False
    if found["name"] is not None:
        near, far = _amount(before[found.end("name") :].split()[0]), _amount(then)
        return (
            found["name"].lower() in _LABELS
            and near is not None
            and far is not None
            and far >= max(100.0, 10 * near)
        )
    return not re.match(r"\s+times\b", after, re.I)


def _changed_by(before: str, then: str, after: str) -> bool:
    """Whether "to" joins a change and what it came to, both written alike ("by 12 to 74", "by $3
    million to $45 million"), rather than the ends of a range the far end's unit is written once for
    ("by 10 to 15 percent", "by 2 to 3 million", "by $3 to $4 million")."""
    change = _changed_by_pattern().search(before)
    if change is None or _PERCENT_AFTER.match(after) or bool(change["sign"]) != bool(change["far_sign"]):
        return False
    near = change["number"]
    if _A_MAGNITUDE.search(near) is None and _A_MAGNITUDE.search(then) is not None:
        # "By 2 to 3 million" is a range, the magnitude written once; "by 175,000 to 158.6 million"
        # no range: 175,000 million would be written otherwise.
        return near[:1].isdigit() and (_amount(near) or 0) >= 1000
    first, last = _amount(near), _amount(then)
    if first is None or last is None:
        return False
    if change["by"]:  # "increased by 1,200 to 5,400 families": "by" says a change is told
        return last >= _CHANGED_BY_AT_LEAST * first > 0
    return bool(_RESULT_ENDS.match(after)) and last >= _CHANGED_AT_LEAST * first > 0


def _a_count_after_a_percent(before: str, after: str) -> bool:
    """Whether a percentage is joined to a number that is none: "fell 12% to 3,500 arrivals"."""
    return _PERCENT_BEFORE.search(before) is not None and not _PERCENT_AFTER.match(after)


def _not_after_a_count(before: str, then: str, after: str) -> bool:
    """Whether ``then`` is no range's far end: one after a year that dates what came before ("3,100
    in 2019 and 4,500 in 2020"), a smaller number, counting what the first went to ("$1,201,000 to
    300 households"), or a count after a sum ("$150 to 2,300 families", not "$5 to 10 million")."""
    if _DATED.search(before):
        return True
    first = _BEFORE_CONNECTOR.search(before)
    if first is None:
        return False
    counted = _COUNTED_WORD.match(after) is not None and not _A_MAGNITUDE.search(then)
    return _falls(first["number"], then) or (bool(first["sign"]) and counted)


def _amount(number: str) -> float | None:
    """The value of a number in digits or words, its magnitudes read: 12 of "12", 2 of "two", 1.5e6 of
    "1.5 million"; None for one not read so."""
    words = number.lower().split()
    scale = 1.0
    while words and words[-1] in MAGNITUDES:
        scale *= MAGNITUDES[words.pop()]
    if not words:
        return scale
    try:
        return (numeral_value(words[0]) if words[0][:1].isdigit() else spelled_value(" ".join(words))) * scale
    except (ValueError, KeyError):
        return None


def _falls(first: str, then: str) -> bool:
    """Whether the number ``then`` is less than the number ``first``: no range's far end, which is the
    larger ("5 to 10 million"), but a count of what a sum went to ("$1,201,000 to 300")."""
    near, far = _amount(first), _amount(then)
    return near is not None and far is not None and far < near
