"""What no slip of a quote's wording may change of its passage, told as diagnostics: the differences
:mod:`rootcheck.text.meaning` finds, each an error where the quote is fuzzy, and a figure's number
bounded otherwise than the source's; and, for ``new`` and ``locate``, the same of a quote as typed."""

from __future__ import annotations

import re
from typing import NamedTuple

from rootcheck.model import Anchor, AnchorStatus, Diagnostic, Position, Severity, Span
from rootcheck.text.anchor import (
    figure_in_quote,
    figure_readings,
    has_elision,
    locate_figure,
    split_elisions,
    typed_parts,
)
from rootcheck.text.document import Document
from rootcheck.text.edges import cut_numbers, misread_numbers
from rootcheck.text.elisions import edge_words, gaps, promised
from rootcheck.text.figures import number_words
from rootcheck.text.lexicon import CLAUSE_STOP
from rootcheck.text.meaning import (
    added_names,
    changed_count,
    changed_negations,
    changed_promises,
    negated_words,
    negations,
    reversed_direction,
    swapped_bearing,
    swapped_first_name,
    swapped_names,
)
from rootcheck.text.reading import Written


def shown(text: str) -> str:
    """An editor's text on one line of a message: white space collapsed, control characters escaped."""
    words = " ".join(text.split())
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in words)


#: How far past a passage's ends its source is read for a word the quote has, where fuzzy search may
#: have ended the passage just short of it ("We will use" found as "use").
AROUND = 40


class Beside(NamedTuple):
    """The source just before a passage and just after it (see :data:`AROUND`), and the whole of it."""

    before: str = ""
    after: str = ""
    document: str = ""


NOTHING_BESIDE = Beside()


def around(doc: Document, span: Span) -> Beside:
    """The source just before and after a passage (see :data:`AROUND`), in whole words: a word the
    reach cuts ("Poli" of "Police") is left out, not taken for one the source has."""
    text, start, end = doc.text, max(0, span.start - AROUND), min(len(doc.text), span.end + AROUND)
    before, after = text[start : span.start], text[span.end : end]
    if start and text[start - 1].isalnum() and before[:1].isalnum():
        before = before[len(before.split(None, 1)[0]) :]
    if end < len(text) and text[end].isalnum() and after[-1:].isalnum():
        after = after[: len(after) - len(after.rsplit(None, 1)[-1])]
    return Beside(before, after, text)


#: Where a sentence or clause ends, or a list item's bold label: no word past it lines up with a quote's.
_BREAK = re.compile(rf"{CLAUSE_STOP}[\"”’)\]*]*(?:\s|$)|\n[ \t]*\n|\*\*")


def _clause_before(text: str) -> str:
    """What ``text`` holds after its last sentence or clause ends: the words the passage's clause has
    before the passage. A word a quote puts before a passage ("Notably, less than ten percent") is no
    word of the source's sentence before it ("… Central America. Less than ten percent")."""
    breaks = list(_BREAK.finditer(text))
    return text[breaks[-1].end() :] if breaks else text


def _clause_after(text: str, passage: str = "") -> str:
    """What ``text`` holds before its first sentence or clause ends: nothing where ``passage``, which
    it follows, ends one itself ("… corruption." before "We will continue")."""
    if _ENDED.search(passage):
        return ""
    found = _BREAK.search(text)
    return text[: found.start()] if found else text


#: A passage ending its sentence or clause.
_ENDED = re.compile(r"[.!?;:][\"”’)\]*]*\s*$")


#: A word as :func:`_edged` lines a quote up with its passage: letters and digits, apostrophes inside.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
#: How many of a quote's words at either end may stand outside its passage.
_EDGE = 4


def _beyond(quote: str, passage: str) -> tuple[int, int]:
    """How many of the quote's words stand before its passage's first word and after its last: where
    fuzzy search ended the passage short of words the quote has otherwise ("in Guatemala, over 500"
    placed as ", over 500" of "in Honduras, over 500"), their count at that end."""
    quoted = [word.lower() for word in _TOKEN.findall(quote)]
    said = [word.lower() for word in _TOKEN.findall(passage)]
    if not quoted or not said:
        return 0, 0
    lead = quoted.index(said[0]) if said[0] in quoted[:_EDGE] else 0
    tail = quoted[::-1].index(said[-1]) if said[-1] in quoted[-_EDGE:] else 0
    return lead, tail


