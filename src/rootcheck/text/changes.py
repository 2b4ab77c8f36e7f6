"""Counts told as changes: "rose by 40 percent" is a change and "rose to 40 percent" a level; "3,000 more
families" are added to others, where "3,000 families" are all there are; "$400 million a year" is a
rate; "5,000 jobs since 2021" counts years that "5,000 jobs in 2021" does not. A quote that slips from
one to the other keeps its numbers and tells another thing with them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from rootcheck.patterns import compiled, lazy
from rootcheck.text.numbers import MONTH_BEFORE_A_YEAR, MONTHS, WEEKDAYS, YEAR

#: A verb of change, then what its number is: how much it changed by ("rose 40 percent", "rose by 40
#: percent"), what it came to ("rose to 40 percent", "doubled to 300,000") or came from ("fell from 40
#: percent"). Not "up" or "down" alone, as "up to 40" is a bound, not a change.
_CHANGE = lazy(
    r"\b(?:ris(?:e[ns]?|ing)|rose|increas(?:e[ds]?|ing)|gr(?:ew|own|ows?|owing)|f(?:ell|allen|alls?|alling)"
    r"|drop(?:ped|s|ping)?|declin(?:e[ds]?|ing)|decreas(?:e[ds]?|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?"
    r"|soar(?:ed|s|ing)?|plung(?:e[ds]?|ing)|shr(?:ank|unk|inks?|inking)|reduc(?:e[ds]?|ing)"
    r"|rais(?:e[ds]?|ing)|lower(?:ed|s|ing)?|cut(?:s|ting)?|(?:went|gone|go(?:es)?)\s+(?:up|down)"
    r"|(?:doubl|tripl|quadrupl|surg|tumbl)(?:e[ds]?|ing)|slump(?:ed|s|ing)?|expand(?:ed|s|ing)?)"
    r"\s+(?:(by|to|from)\s+)?([$€£]?\d[\d,.]*\d|[$€£]?\d)",
    re.I,
)
#: Words after a number that make it an increment on another count: "3,000 more families", "12
#: fewer clinics", "500 additional teachers".
INCREMENTS = frozenset(["more", "fewer", "less", "additional", "extra"])


def _changes(text: str) -> dict[str, dict[str, str]]:
    """Each number a verb of change states in ``text``, by its digits: what it is told as ("by", "to",
    "from"; no word is "by"), each with the words that say so."""
    found: dict[str, dict[str, str]] = {}
    for match in _CHANGE.finditer(text):
        digits = re.sub(r"[^\d.]", "", match.group(2)).rstrip(".")
        found.setdefault(digits, {}).setdefault(
            (match.group(1) or "by").lower(), " ".join(match.group().split())
        )
    return found


def changed_change(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells a number ``source`` gives as a change as a level, or the other way round
    ("rose to 40 percent" for "rose by 40 percent", "fell 12%" for "fell to 12%"): the quote's words,
    and the source's; None where it tells each such number as the source does somewhere."""
    said = _changes(source)
    for digits, told in _changes(quote).items():
        theirs = said.get(digits, {})
        for what, words in told.items():
            if theirs and what not in theirs:
                return [words], [next(iter(theirs.values()))]
    return None


def is_increment(counted: list[str]) -> bool:
    """Whether counted words make their number an increment: "more families" of "3,000 more families"."""
    return bool(counted) and counted[0].lower() in INCREMENTS


