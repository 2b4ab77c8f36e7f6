"""A quote ending on a word that leads into the source's next words: "18 individuals and entities in
El Salvador and" of "… in El Salvador and Guatemala", "Private sector investment not" of "… not only
boosts economic opportunity". What the word joins, denies or bounds is left out, and a reader cannot
tell what: the list may go on, the negation hold of anything. A sentence may end on such a word ("the
towns it sent aid to."), so only a quote whose sentence goes on past it is refused.

So is a quote ending inside a name, whose first words name another place or body, or none: "740
victims … in Central" of "… in Central American countries", "22 states, the District" of "… the
District of Columbia"; and one with one end inside a quotation it holds the other mark of ("$4 billion
in aid and issued a “call" of "… a “call to action” to encourage …"), which would be published
half-quoted.
"""

from __future__ import annotations

import re

from rootcheck.model import Anchor
from rootcheck.patterns import lazy
from rootcheck.text.document import Document, Format
from rootcheck.text.numbers import MONTHS, WEEKDAYS

#: Words that lead into what follows them: conjunctions, a negation, a comparison's "than",
#: prepositions and articles.
_LEADING_INTO = frozenset(
    ["and", "or", "nor", "but", "not", "no", "than", "of", "to", "the", "a", "an", "in", "for", "with", "by",
     "from", "at", "on", "into", "as"]
)  # fmt: skip
#: Those of them that may be a verb's particle ending its clause ("300 families moved in", "aid poured
#: in"): a preposition only before what it would govern, not before a conjunction or a time ("moved in
#: last year", "poured in as the storm hit").
_PARTICLES = frozenset(["in", "on", "at", "by", "over", "into", "as"])
_NOT_GOVERNED = frozenset(
    ["as", "when", "while", "after", "before", "since", "until", "because", "if", "and", "but", "or", "so",
     "then", "last", "this", "next", "that", "which", "who", "again", "too", "yet", "already", "earlier",
     "later", "today", "yesterday", "now", "once", "twice"]
)  # fmt: skip
#: A quote's last word in small letters, emphasis marks after it aside ("not**").
_LAST_WORD = lazy(r"(?<![\w'’-])([a-z]+)[*_]*$")
#: The source's sentence going on just after the quote: spaces, or a line's end where lines are
#: wrapped, then a word, a number or a sign; not a paragraph's end.
_GOES_ON = lazy(r"[ \t]*(?:\r?\n[ \t]*)?(?=[\w$€£¥“\"'(])")
#: How many of the source's next words a message shows.
_NEXT_WORDS = 4


