"""Numbers in words as a figure writes them, group after group: "two thousand three hundred",
"one thousand and fifty", "two million five hundred thousand".

A number in words past a thousand is written as groups, each smaller than the magnitude before it.
Read only up to its first magnitude, "two thousand three hundred people" would be refused as two
numbers, and worse, "two thousand" quoted from it would pass as the source's number.
"""

from __future__ import annotations

import re

from rootcheck.text.numbers import MAGNITUDES, SPELLED_WORDS, spelled_value

#: A number in words: "twenty-five", "one hundred", "a dozen", "two dozen"; "a" only before "hundred"
#: or "dozen", as "a two-year program" counts one program. "And" after its "hundred" ("one hundred
#: and twenty") is read as part of it.
SPELLED = re.compile(
    rf"^((?:a[\s-]+(?=(?:hundred|dozen)\b))?"
    rf"(?:(?:{SPELLED_WORDS}|hundred(?:\s+and(?=\s+(?:{SPELLED_WORDS})\b))?)(?:[\s-]+|$))*"
    rf"(?:{SPELLED_WORDS}|hundred)\b)",
    re.I,
)
#: A magnitude after a number ("million", "thousands"), its plural "s" apart.
MAGNITUDE = re.compile(r"^[\s-]*(" + "|".join(MAGNITUDES) + r")(s?)\b", re.I)
#: What joins a group to the larger one before it: a space or hyphen, or "and" ("one thousand and fifty").
_NEXT_GROUP = re.compile(rf"^(\s+and)?[\s-]+(?=(?:{SPELLED_WORDS})\b)", re.I)
#: What ends a group as a word's, not the number's: a hyphen joining it to a word ("ten-year"), a
#: fraction after it ("one thousand and one half", read as a mixed number is).
_NOT_ITS_END = re.compile(r"^(?:-[^\W\d_]|[\s-]+(?:half|halves|third|thirds|quarter|quarters)\b)", re.I)


def smaller_groups(text: str, scale: float) -> tuple[float, int]:
    """The value and length of the groups in words at the start of ``text`` that go on a number whose
    last magnitude is ``scale``: "three hundred" after "two thousand", "and fifty" after "one thousand",
    "five hundred thousand" after "two million"; (0, 0) where none does.

    Only magnitudes of a thousand and more have groups after them (a hundred's "and" is read by
    :data:`SPELLED`). A group as large as the magnitude before it starts another number: "one
    thousand and five thousand" is a range's two ends, not six thousand; and one under a hundred
    goes on the number only after "and" ("one thousand and fifty", not "ten thousand ten year bonds").
    """
    value, end = 0.0, 0
    while scale >= 1e3 and (join := _NEXT_GROUP.match(text[end:])):
        at = end + join.end()
        group = SPELLED.match(text[at:])
        if group is None:
            break
        words = group.group(1)
        group_value, stop, group_scale = spelled_value(words), at + group.end(), 1.0
        while (magnitude := MAGNITUDE.match(text[stop:])) and not magnitude.group(2):
            group_scale *= MAGNITUDES[magnitude.group(1).lower()]
            stop += magnitude.end()
        amount = group_value * group_scale
        # As large as the magnitude before, it starts another number. Without "and", a group under a
        # hundred is more often a word's than the number's: "ten thousand ten year bonds" are ten
        # thousand bonds, "five thousand three year olds" as many children. A dozen is no group.
        if (
            amount >= scale
            or (join.group(1) is None and amount < 100)
            or "dozen" in words.lower()
            or _NOT_ITS_END.match(text[stop:])
        ):
            break
        value += group_value * group_scale
        end, scale = stop, group_scale
    return value, end