#: A "to" that opens a noun, a preposition's, not an infinitive's: "a year to the region", "to
#: Honduras", "to 40 towns", "to local groups", "to regional hospitals", "to families". Told by the
#: word after it, which no verb is: a determiner, a number, a name, an adjective in -al (not a verb
#: in -eal, "to appeal"), a plural (not "to access", "to focus"). Not "gave 300 firms a year to
#: comply", whose year is a time given, nor "to hire local workers".
TO_A_NOUN = (
    r"to[ \t]+(?=(?:the|a|an|this|that|these|those|its|their|his|her|our|each|every|all|both|other"
    r"|several|many|most|some|any)\b|[\d$€£]|(?-i:[A-Z])|[a-z]+(?<!e)al\b|[a-z]+(?<![su])s\b)"
)
#: A "from" that tells where what a rate counts comes from, told as "to" is by the word after it: a
#: name or a plural, "300 migrants a day from Guatemala", "300 tons a month from farms in Yoro". Not a
#: month or a day of the week, from which a time is counted ("gave 300 firms a year from January"),
#: nor a possessive ("a year from its launch").
_FROM_A_PLACE = (
    rf"from[ \t]+(?=(?!(?:{MONTHS}|{WEEKDAYS})\b)(?-i:[A-Z])"
    r"|(?!(?:its|this|his|hers|theirs|ours|yours)\b)[a-z]+(?<![su])s\b)"
)
#: A "from" just after a sum or a bare number, which no time is given to: any but one before a time
#: it is counted from, which makes it a date: "$7 billion a year from remittances", "from the central
#: government", "a month from 2020 to 2025"; not "a year from now", "from today", "from January",
#: "from its launch", "from the date of the ruling".
_FROM_NO_TIME = (
    r"from[ \t]+(?!(?:now|today|tonight|tomorrow|then|that|this|its|their|his|her|the[ \t]+(?:date|day|start"
    rf"|end|time|moment|beginning|launch|signing|deadline)|{MONTHS}|{WEEKDAYS})\b)"
)
#: What may follow a rate: the clause's end, or a preposition or a conjunction ("40 patients a day in
#: 2022", "a month for three years", "a year to the region", "a day from Guatemala"); not "and a
#: half", "in advance of", nor a noun ("a family doctor").
_GOES_ON = (
    r"[ \t]*(?:[.,;:!?)—–]|$)|[ \t]+(?:in(?!\s+(?:advance\s+of|office)\b)|for|at|per|each|across|over"
    rf"|through|during|while|and(?!\s+a\s+half)|but|so|until|between|with|by|except)\b|[ \t]+{TO_A_NOUN}"
    rf"|[ \t]+{_FROM_A_PLACE}"
)
#: What "per" may stand before without making a rate: "per cent", and "per" as "according to": "per
#: the ruling", "per government data" (a name, "per Reuters", is not in small letters).
_NOT_A_RATE = r"(?:cent|the|a|an|its|their|his|her|our|this|that|these|those|one|government|official|census)"


def _rates(goes_on: str) -> re.Pattern[str]:
    """The words that make the number just before them a rate, where ``goes_on`` may follow them."""
    # The three rates that may be followed only by ``goes_on`` share one copy of it: both patterns are
    # compiled at every start, and took 25 ms to compile with a copy for each of the three, 15 ms so.
    return lazy(
        rf"[ \t]*(?P<rate>(?:(?:(?:twice|(?:two|three|four)\s+times)\s+)?(?:a|an)\s+(?:year|quarter|month|week"
        rf"|day|hour|head|person|capita|household|family|student|patient|worker|beneficiary|child|resident)"
        rf"|per\s+(?!{_NOT_A_RATE}\b)(?-i:[a-z]+(?:\s+[a-z]+)?)"
        rf"|(?P<paid>(?:a|an)\s+(?:night|shift|term|semester|session|visit|trip)))(?={goes_on})"
        rf"|every\s+(?:other\s+|single\s+|two\s+|three\s+|four\s+|few\s+)?(?:years?|quarters?|months?|weeks?"
        rf"|days?|hours?)(?={goes_on}|[ \t]+since\b)"
        r"|on\s+an?\s+(?:annual|yearly|quarterly|monthly|weekly|daily)\s+basis\b"
        rf"|(?:apiece|annually|quarterly|monthly|weekly|daily|nightly|hourly|yearly|biweekly|fortnightly"
        rf"|semiannually|biannually|per\s+annum)"
        rf"(?={goes_on}|[ \t]+(?:on|to|from|since)\b)"
        r"|each(?:[ \t]+(?:year|month|week|day|night|shift|semester)\b|(?=[ \t]*(?:[.,;:!?)—–]|$)|[ \t]+in[ \t]+\d)))",
        re.I | re.M,
    )


