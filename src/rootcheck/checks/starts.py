"""Where a quote may not start: just after the words of its sentence that deny, doubt, promise, ask
or suppose what it says, which the quote would leave the reader without. Where it may not end, or
cut a word, is :mod:`rootcheck.checks.ends`'s.

"invest more than $4.2 billion" of "have committed to invest", "the program reached 300 families"
of "It is false that the program reached 300 families", "the fund paid 40 teachers" of "The audit
asked whether the fund paid 40 teachers", "the port will employ 70 dockers" of "If the council
approves it, the port will employ 70 dockers": each reads as the source's statement, and is not.
"""

from __future__ import annotations

import re

from rootcheck.checks.beside import beyond, clause_before
from rootcheck.checks.claimants import claimed_ending
from rootcheck.hints import listed
from rootcheck.model import Anchor, AnchorStatus
from rootcheck.patterns import lazy
from rootcheck.text.changes import measure_words
from rootcheck.text.document import Document
from rootcheck.text.elisions import edge_words, promised
from rootcheck.text.emphasis import unemphasised
from rootcheck.text.hedges import denied_before_that, hedge_ending, hedges
from rootcheck.text.lexicon import (
    ANONYMITY,
    AS_REPORTED,
    ASKING,
    DENYING_PAIRS,
    MODALS,
    NEGATIONS,
    PLAN_NOUNS,
    PLANNED_BEFORE_TO,
    PROMISED,
    PROMISED_BEFORE_TO,
)
from rootcheck.text.meaning import negations
from rootcheck.text.numbers import HYPHENS, WEEKDAYS
from rootcheck.text.promises import AIMING, aims_at, describing, promises
from rootcheck.text.verbs import number_first, opens_a_clause, past_an_article, verb_denied_or_promised

