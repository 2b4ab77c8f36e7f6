"""Names of a list that an elision leaves out, the quote keeping one: "in ... Nicaragua" of "in El
Salvador, Guatemala, Honduras and Nicaragua" would say of one what the source says of all (see
:meth:`rootcheck.text.elisions.Gap.names_apart`); and so would a quote ending on a list's first name
or starting on its last ("Honduras received" of "Guatemala and Honduras received", see
:mod:`rootcheck.checks.ends` and :mod:`rootcheck.checks.starts`)."""

from __future__ import annotations

import re

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import BE_OR_HAVE, IRREGULAR_PAST, MODALS

#: A word of a name: an initialism ("U.S.") or a capitalised word, whose point would end its sentence.
_CAPITALISED = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w’'-]*)"
#: A name: capitalised words running ("El Salvador", "U.S. Government"), "of" or "the" within ("Bank of Mexico").
_NAME_PATTERN = rf"{_CAPITALISED}(?:\s+(?:(?:of|the|de|del|la)\s+)*{_CAPITALISED})*"
#: What joins a list's last name to it: "and", "or", "as well as", "plus".
_LAST_JOIN = r"(?:and|or|as\s+well\s+as|plus)"
#: An item of a list of names: a name, or one and a plural or two it qualifies ("Central American
#: countries"), or a word of place ("Olancho department").
_ITEM_PATTERN = (
    rf"{_NAME_PATTERN}(?:\s+(?!(?:and|or|as|plus)\b)(?:[a-z]+s|department|region|province|state|county|city"
    rf"|municipality|district)\b){{0,2}}"
)
_ITEM = lazy(rf"(?<![\w.]){_ITEM_PATTERN}")
_JOIN = rf"(?:\s*,\s*(?:{_LAST_JOIN}\s+)?|\s*\b{_LAST_JOIN}\s+)"
#: A name opening the words after a gap, or ending those before it.
_NAME_FIRST = lazy(rf"\s*{_NAME_PATTERN}")
#: An item of a list ending the words before a gap or a quote's end: "Honduras", "Central American
#: countries".
_ITEM_LAST = lazy(rf"(?<![\w.]){_ITEM_PATTERN}\s*$")
#: An item of a list and what joins it to the next, ending the words before that next one: "Guatemala, "
#: of "in El Salvador, Guatemala, Honduras".
_ITEM_JOINED_LAST = lazy(rf"(?<![\w.]){_ITEM_PATTERN}{_JOIN}$")
#: A list of names ending the words a gap leaves out, before its next name ("El Salvador, Guatemala,
#: Honduras and"); and one going on from the name before the gap (", Guatemala, and Honduras").
_LIST_ENDING = lazy(
    rf"(?<![\w.])(?:{_ITEM_PATTERN}{_JOIN})*{_ITEM_PATTERN}\s*(?:,?\s*\b{_LAST_JOIN}|(?P<comma>,))$"
)
#: A list's last join opening the words after a gap, before a name: "and Honduras".
_JOIN_FIRST = lazy(rf"\s*({_LAST_JOIN})\s+(?=[A-Z])")
_COMMA_AND = lazy(rf",\s*{_LAST_JOIN}$")
#: A list going on after the name the quote keeps past a gap: "Guatemala, and Honduras".
_LIST_AFTER = lazy(rf"\s*{_NAME_PATTERN}{_JOIN}{_NAME_PATTERN}")
#: A list's first name, and a comma, ending the words before a gap: "programs in El Salvador, ...".
_LISTED_BEFORE = lazy(rf"(?<![\w.]){_NAME_PATTERN}\s*,\s*$")
#: A word of place just before a list of names: "in", "across", "to", "from": "in El Salvador,
#: Guatemala, Honduras and Nicaragua" names places; "The Fund for Education and Health" one name.
_PLACED = lazy(r"\b(?:in|across|throughout|to|from|between|among|within|at)\s*$", re.I)
_AND_OR = lazy(rf"\b{_LAST_JOIN}\b")
_LIST_ENDS = lazy(
    r"\s*(?:$|[^\w\s]|(?:in|for|to|with|during|since|from|through|by|on|at|of|and|or|as|plus)\b)"
)
_LIST_GOING_ON = lazy(rf"^{_JOIN}(?:{_ITEM_PATTERN}{_JOIN})*{_NAME_PATTERN}")
#: A preposition opening a sentence, whose place its comma ends: "Within USAID, Guatemala and Honduras".
_SENTENCE_OPENING = lazy(r"\s*[A-Z][a-z]+\s+")
#: What says a thing of the names together even where each does it: "Only Guatemala, Honduras and El
#: Salvador each received", "each have 30 staff, 90 in all".
_ALL_OF_THEM = lazy(
    r"\b(?:only|just|all|both|in\s+all|in\s+total|combined|together|altogether|between\s+them)\b", re.I
)
#: "each" and a verb after a list: what is said holds of each name alone ("Guatemala and Honduras
#: each have a mission"); not "each year", which makes a sum of them.
_EACH = lazy(
    r"\s*each\s+(?:have|has|had|received|receive|hosted|host|employ|employs|employed|are|were|is|was|will"
    r"|would|can|could|got|spent|signed|sent|account|accounted|reported|saw|lost|gained|contributed)\b",
    re.I,
)


