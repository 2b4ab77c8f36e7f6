"""The words and signs that bound a figure's number: before it ("more than", "~"), or after it ("+",
"-odd", "or more"). A slip from one to another says another bound, so each is read as it is written.
"""

from __future__ import annotations

import re
from functools import cache

from rootcheck.model import Qualifier
from rootcheck.patterns import alternatives, compiled, lazy
from rootcheck.text.numbers import HYPHENS, MONTHS, SPELLED_WORDS

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
    # Less common, and read all the same: a slip into one of them says another bound.
    "well over": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "upward of": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    "just under": Qualifier.LESS_THAN,
    "a minimum of": Qualifier.AT_LEAST,
    "at most": Qualifier.UP_TO,
    "no more than": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "a maximum of": Qualifier.UP_TO,
    "circa": Qualifier.APPROXIMATELY,
    "approx.": Qualifier.APPROXIMATELY,
    "approx": Qualifier.APPROXIMATELY,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "not more than": Qualifier.UP_TO,
    "close to": Qualifier.NEARLY,
    "not quite": Qualifier.NEARLY,
    "just shy of": Qualifier.NEARLY,
    "just short of": Qualifier.NEARLY,
    "nigh on": Qualifier.NEARLY,
    "exceeding": Qualifier.MORE_THAN,
    "more or less": Qualifier.APPROXIMATELY,
    # A number said to be exact is as exact as one said bare: "exactly 47" is 47. Not "precisely",
    # as often a word of the sentence's: "120 families or, more precisely, 118".
    "exactly": Qualifier.EXACT,
    # A number only thought likely is no more than an estimate: left out, the source's guess would
    # read as its count.
    "perhaps": Qualifier.APPROXIMATELY,
    "possibly": Qualifier.APPROXIMATELY,
    "probably": Qualifier.APPROXIMATELY,
    "potentially": Qualifier.APPROXIMATELY,
    ">": Qualifier.MORE_THAN,
    "<": Qualifier.LESS_THAN,
    "≥": Qualifier.AT_LEAST,
    "≤": Qualifier.UP_TO,
    "~": Qualifier.APPROXIMATELY,
    "≈": Qualifier.APPROXIMATELY,
}

#: Qualifiers that, bare before a number in running text, are verbs ("the agency estimated 63%"): a
#: figure written with one reads it as a qualifier, but a quote, its source and ``new`` do not.
VERB_QUALIFIERS = frozenset(["estimated"])
#: The qualifiers written as a sign, which may stand against their number.
QUALIFIER_SIGNS = "<>≤≥~≈"
#: A qualifier starting a figure, and the space after it: a word of one has space after it, a sign may
#: have none ("<$179 million", "< 5 years").
#: The qualifiers written as words, as a pattern's alternatives, the longest first.
QUALIFIER_WORDS = alternatives(re.escape(q) for q in QUALIFIERS if q not in QUALIFIER_SIGNS)
QUALIFIER_AT_START = lazy(rf"^((?:{QUALIFIER_WORDS})(?=\s)|[{QUALIFIER_SIGNS}])\s*", re.I)
#: A qualifier in words ending a text, before the number it bounds: "approximately ", "Not quite".
QUALIFIER_AT_END = lazy(rf"\b(?:{QUALIFIER_WORDS})\s*$", re.I)