#: What makes the number just before it a rate: "a month", "twice a year", "per person", "per flight",
#: "every week", "every two weeks", "annually", "on a monthly basis", "each" after it ("received $40
#: million each", "each year"); "a night" or "a shift" after a sum. Only where the clause ends with it
#: or goes on with a preposition or a conjunction ("40 patients a day in 2022"): not a day or a year
#: that dates a thing ("a year ago", "a day after the storm", "a month's worth", "a year-long"), nor a
#: noun's word ("a family doctor", "a student visa"), nor "every" before another noun ("every one of
#: whom"), nor "each" before a verb ("40 clinics each received"), nor "per cent". Read on the quote's
#: own line: a fact sheet's next line is a line of its own ("Daily consultations: 4,000").
RATE = _rates(_GOES_ON)
#: :data:`RATE`, and before any "to", or a "from" before no time, where nothing stands between the
#: number and its rate to be given the time: "$400 million a year to help farmers", "$40 a day to
#: feed a family", "hires 300 a year to staff clinics", "$400 million a year from the central
#: government". A sum or a bare number is never the one a year is given to; "300 firms" of "gave 300
#: firms a year to comply", or "a year from the ruling", is.
RATE_AFTER_A_NUMBER = _rates(rf"{_GOES_ON}|[ \t]+to\b|[ \t]+{_FROM_NO_TIME}")


#: How many words of a counted noun a rate may follow: "patients" of "40 patients a day", "tons of
#: maize" of "300 tons of maize a month".
_NOUN_WORDS = 3


@cache
def _noun_word() -> re.Pattern[str]:
    """A word of a counted noun, with the space after it: not one that ends the noun and starts what is
    said of it, a conjunction, a helping verb or a past form ("300 firms took a day"), nor one a mark
    ends ("40 patients, a day later")."""
    # Read when first asked for, not on import: the reading of nouns reads this module's increments.
    from rootcheck.text.nouns import AUXILIARIES, PAST_FORMS

    return compiled(
        rf"[ \t]*(?!(?:and|or|but|who|which|that|{'|'.join(sorted(AUXILIARIES | PAST_FORMS))})\b)"
        r"[^\W\d_][\w'’-]*(?=[ \t])",
        re.I,
    )


def _found_rate(rest: str) -> tuple[int, re.Match[str]] | None:
    """Where in ``rest`` the words of the counted noun before a rate end, and the rate: 0 and "a year"
    of " a year to help farmers", 9 and "a day" of " patients a day in Yoro"; None where there is no
    rate. A rate after a counted noun is read as :data:`RATE` reads it, as a time may be given to
    what is counted ("gave 300 firms a year to comply")."""
    if found := RATE_AFTER_A_NUMBER.match(rest):
        return 0, found
    at = 0
    for _ in range(_NOUN_WORDS):
        word = _noun_word().match(rest, at)
        if word is None:
            break
        at = word.end()
        if found := RATE.match(rest, at):
            return at, found
    return None


def _rate(rest: str) -> tuple[str, str]:
    """The words a number goes on with before its rate, and the rate, in ``rest``: "patients" and "a
    day" of " patients a day in Yoro"; ("", "") where there is no rate."""
    if (found := _found_rate(rest)) is None:
        return "", ""
    return " ".join(rest[: found[0]].split()), " ".join(found[1]["rate"].split()).lower()


def without_rate(rest: str) -> str:
    """``rest`` without the words of its rate, which :func:`rate_changed` compares: " patients in Yoro"
    of " patients a day in Yoro", so that what is counted is compared apart from how often."""
    if (found := _found_rate(rest)) is None:
        return rest
    return rest[: found[1].start("rate")] + rest[found[1].end("rate") :]