#: A list of names ending just before the name a quote starts on: "Guatemala and", "El Salvador,
#: Guatemala, and", "Mexico as well as" before "Honduras received", "Haiti and the" before "Dominican
#: Republic received"; or its first names and a comma, where the quote goes on with the list ("Aid
#: programs in El Salvador," before "Guatemala and Honduras received", see _PLACED_IN_A_CLAUSE).
_LIST_BEFORE = lazy(
    rf"(?<![\w.])(?:{_ITEM_PATTERN}{_JOIN})*{_ITEM_PATTERN}\s*(?:,?\s*\b{_LAST_JOIN}\s+(?:the\s+)?|(?P<comma>,\s*))$"
)
#: A name a quote may start on: "Honduras", "the Dominican Republic".
_NAME_STARTING = lazy(rf"\s*(?:the\s+)?{_NAME_PATTERN}")
#: A verb before a list, whose object or place the list is, not the subject of the verb after it: "The
#: grant ended in March and USAID hired", "The board met on Monday and". A word in -ed, one of the
#: commonest that do not end so, or one in -s before a word that is not a preposition ("USAID trains
#: teachers and", not "U.S. programs in").
_VERB = lazy(
    r"\b(?:(?!hundred\b|need\b|speed\b|indeed\b)[a-z]+ed"
    rf"|{'|'.join(sorted(BE_OR_HAVE | IRREGULAR_PAST | MODALS))})\b"
    r"|\b(?!(?:as|its|this|his|us|thus|plus|less|news|series)\b)[a-z]+s"
    r"\s+(?!(?:in|to|for|from|of|at|across|within|throughout|between|among|with|on|by|and|or|as)\b)\w"
)
#: The words a subject's list of names may follow within its clause: a word of place or of a part
#: ("Aid to", "The governments of"), a determiner ("Both", "the"); after any other word in small
#: letters the names are a verb's ("Hurricane Eta swept Guatemala and", "wants to help Guatemala and").
_BEFORE_A_SUBJECT = frozenset(
    ["in", "to", "for", "from", "of", "at", "across", "within", "throughout", "between", "among", "with",
     "by", "on", "into", "including", "like", "both", "the", "a", "an", "all", "only", "just", "either",
     "neither", "and", "or", "as", "plus", "that", "while", "whereas", "but", "so", "yet", "if", "when",
     "where", "because", "although", "though", "since", "after", "before", "until", "then", "also",
     "together", "year", "month", "week", "day", "today", "yesterday", "now"]
)  # fmt: skip
#: What ends the clause a list's words before it stand in: a pause, or a stop.
_PAUSED = lazy(r"[,;:!?()\[\]—–]")
#: Where a list's first name and comma stand in a list, not after a sentence's opening ("However,",
#: "In Guatemala,", "TEGUCIGALPA,"), which no closed list of words could tell: after a word of place
#: that follows a word in small letters, "U.S. programs in" before "El Salvador, Guatemala and Honduras".
_PLACED_IN_A_CLAUSE = lazy(r"\b[a-z][\w’'-]*\s+(?:in|across|throughout|to|from|between|among|within|at)\s+$")
#: "each" or "apiece" in a quote says what it says of each: "Honduras each hired", "$318 million each";
#: not "each year", which makes a sum.
_OF_EACH = lazy(r"\beach\b(?!\s+(?:year|month|week|day|time|quarter)s?\b)|\bapiece\b", re.I)


def names_before(before: str, passage: str) -> tuple[list[str], str] | None:
    """The names of a list ``before`` ends with, and the name ``passage`` starts on, where it starts on
    the list's next name: what the source says of them all would read as said of that one. None where
    it does not: where a verb before the list makes it that verb's ("The grant ended in March and USAID
    hired"), where a name and a comma open the sentence ("In Guatemala, USAID and State hired",
    "However, Guatemala and Honduras"), where one name then ", and" joins a clause, or where the quote
    says it of each ("Honduras each received", "$41 million apiece")."""
    kept = _NAME_STARTING.match(passage)
    listed = _LIST_BEFORE.search(before) if kept else None
    if kept is None or listed is None or kept.group().strip() == "I" or _OF_EACH.search(passage):
        return None
    # The words of the list's clause before it: since the last pause before the list.
    head = _PAUSED.split(before[: listed.start()])[-1]
    names = listed.group()
    last = head.split()[-1:]
    if _VERB.search(head + names) or (last and last[0].islower() and last[0] not in _BEFORE_A_SUBJECT):
        return None
    # A name and a comma are a list's only after a place named, where the quote goes on with the list
    # ("Guatemala and Honduras"); one name then ", and" joins a clause ("to Guatemala, and Honduras will").
    if listed.group("comma") is not None:
        if not (_PLACED_IN_A_CLAUSE.search(head) and _LIST_AFTER.match(passage)):
            return None
    elif len(_ITEM.findall(names)) == 1 and _COMMA_AND.search(names.rstrip()):
        return None
    return _names(names), " ".join(kept.group().split())


