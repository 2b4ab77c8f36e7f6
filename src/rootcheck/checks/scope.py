"""Where a quote's edges change how much its figure covers: a quote starting on the whole a part is
taken from ("the 300 clinics reopened" of "Only 30 of the 300 clinics reopened"), or on a whole
each of which the source says its number of ("the 40 clinics received $5,000" of "Each of the 40
clinics received $5,000"), or ending before the words that make its number a rate ("Remittances
total $40 million" of "… $40 million a month").

All are warnings: "one of the 300 workers hired" quoted as "the 300 workers hired" names the same
300, and "each" or a rate may be told again in the quote's own words; the editor reads and decides.
"""

from __future__ import annotations

import re

from rootcheck.model import Anchor
from rootcheck.patterns import lazy
from rootcheck.text.changes import RATE, RATE_AFTER_A_NUMBER
from rootcheck.text.document import Document
from rootcheck.text.emphasis import unemphasised
from rootcheck.text.numbers import (
    CURRENCY_WORDS,
    PLURAL_MAGNITUDE,
    PLURALS,
    SIGNS,
    SPELLED_WORDS,
    number_tokens,
)
from rootcheck.text.rates import NUMBER_BEFORE, RATE_APART

#: How far before a quote its start is read for the part it is taken from.
_READ_BEFORE = 60
#: A part of a whole, and the "of" that joins it to the whole the quote starts with: "None of the",
#: "Only 30 of", "a fraction of the", "Most of its", "40 percent of the". Not "all of", "each of",
#: "every one of" (or "every single", "any one of") or "both of", which take the whole; nor "the first
#: half of the year", a time; nor "Article 12 of", "page 40 of", "ranked 157 of", which number.
_PART_OF = lazy(
    r"(?<!every )(?<!each )(?<!single )(?<!last )(?<!any )(?<!first )(?<!second )(?<!final )(?<![-\w])"
    r"(?P<part>(?:not\s+)?(?:none|few|little|some|most|half|many|much|several|dozens|hundreds|thousands|tens|scores"
    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine)|ten|twenty|thirty|forty|fifty)"
    r"|not\s+all|(?:a|an|the|one|two|three)\s+(?:third|quarter|fifth|tenth|fraction|portion|share|part"
    r"|handful|minority|majority|percentage|proportion|bulk|rest|remainder)s?"
    r"|\d[\d,.]*(?:\s*(?:%|percent|per\s+cent))?)"
    r"\s+of(?:\s+(?:the|its|their|these|those|this|that))?\s*$",
    re.I,
)
#: Parts that deny what is said of the whole: refused at the quote's start as negations.
_DENYING_PARTS = frozenset(["none", "not one"])
#: Where a clause starts: after a mark that ends or parts one, or a line's end.
_PAUSE = lazy(r"[.,;:!?()—–\n]")
#: Words that may open a clause before the part that is its subject: "Only 30 of", "but less than half
#: of", "In all, almost none of".
_LEADING = frozenset(
    ["only", "just", "but", "and", "yet", "so", "still", "even", "although", "though", "while", "because",
     "as", "since", "when", "if", "where", "that", "which", "nearly", "almost", "about", "roughly", "over",
     "under", "more", "less", "than", "fewer", "at", "least", "most", "well", "far", "barely", "little",
     "*", "-", "**"]
)  # fmt: skip
#: Words before a number that number a thing rather than count a part: "Article 12 of", "page 40 of".
_NUMBERING = frozenset(
    ["article", "section", "title", "chapter", "paragraph", "goal", "decree", "law", "rule", "page", "ranked",
     "rank", "number", "no", "item", "line", "step", "phase", "stage", "round", "pillar", "clause", "annex",
     "table", "figure", "objective", "target", "priority", "point", "part", "volume", "case"]
)  # fmt: skip


#: A sum among the last words of a quote: "$22", "250 quetzales", "2,400 lempiras", "80 cents".
MONEY = lazy(
    rf"[{SIGNS}]|\b(?:{'|'.join(map(re.escape, CURRENCY_WORDS))}|cents?|pesos?|col[oó]n(?:es)?)\b", re.I
)
#: Where a quote's clause ends just after it: a mark that ends or parts a clause, or the line's end.
_CLAUSE_ENDS = lazy(r"[ \t*_\"”’]*(?:[.,;:!?)—–]|$)", re.M)
#: A number among the last two words of a quote, which a rate after it would be the rate of: "$40
#: million", "forty patients", "6 per cent"; not "The two ministers meet" before "every week".
_COUNTED_LAST = lazy(
    rf"(?:\d|\b(?:{SPELLED_WORDS}|million|billion|thousand|hundred|percent)\b)[^\s]*(?:\s+per\s+cent|\s+[^\s]+)?\s*$",
    re.I,
)
#: A quote ending with its number or its sum, no counted noun after it: "$400 million", "2,000
#: lempiras", "5 percent", "hires 300". Nothing there is given the time after it, which is a rate
#: whatever follows (see :data:`RATE_AFTER_A_NUMBER`).
_NUMBER_LAST = lazy(
    rf"(?:\d\S*|\b(?:{SPELLED_WORDS}|million|billion|trillion|thousand|hundred|percent|cent"
    rf"|{'|'.join(map(re.escape, CURRENCY_WORDS))}|cents?|pesos?|col[oó]n(?:es)?))\s*$",
    re.I,
)


