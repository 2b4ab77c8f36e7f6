"""Numbers a figure may start with that count nothing: "a few", "a handful of", "several thousand",
"1,000s of", the 1990s, a day of a month, a time of day, a list item's number ("(1) Address economic
insecurity"). Published, each would read as an exact count ("a few" as one, "1,000s of migrants" as
exactly 1,000), so a figure of one is refused.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.numbers import MONTHS

#: Words after an article that count no one thing: "a few"; and, before "of", "a handful of", "a
#: majority of" (where "a host family" and "a couple from Honduras" count one).
_NO_COUNT = frozenset(["few"])
_NO_COUNT_OF = frozenset(
    [
        "handful", "couple", "majority", "minority", "number", "lot", "lots", "bunch", "host",
        "plurality", "fraction", "portion", "share", "proportion", "percentage", "series", "range",
        "variety", "myriad", "slew", "raft", "multitude", "swath",
    ]
)  # fmt: skip
#: Words before a magnitude or a dozen that state no number, as "a few" does: "several thousand
#: families", "many thousands of people"; or no word at all, where a figure starts at the magnitude and
#: leaves its number out: "hundred families" of "two hundred families" or "several hundred families".
_VAGUE_BEFORE = lazy(
    r"(?:(?P<vague>several|many|numerous|countless)\s+)?"
    r"(?P<magnitude>hundred|thousand|million|billion|trillion|dozen)(?(vague)s?)\b",
    re.I,
)
#: A numeral made plural: "1,000s of migrants", "the 1990s".
_PLURAL = lazy(r"[sS](?![\w'’])")
#: After a numeral, what makes it no count: a day's month ("31 March"), a time of day ("3pm", "3 p.m."),
#: or "mil", which is a million in English and a thousand in Spanish; not "5,000 May Day marchers",
#: "40 AM radio stations", "6 Mil helicopters" or "50 mil-spec radios".
_AFTER = lazy(
    rf"\s?(?:(?P<month>(?:{MONTHS}))\b(?!\s+Day\b)|(?P<time>[ap]m\b|[ap]\.m\b\.?)|(?P<mil>mil)\b(?![-.]))"
)
_AFTER_IS = {
    "month": "a date",
    "time": "a time of day",
    "mil": "a million in English and a thousand in Spanish",
}
#: The day a month may follow and the hour a time of day may, as a numeral writes them.
_DAY = lazy(r"0?[1-9]|[12]\d|3[01]")
_HOUR = lazy(r"0?[1-9]|1[0-2]")


def article_uncounted(article: str, after: str) -> str | None:
    """Why an article before ``after`` counts no one thing ("a few"), if it does not."""
    words = after.split(None, 2)
    word = words[0].lower().strip(",;:") if words else ""
    of = len(words) > 1 and words[1].lower() == "of"
    if word not in _NO_COUNT and not (of and word in _NO_COUNT_OF):
        return None
    return f"{article} {word!r} states no number: claim a number the source gives, or list the passage in skipped.yaml"


def words_uncounted(rest: str) -> str | None:
    """Why the words a figure's number starts with (``rest``) state no number, if they do not: a word
    such as "several" before a magnitude ("several thousand", "several dozen"), or the magnitude alone,
    its number left out ("hundred families", 100 where the source may say "several hundred")."""
    found = _VAGUE_BEFORE.match(rest)
    if found is None:
        return None
    if found["vague"]:
        vague = found["vague"]
        return f"{vague!r} states no number: claim a number the source gives, or list the passage in skipped.yaml"
    word = found["magnitude"]
    left_out = f"(“two {word.lower()}”, “several {word.lower()}”)"
    return f"{word!r} alone states no number: the words before it are left out {left_out}; claim a number the source gives"


def numeral_uncounted(written: str, after: str) -> str | None:
    """Why the numeral ``written``, before ``after``, counts nothing, if it does not: a plural or a decade
    ("1,000s", "1990s"), a day of a month ("31 March"), a time of day ("3pm"), or "mil". A year alone is
    not refused: "the caravan numbered 2000" counts, as a source may write a count without its comma."""
    if _PLURAL.match(after):
        return (
            f"{written + after[0]!r} is a plural or a decade, not a number: claim a number the source gives"
        )
    if (found := _AFTER.match(after)) and found.lastgroup and _may_be(found.lastgroup, written):
        shown = written + found.group()
        return (
            f"{shown!r} is {_AFTER_IS[found.lastgroup]}: claim a number that counts, as the source writes it"
        )
    return None


def _may_be(kind: str, numeral: str) -> bool:
    """Whether ``numeral`` may be a day of a month or an hour, as what follows it would make it."""
    if kind == "month":
        return _DAY.fullmatch(numeral) is not None
    return _HOUR.fullmatch(numeral) is not None if kind == "time" else True


#: A list item's number, as a quote may start with it ("(1) Address …", "2) Combat …") or an item of a
#: list run into a sentence may ("objectives: (1) jobs, (2) safety, and (3) health"): one or two digits in
#: brackets, or with a closing bracket alone at a line's start, where no word of the sentence comes before.
_NUMBERED = lazy(r"\d{1,2}\)")
_ENUMERATOR = lazy(r"(?:(?P<line>^)|[:;,]|\b(?:and|or))[ \t*_•-]*(?P<open>\()?\Z", re.M)


def enumerates(text: str, at: int) -> str | None:
    """The list item's number written at ``text[at]`` ("(1)", "2)"; see :data:`_ENUMERATOR`), in a quote
    or a source; None where a number there counts."""
    numbered = _NUMBERED.match(text, at)
    if numbered is None or (at > 0 and text[at - 1].isdigit()):
        return None
    before = _ENUMERATOR.search(text, max(0, at - 12), at)
    if before is None or (before["open"] is None and before["line"] is None):
        return None
    return ("(" if before["open"] else "") + numbered.group()
