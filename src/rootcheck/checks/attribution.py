"""A hedge set off just after a quote: "300 workers were underpaid, the lawsuit alleges." The quote
would publish as the source's statement what the source only reports as alleged or claimed, as one
starting just after "The lawsuit alleges that" would (see :mod:`rootcheck.checks.starts`). So would
a quote stopping inside a sentence that ends with such a hedge. Where the words may as well name what
was claimed ("…, the club claimed."), the hedge is warned of.

The words after the quote's comma, bracket or dash (after a closing quotation mark or before it) are
read to their clause's end, and are a hedge where they are an adverb of one ("allegedly"), or
someone and a verb of claiming ("the union claims", "critics alleged", "he has long claimed",
"claims the ministry"), and when, where or how ("the union claimed in a statement"). "claims" is as
often a noun ("including 400 disability claims", "(DACA claims)"), so it is read as a verb only
after a pronoun, a name after a comma, or an article or an owner and one who claims ("a lawsuit",
"its director"); "claimed" and "alleged" are as often what was claimed, so not after a thing claimed
("the damages claimed", "cars never claimed", "land residents had claimed": see
:mod:`rootcheck.checks.claimants`). A someone with a second article, a pronoun or a comparison in it
is a noun and its relative clause ("the figure it claimed", "an attack ISIS claimed", "roughly what
critics claimed"); and what follows a verb first is its someone where it ends the sentence or names
one who claims, not what is claimed ("claimed the lives of 74 people", "…, claimed the presidency,
and …").
"""

from __future__ import annotations

import re
from itertools import pairwise

from rootcheck.checks.claimants import (
    IN_NAMES,
    LAST_QUANTITIES,
    PLURAL_MODIFIERS,
    QUANTITIES,
    SUPERLATIVES,
    claims,
    is_a_name,
    is_claimed,
    may_stand_in_a_name,
    noun_of_its_own,
    owner,
    plural,
)
from rootcheck.model import Anchor, Severity
from rootcheck.patterns import lazy
from rootcheck.text.document import Document
from rootcheck.text.hedges import hedges
from rootcheck.text.numbers import MAGNITUDES, SIGNS

