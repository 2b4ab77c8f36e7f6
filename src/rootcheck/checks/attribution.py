"""A hedge set off just after a quote: "300 workers were underpaid, the lawsuit alleges." The quote
would publish as the source's statement what the source only reports as alleged or claimed, as one
starting just after "The lawsuit alleges that" would (see :mod:`rootcheck.checks.starts`).

The words after the quote's comma, bracket or dash are read to their clause's end, and are a hedge
where they are an adverb of one ("allegedly"), or someone and a verb of claiming ("the union
claims", "critics alleged", "he has long claimed", "claims the ministry"), and when or how ("the
union claimed in a statement"). "claims" is as often a noun ("including 400 disability claims",
"(DACA claims)"), so it is read as a verb only after a pronoun, a name after a comma, or an article
or an owner and one who claims ("a lawsuit", "its director"); "claimed" and "alleged" are as often
what was claimed ("the damages claimed", "lands long claimed"), so they are read as verbs only
after a pronoun, a name (with its title: "police spokesman Juan Pérez") or one who claims, or
several ("critics", "the plaintiffs"). A someone with a second article, a pronoun or a comparison in
it is a noun and its relative clause ("the figure it claimed", "an attack ISIS claimed", "roughly
what critics claimed", "higher than officials had claimed"); and what follows a verb first is its
someone only where it ends the sentence and names one, not what is claimed ("claimed the lives of
74 people", "…, claimed the presidency, and …").
"""

from __future__ import annotations

import re
from itertools import pairwise

from rootcheck.model import Anchor
from rootcheck.text.document import Document
from rootcheck.text.hedges import hedges