#: The words of a rate told in one word, or of a unit told in another, each with the unit it is per:
#: "annually" is "a year", "per capita" is "per person".
_UNITS = {
    "annually": "year", "yearly": "year", "annual": "year", "annum": "year", "monthly": "month",
    "weekly": "week", "daily": "day", "nightly": "night", "hourly": "hour", "quarterly": "quarter",
    "capita": "person", "head": "person", "apiece": "each",
}  # fmt: skip


def rate_unit(rate: str) -> str:
    """What ``rate`` is per, however it is told: "year" of "a year", "per year", "each year", "every
    year", "annually", "per annum" and "on an annual basis"; the rate itself where it counts more than
    once a unit ("twice a year", "every two weeks")."""
    words = rate.removeprefix("on ").removesuffix(" basis").split()
    if len(words) == 2 and words[0] in ("a", "an", "per", "each", "every"):
        words = words[1:]
    return _UNITS.get(words[0], words[0]) if len(words) == 1 else rate


def rate_changed(quoted: str, said: str) -> tuple[str, str] | None:
    """The rates (see :data:`RATE`) a quote's and its source's number go on with, ``quoted`` and ``said``,
    where they differ, each after the words of the counted noun it follows: "" and "a year" of "$400
    million until 2025" against "$400 million a year until 2025", whose four years are $1.6 billion;
    "patients" and "patients a day" of "40 patients in Yoro" against "40 patients a day in Yoro". None
    where both have the same rate, or none."""
    (quoted_noun, quoted_rate), (said_noun, said_rate) = _rate(quoted), _rate(said)
    if rate_unit(quoted_rate) == rate_unit(said_rate):  # "a year" and "annually" are one rate
        return None
    # The side without a rate is told with as many of its words as the other has before its own.
    counted = len((said_noun if said_rate and not quoted_rate else quoted_noun).split())
    quoted_noun = quoted_noun or " ".join(word.strip(",;:.") for word in quoted.split()[:counted])
    said_noun = said_noun or " ".join(word.strip(",;:.") for word in said.split()[:counted])
    return " ".join(filter(None, (quoted_noun, quoted_rate))), " ".join(filter(None, (said_noun, said_rate)))


#: A year, or a month of one, with the word that says which time it tells of: since then, in it, by it
#: (a deadline), until or through it, before or after it.
_PERIOD = lazy(
    r"\b(since|in|by|until|till|through|before|after|during)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"((?:{MONTH_BEFORE_A_YEAR})?{YEAR})\b(?![-–]\d)",
    re.I,
)
#: Words of time that tell the same of a year: "during 2022" is "in 2022", "till" is "until".
_SAME_TIME = {"during": "in", "till": "until"}


def changed_period(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells a year or month of ``source``'s with another word of time ("in 2021" for
    "since 2021", "in 2025" for "by 2025"): the quote's words, and the source's; None where it tells
    each as the source does."""
    said: dict[str, list[re.Match[str]]] = {}
    for m in _PERIOD.finditer(source):
        said.setdefault(m.group(2).lower(), []).append(m)
    for m in _PERIOD.finditer(quote):
        theirs = said.get(m.group(2).lower(), [])
        if theirs and _time_word(m) not in {_time_word(other) for other in theirs}:
            return [" ".join(m.group().split())], [" ".join(theirs[0].group().split())]
    return _narrowed_year(quote, source) or _changed_relative_time(quote, source)


#: A time told from now or in an order: "last year", "this month", "the first quarter", "in recent
#: months", "the past two years" (whose count is a number, read as numbers are). "past" and "previous"
#: tell what "last" does, "current" what "this" does, "coming" what "next" does.
_RELATIVE_TIME = lazy(
    r"\b(last|past|previous|this|current|next|coming|first|second|third|fourth|final|recent)\s+"
    r"(?:(?:two|three|four|five|six|few|several|\d+)\s+)?(year|month|week|quarter|half|semester|decade)s?\b",
    re.I,
)
_SAME_RELATIVE = {"past": "last", "previous": "last", "current": "this", "coming": "next"}


def _relative_times(text: str) -> dict[tuple[str, str], str]:
    """Each time ``text`` tells from now or in an order, as (which, unit), with its words."""
    return {
        (_SAME_RELATIVE.get(m.group(1).lower(), m.group(1).lower()), m.group(2).lower()): " ".join(
            m.group().split()
        )
        for m in _RELATIVE_TIME.finditer(text)
    }


def _changed_relative_time(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells a time from now or in an order that ``source`` tells otherwise, with
    another word ("This year" for "Last year") or of another unit ("the first year" for "the first
    quarter"): the quote's words, and the source's; None where the source tells it so too."""
    said = _relative_times(source)
    for (which, unit), words in _relative_times(quote).items():
        if (which, unit) in said:
            continue
        for (other, other_unit), theirs in said.items():
            if (other_unit == unit) != (other == which):  # one of the two told otherwise, not both
                return [words], [theirs]
    return None