#: How far before a quote its start is read: the clause's last words, and those before a short aside.
_READ_BEFORE_START = 80
#: Words that may deny or promise, or end as those that do ("hasn't", "they'll"); "cannot", "may",
#: those that plan only before "to" (see :func:`rootcheck.text.promises.promises`), and "target", which
#: plans where a number follows (see :func:`rootcheck.text.promises.aims_at`).
_DENYING_OR_PROMISING = (
    NEGATIONS | PROMISED | PLANNED_BEFORE_TO | DENYING_PAIRS.keys() | {"cannot", "may"} | AIMING
)
_DENYING_OR_PROMISING_ENDS = ("n't", "n’t", "'ll", "’ll")
#: Prefixes joined to a verb by a hyphen, which stays a verb: "over-promised", "re-committed".
_VERB_PREFIXES = frozenset(["re", "pre", "co", "over", "under", "mis", "out", "up", "double", "triple"])
#: A mark that pauses a sentence: what stands before it is a clause or an aside of its own.
_PAUSE = lazy(r"[,;:!?()\[\]—–]")
#: Words of promise that are as often nouns ("the plan", "Project Hope") or describe a thing ("the
#: scheduled flights"): a promise only before "to".
_NOUNS_TOO = PROMISED_BEFORE_TO | frozenset(
    ["plan", "plans", "pledge", "pledges", "promise", "promises", "hope", "hopes", "aim", "aims",
     "request", "requests", "budget", "budgets"]
)  # fmt: skip
#: The words after a plan's noun that make what follows the plan: "a target of", "the goal is".
_NAMING_A_PLAN = frozenset(["of", "is", "was", "are", "were"])
#: What a word of promise or plan cut off before a quote leaves the reader without.
_PLANNED = "whether a thing was asked for, promised, planned or done is"
#: What makes a figure a peak's, a bound or a mean, opening the clause a quote starts just after: "On
#: average, households received $120", "At its peak, 8,000 migrants crossed each day", "At most, 300".
_FRAME = lazy(
    r"^\s*(?:on\s+average|at\s+(?:its|their|the)\s+(?:peak|height|highest|lowest)\b[^,;]*"
    r"|at\s+(?:the\s+)?(?:most|best|worst)|in\s+the\s+(?:best|worst|busiest|peak)\s+(?:year|month|week|day|quarter))\s*$",
    re.I,
)
#: An article and a compound adjective before a comma, the quote going on with the noun's other words:
#: "is committed to a multi-year," before "$4 billion, comprehensive, regional strategy".
_ADJECTIVE_SET_OFF = lazy(r"\b(?:a|an|the)\s+(?P<adjective>[a-z]+(?:-[a-z]+)+)\s*$", re.I)
#: A whole that none of is so, ending just before a quote: "None of the 342 wards … has opened" says no
#: ward opened, and "342 wards … has opened" that all did. Not a part (see rootcheck.checks.scope): a
#: negation, whatever the figure covers.
_NONE_OF = lazy(
    r"(?:^|\s)(?P<none>(?:none|neither|not\s+(?:one|a\s+single))\s+of(?:\s+(?:the|its|their|these|those))?)\s*$",
    re.I,
)
#: An aside between commas is this short at most: "as the mayor claimed", "in 2022".
_ASIDE_WORDS = 6
#: The words an aside may break a verb phrase after, leaving it to go on past the aside: "did not,
#: as the mayor claimed, hire", "will, in time, hire". Not a finished clause ("After the harvest
#: failed, in 2022, 40 families left") nor a noun's ("Of the $4 billion pledged, as of June, $2 billion").
_UNFINISHED = frozenset(
    ["not", "never", "cannot", "will", "would", "could", "should", "might", "must", "shall", "to"]
)
#: What starts a clause of its own, not an aside: "many did not, and in 2023, 400 families remained".
_JOINING = lazy(
    r"^\s*(?:and|but|or|nor|so|yet|then|while|although|though|because|since|when|where|which|who)\b", re.I
)
#: Adverbs that may stand between a negation and its verb: "has not yet", "did not even", "no longer".
_TRAILING_ADVERB = lazy(
    r"(?:\s+(?:yet|still|ever|already|even|also|longer|actually|really|necessarily|fully|always|truly))+\s*$",
    re.I,
)
#: A clause's closing "that", which a hedge may stand before: "The lawsuit alleges that".
_THAT_AT_END = lazy(r"\s+that\s*$", re.I)
#: How a thing was said, between a verb of saying and its "that", read past as an aside between commas
#: is: "claimed without evidence that", "alleges in its complaint that", "denied in court that",
#: "claimed falsely in a statement that". A closed list: after other words "that" as often opens a
#: relative clause or an idiom's ("was denied after the fire that destroyed", "on the grounds that").
_TOLD = (
    r"(?:falsely|wrongly|repeatedly|publicly|privately|baselessly|erroneously|incorrectly|flatly"
    r"|vehemently|vigorously|categorically|strongly|firmly|emphatically|openly|initially|previously"
    r"|earlier|recently|later|again|once\s+again|also|yesterday|last\s+(?:week|month|year|night)"
    r"|with(?:out(?:\s+(?:any|offering|providing|giving|citing))?|\s+no)\s+(?:evidence|proof|basis)"
    r"|in\s+(?:(?:a|an|its|his|her|their|the)\s+)?(?:statement|interview|complaint|lawsuit|suit|filing"
    r"|letter|report|post|speech|court|writing|public|private|parliament|congress)"
    rf"|on\s+(?:{WEEKDAYS}|television|social\s+media"
    r"|the\s+record)|at\s+(?:a|the)\s+(?:news|press)\s+conference|under\s+oath"
    r"|before\s+(?:the\s+)?(?:court|judge|committee|congress|parliament|senate)"
    r"|to\s+(?:reporters|journalists|lawmakers|investigators)"
    r"|through\s+(?:a|his|her|its|their)\s+(?:spokes(?:man|woman|person)|lawyers?|attorneys?))"
)
_PHRASE_BEFORE_THAT = lazy(rf"\s+(?P<phrase>{_TOLD}(?:\s+(?:and\s+)?{_TOLD})?)\s+that\s*$", re.I)
#: A verb of saying in the passive, whose "that" after such a phrase is a relative's ("The findings were
#: disputed before the committee that oversees 40 ministries"), but after "It" ("It is alleged in the
#: complaint that").
_PASSIVE = lazy(r"^(?!\s*it\b).*\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+ed\s*$", re.I | re.S)
#: What will, may or is to be, which a "Subject to …," before it is the condition of: "will fund",
#: "won't", "plans to", "is expected to"; not what is ("127 officials remain in office").
_TO_BE = lazy(
    rf"\b(?:{'|'.join(sorted(MODALS - {'may'}))}|won['’]t|cannot|can['’]t)\b|(?-i:\bmay\b)|['’]ll\b"
    r"|\b(?:plans?|planned|intends?|aims?|expects?|expected|going|is|are|was|were)\s+to\s+"
    r"(?!(?:school|blame|the|a|an)\b)(?-i:[a-z])",
    re.I,
)
#: Where a quote's first clause ends: a semicolon, or a comma before a word that joins another or opens
#: an aside ("exports, which were expected to grow, fell").
_NEXT_CLAUSE = lazy(r";|,\s+(?:and|but|while|whereas|although|though|so|yet|which|whose|who|that)\b", re.I)
#: The word or comma that joins a list's names, ending the words before a quote: "Guatemala and",
#: "Haiti and the", "Mexico as well as", "El Salvador," (emphasis marks aside).
_JOINED_BEFORE = lazy(r"(?:\b(?:and|or|as|plus)(?:\s+the)?|,)[\s*_]*$", re.I)
#: A condition ending just before the quote: "If the council approves it, the port will employ",
#: "Provided that …,", "Subject to approval by Congress, the agency will fund" (before what will or may
#: be: "Subject to sanctions since 2019, 127 officials remain" says who they are). Not "Even if", which
#: grants it ("Even if funding is restored, 40 clinics will remain closed"), nor an idiom's "If
#: anything," or "If nothing else,", nor "Unless otherwise noted,", which says how the source reports.
#: "On condition that", "In the event that", "As long as" are conditions as "Provided that" is; "Should
#: Congress approve the funds,", "Assuming …," and "Pending …," as "Subject to" is, before what will be.
#: Not "on condition that they not be named", "As long as a decade ago", "Assuming office in 2021,",
#: "Assuming the presidency,", "Pending since 2019,".
_CONDITION = lazy(
    r"^\s*(?:(?:only\s+)?if\b(?!\s+(?:anything|nothing\s+else)\b)|provided\s+that\b"
    rf"|on\s+(?:the\s+)?condition\s+that\b(?!{ANONYMITY})"
    r"|in\s+the\s+event\s+that\b|(?:as|so)\s+long\s+as\b(?!\s+(?:\d{4}|(?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+)\s+(?:\w+\s+)?(?:decade|year|month|week|day|century|mile|kilomet(?:er|re)"
    r"|met(?:er|re)|foot|feet|field|block|hour)s?(?:\s+(?:ago|earlier|before|later))?)\s*$)"
    r"|(?P<subject>subject\s+to\b|should\b|pending\b(?!\s+(?:since|for|before|in)\b)"
    r"|assuming\b(?!\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:\w+\s+)?(?:office|power|control|responsibility"
    r"|presidency|post|role|command|charge|leadership|duties|chairmanship|seat|custody|ownership|debts?|helm|reins"
    r"|mantle|position|throne|governorship|chair|mayoralty|speakership|portfolio|crown|chancellorship|premiership"
    r"|directorship|job|ministry)\s*(?:of|for|in|on|at|over|from|after|$)))"
    rf"|(?:only\s+)?unless\b(?!\s+{AS_REPORTED}\s*$))",
    re.I,
)


