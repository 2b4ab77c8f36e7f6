"""Whether a number opens its clause, the subject of the verb that follows what it counts.

"The storm destroyed 40 bridges and roads were closed": after a verb, what a number counts may end at
the join, and the second side be the subject of a clause of its own. "Some 120 doctors and nurses
attended the clinics": where the number opens its clause, no verb stands before it to make a clause
of the first side alone, and the join is the subject of the one verb, counted whole. A clause is read
as opened by its number where nothing stands before the number's bounds in it, or a phrase of time
("Last year", "In March 2023"), a phrase set off by a comma that starts with a preposition or a
conjunction of time or cause ("In March,", "According to the ministry,", "When the clinics opened,"),
or a word that opens a reported clause ("said", "that"). Anything else may hold the verb the number
is the object of, and is read so.
"""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import CLAUSE_STOP
from rootcheck.text.numbers import MONTHS

#: Where the clause before a number starts: after what ends a sentence or a clause.
_STOP = lazy(CLAUSE_STOP)
_MONTHS = f"{MONTHS}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
#: A phrase of time that may open a clause before its subject without a comma: "Last year", "In 2022",
#: "In March 2023", "During the past year", "So far this year".
_TIME = lazy(
    r"(?:(?:in|during|by|since|over|throughout|through|so\s+far)\s+)?"
    r"(?:(?:the\s+)?(?:last|this|next|past|same|previous|first|second|third|fourth)\s+)?"
    rf"(?:(?:fiscal|financial|school|calendar)\s+)?(?:year|month|week|quarter|decade|season|semester|"
    rf"spring|summer|autumn|fall|winter|{_MONTHS}|\d{{4}})(?:\s+\d{{4}})?(?:\s+alone)?,?",
    re.I,
)
#: Words that open a phrase set off by a comma before a clause's subject: prepositions, conjunctions of
#: time or cause, and words that sum up or turn ("In March, 120 doctors", "Overall, 40 schools").
# fmt: off
_OPENERS = frozenset([
    "in", "on", "at", "by", "during", "since", "after", "before", "across", "throughout", "according",
    "within", "from", "between", "under", "over", "among", "for", "as", "of", "when", "while", "because",
    "although", "though", "once", "until", "whereas", "if", "unless", "overall", "altogether",
    "meanwhile", "however", "moreover", "today", "yesterday", "together", "nationwide", "combined",
])
# fmt: on
#: Words after which a reported clause starts: "said 120 doctors", "found that 40 schools".
_REPORTING = frozenset(["that", "said", "says", "say"])


def clause_lead(before: str, whole: bool) -> str | None:
    """The words of a number's clause before its bounds, of ``before``, the text read before them: after
    its last stop of a sentence or a clause; None where there is none and ``before`` does not start
    where the text or its paragraph does (``whole``), so that the clause's start was not read."""
    stops = list(_STOP.finditer(before))
    if stops:
        return before[stops[-1].end() :].strip()
    return before.strip() if whole else None


def opens_clause(lead: str | None) -> bool:
    """Whether a number whose clause has ``lead`` before its bounds (see :func:`clause_lead`) opens it:
    nothing, a phrase of time, a phrase set off by a comma that an opening word starts, or a word that
    opens a reported clause."""
    if lead is None:
        return False
    lead = lead.strip(" \"“”‘’'([*_")
    if not lead or _TIME.fullmatch(lead):
        return True
    words = lead.split()
    if words[-1].lower() in _REPORTING:
        return True
    return lead.endswith(",") and words[0].lower() in _OPENERS