#: The words after a quote, from the mark that sets them off (after a closing quotation mark, or
#: before one: "…”, the minister claimed.", "…,” the minister claimed.") to their clause's end, and
#: the mark that ends it.
_SET_OFF_AFTER = lazy(
    r"[ \t]*[\"”’']?[ \t]*(?P<mark>[,(—–]|--)[\"”’']?[ \t]*(?P<words>[^.;:!?()—–\n,\"”]{1,80}?)[ \t]*"
    r"(?=(?P<end>[.;:!?)—–\n,]|--|$))"
)
#: How far a quote that stops inside its sentence is read for the sentence's end.
_READ_TO_THE_STOP = 240
#: What may follow a quote that stops inside its clause, besides a letter or a digit: a sum, a share.
_STILL_WORDS = frozenset("$€£%")
#: A sentence's end: a stop before a space, a closing mark, a line's end or the text's end; or a
#: paragraph's end.
_SENTENCE_END = lazy(r"[.!?](?=[\"”’)]?(?:\s|$))|\n[ \t]*\n")
#: What opens a clause of its own between a quote and the clause at its sentence's end.
_CLAUSE_OF_ITS_OWN = lazy(
    r"[;:]|\b(?:but|yet|while|although|though|whereas|who|which|whose|that|because|since|when|where|if|unless"
    r"|until)\b",
    re.I,
)
#: The marks that set a clause off at a sentence's end, the last of them found: ", the lawsuit alleges".
_SETTING_OFF = (",", "(", "—", "–", "--")
_QUOTATION_MARKS = frozenset('"“”')
#: Parts of the words of claiming and of the hedging adverbs, in either case: a sentence without any
#: holds no hedge to look for ("laim", "lleg", "ontend"; "-edly" and "-sibly" of the adverbs).
_HEDGE_PARTS = ("laim", "lleg", "ontend", "edly", "sibly")
_CLAIMING = lazy("laim|lleg|ontend")
#: An adverb that ends a sentence a quote stops inside hedges it ("…, allegedly."), not one within it
#: ("… the project, reportedly digitized by …").
_HEDGE_AT_THE_STOP = lazy('(?:upposedly|urportedly|eportedly|stensibly)["”’)]?[.!?]')
#: Abbreviations whose points end no clause ("Sen. Marco Rubio claimed", "U.S. prosecutors allege"), and the
#: one-dot leader that stands for each such point while the words after a quote are read. Those that may end a
#: sentence ("… a firm owned by Juan Pérez Jr. The machines …") only before a word in small letters.
_ABBREVIATION = lazy(
    r"\b(?:Sen|Rep|Mr|Ms|Mrs|Dr|Gov|Gen|Lt|Col|Sgt|St|Capt|Maj|Rev|U\.S|U\.N|U\.K)\."
    r"|\b(?:Jr|Sr|Inc|Corp|Co)\.(?=\s+[a-z])"
)
_POINT = "\u2024"
#: A line break within a paragraph: not before a blank line, a list's next item, a heading or a table's row.
_WRAP = lazy(r"[ \t]*(?<!\n)\r?\n(?![ \t]*(?:\r?\n|(?:[-*+#|]|\d+[.)])[ \t]))[ \t>]*")
#: The first characters of what may set a hedge off: a comma, a bracket, a dash ("--" too), after a
#: closing quotation mark or not.
_MARKS = frozenset(",(—–-")
_CLOSING = " \t\"”’'"
_ADVERBS = frozenset(["allegedly", "supposedly", "purportedly", "reportedly", "ostensibly"])
#: Verbs of claiming after their subject, and those that are verbs whatever stands before them.
_VERBS = frozenset(
    ["alleges", "alleged", "allege", "claims", "claimed", "claim", "contends", "contended", "contend"]
)
_ARTICLES = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])
#: Words that open a relative clause or a comparison inside a someone: a second article, a pronoun,
#: "that year", "what critics claimed", "than officials claimed".
_INSIDE = _ARTICLES | _PRONOUNS | frozenset(
    ["that", "this", "these", "those", "which", "who", "whose", "what", "whatever", "than", "as", "with", "to",
     "like", "unlike"]
)  # fmt: skip
#: Words that open a someone, but after a word of it open a relative clause: "waters both countries
#: claimed", not "many nurses contended".
_COUNTING = frozenset(["both", "many", "some", "most", "all", "few", "several"])
#: Words that start when, where or how a thing was claimed, after the verb: "claimed in a statement",
#: "alleged Tuesday", "claimed on its website", "alleged without providing evidence".
_TOLD_HOW = frozenset(
    ["in", "on", "at", "without", "this", "last", "during", "via", "through", "after", "before", "earlier",
     "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)  # fmt: skip
#: Words after a tail of when or how that go on with another verb: "claimed in 2019 and confirmed".
_GOING_ON = frozenset(["and", "but", "then", "before", "after"])
#: Auxiliaries, which make what follows "claims" a clause of its own: "claims the VA had rejected".
_AUXILIARIES = frozenset(["had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did"])
#: Words between someone and the verb: "has long claimed", "have repeatedly alleged", "now claims";
#: and any adverb in "-ly" ("initially claimed", "privately alleged").
_HELPING = frozenset(
    ["has", "have", "had", "is", "was", "been", "long", "repeatedly", "also", "widely", "since", "now", "still",
     "later", "once", "ever", "previously", "never", "itself", "himself", "herself", "themselves", "further",
     "again", "first", "yet"]
)  # fmt: skip
#: Prepositions, which no someone opens with and none holds but "of" and "for" ("relatives of the
#: victims"): "a surge in migrant claims" is a noun.
_PREPOSITIONS = frozenset(
    ["by", "from", "for", "against", "of", "in", "on", "at", "over", "into", "with", "about", "under", "to"]
)  # fmt: skip
#: What opens a relative clause or a comparison inside a someone, or makes it no claimant: a preposition
#: but the "of" or "for" of "relatives of the victims", "a spokeswoman for the embassy".
_RELATIVE = _INSIDE | (_PREPOSITIONS - {"of", "for"})
#: Participles that make what follows "claims" its noun's: "claims filed by farmers".
_ADDED_BY = frozenset(["filed", "brought", "lodged", "made", "submitted", "received", "paid", "pending"])
#: Words a someone does not open with: a comparison, a count, a confirmation ("as it had claimed").
_NOT_SOMEONE = frozenset(
    ["as", "which", "than", "not", "far", "half", "more", "less", "fewer", "exactly", "just", "including",
     "excluding", "mostly", "up", "down", "about", "nearly", "almost", "all", "while", "and", "but", "or",
     "versus", "vs", "per", "each", "every", "dozens", "hundreds", "thousands"]
)  # fmt: skip


def ended_before_a_hedge(doc: Document, quote: str, anchor: Anchor) -> tuple[str, Severity] | None:
    """Where a quote ends just before the hedge that makes what it says only said or alleged, or
    stops inside a sentence that ends with one ("The company underpaid 559 workers" of "… over five
    years, the lawsuit alleges."), and how surely: an error where the hedge names one who claims, a
    warning where the words before "claimed" may as well be what was claimed ("the severance
    claimed"). A quote with a hedging adverb of its own ("The agency allegedly hired") tells the
    reader as much."""
    if anchor.span is None:
        return None
    end = anchor.span.end
    # Most quotes end before a full stop, and most sentences hold no word of claiming: told so from
    # the next character or two, and a look for such a word, before the words after are read
    # (every claim is checked here).
    next_one = doc.text[end : end + 4].lstrip(_CLOSING)[:1]
    inside = next_one.isalnum() or next_one in _STILL_WORDS
    if next_one not in _MARKS and not inside:
        return None
    reach = end + (_READ_TO_THE_STOP if inside else 120)
    text = doc.text
    if all(text.find(part, end, reach) < 0 for part in _HEDGE_PARTS):
        return None
    if (
        inside
        and _CLAIMING.search(text, end, reach) is None
        and _HEDGE_AT_THE_STOP.search(text, end, reach) is None
    ):
        return None
    # A wrapped paragraph's line break is a space; a blank line ends the paragraph.
    after = text[end:reach]
    after = _WRAP.sub(" ", after) if "\n" in after else after
    after = _ABBREVIATION.sub(lambda short: short.group().replace(".", _POINT), after)
    if inside:
        found = _last_clause(after)
        if found is None:
            return None
        mark, words, closing = *found, True
    else:
        set_off = _SET_OFF_AFTER.match(after)
        if set_off is None:
            return None
        mark, words, closing = (
            set_off["mark"],
            set_off["words"],
            set_off["end"] in ("", "\n", ".", "!", "?", ")"),
        )
    sure = _hedging(words.split(), mark.strip() == ",", closing)
    # At a sentence's end, past words the quote leaves in between, only one who surely claims.
    if sure is None or (inside and sure is not Severity.ERROR):
        return None
    if any(word.lower() in _ADVERBS for word in hedges(quote)):
        return None
    hedge = " ".join(words.replace(_POINT, ".").split())
    if inside:
        message = (
            f"the sentence the quote stops inside ends with the source's “{hedge}”: whether a thing is so, or "
            "only said to be, is no slip of wording; quote the sentence to its end"
        )
    elif sure is Severity.ERROR:
        message = (
            f"the quote ends just before the source's “{hedge}”: whether a thing is so, or only said to be, "
            "is no slip of wording; end the quote after it"
        )
    else:
        message = (
            f"the quote ends just before the source's “{hedge}”, which may say who claims it: whether a thing "
            "is so, or only said to be, is no slip of wording; if it does, end the quote after it"
        )
    return message, sure


def _last_clause(after: str) -> tuple[str, str] | None:
    """The clause set off at the end of the sentence ``after`` goes on in, and the mark setting it
    off: ", the lawsuit alleges." of "… by $2 million over five years, the lawsuit alleges." Not past
    a paragraph's end, nor past a clause of its own in between, which the hedge may be of alone
    ("…; the real number is far higher, rights groups claim.", "…, but most have since quit, …")."""
    stop = _SENTENCE_END.search(after)
    if stop is None:
        return None
    body = after[: stop.start()].rstrip(_CLOSING)
    at = max(body.rfind(mark) for mark in _SETTING_OFF)
    if at < 0 or _CLAUSE_OF_ITS_OWN.search(body, 0, at):
        return None
    mark = "--" if body.startswith("--", at) else body[at]
    words = body[at + len(mark) :].strip(_CLOSING)
    return (mark, words) if 0 < len(words) <= 80 and not _QUOTATION_MARKS & set(words) else None


def _hedging(words: list[str], after_comma: bool, closing: bool) -> Severity | None:
    """How surely ``words``, a clause set off after a quote, hedge it, if they may; ``closing`` where
    the clause ends its sentence or its bracket."""
    lowered = [word.lower() for word in words]
    skipped = 2 if lowered[:2] == ["or", "so"] else 1 if lowered[:1] == ["so"] else 0  # "or so it claims"
    words, lowered = words[skipped:], lowered[skipped:]
    if len(words) <= 1:
        return Severity.ERROR if lowered and lowered[0] in _ADVERBS else None
    verbs = [at for at, word in enumerate(lowered) if word in _VERBS]
    # Not a participle with its agent ("…, claimed by relatives."), a name ("…, Small Claims."), or
    # "claims" as a noun before its preposition ("…, claims by workers against employers.").
    if any(at + 1 < len(words) and lowered[at + 1] == "by" for at in verbs):
        return None
    if any(at and words[at][:1].isupper() for at in verbs):
        return None
    # When, where or how, after the verb: "the union claimed in a statement on Tuesday".
    # Not where the tail goes on with another verb: "the company claimed in 2019 and confirmed in 2023".
    # Past such a tail only one who surely claims: "the period alleged in the indictment" is what was.
    if verbs and 0 < verbs[-1] < len(words) - 1 and lowered[verbs[-1] + 1] in _TOLD_HOW:
        if _GOING_ON & set(lowered[verbs[-1] + 1 :]):
            return None
        sure = _hedging(words[: verbs[-1] + 1], after_comma, closing)
        return sure if sure is Severity.ERROR else None
    if lowered[-1] in _VERBS:
        return _claimant_before(words, lowered, after_comma)
    return _claimant_after(words, lowered, after_comma, closing)


def _claimant_before(words: list[str], lowered: list[str], after_comma: bool) -> Severity | None:
    """How surely ``words`` (``lowered``), ending with their verb, name one who claims before it."""
    subject = words[:-1]
    while subject and (subject[-1].lower() in _HELPING or subject[-1].lower().endswith("ly")):
        subject = subject[:-1]  # "it is alleged", "has long claimed", "initially claimed"
    # A plural not known to claim, then "never" or "long": what was claimed ("cars never claimed",
    # "lands long claimed", "corrections previously claimed"), not who ("critics long claimed").
    head = subject[-1].lower() if subject else ""
    if head in ("and", "or", "but"):  # "the hours worked and claimed": what was
        return None
    bare = bool(subject) and subject[0].lower() not in _ARTICLES and not subject[-1][:1].isupper()
    if len(subject) < len(words) - 1 and bare and plural(head) and not claims(head):
        return None
    return _someone(subject, lowered[-1], after_comma)


def _claimant_after(
    words: list[str], lowered: list[str], after_comma: bool, closing: bool
) -> Severity | None:
    """How surely ``words`` (``lowered``), a clause opening with its verb, name one who claims after it
    ("claims the ministry", "claimed Honduran officials"): surely where they name one who does ("…,
    claims the union, which …"); else maybe, where they end the sentence with an article or a name
    ("…, claims Rep. Cuellar.", but "…, claimed the silver."); never where an auxiliary follows
    ("claims the VA had rejected"), and "alleged" only before an article: "…, alleged Zetas." are who
    it describes."""
    if lowered[0] not in _VERBS - {"allege", "claim", "contend"}:
        return None
    # Up to when or how: "…, claimed the union in a statement.", "…, claimed Bukele on Twitter."
    told = next((at for at, word in enumerate(lowered[2:], 2) if word in _TOLD_HOW), len(words))
    subject = words[1:told]
    if lowered[1] in _PREPOSITIONS or lowered[1] in _ADDED_BY:
        return None  # "claims from farmers", "claims filed by farmers": the noun
    if not 0 < len(subject) <= 5 or _AUXILIARIES & {word.lower() for word in subject}:
        return None
    if lowered[0] == "claims" and subject[-1].lower().endswith("ed") and not claims(subject[-1].lower()):
        return None  # a noun and its clause: "…, claims the ministry rejected."
    while len(subject) > 2 and subject[-1].lower().endswith("ed") and claims(subject[-2].lower()):
        subject = subject[:-1]  # "…, alleged the lawsuit filed Monday."
    if _someone(subject, "alleged", after_comma) is None:
        return None
    named = all(word[:1].isupper() for word in subject)
    # One who claims ("the ministry", "Honduran officials"; "alleged" only after an article), or a
    # name after its title ("Rep. Henry Cuellar", "Security Minister Gustavo Sánchez", "the Ministry
    # of Security", "the newspaper El Faro").
    known = claims(subject[-1].lower()) and (lowered[0] != "alleged" or subject[0].lower() in _ARTICLES)
    titled = (
        subject[-1][:1].isupper()
        and any(
            may_stand_in_a_name(word.lower().rstrip(_POINT))
            and word.lower() not in IN_NAMES  # "of" in "the Ministry of Security"
            for word in subject[:-1]
        )
    )
    if known or titled:
        return Severity.ERROR
    if closing and (subject[0].lower() in _ARTICLES or (named and lowered[0] != "alleged")):
        return Severity.WARNING
    return None


def _someone(words: list[str], verb: str, after_comma: bool) -> Severity | None:
    """How surely ``words`` name one who claims with ``verb``, if they may: a noun phrase of up to five
    words; surely a pronoun, a name, one who claims ("the ministry", "critics") or one who claims for
    others ("relatives of the victims"); else, for "claimed" and "alleged", maybe ("the foundation")."""
    if not words or len(words) > 5:
        return None
    lowered = [word.lower() for word in words]
    if lowered[0] in _NOT_SOMEONE or lowered[-1] in LAST_QUANTITIES or any(w in QUANTITIES for w in lowered):
        return None
    if len(words) == 1 and lowered[0] in _PRONOUNS:
        agrees = verb not in ("claims", "alleges", "contends") or lowered[0] in ("he", "she", "it")
        return Severity.ERROR if agrees else None
    rest = words[1:] if lowered[0] in _ARTICLES else words
    if not rest or any(char.isdigit() for word in (words[0], words[-1]) for char in word):
        return None  # what is claimed ("300 claimed", "the 300 claimed"), not who ("a 2019 lawsuit")
    # One who claims and the others named after "of" or "for": "relatives of the victims", "a
    # spokeswoman for the embassy"; not "the remains of the migrants".
    of = next((at for at, word in enumerate(rest[:-1]) if word in ("of", "for") and at), None)
    if of is not None and not rest[of + 1][:1].isupper():
        who = rest[of - 1].lower()
        return Severity.ERROR if claims(who) and not is_claimed(who) else None
    if _what_is_claimed(rest, lowered):
        return None
    return _by_verb(words, lowered, rest, verb, after_comma)


def _what_is_claimed(rest: list[str], lowered: list[str]) -> bool:
    """Whether a noun phrase (``rest``, its article aside; ``lowered``, whole) names what is claimed
    rather than who claims it, or opens a relative clause."""
    # What is claimed ("the damages", "their remains never"), or a noun and a relative clause: a
    # second article, a pronoun, a comparison or a name after a noun ("the figure it claimed", "more
    # than critics claimed", "an attack ISIS claimed"), two plurals or a thing claimed and a plural
    # ("the losses victims claimed", "land residents had claimed"); but a title or one who claims may
    # stand before a name ("police spokesman Juan Pérez", "the newspaper El Faro").
    if is_claimed(lowered[-1]) or (plural(lowered[-1]) and any(is_claimed(word) for word in lowered[:-1])):
        return True
    # A superlative or a sum names what was claimed: "the largest haul yet claimed", "the $2 million claimed".
    if rest[0].lower() in SUPERLATIVES or any(
        word[:1] in SIGNS or word.lower() in MAGNITUDES for word in rest
    ):
        return True
    # Not a word within a name: "the Committee to Protect Journalists".
    within = {
        at for at in range(1, len(rest) - 1) if rest[at - 1][:1].isupper() and rest[at + 1][:1].isupper()
    }
    if any(word.lower() in _RELATIVE for at, word in enumerate(rest) if at not in within):
        return True
    if any(word.lower() in _COUNTING for word in rest[1:]):
        return True
    for before, word in pairwise(rest):
        lower = before.lower()
        if before[:1].islower() and word[:1].isupper() and not may_stand_in_a_name(lower):
            return True
        if lower.endswith("s") and plural(lower) and plural(word.lower()) and lower not in PLURAL_MODIFIERS:
            return True
    return False


def _by_verb(
    words: list[str], lowered: list[str], rest: list[str], verb: str, after_comma: bool
) -> Severity | None:
    """How surely ``words`` (``lowered``; ``rest`` without its article), which may name who claims, do
    with ``verb``."""
    named = is_a_name(rest)
    owned = lowered[0] in _ARTICLES or owner(words)
    head = lowered[-1]
    # A noun of its own before a plural that may claim opens a relative clause as often ("a ranch
    # farmers claim", "an attack gang members claimed") as it names them ("the union leaders"): surely
    # them only where it is one who claims, or qualifies them ("the displaced families").
    unsure = plural(head) and any(noun_of_its_own(word) for word in rest[:-1])
    if verb == "claims":  # "the ministry claims", "…, Bukele claims."
        sure = (owned and claims(head) and not unsure) or (after_comma and named)
        return Severity.ERROR if sure else None
    if named or (claims(head) and not unsure):
        return Severity.ERROR
    if verb in (
        "alleges",
        "contends",
        "contended",
    ):  # verbs whatever stands before them: "the foundation alleges"
        return Severity.ERROR if (owned or plural(head)) and not unsure else Severity.WARNING
    if verb == "claim":  # not "the average claim", "an insurance claim", "territory they claim"
        return Severity.WARNING if plural(head) and lowered[0] not in _ARTICLES else None
    return Severity.WARNING if owned or plural(head) else None