def names_apart(before: str, left_out_as_written: str, after: str) -> tuple[list[str], str] | None:
    """The names a gap leaves out of a list, and the name of it the quote keeps beside the gap; None
    where it leaves out no name of a list the quote names. ``before`` and ``after`` are the quote's
    words either side of the gap, ``left_out_as_written`` the source's words it stands for."""
    left_out = " ".join(left_out_as_written.split())
    # The list's last join kept after the gap is as much the list's: "… and Honduras" of "in El
    # Salvador, Guatemala, and Honduras", as a slipped part may be placed ("… in Honduras").
    if joined := _JOIN_FIRST.match(after):
        left_out, after = f"{left_out} {joined.group(1)}", after[joined.end() :]
    kept_after = _NAME_FIRST.match(after)
    listed = _LIST_ENDING.search(left_out) if kept_after else None
    # A list ending in a comma goes on past the gap ("in ... Guatemala, and Honduras"), or it is
    # no list ("in Honduras and Guatemala, USAID").
    if listed and listed.group("comma") and not _LIST_AFTER.match(after):
        listed = None
    opened = f"{before} {left_out[: listed.start()]}" if listed else ""
    begun = _LISTED_BEFORE.search(opened) is not None
    # One name then ", and" joins a clause, not a list ("… to Honduras, and USAID opened 12 offices"),
    # unless the list began before the gap ("El Salvador, ... Guatemala, and Honduras").
    if listed and not begun and len(_names(listed.group())) == 1 and _COMMA_AND.search(listed.group()):
        listed = None
    # Names then "each" and a verb are a subject each of whose names does what the sentence says,
    # unless the names place what does it ("40 schools in Guatemala and Honduras each received").
    head = opened[: found.start()] if (found := _LISTED_BEFORE.search(opened)) else opened
    each = _EACH.match(after, kept_after.end()) if kept_after else None
    if (
        each
        and (not _PLACED.search(head) or _SENTENCE_OPENING.fullmatch(head))
        and not _ALL_OF_THEM.search(f"{before} {after}")
    ):
        return None
    if kept_after and listed and (begun or _PLACED.search(opened)):
        return _names(listed.group()), " ".join(kept_after.group().split())
    kept_before = _ITEM_LAST.search(before)
    listed = _LIST_GOING_ON.match(left_out) if kept_before else None
    if not (kept_before and listed and _AND_OR.search(listed.group())):
        return None
    # The list's names the quote keeps before the last ("in El Salvador, Guatemala, Honduras"), and
    # the words before them, which must place them.
    head = before[: kept_before.start()]
    while joined := _ITEM_JOINED_LAST.search(head):
        head = head[: joined.start()]
    # The list going on from the name kept ends where the gap does, or before a mark or a preposition:
    # a verb after it would make its last name a clause's subject ("to Honduras, and Guatemala has
    # received 12 more"). Not so where it goes on with two names or more ("in El Salvador, Guatemala,
    # and Honduras is given"), nor where a verb follows one name and an "and" with no comma, and its
    # clause has no verb before it: the verb is then that of the clause's subject, which the names
    # place ("more than 2,400 youth in Guatemala and Honduras obtained new employment"), not the last
    # name's. A noun after it starts another subject ("300 teachers in Honduras and USAID staff").
    ends = (
        _LIST_ENDS.match(left_out, listed.end()) is not None
        or len(_ITEM.findall(listed.group())) > 1
        or (
            "," not in listed.group()
            and _VERB.match(left_out[listed.end() :].lstrip()) is not None
            and not _VERB.search(_PAUSED.split(head)[-1])
        )
    )
    if ends and _PLACED.search(head):
        return _names(listed.group()), " ".join(before[len(head) :].split())
    return None


#: A word opening a sentence before a list's first name, no word of it: "Both", "Only", "Today".
_BEFORE_THE_NAMES = lazy(r"^(?:Both|Only|Either|Neither|And|But|Also|Today|Yesterday|Now|Then)\s+")


def _names(listed: str) -> list[str]:
    """The names of a list as a message shows them: on one line ("El Salvador", not "El\\n Salvador"),
    without a word before the first ("Guatemala", not "Both Guatemala")."""
    return [_BEFORE_THE_NAMES.sub("", " ".join(name.split())) for name in _ITEM.findall(listed)]
