"""Where a quote may not end: just before a condition its sentence holds under, which the quote
would state as holding whatever happens; and where neither end may stand: inside a word joined by a
hyphen, whose half says what the whole does not. Where a quote may not start is
:mod:`rootcheck.checks.starts`'s; :func:`edge_problems` tells all of them.
"""

from __future__ import annotations

import re

from rootcheck.checks.attribution import ended_before_a_hedge
from rootcheck.checks.beside import clause_before
from rootcheck.checks.cut_off import ended_before_a_negation, started_after_a_share
from rootcheck.checks.dangling import ended_inside_a_name, ended_on_a_leading_word
from rootcheck.checks.promised_after import ended_before_a_promise
from rootcheck.checks.scope import scope_problems
from rootcheck.checks.starts import started_after, started_in_a_list
from rootcheck.hints import listed
from rootcheck.model import Anchor, Severity
from rootcheck.patterns import lazy
from rootcheck.text.document import Document, Format
from rootcheck.text.emphasis import unemphasised
from rootcheck.text.lexicon import ANONYMITY, AS_REPORTED, ASKING_VERBS, CLAUSE_STOP, GRANTED_AFTER_NO, MODALS
from rootcheck.text.meaning import negations
from rootcheck.text.numbers import HYPHENS


def edge_problems(doc: Document, quote: str, anchor: Anchor) -> list[tuple[str, Severity]]:
    """What a quote's edges change of what it says, each with how surely: where it starts (see
    :func:`rootcheck.checks.starts.started_after`) or a share in a deed it starts after, a list it
    starts within, a word it cuts, a list, a word of promise, a negation, a hedge (warned of where it may be none) or a condition it ends before, a word
    leading on or a name's first words that it ends with; and, warned of, a part or an "each of" it starts after or a rate it
    ends before (see :mod:`rootcheck.checks.scope`)."""
    refused = (
        started_after(doc, quote, anchor),
        started_after_a_share(doc, quote, anchor),
        started_in_a_list(doc, anchor),
        cut_compound(doc, anchor),
        ended_in_a_list(doc, anchor),
        ended_before_a_promise(doc, anchor),
        ended_before_a_negation(doc, quote, anchor),
        ended_on_a_leading_word(doc, quote, anchor),
        ended_inside_a_name(doc, quote, anchor),
    )
    found = [(message, Severity.ERROR) for message in refused if message is not None]
    found += [hedged] if (hedged := ended_before_a_hedge(doc, quote, anchor)) else []
    found += [(message, Severity.WARNING) for message in scope_problems(doc, anchor)]
    return found + ([ending] if (ending := ended_before(doc, quote, anchor)) else [])