def _edged(passage: str, beside: Beside, lead: int, tail: int) -> str:
    """The passage with as many of the source's words on either side as the quote has beyond it."""
    before = _TOKEN.findall(_clause_before(beside.before))[-lead:] if lead else []
    after = _TOKEN.findall(_clause_after(beside.after, passage))[:tail]
    return " ".join([*before, passage, *after])


def _first_in_source(passage: str, beside: Beside, lead: int) -> tuple[str, str] | None:
    """The source's word where the quote's first word stands, ``lead`` words before the passage, and
    the source before that word."""
    if not lead:
        first = _TOKEN.search(passage)
        return (first.group(), beside.before + passage[: first.start()]) if first else None
    clause = _clause_before(beside.before)
    words = list(_TOKEN.finditer(clause))
    if len(words) < lead:
        return None
    word = words[-lead]
    return word.group(), beside.before[: len(beside.before) - len(clause) + word.start()]


def _nowhere_near(words: list[str], text: str) -> bool:
    """Whether none of ``words`` stands in ``text`` as a word: a quote's word the source has just
    beside the passage is its own, however fuzzy search lined the quote up (a word left out before
    the quote's last, "sanctioned by the Treasury" of "by the Department of the Treasury")."""
    return not any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I) for word in words)


def meaning_problems(
    quote: str, passage: str, where: Position, anchor: Anchor, beside: Beside = NOTHING_BESIDE
) -> list[Diagnostic]:
    """What a quote changes of its passage's meaning, though its words are close: a negation added or
    left out, a direction turned round ("fell" for "rose"), a word turned into its opposite ("untrained"
    for "trained"), a name put for another ("Guatemala" for "Honduras"); each an error. ``beside`` is the
    source around the passage (see :func:`around`).

    A quote with elisions is held to what each elision leaves out (see :func:`_elided`).
    """
    if has_elision(quote) and len(split_elisions(quote)) > 1:
        return _elided(quote, passage, where, anchor)
    if anchor.status is not AnchorStatus.FUZZY:
        return []
    for (added, left_out), what in (
        (changed_negations(quote, passage), "a negation is"),
        (
            changed_promises(
                quote, passage, f"{_clause_before(beside.before)} {_clause_after(beside.after, passage)}"
            ),
            "whether a thing was asked for, promised, planned or done is",
        ),
    ):
        if added or left_out:
            said = [f"adds {_listed(added)}"] * bool(added)
            said += [f"leaves out the source's {_listed(left_out)}"] * bool(left_out)
            return [Diagnostic.error(where, f"the quote {' and '.join(said)}: {what} no slip of wording")]
    # Read again with the source's words beside the passage only where the quote has words past it.
    lead, tail = _beyond(quote, passage)
    wide = _edged(passage, beside, lead, tail) if lead or tail else passage
    # A word of promise there that the quote's words in its place lack: "Lawmakers spent $29 billion"
    # for "Lawmakers appropriated", placed from "$29 billion" on.
    if wide != passage and (left_out := changed_promises(quote, wide)[1]):
        message = f"the quote leaves out the source's {_listed(left_out)}: whether a thing was asked for, promised, planned or done is no slip of wording"
        return [Diagnostic.error(where, message)]
    # The quote's own words are the source's if its passage's clause has them on either side.
    near = f"{_clause_before(beside.before)} {passage} {_clause_after(beside.after, passage)}"
    for compare, what in (
        (reversed_direction, "a direction turned round"),
        (swapped_bearing, "a compass bearing"),
        (negated_words, "a word turned into its opposite"),
        (swapped_names, "a name"),
    ):
        turned = compare(quote, passage)
        if turned is None and wide != passage and (turned := compare(quote, wide)):
            turned = turned if _nowhere_near(turned[0], near) else None
        if turned:
            return [_turned(where, *turned, what)]
    added = added_names(quote, wide)
    if added and _nowhere_near(added, near):
        message = (
            f"the quote adds {_listed(added)}, which its passage does not name: a name is no slip of wording"
        )
        return [Diagnostic.error(where, message)]
    # A name is a capitalised word that does not start a text, so a quote's first is read apart.
    lined_up = _first_in_source(passage, beside, lead)
    if (
        lined_up
        and (swapped := swapped_first_name(quote, *lined_up, beside.document))
        and _nowhere_near(swapped[0], near)
    ):
        return [_turned(where, *swapped, "a name")]
    return []