#: The words after a quote, from the mark that sets them off (and a closing quotation mark: "…,” the
#: minister claimed.") to their clause's end.
_SET_OFF_AFTER = re.compile(
    r"[ \t]*(?P<mark>[,(—–]|\s--)[\"”’]?[ \t]*(?P<words>[^.;:!?()—–\n,\"”]{1,80}?)[ \t]*"
    r"(?=(?P<end>[.;:!?)—–\n,]|$))"
)
#: Abbreviations whose points end no clause ("Sen. Marco Rubio claimed", "U.S. prosecutors allege"),
#: and the one-dot leader that stands for each such point while the words after a quote are read.
_ABBREVIATION = re.compile(
    r"\b(?:Sen|Rep|Mr|Ms|Mrs|Dr|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Corp|Co|U\.S|U\.N|U\.K)\."
)
_POINT = "\u2024"
#: A line break within a paragraph: not before a blank line, a list's next item, a heading or a table's row.
_WRAP = re.compile(r"[ \t]*(?<!\n)\r?\n(?![ \t]*(?:\r?\n|(?:[-*+#|]|\d+[.)])[ \t]))[ \t>]*")
#: The first characters of what may set a hedge off: a comma, a bracket, a dash ("--" too).
_MARKS = frozenset(",(—–-")
_ADVERBS = frozenset(["allegedly", "supposedly", "purportedly", "reportedly", "ostensibly"])
#: Verbs of claiming after their subject, and those that are verbs whatever stands before them.
_VERBS = frozenset(
    ["alleges", "alleged", "allege", "claims", "claimed", "claim", "contends", "contended", "contend"]
)
_PAST = frozenset(["alleged", "claimed", "contended"])
_ARTICLES = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])
#: Words that open a relative clause or a comparison inside a someone: a second article, a pronoun,
#: "that year", "what critics claimed", "than officials claimed".
_INSIDE = _ARTICLES | _PRONOUNS | frozenset(
    ["that", "this", "these", "those", "which", "who", "what", "whatever", "than", "as", "with", "to", "like",
     "unlike"]
)  # fmt: skip
#: Words that open a someone, but after a word of it open a relative clause: "waters both countries
#: claimed", not "many nurses contended".
_COUNTING = frozenset(["both", "many", "some", "most", "all", "few", "several"])
#: Words that may stand before a name in a someone, as its title: "police spokesman Juan Pérez",
#: "former President Hernández", "Interior Minister Ana Ruiz".
_BEFORE_NAMES = frozenset(["former", "then", "acting", "interim", "general", "chief", "head", "leader"])
#: Words within a name: "the Ministry of Health", "Xiomara Castro de Zelaya".
_IN_NAMES = frozenset(["of", "de", "del", "la", "y"])
#: Plurals that modify a noun after them: "human rights groups", "the news agencies".
_PLURAL_MODIFIERS = frozenset(["rights", "news", "arms", "customs", "sales", "savings", "goods", "services"])
#: When and how a thing was claimed, after the verb: "claimed in a statement", "alleged Tuesday".
_TOLD_HOW = re.compile(
    r"(?<=\w)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    r"|last\s+(?:week|month|year)|in\s+court|in\s+part|without\s+(?:evidence|proof)"
    r"|in\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?"
    r"(?:statement|interview|filing|complaint|indictment|lawsuit|suit|motion|letter|post|report))$"
)
#: Words between someone and the verb: "has long claimed", "have repeatedly alleged", "now claims".
_HELPING = frozenset(
    ["has", "have", "had", "is", "was", "been", "long", "repeatedly", "also", "widely", "since", "now", "still",
     "later", "once", "ever", "previously", "never", "itself", "himself", "herself", "themselves"]
)  # fmt: skip
#: Words a someone does not open with: a comparison, a count, a confirmation ("as it had claimed").
_NOT_SOMEONE = frozenset(
    ["as", "which", "than", "not", "far", "half", "more", "less", "fewer", "exactly", "just", "including",
     "excluding", "mostly", "up", "down", "about", "nearly", "almost", "all", "while", "and", "but", "or",
     "versus", "vs", "per", "each", "every"]
)  # fmt: skip
#: Who "claims", as often a noun ("the insurance claims", "the remaining claims"), is taken to be after
#: "the", "a", "its" and the like: one of these, the last word before it ("a lawsuit claims", "the
#: ministry's own audit claims", "its director claims"). So is who "claimed" or "alleged", as often
#: what was ("the damages claimed", "lands long claimed"): one of these or its plural, or a name.
_CLAIMANTS = frozenset(
    ["lawsuit", "suit", "complaint", "report", "study", "audit", "evaluation", "review", "ministry", "agency",
     "government", "union", "company", "firm", "group", "organization", "organisation", "director", "minister",
     "spokesman", "spokeswoman", "spokesperson", "official", "lawyer", "lawyers", "attorney", "prosecutor",
     "plaintiff", "plaintiffs", "filing", "indictment", "petition", "statement", "letter", "memo", "document",
     "analysis", "paper", "campaign", "coalition", "administration", "department", "office", "commission",
     "committee", "party", "opposition", "newspaper", "website", "charity", "insurer", "contractor",
     "employer", "mayor", "president", "governor", "senator", "author", "authors", "critic", "critics",
     "activist", "source", "state", "city", "army", "military", "regime", "defendant", "defendants", "bank",
     "school", "university", "board", "council", "police", "hospital", "district", "province", "whistleblower",
     "institute", "network", "association", "federation", "alliance", "prosecution", "defense", "defence",
     "employee", "worker", "resident", "survivor", "witness", "victim", "family", "relative", "advocate",
     "opponent", "analyst", "expert", "researcher", "economist", "farmer", "guard", "migrant", "parent",
     "organizer", "organiser", "protester", "detainee", "inmate", "leader", "observer", "auditor", "inspector",
     "monitor", "diplomat", "ambassador", "embassy", "villager", "neighbor", "neighbour", "teacher", "nurse",
     "doctor", "student", "journalist", "reporter", "outlet", "broadcaster", "magazine", "supporter", "rival",
     "agent", "soldier", "officer", "lawmaker", "legislator", "congressman", "congresswoman", "candidate",
     "investigator", "authority", "authorities", "foundation", "church", "chamber", "predecessor", "ceo",
     "chief", "head", "owner", "judge", "troops", "media", "skeptic", "sceptic", "cartel", "gang", "ombudsman",
     "watchdog", "executive", "manager", "member", "community"]
)  # fmt: skip
#: Who may claim with no article and no plural's "s": "police claimed", "staff alleged".
_COLLECTIVE = frozenset(["police", "management", "staff", "military", "government", "opposition", "congress"])
#: What one claims, not who: "claimed the lives of 74 people", "claimed asylum", "alleges fraud".
_CLAIMED_THINGS = frozenset(
    ["life", "lives", "asylum", "credit", "victory", "responsibility", "refugee", "status", "benefits",
     "compensation", "damages", "ownership", "title", "fraud", "abuse", "discrimination", "negligence"]
)  # fmt: skip
#: Nouns of a quantity claimed, not of who claims it: "the highest number claimed".
_QUANTITIES = frozenset(
    ["number", "amount", "sum", "figure", "total", "share", "percentage", "rate", "level", "count", "record",
     "goal", "majority", "first", "second"]
)  # fmt: skip