def scope_problems(doc: Document, anchor: Anchor) -> list[str]:
    """Each way the quote's edges change how much its figure covers."""
    found = (
        started_on_a_part(doc, anchor),
        started_after_each_of(doc, anchor),
        started_after_a_rate(doc, anchor),
        ended_before_a_rate(doc, anchor),
    )
    return [problem for problem in found if problem]


def started_after_a_rate(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote starts just after the words that make the number in it a rate, told before it:
    "300,000 migrants cross" of "Every year, 300,000 migrants cross", "spends $41 million" of "The
    ministry each year spends $41 million". Not a rate an earlier number goes on with ("visit 300 farms
    every week"), which is that number's."""
    if anchor.span is None:
        return None
    before = unemphasised(doc.text[max(0, anchor.span.start - 60) : anchor.span.start])
    rates = list(RATE_APART.finditer(before))
    found = rates[-1] if rates else None
    if found is None or before[found.end() :].strip(" \t,") or NUMBER_BEFORE.search(before, 0, found.start()):
        return None
    rate = " ".join(found.group().split())
    return (
        f"the quote starts just after the source's “{rate}”: the source's figure is a rate, which would read "
        "as a total; start the quote with it"
    )


def started_on_a_part(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote starts on the whole that the source takes a part of, just before it: what the
    source says of the part would read as said of the whole."""
    if anchor.span is None:
        return None
    start = anchor.span.start
    # Most quotes start after no "of" (nor "of the", "of their"): told so before any pattern is read.
    if "of" not in doc.text[max(0, start - 12) : start].lower():
        return None
    # A quote that stops before its clause ends names the whole without its verb: "300 nurses hired in
    # 2022" of "Some of the 300 nurses hired in 2022 have since quit" says nothing of them all.
    if not _CLAUSE_ENDS.match(doc.text, anchor.span.end):
        return None
    before = unemphasised(doc.text[max(0, start - _READ_BEFORE) : start])
    found = _PART_OF.search(before)
    if found is None:
        return None
    numbered = before[: found.start()].split()[-1:]
    if found["part"][:1].isdigit() and numbered and numbered[0].lower().rstrip(".") in _NUMBERING:
        return None
    # The part the subject of its clause, the quote its verb's: not "The audit examined a fraction of",
    # whose quote names the whole examined, nor "Honduras is one of the 10 most violent countries".
    lead = _PAUSE.split(before[: found.start()])[-1].split()
    if not all(word.lower() in _LEADING for word in lead):
        return None
    # "None of the" denies what the quote says of them all, which is refused as a negation (see
    # rootcheck.checks.starts); "Tens of" before "thousands" is a number the quote cuts, told as one.
    if found["part"].lower() in _DENYING_PARTS:
        return None
    if found["part"].lower() in PLURALS and PLURAL_MAGNITUDE.match(doc.text[start : start + 40]):
        return None
    part = " ".join(found.group().split())
    return (
        f"the quote starts just after the source's “{part}”: what the source says of a part would read "
        "as said of the whole; start the quote with it"
    )


#: "Each of" just before a quote: "Each of the 40 clinics", "Every one of its 12 offices".
_EACH_OF = lazy(r"\b(?:each|every\s+one)\s+of(?:\s+(?:the|its|their|these|those))?\s*$", re.I)


def started_after_each_of(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote starts on a whole just after "Each of" and goes on to a number of each: "the 40
    clinics received $5,000" of "Each of the 40 clinics received $5,000" would read as $5,000 in all."""
    if anchor.span is None:
        return None
    start = anchor.span.start
    found = _EACH_OF.search(unemphasised(doc.text[max(0, start - 20) : start]))
    if found is None or len(number_tokens(doc.text[start : anchor.span.end])) < 2:
        return None
    each = " ".join(found.group().split())
    return (
        f"the quote starts just after the source's “{each}”: what the source says of each would read as "
        "said of them all together; start the quote with it"
    )


def ended_before_a_rate(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote ends just before the words that make its number a rate: a monthly sum would
    read as a total, a daily count as a count."""
    if anchor.span is None:
        return None
    last = doc.text[max(0, anchor.span.end - 40) : anchor.span.end]
    if not _COUNTED_LAST.search(last):
        return None
    found = (RATE_AFTER_A_NUMBER if _NUMBER_LAST.search(last) else RATE).match(doc.text, anchor.span.end)
    if found is None:
        return None
    # "a night" or "a shift" after a sum is what it pays for; after a count, what was given ("gave 300
    # families a night in a hotel").
    if found["paid"] and not MONEY.search(doc.text, max(0, anchor.span.end - 40), anchor.span.end):
        return None
    rate = " ".join(found.group("rate").split())
    return (
        f"the quote ends just before the source's “{rate}”: the source's figure is a rate, which would "
        "read as a total; end the quote after it"
    )