def _elided(quote: str, passage: str, where: Position, anchor: Anchor) -> list[Diagnostic]:
    """What a quote's elisions leave out, or its slipped parts change, that changes what it says.

    A number whose counted words an elision leaves out reads as counting the
    words after it: an error. So is a negation or a word of promise left out
    within one clause ("has ... decreased" of "has not decreased"). One left
    out with a whole clause, or an aside between commas, may deny only that,
    and is a warning, since leaving out "not" is the oldest way to turn a
    quote round. A slipped part is held to its own place in the source as a
    slipped quote is to its passage: "has not reached ... in Honduras" of
    "has reached … in Honduras" adds a negation whatever the elision leaves out.
    """
    start = anchor.span.start if anchor.span is not None else 0
    placed = [(span.start - start, span.end - start) for span in anchor.parts]
    if anchor.status is AnchorStatus.FUZZY and placed:
        for part, (begin, end) in zip(typed_parts(quote), placed, strict=True):
            turned = meaning_problems(part, passage[begin:end], where, _SLIPPED)
            if turned:
                return turned
    found = gaps(quote, passage, placed)
    if not found:
        hidden = [*changed_negations(quote, passage)[1], *changed_promises(quote, passage)[1]]
        return [_hidden(where, hidden)] if hidden else []
    out = []
    hidden = []
    for gap in found:
        if counted := gap.uncounted():
            number, said, instead = counted
            reads = f", so that it reads as counting “{shown(instead)}”" if instead else ""
            message = (
                f"the elision after “{number}” leaves out “{shown(said)}”, what the source's number counts"
                f"{reads}: quote the number with what it counts"
            )
            out.append(Diagnostic.error(where, message))
        first, last = gap.edges
        # "without" bears only on what follows it: left out with its object, it leaves nothing denied.
        bearing = f"{'' if first.lower() == 'without' else first} {last}"
        for words, beside, what in (
            (sorted(negations(gap.left_out).elements()), negations(bearing), "a negation is"),
            (
                promised(gap.left_out),
                promised(bearing),
                "whether a thing was asked for, promised, planned or done is",
            ),
        ):
            if beside and gap.within_a_clause and not gap.an_aside:
                message = f"the elision leaves out the source's {_listed(words)}: {what} no slip of wording"
                out.append(Diagnostic.error(where, message))
            else:
                hidden += words
    if hidden and not out:
        out.append(_hidden(where, hidden))
    return out


#: A slipped part of a quote, read on its own against its place in the source (see :func:`_elided`).
_SLIPPED = Anchor(AnchorStatus.FUZZY, None, 0.0, 1)


def started_after(doc: Document, quote: str, anchor: Anchor) -> str | None:
    """Why a quote may not start where it does: just after a word of its clause that denies or promises
    what it says ("invest more than $4.2 billion" of "have committed to invest", "$4 billion foreign
    aid package" of "a proposed $4 billion …"), which the quote would leave the reader without. A
    slipped quote with words of its own before its passage is read with them (see meaning_problems)."""
    if anchor.span is None:
        return None
    if (
        anchor.status is AnchorStatus.FUZZY
        and _beyond(quote, doc.text[anchor.span.start : anchor.span.end])[0]
    ):
        return None
    clause = _clause_before(doc.text[max(0, anchor.span.start - _READ_BEFORE_START) : anchor.span.start])
    # The clause's last word, or two where it ends with "to" (see elisions.edge_words).
    last = edge_words(clause)[1]
    for words, what in (
        (sorted(negations(last).elements()), "a negation is"),
        (promised(last), "whether a thing was asked for, promised, planned or done is"),
    ):
        if words:
            return f"the quote starts just after the source's {_listed(words)}: {what} no slip of wording; start the quote with it"
    return None


#: How far before a quote its start is read for a word bearing on it: the last two words, "committed to".
_READ_BEFORE_START = 40


def _hidden(where: Position, words: list[str]) -> Diagnostic:
    return Diagnostic.warning(
        where, f"the words the quote leaves out hold {_listed(words)}: make sure it says what the source says"
    )