#: A plus after a number: "5,000+ jobs", "a €2bn-plus deal" are at least that many; not a sum: "2+2".
#: So are "fifty-odd", "twenty-some" and "fifty-something" ones, "500 or more" and "65 and over";
#: "fifty-ish" and "500 or so" are about fifty and five hundred; "500 or fewer" at most 500; "18 and
#: older" at least 18, "11 or younger" at most 11, but not before "than" ("62 and older than any
#: other nominee", "$200 or less than half what was owed").
#: Written apart, "plus" and "and more" are as often a conjunction ("$150 plus transport", "killed 12
#: and more than 40 were injured"): a bound only where the sentence ends with them ("12,000 plus.").
#: "And over", "and up" and "and above" are one ("aged 65 and over make up", "$300 and up for a
#: double") but before a number, a determiner or pronoun, a time or a direction, which start another
#: phrase: "deported 40 and over 200 remain", "500 dollars and over half went to the guide", "and
#: over the weekend", "40 and up north", "3.2% and above target". "Or more" and its like are one but
#: before a number ("3,000 or over 100 a day") or an adverb of their own ("or more importantly");
#: "or so" but before "-called" or a clause that reports it ("or so he claims", "or so witnesses
#: told Reuters"). "And under" and "and below" are at most as many, but only where the clause ends
#: with them or what follows says something of those counted: a verb, a relative, a preposition
#: ("children 5 and under were vaccinated", "12 and under who", "$20 and below, taxes included", "5
#: and under in Guatemala"). Before any other word they are as often a preposition ("40 and under
#: house arrest", "2% and below forecasts", "45 and under police protection"), which no list of
#: what they may govern could hold. "Who" in small letters: "62% and below WHO targets" is a mark; and
#: no word joined to another: "40 and under still-tight rules".
_SAID_OF_THE_COUNTED = (
    "are|were|is|was|be|been|will|would|can|could|may|might|must|shall|should|do|does|did|have|has|had"
    "|(?-i:who|whose)|get|gets|got|receive|receives|received|pay|pays|paid|eat|eats|ride|rides|travel|travels"
    "|qualify|qualifies|qualified|need|needs|needed|make|makes|made|account|accounts|accounted"
    "|represent|represents|represented|in|at|from|with|without|for|across|nationwide|living|enrolled"
    "|accompanied|attending|traveling|travelling|suffer|suffers|suffered|die|dies|died|face|faces|faced"
    "|attend|attends|attended|lack|lacks|lacked|remain|remains|remained|count|counts|counted"
)
_BOUNDED_BY_UNDER = (
    _SAID_OF_THE_COUNTED + "|often|usually|typically|also|still|mostly|generally|alone|only|too|now"
)
_NOT_BOUNDED_BY_AND = (
    "us\\$|to|all|than|of|the|a|an|this|that|these|those|another|its|it|their|them|his|her"
    "|your|our|my|half|several|many|few|some|tens|scores|dozens|hundreds|thousands|millions|billions"
    "|time|times|days"
    f"|weeks|months|years|decades|there|here|christmas|easter|{MONTHS.lower()}|{SPELLED_WORDS}"
)
#: "And up" as rising, and "and above" as beyond a mark: "7 percent and up from 6", "3.2% and above target";
#: but "18 and up from across the country" is a bound.
_NOT_BOUNDED_BY_UP = r"from\s+[\d$€£¥]|on|by|sharply|slightly|north|south|east|west|front"
#: A mark a number stands above: "3.2% and above target", "5% and above inflation". Not "targets" nor
#: "benchmark", as often verbs: "pupils 11 and above targets struggling readers".
_NOT_BOUNDED_BY_ABOVE = (
    "target|expectations|average|forecast|forecasts|estimates|projections|inflation|consensus"
    "|potential|ground|zero|par|normal|freezing|sea|threshold|baseline|trend"
)
_ADVERBS_OF_THEIR_OWN = (
    "importantly|precisely|accurately|specifically|exactly|recently|correctly|strictly|properly"
)
_REPORTING = (
    "say|says|said|claim|claims|claimed|tell|tells|told|allege|alleges|alleged|report|reports|reported"
    "|believe|believes|believed|think|thinks|thought|seem|seems|seemed|appear|appears|appeared|estimate|estimates"
)
PLUSSED = (
    rf"(?:\+(?![\d+])|[{HYPHENS}](?:plus|odd|some|something|ish)\b"
    r"|\s+or\s+(?:even\s+)?(?:more|over|above|upwards?|higher|greater|longer)\b"
    rf"(?!\s*(?:[\d$€£¥]|than\b|(?:{_ADVERBS_OF_THEIR_OWN})\b))"
    r"|\s+(?:plus|and\s+(?:more|greater))\b(?=\s*(?:[.;:)!?]|$))"
    rf"|\s+and\s+(?:over|upwards?)\b(?![{HYPHENS}]|\s*(?:[\d$€£¥]|(?:{_NOT_BOUNDED_BY_AND})\b))"
    rf"|\s+and\s+up\b(?![{HYPHENS}]|\s*(?:[\d$€£¥]|(?:{_NOT_BOUNDED_BY_AND}|{_NOT_BOUNDED_BY_UP})\b))"
    rf"|\s+and\s+above\b(?![{HYPHENS}]|\s*(?:[\d$€£¥]|(?:{_NOT_BOUNDED_BY_AND}|{_NOT_BOUNDED_BY_ABOVE})\b))"
    rf"|\s+and\s+(?:under|below)\b(?=\s*(?:[.,;:)!?—–]|$)|\s+(?:{_BOUNDED_BY_UNDER})\b(?![{HYPHENS}]))"
    rf"|\s+or\s+so\b(?![{HYPHENS}]|\s+(?:\S+\s+){{1,2}}(?:{_REPORTING})\b)"
    r"|\s+(?:and|or)\s+(?:older|younger)\b(?!\s+than\b)"
    r"|\s+or\s+fewer\b"
    r"|\s+or\s+(?:thereabouts|less|under|below|lower|shorter)\b(?!\s*(?:[$€£¥]|\d(?![\d,.]*-)|than\b)))"
)


# Compiled when first read, not at import: with the words that make "and over" no bound it takes some
# 3 ms, which a build that reads no figure need not pay.
@cache
def plused() -> re.Pattern[str]:
    """:data:`PLUSSED`, matched where a text starts or at a position of it."""
    return compiled(PLUSSED, re.I)


#: How far from a figure's end a bound written there may start: "or thereabouts" and the space before.
_LONGEST_ENDING = 24
#: What a bound after a number starts with: a space, a plus or a hyphen.
_BOUND_STARTS = frozenset(" \t\n\u00a0+" + HYPHENS)