def ended_before_a_hedge(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Where a quote ends just before the hedge that makes what it says only said or alleged. A quote
    with a hedging adverb of its own ("The agency allegedly hired") tells the reader as much."""
    if anchor.span is None:
        return None
    end = anchor.span.end
    # Most quotes end before a full stop or a word: told so from the next character or two, before
    # the words after are read (every claim is checked here).
    if doc.text[end : end + 3].lstrip(" \t")[:1] not in _MARKS:
        return None
    # A wrapped paragraph's line break is a space; a blank line ends the paragraph.
    after = _WRAP.sub(" ", doc.text[end : end + 120])
    after = _ABBREVIATION.sub(lambda short: short.group().replace(".", _POINT), after)
    found = _SET_OFF_AFTER.match(after)
    if found is None:
        return None
    closing = found["end"] in ("", "\n", ".", "!", "?", ")")
    if not _hedging(found["words"].split(), found["mark"].strip() == ",", closing):
        return None
    if any(word.lower() in _ADVERBS for word in hedges(quote)):
        return None
    hedge = " ".join(found["words"].replace(_POINT, ".").split())
    return (
        f"the quote ends just before the source's “{hedge}”: whether a thing is so, or only said to be, is "
        "no slip of wording; end the quote after it"
    )


def _hedging(words: list[str], after_comma: bool, closing: bool) -> bool:
    """Whether ``words``, a clause set off after a quote, hedge it; ``closing`` where the clause ends
    its sentence or its bracket."""
    lowered = [word.lower() for word in words]
    skipped = 2 if lowered[:2] == ["or", "so"] else 1 if lowered[:1] == ["so"] else 0  # "or so it claims"
    words, lowered = words[skipped:], lowered[skipped:]
    if len(words) <= 1:
        return bool(lowered) and lowered[0] in _ADVERBS
    # When and how a thing was claimed, after the verb: "the union claimed in a statement".
    told = _TOLD_HOW.search(" ".join(words))
    if told is not None and told.start() > 0:
        words = " ".join(words)[: told.start()].split()
        lowered = [word.lower() for word in words]
    if lowered[-1] in _VERBS:
        subject = words[:-1]
        while subject and subject[-1].lower() in _HELPING:  # "it is alleged", "has long claimed"
            subject = subject[:-1]
        return _someone(subject, lowered[-1], after_comma)
    # "claims the ministry", "claims Rep. Cuellar": only where the sentence ends with them, not "…,
    # claimed the presidency, and promised", and "alleged" only before an article, as "…, alleged
    # Zetas." are who it describes.
    if closing and lowered[0] in _VERBS - {"allege", "claim", "contend"}:
        subject = words[1:]
        named = all(word[:1].isupper() for word in subject)
        return (
            0 < len(subject) <= 5
            and (subject[0].lower() in _ARTICLES or (named and lowered[0] != "alleged"))
            and not any(word.lower() in _CLAIMED_THINGS for word in subject)
            and _someone(subject, "alleged", after_comma)
        )
    return False


def _someone(words: list[str], verb: str, after_comma: bool) -> bool:
    """Whether ``words`` name one who may claim with ``verb``: a noun phrase of up to five words."""
    if not words or len(words) > 5:
        return False
    lowered = [word.lower() for word in words]
    if lowered[0] in _NOT_SOMEONE or any(word in _QUANTITIES for word in lowered):
        return False
    if len(words) == 1 and lowered[0] in _PRONOUNS:
        return verb not in ("claims", "alleges", "contends") or lowered[0] in ("he", "she", "it")
    rest = words[1:] if lowered[0] in _ARTICLES else words
    # A number is what is claimed ("300 claimed", "the 300 claimed"), not who ("a 2019 lawsuit"); a
    # second article, a pronoun, a comparison or a name after a noun opens a relative clause ("the
    # figure it claimed", "more than critics claimed", "an attack ISIS claimed"), as do two plurals
    # ("the losses victims claimed"); but a title or one who claims may stand before a name ("police
    # spokesman Juan Pérez", "the newspaper El Faro"), and "of" or "de" within one ("the Ministry of
    # Health", "Xiomara Castro de Zelaya").
    if not rest or any(char.isdigit() for word in (words[0], words[-1]) for char in word):
        return False
    if any(word.lower() in _INSIDE for word in rest) or any(word.lower() in _COUNTING for word in rest[1:]):
        return False
    for before, word in pairwise(rest):
        lower = before.lower()
        if before[:1].islower() and word[:1].isupper() and not _may_stand_in_a_name(lower):
            return False
        if (
            lower.endswith("s")
            and _plural(lower)
            and _plural(word.lower())
            and lower not in _PLURAL_MODIFIERS
        ):
            return False
    # A name, with its title, or one's: "Bukele", "police spokesman Juan Pérez", "El Salvador's president".
    named = rest[-1][:1].isupper() and all(
        word[:1].isupper() or _may_stand_in_a_name(word.lower()) for word in rest
    )
    named = named or (rest[0][:1].isupper() and _owner(rest))
    owned = lowered[0] in _ARTICLES or _owner(words)
    who = named or _claims(lowered[-1])
    if verb == "claims":  # as often a noun: "400 disability claims", "(DACA claims)", "its wage claims"
        return (owned and _claims(lowered[-1])) or (after_comma and named)
    if verb == "claim":  # not "the average claim", "an insurance claim", "territory they claim"
        return named or (_plural(lowered[-1]) and who)
    if verb in _PAST:  # as often what is claimed: "the damages claimed", "lands long claimed"
        return who
    # "alleges", "contends": verbs whatever stands before them.
    return lowered[0] in _ARTICLES or named or _plural(lowered[-1])


def _claims(word: str) -> bool:
    """Whether ``word``, lowercase, names one who claims, or several: "ministry", "lawyers", "families"."""
    if word in _CLAIMANTS or word in _COLLECTIVE:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in _CLAIMANTS
    return word.endswith("s") and word[:-1] in _CLAIMANTS


def _may_stand_in_a_name(word: str) -> bool:
    """Whether ``word``, lowercase, may stand before or within a name: a title ("spokesman", "former"),
    one's ("the firm's CEO"), "of" ("the Ministry of Health")."""
    return word in _BEFORE_NAMES or word in _IN_NAMES or word.endswith(("'s", "’s")) or _claims(word)


def _plural(word: str) -> bool:
    """Whether ``word``, lowercase, reads as a plural noun: "critics", "losses"; not "its" or "status"."""
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and len(word) > 3) or (
        word in _COLLECTIVE
    )


def _owner(words: list[str]) -> bool:
    """Whether a word of ``words`` but the last is one's: "Mexico's government", "the ministry's audit"."""
    return any(word.endswith(("'s", "’s")) for word in words[:-1])
