"""Where a quote's edges change how much its figure covers: a quote starting on the whole a part is
taken from ("the 300 clinics reopened" of "Only 30 of the 300 clinics reopened"), or ending before
the words that make its number a rate ("Remittances total $40 million" of "… $40 million a month").

Both are warnings: "one of the 300 workers hired" quoted as "the 300 workers hired" names the same
300, and a rate may be told again in the quote's own words; the editor reads and decides.
"""

from __future__ import annotations

import re

from rootcheck.checks.wording import unemphasised
from rootcheck.model import Anchor
from rootcheck.text.document import Document

#: How far before a quote its start is read for the part it is taken from.
_READ_BEFORE = 60
#: A part of a whole, and the "of" that joins it to the whole the quote starts with: "None of the",
#: "Only 30 of", "a fraction of the", "Most of its", "40 percent of the". Not "all of", "each of",
#: "every one of" or "both of", which take the whole.
_PART_OF = re.compile(
    r"(?<!every )(?<!each )\b(?P<part>(?:not\s+)?(?:none|few|little|some|most|half|many|much|several"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
    r"|not\s+all|(?:a|an|the|one|two|three)\s+(?:third|quarter|fifth|tenth|fraction|portion|share|part"
    r"|handful|minority|majority|percentage|proportion|bulk|rest|remainder)s?"
    r"|\d[\d,.]*(?:\s*(?:%|percent|per\s+cent))?)\s+of(?:\s+(?:the|its|their|these|those|this|that))?\s*$",
    re.I,
)
#: What makes the number just before it a rate: "a month", "per person", "annually", "each" after it
#: ("received $40 million each", "each year"). Not a day or a year that dates a thing ("a year ago",
#: "a day after the storm"), nor "each" before a verb ("40 clinics each received"), "each other".
_RATE = re.compile(
    r"[ \t]*(?:\r?\n[ \t]*)?(?P<rate>(?:a|an|per)\s+(?:year|month|week|day|hour|head|person|capita"
    r"|household|family|student|patient|worker|beneficiary|child|resident)\b"
    r"(?!\s+(?:ago|earlier|later|after|before|since|from|into|of)\b)"
    r"|each\b(?=\s*(?:[.,;:)—–]|$|(?:in|for|per|a|year|month|week|day|time)\b))"
    r"|apiece\b|annually\b|monthly\b|weekly\b|daily\b|yearly\b)",
    re.I,
)


#: A number among the last two words of a quote, which a rate after it would be the rate of: "$40
#: million", "40 patients", "40 percent"; not "The two ministers met" before "each week".
_COUNTED_LAST = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|hundred|dozen|percent)\b)[^\s]*(?:\s+[^\s]+)?\s*$", re.I
)


def scope_problems(doc: Document, anchor: Anchor) -> list[str]:
    """Each way the quote's edges change how much its figure covers."""
    return [found for found in (started_on_a_part(doc, anchor), ended_before_a_rate(doc, anchor)) if found]


def started_on_a_part(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote starts on the whole that the source takes a part of, just before it: what the
    source says of the part would read as said of the whole."""
    if anchor.span is None:
        return None
    start = anchor.span.start
    # Most quotes start after no "of" (nor "of the", "of their"): told so before any pattern is read.
    if "of" not in doc.text[max(0, start - 12) : start].lower():
        return None
    found = _PART_OF.search(unemphasised(doc.text[max(0, start - _READ_BEFORE) : start]))
    if found is None:
        return None
    part = " ".join(found.group().split())
    return (
        f"the quote starts just after the source's “{part}”: what the source says of a part would read "
        "as said of the whole; start the quote with it"
    )


def ended_before_a_rate(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote ends just before the words that make its number a rate: a monthly sum would
    read as a total, a daily count as a count."""
    if anchor.span is None:
        return None
    found = _RATE.match(doc.text, anchor.span.end)
    if found is None or not _COUNTED_LAST.search(doc.text, max(0, anchor.span.end - 40), anchor.span.end):
        return None
    rate = " ".join(found.group("rate").split())
    return (
        f"the quote ends just before the source's “{rate}”: the source's figure is a rate, which would "
        "read as a total; end the quote after it"
    )