def ended_on_a_leading_word(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a quote may not end where it does, on a word leading into the source's next words; None
    where it ends elsewhere, or where its sentence ends there too. The quote's own last word must be
    it: a slipped quote's passage may end short of the quote's words."""
    if anchor.span is None:
        return None
    end = anchor.span.end
    last = _LAST_WORD.search(doc.text, max(0, end - 12), end)
    if last is None or last.group(1) not in _LEADING_INTO:
        return None
    own = _LAST_WORD.search(quote.rstrip())
    following = _GOES_ON.match(doc.text, end)
    if following is None or own is None or own.group(1) != last.group(1):
        return None
    # Shown to the end of the paragraph, a comment or a stop at the most.
    next_text = re.split(r"\n[ \t]*\n|<!--|(?<=[.;:!?])\s", doc.text[following.end() : following.end() + 80])[
        0
    ]
    words = next_text.split()
    if last.group(1) in _PARTICLES and words and words[0].lower().strip(",.;:") in _NOT_GOVERNED:
        return None
    shown = " ".join(words[:_NEXT_WORDS]) + (" …" if len(words) > _NEXT_WORDS else "")
    return (
        f"the quote ends on “{last.group(1)}”, which leads into the source's next words “{shown}”: end the "
        "quote before it, or after what it leads to"
    )


#: A capitalised word at a quote's end, emphasis marks after it aside; not after an initial's point
#: ("U.S."), which may end a sentence as well.
_LAST_CAPITALISED = lazy(r"(?<![\w'’.-])([^\W\d_][\w'’-]*)[*_]*$")
#: The words that may join a name's words after a name's head ("the District of Columbia", "the
#: Ministry of the Interior") or in Spanish ("Banco de Guatemala", "Valle de Sula"); after any other
#: word, "of" leads to what it is of ("40% in Guatemala of Mayan descent").
_JOINING = r"(?:of|of\s+the|de|del|de\s+la|de\s+los)\s+"
_HEADS = frozenset(
    ["District", "Department", "Ministry", "Bank", "Office", "University", "Republic", "Secretary",
     "Minister", "Council", "Court", "Bureau", "Institute", "Commission", "Organization", "Organisation",
     "Federation", "Chamber", "Gulf", "Kingdom", "Province", "City", "Attorney", "Government", "State",
     "States", "Union", "Board", "Agency", "Association", "Fund", "Corporation", "Coalition", "Alliance",
     "School", "College", "Academy", "Center", "Centre", "Division", "Directorate", "Secretariat",
     "Banco", "Ciudad", "Valle", "San", "Santa", "Santo", "Puerto", "Isla", "Islas", "Golfo", "Ministerio",
     "Universidad", "Instituto", "Secretaría", "Corte", "Fiscalía", "Departamento"]
)  # fmt: skip


#: A capitalised word, initials too ("D.C."), that is not a month, a day or "I".
_CAPITALISED = (
    rf"(?!(?:{MONTHS}|{WEEKDAYS}|I)\b)[^\W\d_a-z][\w'’-]*(?:\.[^\W\d_a-z])*(?:(?<=\.[^\W\d_a-z])\.)?"
)


def _name_going_on(line_break: str) -> re.Pattern[str]:
    """The source going on, just after a quote, with a name's next words: capitalised words (a joining
    word before them as ``join``), not a month nor a day ("in Guatemala Tuesday", "in Honduras March 3").
    Between them, spaces (no-break ones too: "Central\u00a0America"), and ``line_break``."""
    return lazy(
        rf"[ \t\u00a0]+{line_break}(?P<join>{_JOINING})?"
        rf"(?P<word>{_CAPITALISED}(?:[ \t\u00a0]+{_CAPITALISED}){{0,3}})"
    )


#: Where Markdown wraps a paragraph's lines, its next line goes on with it; a plain text's line is a paragraph.
_NAME_GOES_ON = {Format.MARKDOWN: _name_going_on(r"(?:\n[ \t]*)?"), Format.TEXT: _name_going_on("")}
#: What before a capitalised word starts a sentence or a line, after which any word is capitalised.
_STARTS_BEFORE = lazy(r"(?:\A|[.!?:;\"“(•#>—–]|\n[ \t]*\n)[\s*_]*\Z")
_STARTS_A_LINE = lazy(r"(?:\A|\n)[ \t*_]*\Z")
_CAPITALISED_BEFORE = lazy(rf"(?<![\w'’.-])(?:{_CAPITALISED})[ \t\u00a0]+\Z")


def _starts_a_sentence(doc: Document, at: int) -> bool:
    """Whether the word at ``at`` starts a sentence (or, in plain text, a line), and so is capitalised as any."""
    before = doc.text[max(0, at - 12) : at]
    return bool(
        _STARTS_BEFORE.search(before) or (doc.format is Format.TEXT and _STARTS_A_LINE.search(before))
    )


def ended_inside_a_name(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a quote may not end where it does, inside a name its source goes on with ("in Central" of
    "in Central American countries", "the District" of "the District of Columbia"); None where it ends
    elsewhere. The quote's last word must be the source's, capitalised where no sentence starts."""
    words = quote.rsplit(maxsplit=1)
    # Asked first, at C speed: most quotes end on a word in small letters, a number or a stop.
    if anchor.span is None or not words or not words[-1][0].isupper():
        return None
    end = anchor.span.end
    last = _LAST_CAPITALISED.search(doc.text, max(0, end - 40), end)
    if last is None or not last.group(1)[0].isupper():
        return None
    own = _LAST_CAPITALISED.search(quote.rstrip())
    if own is None or own.group(1) != last.group(1):
        return None
    goes_on = _NAME_GOES_ON[doc.format].match(doc.text, end)
    if goes_on is None or (goes_on.group("join") and last.group(1) not in _HEADS):
        return None
    if _starts_a_sentence(doc, last.start()):
        return None
    start = last.start()
    # Shown whole: the name's words the quote has too ("San Pedro" of "San Pedro Sula").
    while (
        word := _CAPITALISED_BEFORE.search(doc.text, max(0, start - 40), start)
    ) and not _starts_a_sentence(doc, word.start()):
        start = word.start()
    said = [
        *doc.text[start : last.end(1)].split(),
        *(goes_on.group("join") or "").split(),
        goes_on.group("word"),
    ]
    return (
        f"the quote ends on “{last.group(1)}”, inside the name “{' '.join(said)}” its source goes on with: end the "
        "quote after the name, or before it"
    )


#: A paragraph's end: no quotation is looked for past it.
_PARAGRAPH_END = lazy(r"\n[ \t]*\n")
#: How far past a quote's end its quotation's closing mark is looked for, and before its start the opening one.
_QUOTATION_REACH = 300


def cut_a_quotation(doc: Document, anchor: Anchor) -> str | None:
    """Why a quote may not end or start where it does, inside a quotation of its source whose other
    mark it holds: "issued a “call" of "issued a “call to action” to encourage"; None where it holds
    each quotation whole, or none of its marks. Curly double quotation marks only: a straight one
    does not tell opening from closing."""
    if anchor.span is None:
        return None
    start, end = anchor.span.start, anchor.span.end
    passage = doc.text[start:end]
    if "“" not in passage and "”" not in passage:
        return None  # asked first, at C speed: most quotes hold no quotation mark
    opened = passage.rfind("“")
    if opened > passage.rfind("”"):  # the last opening mark unclosed within the quote
        ahead = doc.text[end : end + _QUOTATION_REACH]
        closing = ahead.find("”")
        paragraph = _PARAGRAPH_END.search(ahead)
        # A quote typed without the marks may be placed up to the closing one: it holds the words whole,
        # as it does where only a stop stands before that mark ("‘disappearances’" of "“disappearances.”").
        if (
            closing > 0
            and ahead[:closing].strip(" *_.,;:!?")
            and (paragraph is None or closing < paragraph.start())
        ):
            whole = " ".join(doc.text[start + opened : end + closing + 1].split())
            return f"the quote ends inside the source's quotation {whole}: end the quote after its closing mark, or start it after the opening one"
    closed, first_opened = passage.find("”"), passage.find("“")
    if closed >= 0 and not 0 <= first_opened < closed:  # the first closing mark unopened within the quote
        behind = doc.text[max(0, start - _QUOTATION_REACH) : start]
        opening = behind.rfind("“")
        if opening >= 0 and behind[opening + 1 :].strip(" *_") and not _PARAGRAPH_END.search(behind, opening):
            whole = " ".join((behind[opening:] + passage[: closed + 1]).split())
            return f"the quote starts inside the source's quotation {whole}: start the quote before its opening mark, or end it before the closing one"
    return None
