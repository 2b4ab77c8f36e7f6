"""Digits written small, raised or ringed ("²", "₂", "①"): a unit's or a formula's ("km²", "CO₂"), a
power ("10²") or a footnote's mark ("million¹", "2022.¹"), never one more digit of a number before them.

Matching, the reading of a source's numbers and the parsing of a figure all ask these questions, and
must answer them alike: a mark matching drops as a footnote's and reading kept would be a number the
quote lacks ("source says “1”" of a faithful quote), as it once was after "aid¹".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rootcheck.patterns import compiled, lazy


def is_digit_mark(char: str) -> bool:
    """Whether ``char`` is a digit written small, raised or ringed ("²", "₂", "①", "⑩"): a unit's or a
    formula's ("km²", "CO₂"), a power or a footnote's mark, never a digit more of a number before it."""
    return not char.isdecimal() and char.isnumeric() and unicodedata.normalize("NFKD", char).isdigit()


#: The fewest letters a word holds that a digit mark after it marks for a footnote whatever the word
#: ("million¹", "people²"); a shorter word's may be a unit's or a formula's ("km²", "CO₂").
FOOTNOTE_AFTER = 4
#: Short words a raised digit after is a power of wherever they stand: units of length, area and volume
#: ("per km²", "ft³"). After a number, any short word is taken for a unit ("450 hm³", "9.2 million
#: Sm³"), and after a slash too ("m/s²"). A raised digit after any other short word marks a footnote.
POWERED = frozenset({"m", "km", "cm", "mm", "dm", "nm", "µm", "μm", "ft", "in", "mi", "yd"})
#: What a unit written with a power may follow: a number, or a magnitude after one, and a space.
_AFTER_A_NUMBER = lazy(r"(?:\d|\b(?:thousand|million|billion|trillion))[ \u00a0]?$", re.I)
#: What a footnote's mark may follow besides a word: the end of a sentence or a clause, a quotation,
#: a bracket or a percentage ("2022.¹", "schools”²", "(2021)³", "45%¹"); a link's end in Markdown
#: ("[report](https://…)³") is a bracket's.
_CLOSING = frozenset(".,;:!?)]}\"'”’»…%")
#: What closes emphasis or a code span in Markdown ("*aid*¹", "**funds**²", "_aid_¹", "`ledger`⁴"),
#: which a reader does not see: a mark after it is read by the word it closes, as after a plain one.
_CLOSERS = frozenset("*_`")
#: A number joined by a hyphen to a name ("COVID-19", "SARS-CoV-2", "G-20"): a digit raised after it
#: marks a footnote. A name's number is no quantity, and no one raises it to a power, where after a
#: number alone ("10⁶") a raised digit may be one. A dash or a minus sign joins no name ("x−2²").
_NAMED_NUMBER = lazy(r"[^\W\d_][-\u2010\u2011]\d+$")
_LOWERED = lazy("[\u2080-\u2089]")


def footnote_mark(text: str, at: int, start: int = 0) -> bool:
    """Whether the digit mark at ``text[at]`` marks a footnote, as a reader takes it: after a word of
    :data:`FOOTNOTE_AFTER` letters or more, after a shorter word but a unit's power (:data:`POWERED`) or
    a formula's lowered digit ("CO₂"), or after what closes a sentence, a clause, a quotation or a
    bracket, or after a name's number ("COVID-19¹"). Never after a number alone ("40²" may be 1,600),
    nor where nothing before it in ``text[start:]`` says. The marks of a run ("¹²") are one mark, read
    by what stands before the first; Markdown's emphasis or code closed just before it ("*aid*¹") is
    read past, to the word it closes."""
    while at > start and is_digit_mark(text[at - 1]):
        at -= 1
    lowered = _LOWERED.match(text, at) is not None
    at = past_closers(text, at, start)
    if at <= start:
        return False
    before = text[at - 1]
    if not before.isalpha():
        if lowered:  # a lowered digit after a point is a formula's: "PM₂.₅"
            return False
        if before.isdecimal():
            return _NAMED_NUMBER.search(text, max(start, at - 24), at) is not None
        return before in _CLOSING
    word = at - 1
    while word > start and at - word < FOOTNOTE_AFTER and text[word - 1].isalpha():
        word -= 1
    if at - word >= FOOTNOTE_AFTER:
        return True
    written = text[word:at]
    # After a number, but a decade's "s" ("the 1990s¹") and a name in capitals ("12 UN² agencies").
    named = written == "s" or (len(written) > 1 and written.isupper())
    unit = (
        written.lower() in POWERED
        or text[word - 1 : word] == "/"
        or (not named and _AFTER_A_NUMBER.search(text, max(start, word - 12), word) is not None)
    )
    return not (lowered or unit)


def past_closers(text: str, at: int, start: int = 0) -> int:
    """Where what a reader sees before ``text[at]`` ends: before any emphasis or code span Markdown
    closes there (``*aid*``, ``**40**``), which a digit mark after it is read by."""
    while at > start and text[at - 1] in _CLOSERS:
        at -= 1
    return at


_NUMBER_BEFORE = lazy(r"\d(?:[\d,.]*\d)?$")
#: A word a footnote's mark may follow, or a name's number ("COVID-19").
_WORD_BEFORE = lazy(r"[^\W\d_]+(?:[-\u2010\u2011]\d+)?$")


def marked_number(text: str) -> str | None:
    """The first digit mark of ``text`` joined to a number or to a word it marks for a footnote, with
    the number or the word ("40²", "billion¹", "COVID-19¹"); None where there is none. After a number,
    a power or a footnote's mark, which no figure can tell apart (40² is 1,600); after a word or a
    name's number, a footnote's."""
    if text.isascii():
        return None
    for at, char in enumerate(text):
        if not (at and is_digit_mark(char)):
            continue
        if footnote_mark(text, at) and (word := _WORD_BEFORE.search(text, 0, at)):
            return text[word.start() : at + 1]
        if raised := _NUMBER_BEFORE.search(text, 0, at):
            return text[raised.start() : at + 1]
    return None


@cache
def digit_marks() -> str:
    """Every digit mark (see :func:`is_digit_mark`), for a pattern's class: Latin-1's three, and the
    raised, lowered, ringed and dingbat digits."""
    wide = [*range(0x2070, 0x20A0), *range(0x2460, 0x2800), *range(0x3251, 0x32C0)]
    return "".join(char for char in map(chr, [0xB2, 0xB3, 0xB9, *wide]) if is_digit_mark(char))


@cache
def _mark_runs() -> re.Pattern[str]:
    return compiled(f"[{digit_marks()}]+")


def without_footnote_marks(text: str) -> str:
    """``text`` without the marks :func:`footnote_mark` takes for a footnote's, as matching reads it."""
    return _mark_runs().sub(lambda run: "" if footnote_mark(text, run.start()) else run.group(), text)