def bound_ending(words: str) -> re.Match[str] | None:
    """A bound that ends a figure's counted noun, as an editor writes one after it: "10 years or more",
    "5 hectares and under"; None where ``words`` end with none, or hold nothing before it."""
    # A bound is a few words long: looked for among the last few characters, not from every one, and
    # only where they hold what every bound does (most figures' words end with none).
    tail = words[-_LONGEST_ENDING:].lower()
    if not (
        " or " in tail or " and " in tail or "plus" in tail or "+" in tail or any(h in tail for h in HYPHENS)
    ):
        return None
    # Tried where one may start, with the expression the number's own bound is read with.
    for at in range(max(1, len(words) - _LONGEST_ENDING), len(words)):
        found = plused().match(words, at) if words[at] in _BOUND_STARTS else None
        if found is not None and not words[found.end() :].strip(" .,;:") and words[:at].strip(" -"):
            return found
    return None


#: What may follow a bound written after the counted noun, for it to be one: the clause's end, or a word
#: saying something of those counted (a verb, a relative, a preposition) or when ("650 people or more
#: when it crossed", "5 hectares and under in Petén", "12 years and older were"). Before any other word
#: the bound's words are as often the next phrase's: an adjective of a noun ("40 nurses or more doctors",
#: "40 houses and older buildings", "200 jobs or lower salaries"), an adverb ("300 pupils or more
#: broadly"), or a clause that reports it ("30 hostages or so the police say"); and none joined by a
#: hyphen ("12 sergeants or higher-ranking officers"). "Or more" and its like may also come before a
#: time, a rate or a place the count is of ("15 new schools or more next year", "90 patients per day or
#: more last winter", "3,000 troops or more to the region", "700 members or so by the time"); "and over"
#: and its like not, as they are as often prepositions of that time or place ("40 families and over
#: recent weeks", "100 flats and above each block", "3,000 people and up river"), nor "or over" and its
#: like ("10 hours or over a day").
_PREPOSITIONS = frozenset(["over", "above", "under", "below", "up"])
_SAID_OR_WHEN = (
    _SAID_OF_THE_COUNTED
    + "|stay|stays|stayed|go|goes|went|take|takes|took|require|requires|required|live|lives|lived|earn|earns"
    "|earned|arrive|arrives|arrived|join|joins|joined|leave|leaves|left|flee|flees|fled|cross|crosses|crossed"
    "|wait|waits|waited|return|returns|returned|apply|applies|applied|reach|reaches|reached|marched|sought"
    "|slept|that|which|on|near|aboard|abroad|overnight|daily|weekly|monthly|annually|yearly|today|yesterday"
    "|when|while|after|before|since|because|until|although|though|whereas"
)
#: Not "to the point" ("60 victims or more to the point 60 families") nor "per" a thing compared ("400
#: loans or more per capita than any other state").
_TIME_RATE_OR_PLACE = (
    r"|of|during|into|through|throughout|per(?!\s+\w+\s+than\b)|each|every|within|to(?!\s+the\s+point\b)|by"
    "|last|next|this|a|an"
)


# Compiled when first read, as the bounds' own expression is (see plused).
@cache
def _goes_on(after_or: bool) -> re.Pattern[str]:
    """What may follow a bound after the counted noun: one of "or" (``after_or``), or of "and". A comma
    ends the clause after "or more" and its like, but not after "and older" and its like, which are as
    often an adjective of a list ("50 houses and older, abandoned warehouses")."""
    words = _SAID_OR_WHEN + (_TIME_RATE_OR_PLACE if after_or else "")
    ends = ".,;:)(!?\\]—–" if after_or else ".;:)!?\\]—–"
    return compiled(rf"\s*(?:[{ends}]|$|(?:{words})\b(?![{HYPHENS}]))", re.I)


def noun_bound(text: str, at: int) -> re.Match[str] | None:
    """The bound written at ``at`` of ``text``, a space after the counted noun ("650 people| or more"), if
    it is one there: before the clause's end or a word of those listed above."""
    found = plused().match(text, at)
    if found is None or not found.group()[:1].isspace():
        return None
    return found if bound_there(text, found) else None


def bound_there(text: str, found: re.Match[str]) -> bool:
    """Whether the bound ``found`` after a counted noun in ``text`` is one there (see :func:`noun_bound`)."""
    words = found.group().lower().split()
    after_or = words[0] == "or" and words[-1] not in _PREPOSITIONS
    return _goes_on(after_or).match(text, found.end()) is not None


_ABOUT = ("ish", "so", "thereabouts")
_AT_MOST = ("fewer", "less", "under", "below", "lower", "younger", "shorter")


def bound_after(plus: str) -> Qualifier:
    """What a number's plus or its like after it (see :data:`PLUSSED`) makes of it."""
    last = plus.lower().rsplit(None, 1)[-1].lstrip("-\u2010\u2011\u2013")
    if last in _ABOUT:
        return Qualifier.APPROXIMATELY
    return Qualifier.UP_TO if last in _AT_MOST else Qualifier.AT_LEAST