def relative_times_put_in(quote: str, source: str) -> list[str]:
    """The times from now or in an order that ``quote`` tells where ``source`` tells none: "provided
    services last year to 740 victims" of "provided services to 740 victims", "this week" of "thus far"."""
    return [] if _relative_times(source) else list(_relative_times(quote).values())


def _time_word(found: re.Match[str]) -> str:
    word = found.group(1).lower()
    return _SAME_TIME.get(word, word)


#: A part of a year, which a number may be told of rather than the whole: "in fiscal year 2022", "in
#: FY2022", "in the first quarter of 2022", "during the first six months of 2022", "in January 2022".
_PART_OF_A_YEAR = lazy(
    r"\b(?:(?:in|during|for)\s+)?(?:the\s+)?(?:(?:fiscal|financial|budget|school|academic)\s+(?:year\s+)?"
    r"|FY\s?|Q[1-4]\s+|(?:first|second|third|fourth|last|final)\s+(?:quarter|half|semester|trimester"
    rf"|(?:three|six|nine)\s+months)\s+of\s+|{MONTH_BEFORE_A_YEAR})({YEAR})\b(?![-–]\d)",
    re.I,
)
#: A year as a number of its own.
_YEAR = lazy(rf"(?<![\w-]){YEAR}\b(?![-–]\d)")


def _narrowed_year(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` tells a year as the time of a thing ("in 2022", "during 2022") that ``source``
    tells only in a part of it ("in fiscal year 2022", "in the first quarter of 2022", "in January
    2022"): a quarter's fall, or a month's, read as the year's. The quote's words, and the source's;
    None where the source tells the year whole, or a point of it ("since January 2021" is since 2021
    from its first day, and is the time of no count)."""
    found = list(_PART_OF_A_YEAR.finditer(source))
    parts: dict[str, re.Match[str]] = {}
    for part in found:
        parts.setdefault(part.group(1), part)
    if not parts:
        return None
    for m in _PERIOD.finditer(quote):
        year = m.group(2)
        if m.group(1).lower() not in ("in", "during") or not year.isdigit() or year not in parts:
            continue
        # The source tells the year whole somewhere, beside its part: the quote may say it so.
        spans = [part.span(1) for part in found if part.group(1) == year]
        if all(found.span() in spans for found in _YEAR.finditer(source) if found.group() == year):
            return [" ".join(m.group().split())], [" ".join(parts[year].group().split())]
    return None


#: Words that make a number a measure of many, not what each has: "the median household received $120",
#: "an average of 400 days". Not "mean", as often a verb ("could mean 3,000 jobs").
_MEASURES = lazy(r"\b(?:averag(?:e[sd]?|ing)|medians?)\b", re.I)


def measure_words(text: str) -> list[str]:
    """The words of average or median in ``text``, in small letters."""
    return [word.lower() for word in _MEASURES.findall(text)]


def changed_measures(quote: str, passage: str) -> tuple[list[str], list[str]]:
    """The words of average or median ``quote`` adds to ``passage``, and those it leaves out."""
    quoted, said = Counter(measure_words(quote)), Counter(measure_words(passage))
    return sorted((quoted - said).elements()), sorted((said - quoted).elements())