#: What may set a condition off from the quote before it: a comma, a dash, a bracket.
_SET_OFF = ",—–(-"
#: A condition just after a quote's end, within its sentence, which what it says holds only under:
#: "300 families would leave" of "… unless the fund closed", "59 clinics" of "59 clinics—if Congress
#: approves". Not "unless otherwise noted" (or "stated", "specified", "indicated", "… below") where it
#: ends its clause, which says how the source reports, not when what it says holds (but "unless
#: otherwise specified in their contracts" is a condition); not "if not", "if any", "if anything" or
#: "if only", which bound nothing ("55 villages, if not more"), nor "if" as "though" ("fell 40 percent,
#: if unevenly"); not "provided that year". Not "as long as", as often a measure ("40 days, as long as
#: the law allows") as a condition. "excluding", "with the exception of", "save for", "apart from"
#: and "other than" take from what the quote says as "except" does. "subject to" may be one set off,
#: or after a word of what will or may be ("will fund 62 clinics, subject to approval by Congress");
#: else it says which things are meant ("audited 701 clinics subject to federal rules", "named 714
#: people subject to sanctions"). Between the quote and the condition may stand marks that set it
#: off, and a line's end where a source wraps its lines, with marks after it too ("⏎(unless Congress
#: objects)"); whether the next line goes on with the quote's sentence is _wraps_on's to tell.
#: "contingent on" and "on condition that" (not "that they not be named") are conditions as "unless"
#: is; "depending on" is warned of as "if" is. Not "pending", as often what a thing is ("detained 300
#: migrants pending deportation") as a condition.
_CONDITION_AFTER = lazy(
    rf"^(?P<opening>[ \t{_SET_OFF}]*(?P<wrap>\r?\n[ \t]*(?P<marks>[{_SET_OFF}]+[ \t]*)?)?)"
    rf"(?:(?P<sure>(?:but\s+)?only\s+if\b|unless\b(?!\s+{AS_REPORTED}[ \t]*(?:[.,;:)\[\]\r\n—–\"”’]|\((?=see\b)|$))"
    r"|contingent\s+(?:on|upon)\b"
    rf"|on\s+(?:the\s+)?condition\s+that\b(?!{ANONYMITY}))"
    r"|depending\s+on\b"
    r"|provided\s+that\b(?!\s+(?:(?:same|fiscal|very)\s+)?"
    r"(?:year|month|week|day|time|period|season|quarter|summer|winter|spring|fall|autumn|decade)\b)"
    r"|if\b(?!\s+(?:not|any|anything|only|\w+ly\b|a\s+\w+\s+one\b))|without\b|(?P<subject>subject\s+to\b)"
    r"|(?P<exception>except|excluding|with\s+the\s+exception\s+of|save\s+for|apart\s+from|other\s+than)\b)",
    re.I,
)
#: What a "without" set off by a comma, a dash or a bracket says of how a thing was said, not under what
#: it holds: "had not been paid, without elaborating", "would not be renewed, without giving a reason".
#: Not set off, it may be a condition ("cannot dismiss 30 workers without giving a reason"); "always"
#: marks the words that are never one (see _how_it_was_said).
_WITHOUT_SAYING = lazy(
    r"\s*(?:(?P<always>elaborating|commenting|further\s+comment)|further\s+details?|explaining|specifying|naming"
    r"|citing|saying\s+(?:why|how|when|more)|(?:an?\s+)?explanation|(?:giving|offering|providing)\s+"
    r"(?:a\s+|an\s+|any\s+|further\s+)?(?:reason|details?|evidence|proof|specifics|explanation|timeline|timetable)s?)\b",
    re.I,
)
#: A verb of saying in the quote, after which such a "without" says how it was said: "said 300 nurses had
#: not been paid, without naming them"; without one it may be a condition ("may not hold migrants more
#: than 48 hours, without citing a charge").
_SAID = lazy(
    # In the past and in small letters: "States" and "reports" are as often nouns, and "The new law
    # says police may not …, without providing evidence" says the condition itself.
    r"\b(?:said|told|announced|stated|insisted|claimed|added|wrote|confirmed|denied|acknowledged|argued"
    r"|noted)\b"
)
#: A deed denied, done or not: "did not renew", "has not paid", "never returned"; not a permission or an
#: ability denied, which a "without" may be the condition of: the denial's own verb is then one of
#: _PERMITTED ("were not allowed to detain", "did not let", "were not legally allowed").
_DONE_AND_DENIED = lazy(r"\b(?:did|had|has|have|was|were)(?:\s+not|n['’]t)\b|\bnever\b(?=\s+\w+ed\b)", re.I)
_PERMITTED = lazy(
    r"\s*(?:(?:been|be|yet|even|\w+ly)\s+){0,3}(?:allowed|permitted|able|authori[sz]ed|legal|let|free|entitled)\b",
    re.I,
)
#: A stop ending the quote's sentence or clause (not an initial's point, "the U.S. if"), read with the
#: source's next words, which tell an initial's point from a sentence's end.
_STOP = lazy(rf"(?:{CLAUSE_STOP})[\"”’)\]*]*(?=\s|$)")
#: "not only", which denies nothing ("not only trained 412 judges without outside help but also").
_NOT_ONLY = lazy(r"\bnot\s+(?:only|just|merely)\b", re.I)
#: What opens a clause of its own within the quote's last: a negation before it is that clause's, not
#: its ("could not explain why 300 migrants were released").
_SUBORDINATE = lazy(r"\b(?:why|that|which|who|whom|because|when|where|whether|how)\b", re.I)
#: Words of what will or may be, which a failure or denial with them makes a forecast a "without"
#: bounds ("will fail without significant shifts"); a denial strong enough alone ("never", "not").
_MODAL = lazy(rf"\b(?:{'|'.join(sorted(MODALS))})\b", re.I)
#: "rarely" and "seldom" bound as much ("Migrants rarely travel" of "… without a smuggler"); not "few",
#: "little", "barely" or "hardly", as often a measure of a noun or a number ("barely 300 families").
_STRONG_DENIALS = frozenset(
    ["not", "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "rarely", "seldom"]
)
#: "no" that denies what its clause says: opening it ("No families were relocated"), or "no one"; not a
#: measure of a noun ("had no money and left", "There is no doubt"); "no longer" too.
_NO_DENYING = lazy(r"^\W*no\b|\bno[\s-]one\b|\bno\s+longer\b", re.I)
#: "no choice but", which affirms what follows it: "will have no choice but to cross".
_NO_BUT = lazy(r"\bno\s+(?:other\s+)?(?:choice|option|alternative)\s+(?:but|other\s+than)\b", re.I)
#: A whole that an "except" after it takes from: "All 300 clinics reopened" of "… except two"; not a
#: name's word ("Whole Foods opened 211 stores").
_WHOLE = lazy(r"(?i:\b(?:all|every|everyone|everybody|everything|each|entire)\b)|\bwhole\b")
#: Words of a whole, or a "no", that say no whole: "each year", "all-time", "above all", "no doubt".
_NO_WHOLE = lazy(
    r"\beach\s+(?:year|month|week|day|time|quarter)s?\b|\ball-time\b|\b(?:above|at|after)\s+all\b"
    rf"|\bno\s+(?:{'|'.join(sorted(GRANTED_AFTER_NO))})\b",
    re.I,
)
#: An "except" that takes nothing away: "except as noted", ending its clause, which says how the source
#: reports (but "except as specified in their contracts" is an exception).
_EXCEPT_NOTHING = lazy(
    rf"\s+(?:as|where)\s+{AS_REPORTED}[ \t]*(?:[.,;:)\]\"”’—]|\r?\n[ \t]*\r?\n|$)",
    re.I,
)
#: Verbs of asking that take an infinitive ("decide to fund", "determined to resettle").
_DECIDING = frozenset(["decide", "decides", "decided", "deciding", "determine", "determines", "determined"])
#: How far back in a quote a verb of asking makes the "if" after it ask (see ASKING_VERBS).
_ASKING_REACH = 5
#: How many of the source's words a message shows of such a condition.
_CONDITION_WORDS = 6


def ended_before(doc: Document, quote: str, anchor: Anchor) -> tuple[str, Severity] | None:
    """Why a quote may not end where it does, if it may not, and how surely: just before a condition
    of its sentence, which the quote would state as holding whatever happens. "unless" and "only if"
    are conditions, an error; "if" may ask ("did not specify if"), "provided that" be a verb and its
    object ("provided that information to auditors"), "subject to" say what binds a thing, and
    "without" or "except" after a denial or a forecast of failure may say how a thing was done ("said
    300 nurses had not been paid, without elaborating"): a warning, for the editor to read."""
    if anchor.span is None or _ends_a_clause(doc.text, anchor.span.end):
        return None
    after = unemphasised(doc.text[anchor.span.end : anchor.span.end + 80])  # "*without*" is "without"
    found = _CONDITION_AFTER.match(after)
    if found is None or (found.group("wrap") and not _wraps_on(doc, anchor.span.end, found)):
        return None
    sure = found.group("sure") is not None
    # "(without" is "without"; "excluding" or "other than" takes from a whole as "except" does.
    word = "except" if found.group("exception") else found.group().split()[-1].lower().lstrip(_SET_OFF)
    if word in ("without", "except") and not _bounded(quote, word):
        return None
    if word == "except" and _EXCEPT_NOTHING.match(after, found.end()):
        return None
    if word == "without" and _how_it_was_said(found.group(), after[found.end() :], quote):
        return None
    if word == "if" and _asks(quote):
        return None
    if found.group("subject") and not (
        _set_off(found.group("opening")) or _MODAL.search(_last_clause(quote))
    ):
        return None
    # Shown to the end of its clause, or its first few words.
    words = re.split(r"[,.;:!?)—–]|\n[ \t]*(?:\n|[-=*#_]{2,})", after[found.end("opening") :], maxsplit=1)[
        0
    ].split()
    condition = " ".join(words[:_CONDITION_WORDS]) + (" …" if len(words) > _CONDITION_WORDS else "")
    if sure:
        message = f"the quote ends just before the source's condition “{condition}”: what it says holds only so; end the quote after it"
        return message, Severity.ERROR
    message = f"the quote ends just before the source's “{condition}”: if that is a condition, what the quote says holds only under it; end the quote after it"
    return message, Severity.WARNING


#: How far before a quote's start its clause is read, for a list it ends in.
_CLAUSE_BEFORE = 120
#: A list going on just after a quote's end: a comma, "and", "or", "as well as" or "plus".
_LIST_GOES_ON = lazy(r"\s*(?:,|\b(?:and|or|as\s+well\s+as|plus)\b)")


def ended_in_a_list(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote ends on a name of a list the source goes on with: "reached more than 465,000 youth
    … in El Salvador" of "… in El Salvador, Guatemala, and Honduras". What the source says of them all
    would read as said of the one the quote keeps, as where an elision leaves the others out."""
    if anchor.span is None or not _LIST_GOES_ON.match(doc.text, anchor.span.end):
        return None
    # Loaded only here: few quotes end where a list goes on (see rootcheck.text.lists).
    from rootcheck.text.lists import names_apart

    following = doc.text[anchor.span.end : anchor.span.end + 120].split("\n\n", 1)[0]
    # Read from before the quote's start too: a verb there makes the names a verb's, not a
    # subject's ("opened 40 clinics in Honduras and USAID built 20" quoted from "40 clinics").
    start = max(0, anchor.span.start - _CLAUSE_BEFORE)
    apart = names_apart(doc.text[start : anchor.span.end].split("\n\n")[-1], following, "")
    if apart is None:
        return None
    left_out, kept = apart
    # Both end where the quote does: the names it keeps are the shorter, where the list began before it.
    kept = min(kept, " ".join(doc.text[anchor.span.start : anchor.span.end].split()), key=len)
    return (
        f"the quote ends on “{kept}”, where the source's list goes on with {listed(left_out)}: what it says of them "
        f"all would read as said of “{kept}” alone; quote the list whole"
    )


def _ends_a_clause(text: str, end: int) -> bool:
    """Whether a passage ending at ``end`` ends its sentence or clause."""
    if text[end - 1 : end].isalnum():  # most quotes end with a word: read no further
        return False
    start = max(0, end - 8)
    return any(found.end() == end - start for found in _STOP.finditer(text[start : end + 20]))


def _how_it_was_said(opening: str, following: str, quote: str) -> bool:
    """Whether a "without" after a quote, set off by a comma, a dash or a bracket, says how a thing was
    said or done rather than under what it holds: "without elaborating" always, "without naming them"
    after a verb of saying in the quote, "without giving a reason" after a deed denied ("did not renew
    80 permits"), but not after a word of what will or may be ("may not hold migrants")."""
    said = _WITHOUT_SAYING.match(following)
    if not _set_off(opening) or said is None:
        return False
    clause = _last_clause(quote)
    return (
        said.group("always") is not None
        or _SAID.search(quote) is not None
        or (
            (denied := _DONE_AND_DENIED.search(clause)) is not None
            and _MODAL.search(clause) is None
            # The denial's own verb a permission: "were not allowed to detain", "never permitted".
            and _PERMITTED.match(clause, denied.end()) is None
        )
    )


def _wraps_on(doc: Document, end: int, found: re.Match[str]) -> bool:
    """Whether a condition on the line after a quote ending at ``end`` goes on with its sentence. In
    the quote's block of the document, in small letters or set off by a mark before the line's end
    ("…⏎Unless Congress objects, the plan starts" opens a sentence); in another, only on a plain-text
    source's next line (each line of one is a block of its own) in small letters, not after a heading
    or in a list's next item. A mark and a space opening the line open an item ("- if", "– unless"),
    but for an em dash or a bracket within a paragraph ("⏎— unless Congress objects —")."""
    marks = found.group("marks") or ""
    small = found.group()[found.end("opening") - found.start() :][:1].islower()
    if marks and not small:
        return False
    item = marks != marks.rstrip() and "(" not in marks
    block = doc.block_at(end - 1)
    line_end = doc.text.find("\n", end)
    if block is not None and block.span.end > line_end >= 0:
        if item and marks.strip() in ("-", "–"):
            return False
        return small or _set_off(found.group("opening")) or doc.text[end - 1 : end] in _SET_OFF
    return doc.format is Format.TEXT and small and not item


def _set_off(opening: str) -> bool:
    """Whether the words before a condition set it off from the quote: a comma, a dash, a bracket."""
    return opening.lstrip()[:1] in tuple(_SET_OFF)


def _last_clause(quote: str) -> str:
    """The quote's last clause: its words after its last stop, comma, semicolon or colon."""
    return re.split(r"[,;:]", clause_before(quote))[-1]


def _asks(quote: str) -> bool:
    """Whether an "if" after ``quote`` asks, after a verb of asking among its last words ("did not
    specify if", "will decide within 60 days if"); not where an infinitive follows a verb of deciding,
    which the "if" is then the condition of ("will decide to fund 62 clinics if Congress approves"). After
    another, "to" is as often a question's ("asked USAID to report if", "did not specify to reporters if")."""
    words = [word.strip(".,;:") for word in quote.lower().split()[-_ASKING_REACH:]]
    asking = [at for at, word in enumerate(words) if word in ASKING_VERBS]
    return bool(asking) and not (words[asking[-1]] in _DECIDING and "to" in words[asking[-1] + 1 :])


def _bounded(quote: str, word: str) -> bool:
    """Whether a "without" or "except" (``word``) after ``quote`` may bound what its last clause says: a
    denial ("did not work", "never travel"), or a forecast of failure ("will fail", "cannot succeed");
    for "except", a whole ("All 300 clinics reopened") or "no" anywhere ("received no funding"), which
    it takes from. Not a deed or a plan ("will process 609 applications"), nor another clause's denial
    ("did not close, and …")."""
    clause = _NOT_ONLY.sub(" ", _SUBORDINATE.split(_last_clause(quote))[-1])
    denied = negations(_NO_BUT.sub(" ", clause))
    if word == "except":
        wholes = _NO_WHOLE.sub(" ", clause)  # "no evidence at all" is a "no", "each year … all" a whole
        if "no" in negations(wholes) or _WHOLE.search(wholes):
            return True
    strong = bool(denied.keys() & _STRONG_DENIALS) or (
        "no" in denied and _NO_DENYING.search(clause) is not None
    )
    return strong or bool(denied and _MODAL.search(clause))


#: What joins a word to the next: a hyphen, not an en dash, which is as often a dash unspaced
#: ("The program–which began in 2021–trained").
_JOINING_HYPHENS = HYPHENS.replace("\u2013", "")
#: A word joined to the next by a hyphen: "non-governmental", "U.S.-Mexico".
_COMPOUND = lazy(rf"[\w.]*\w\.?[{_JOINING_HYPHENS}]\w[\w.{_JOINING_HYPHENS}]*")


def cut_compound(doc: Document, anchor: Anchor) -> str | None:
    """Where a quote, or a part of it between elisions, starts or ends at a hyphen inside one of the
    source's words: "... governmental organizations" of "non-governmental organizations", "the
    situation at the U.S." of "the U.S.-Mexico border". Search lines words up at hyphens, since a
    compound's halves are words of their own; but the half quoted says what the whole does not."""
    text = doc.text
    spans = anchor.parts or ((anchor.span,) if anchor.span is not None else ())
    for at, span in enumerate(spans):
        if text[span.start : span.start + 1].isalpha() and _joins(text, span.start - 1):
            return _cut(text, span.start, "the words after an elision start" if at else "the quote starts")
        ended = text[span.end - 1 : span.end]
        if (ended.isalpha() or ended == ".") and _joins(text, span.end):
            last = at == len(spans) - 1
            return _cut(text, span.end, "the quote ends" if last else "the words before an elision end")
    return None


def _joins(text: str, at: int) -> bool:
    """Whether ``text`` has a hyphen at ``at`` joining two words."""
    before, hyphen, after = text[at - 1 : at] if at > 0 else "", text[at : at + 1], text[at + 1 : at + 2]
    return (
        hyphen != ""
        and hyphen in _JOINING_HYPHENS
        and (before.isalnum() or before == ".")
        and after.isalnum()
    )


def _cut(text: str, at: int, where: str) -> str:
    found = (word for word in _COMPOUND.finditer(text, max(0, at - 40)) if word.start() < at < word.end())
    return f"{where} inside the source's “{next(found).group()}”: half of a word joined by a hyphen says what the whole does not; quote it whole"