def started_after(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a quote may not start where it does, if it may not: just after a word of its clause that
    denies or promises what it says, or after the source's denial of a clause ("It is false that"), a
    question ("whether") or a condition ("if", or a clause of one ending at the comma before it).

    Only the words since the last mark of punctuation are read: "After the harvest failed, 40
    families left" starts a clause of its own; but a short aside after an unfinished verb ("did not,
    as the mayor claimed, hire") or before the clause's "that" ("claimed, without evidence, that") is
    read past, and emphasis marks are read as the words they mark ("did **not**"). A word in capitals
    is a name's or a heading's ("Project Hope", "Where Aid Failed"), and one that may be a noun is read
    as a promise only before "to" ("the agency's five-year plan trained", but "plans to hire"). A
    slipped quote with words of its own before its passage, or a word of the same kind anywhere, is
    read with them (see meaning_problems).
    """
    if anchor.span is None:
        return None
    fuzzy = anchor.status is AnchorStatus.FUZZY
    if fuzzy and beyond(quote, doc.text[anchor.span.start : anchor.span.end])[0]:
        return None
    # Read as words: "did **not**" denies as "did not" does.
    parts = _PAUSE.split(
        unemphasised(
            clause_before(doc.text[max(0, anchor.span.start - _READ_BEFORE_START) : anchor.span.start])
        )
    )
    condition_before = _CONDITION.match(parts[-2]) if len(parts) > 1 and not parts[-1].strip() else None
    if condition_before and (
        not condition_before.group("subject") or _TO_BE.search(_NEXT_CLAUSE.split(quote)[0])
    ):
        condition = " ".join(parts[-2].split())
        return f"the quote starts just after the source's condition “{condition}”: what is supposed is not said; start the quote with it"
    if frame := _framed(parts, quote, fuzzy):
        return frame
    if (none := _NONE_OF.search(parts[-1])) and not (fuzzy and negations(quote)):
        said = " ".join(none["none"].split())
        return f"the quote starts just after the source's “{said}”: a negation is no slip of wording; start the quote with it"
    clause, aside = parts[-1], ""
    if (
        not clause.strip()
        and len(parts) > 2
        and _short_aside(parts[-2])
        # "did not,", "has not yet,", "pledged to,": a verb unfinished before the aside
        and any(
            word in _UNFINISHED or word.endswith(("n't", "n’t")) for word in parts[-3].lower().split()[-2:]
        )
    ):
        clause, aside = parts[-3], " and the aside after it"  # the clause goes on after the aside
    elif clause.strip().lower() == "that" and (past := _aside_before_that(parts)):
        clause, aside = past
    elif (  # "committed to a multi-year," before "$4 billion, …"
        not clause.strip()
        and len(parts) > 1
        and (listed := _ADJECTIVE_SET_OFF.search(parts[-2]))
        and number_first(quote)
    ):
        clause = parts[-2][: listed.start("adjective")]
    why = (
        _asked_or_denied(clause, quote, fuzzy, aside)
        or _denied_or_promised(clause, quote, fuzzy, aside)
        or _hedged(clause, quote, fuzzy, aside)
    )
    phrase = None if why is not None or aside else _PHRASE_BEFORE_THAT.search(clause)
    if phrase is not None and not _PASSIVE.match(clause, 0, phrase.start()):
        # "claimed without evidence that" read as "claimed, without evidence, that" is
        told = " ".join(phrase["phrase"].split())
        clause, aside = clause[: phrase.start()] + " that ", f", with “{told}” between"
        why = _asked_or_denied(clause, quote, fuzzy, aside) or _hedged(clause, quote, fuzzy, aside)
    return why


def _framed(parts: list[str], quote: str, fuzzy: bool) -> str | None:
    """Why a quote may not start just after an average's or a median's word ("The median household
    received …", "Wages averaged $120"), or just after a clause-opening frame ("On average,", "At its
    peak,"): the figure would read as what each had, or as what was usual."""
    if measure := _measure_before(parts[-1].split()):
        if fuzzy and measure_words(quote):
            return None
        said, why = measure, "whether a number is an average or a median is"
    elif len(parts) > 1 and not parts[-1].strip() and (frame := _FRAME.match(parts[-2])):
        said, why = " ".join(frame.group().split()), "what holds at a peak, at most or on average is"
    else:
        return None
    return f"the quote starts just after the source's “{said}”: {why} no slip of wording; start the quote with it"


def _measure_before(words: list[str]) -> str | None:
    """The word of average or median the clause ``words`` end with, or end with before its "of" after
    an article: "The median", "averaged", "an average of" (but "the average of 300 responses" counts
    responses). Not a comparison's "above average", which tells of what is counted, not the figure."""
    lowered = [word.lower().strip("*_") for word in words]
    size = 2 if lowered[-1:] == ["of"] and lowered[-3:-2] in (["a"], ["an"]) else 1
    if len(lowered) < size or not measure_words(lowered[-size]):
        return None
    if lowered[-size - 1 : -size] in (["above"], ["below"]):
        return None
    return " ".join(words[-size:]).strip("*_")


def started_in_a_list(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote starts on a name of a list the source began before it: "Honduras received $40
    million" of "Guatemala and Honduras received $40 million". What the source says of them all would
    read as said of the one the quote keeps, as where a quote ends before the list's other names."""
    if anchor.span is None:
        return None
    start = anchor.span.start
    # Most quotes start on no name, or after no word or comma that joins a list's names: told so
    # from the source's words as they stand, emphasis marks aside, without reading the list.
    opening = doc.text[start : start + 8].lstrip("*_")
    if not (opening[:1].isupper() or (opening[:4].lower() == "the " and opening[4:5].isupper())):
        return None
    raw = doc.text[max(0, start - _READ_BEFORE_START) : start]
    if not _JOINED_BEFORE.search(raw[-16:]):
        return None
    passage = unemphasised(doc.text[start : anchor.span.end])
    # Without the marks that open the quote's first word: "Guatemala and **Honduras** received".
    before = unemphasised(raw).rstrip("*_")
    # Loaded only here: few quotes start on a list's name (see rootcheck.text.lists).
    from rootcheck.text.lists import names_before

    apart = names_before(clause_before(before), passage)
    if apart is None:
        return None
    left_out, kept = apart
    return (
        f"the quote starts on “{kept}”, after the source's list of {listed(left_out)}: what it says of them all "
        f"would read as said of “{kept}” alone; quote the list whole"
    )


def _aside_before_that(parts: list[str]) -> tuple[str, str] | None:
    """The clause a closing "that" is of, past a short aside before it, and the words telling of the
    aside: "The mayor claimed, without evidence, that" is "The mayor claimed that". Empty parts
    between two marks are passed over ("claimed (without evidence), that")."""
    said = [part for part in parts[:-1] if part.strip()]
    if len(said) < 2 or not _short_aside(said[-1]):
        return None
    return f"{said[-2]} that ", f", with “{' '.join(said[-1].split())}” between"


def _short_aside(words: str) -> bool:
    """Whether ``words``, between two pauses, may be an aside: short, and no clause of their own."""
    return 0 < len(words.split()) <= _ASIDE_WORDS and not _JOINING.match(words)


def _hedged(clause: str, quote: str, fuzzy: bool, aside: str) -> str | None:
    """A hedge the clause ends with, or one before the "that" it ends with: "She is seen as" before
    "a key figure", "The lawsuit alleges that" or "The mayor claimed that" before "300 workers"."""
    that = _THAT_AT_END.search(clause)
    hedge = hedge_ending(clause, quote)
    if hedge is None and that is not None and not hedges(quote):  # "… were allegedly underpaid" keeps it
        before = clause[: that.start()]
        hedge = hedge_ending(before, "that") or claimed_ending(before)
        hedge = f"{hedge} that" if hedge else None
    elif hedge is None and (claimed := claimed_ending(clause)) and opens_a_clause(quote):
        # "Critics claim" before "the U.S. spent …"; not "The flood claimed" before "40 lives".
        hedge = claimed
    if hedge is None or (fuzzy and hedges(quote)):
        return None
    return (
        f"the quote starts just after the source's “{hedge}”{aside}: whether a thing is so, or only seen, "
        "thought or said to be, is no slip of wording; start the quote with it"
    )


def _asked_or_denied(clause: str, quote: str, fuzzy: bool, aside: str) -> str | None:
    """A question or condition the clause ends with ("asked whether", "if"), or its denial of what its
    "that" introduces ("It is false that"); not a heading's words ("What If")."""
    words = clause.split()
    word = words[-1].strip("\"“”'‘’") if words else ""
    if word.lower() in ASKING and not (word[:1].isupper() and len(words) > 1 and words[-2][:1].isupper()):
        return f"the quote starts just after the source's “{word}”: what is asked or supposed is not said; start the quote with it"
    if word.lower() == "that" and (denied := denied_before_that(clause)) and not (fuzzy and negations(quote)):
        return f"the quote starts just after the source's “{denied} that”{aside}: what the source denies or doubts is not said; start the quote with it"
    return None


def _denied_or_promised(clause: str, quote: str, fuzzy: bool, aside: str) -> str | None:
    """A word of denial or promise the clause ends with: "not", "have committed to", "has not yet"."""
    # The clause's last word, or two where it ends with "to" (see elisions.edge_words), an adverb
    # after it aside: "has not yet hired" is as much denied as "has not hired".
    read = past_an_article(_TRAILING_ADVERB.sub("", clause).rstrip(), quote)
    last = edge_words(read)[1]
    # A plan's noun before "of" or its verb: "has a target of 50,000 jobs", "Its goal is 50,000 jobs".
    if last.lower() in _NAMING_A_PLAN and (noun := read.split()[-2:-1]) and noun[0].lower() in PLAN_NOUNS:
        if fuzzy and promises(quote):
            return None
        return f"the quote starts just after the source's “{noun[0]} {last}”{aside}: {_PLANNED} no slip of wording; start the quote with it"
    # A verb between, denied or promised: "have not received" before "$300 million in aid".
    if (ending := verb_denied_or_promised(read)) is not None:
        phrase, denied = ending
        if fuzzy and (negations(quote) if denied else promises(quote)):
            return None
        what = "a negation is" if denied else _PLANNED
        return f"the quote starts just after the source's “{phrase}”{aside}: {what} no slip of wording; start the quote with it"
    if last[:1].isupper() or (last.lower() in _NOUNS_TOO and not quote.lower().startswith("to ")):
        # "The agency projected 351 jobs" promises as "plans to" does; "the projected 351 jobs" describes.
        before = clause.split()[-3:-1]
        if last.lower() not in PROMISED_BEFORE_TO or not before or describing(before):
            return None
    # Most quotes start after no such word: told so without reading the words as a negation or a promise.
    if not any(
        word in _DENYING_OR_PROMISING or word.endswith(_DENYING_OR_PROMISING_ENDS)
        for word in last.lower().split()
    ):
        return None
    # Joined to a word before it, it describes what follows: "The long-promised hospital", "well-planned";
    # but not after a verb's prefix ("over-promised", "re-scheduled"), which leaves it a verb.
    leading = read[: len(read) - len(last)] if read.endswith(last) else ""
    joined = leading[:-1].split()[-1:] if leading[-1:] and leading[-1:] in HYPHENS else []
    if joined and joined[0].lower() not in _VERB_PREFIXES:
        return None
    for words, own, what in (
        (sorted(negations(last, clause[: clause.rfind(last)], quote).elements()), negations, "a negation is"),
        (promised(last) or ([last] if aims_at(leading, last, quote) else []), promises, _PLANNED),
    ):
        if words and not (fuzzy and own(quote)):
            return f"the quote starts just after the source's {listed(words)}{aside}: {what} no slip of wording; start the quote with it"
    return None