def _turned(where: Position, quoted: list[str], source_says: list[str], what: str) -> Diagnostic:
    message = f"the quote says {_listed(quoted)} where the source says {_listed(source_says)}: {what} is no slip of wording"
    return Diagnostic.error(where, message)


def _listed(words: list[str]) -> str:
    return ", ".join(f"“{word}”" for word in words)


def unbounded(quoted: Written, said: Written) -> str:
    """Why a quote that bounds its figure otherwise than the source does is refused."""
    return (
        f"the source says “{shown(said.text)}”, not “{shown(quoted.text)}”: "
        "quote the figure whole, with the words and currency that bound it, as the source has them"
    )


def bounded_otherwise(
    doc: Document, quote: str, figure: str, anchor: Anchor, placed: Span | None
) -> str | None:
    """Why ``check`` would refuse ``quote`` for bounding ``figure`` otherwise than the source where ``anchor``
    placed it (“fewer than” for “more than”, or begun just after its “nearly”), if it would."""
    readings = _readings(doc, quote, figure, anchor, placed)
    if readings is None:
        return None
    _, quoted, said = readings
    return None if quoted.reads_as(said) else unbounded(quoted, said)


def _readings(
    doc: Document, quote: str, figure: str, anchor: Anchor, placed: Span | None
) -> tuple[Written, Written, Written] | None:
    """``figure`` read on its own, in ``quote`` and in the source (see :func:`figure_readings`)."""
    quote_figure = figure_in_quote(quote, figure)
    return None if quote_figure is None else figure_readings(quote, figure, quote_figure, doc, anchor, placed)


def number_slips(doc: Document, quote: str, anchor: Anchor, skip: str | None = None) -> list[str]:
    """Why the quote's numbers, but ``skip`` (the figure's, read on its own), read otherwise than the
    source's: cut at an edge of the quote or of a part between elisions, or, in a slipped quote,
    bounded otherwise or counting other things (see :mod:`rootcheck.text.edges`)."""
    out = [
        f"the source says “{shown(said)}”, not “{shown(quoted)}”: the quote cuts this number; start or end it elsewhere"
        for quoted, said in cut_numbers(quote, doc, anchor, skip)
    ]
    for quoted, said, counts in misread_numbers(quote, doc, anchor, skip):
        if counts is None:
            out.append(
                f"the source says “{shown(said.text)}”, not “{shown(quoted.text)}”: what bounds a number is no slip of wording"
            )
        else:
            out.append(
                f"the quote has “{shown(quoted.text)} {counts[0]}” where the source has “{shown(said.text)} {counts[1]}”: "
                "what a number counts is no slip of wording"
            )
    return out


def typed_slips(doc: Document, quote: str, anchor: Anchor) -> tuple[list[str], str | None]:
    """What a quote as typed says otherwise than its passage, for ``new`` and ``locate``.

    The first of the pair lists why ``check`` would refuse any claim of the quote: what an elision
    leaves out, a number cut at an edge; in a slipped quote, a negation, direction, promise, opposite
    or name changed, or a number bounded otherwise. The second says, of a slipped quote, where its
    first figure's number counts other words than the source's, if it does: a word typed wrong
    ("goverment") or another thing counted ("firms" for "jobs"), which is told, not refused.
    """
    # Only for new and locate: what it compiles would cost every check (see verify.check_claim).
    from rootcheck.text.candidates import figure_candidates

    span = anchor.span
    assert span is not None  # a quote found
    meant = meaning_problems(quote, doc.text[span.start : span.end], Position(""), anchor, around(doc, span))
    refused = [problem.message for problem in meant if problem.severity is Severity.ERROR]
    refused += [started] if (started := started_after(doc, quote, anchor)) is not None else []
    figures = figure_candidates(quote)
    # The first figure's number is read on its own, as the figure ``new`` would write.
    refused += number_slips(doc, quote, anchor, number_words(figures[0]) if figures else None)
    if anchor.status is not AnchorStatus.FUZZY or not figures:
        return refused, None
    readings = _readings(doc, quote, figures[0], anchor, locate_figure(doc, figures[0], span))
    if readings is None:
        return refused, None
    _, quoted, said = readings
    if not quoted.reads_as(said):
        return [*refused, unbounded(quoted, said)], None
    counts = changed_count(quoted.rest, said.rest, quoted.cut)
    return refused, counts and f"the quote counts “{counts[0]}” where the source counts “{counts[1]}”"
