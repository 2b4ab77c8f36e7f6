"""What no slip of a quote's wording may change of its passage, told as diagnostics: the differences
:mod:`rootcheck.text.meaning` finds, each an error where the quote is fuzzy; what its elisions leave
out. Its numbers are :mod:`rootcheck.checks.slips`'s; where it may not start, :mod:`rootcheck.checks.starts`'s."""

from __future__ import annotations

import re
from collections import Counter

from rootcheck.checks.beside import (
    NOTHING_BESIDE,
    TOKEN,
    Beside,
    beyond,
    clause_after,
    clause_before,
    edged,
    ends_apart,
    first_in_source,
)
from rootcheck.hints import TURNED_ROUND, listed, mistyped, shown
from rootcheck.model import Anchor, AnchorStatus, Diagnostic, Severity
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.text import names
from rootcheck.text.aspect import changed_aspect
from rootcheck.text.changes import changed_change, changed_measures, changed_period, measure_words
from rootcheck.text.closed import limits_in
from rootcheck.text.conditions import changed_conditions
from rootcheck.text.credit import shares_in
from rootcheck.text.elided import has_elision, split_elisions, typed_parts
from rootcheck.text.elisions import Gap, gaps, promised
from rootcheck.text.hedges import changed_hedges, hedges
from rootcheck.text.meaning import (
    changed_negations,
    negated_words,
    negations,
    opposite_words,
    reversed_direction,
    swapped_bearing,
    swapped_ordinal,
)
from rootcheck.text.named import added_modifiers, dropped_conjunct, dropped_deed, dropped_from_a_list
from rootcheck.text.normalize import SINGLE_QUOTES
from rootcheck.text.paths import turned_path
from rootcheck.text.promises import changed_promises, promise_told_otherwise
from rootcheck.text.purposes import aim_told_as_done
from rootcheck.text.rates import changed_rates
from rootcheck.text.tense import changed_tense
from rootcheck.text.voice import turned_voice
from rootcheck.text.weighing import changed_weighing

#: An apostrophe however typed (see :data:`rootcheck.text.normalize.SINGLE_QUOTES`).
_ANY_APOSTROPHE = f"[{re.escape(chr(39) + SINGLE_QUOTES)}]"


def _as_word(word: str) -> re.Pattern[str]:
    # Typography-blind as the rest: "Dios's" typed is the source's "Dios’s".
    pattern = re.sub(_ANY_APOSTROPHE, lambda _: _ANY_APOSTROPHE, re.escape(word))
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.I)


def _nowhere_near(words: list[str], text: str) -> bool:
    """Whether none of ``words`` stands in ``text`` as a word: a quote's word the source has just
    beside the passage is its own, however fuzzy search lined the quote up (a word left out before
    the quote's last, "sanctioned by the Treasury" of "by the Department of the Treasury")."""
    return not any(_as_word(word).search(text) for word in words)


def _more_often(word: str, quote: str, passage: str) -> bool:
    """Whether ``quote`` has ``word`` more often than ``passage`` does."""
    return len(_as_word(word).findall(quote)) > len(_as_word(word).findall(passage))


#: "including" and "excluding", which "not" just before the first makes one: "Excluding Mexico" of "Not
#: including Mexico". Of no other pair: "not increased" is not "decreased".
_INCLUDING = frozenset(["including", "included"])
_EXCLUDING = frozenset(["excluding", "excluded"])
#: The source's "not" just before the passage, on its line or the one before: not across a paragraph.
_NOT_LAST = lazy(r"\bnot[ \t]*\n?[ \t]*$", re.I)


def _not_including(turned: tuple[list[str], list[str]], passage: str, before: str) -> bool:
    """Whether the quote's "excluding" stands for the source's "not including", whose "not" lies just
    before the passage, which starts with "including"."""
    put, taken = turned
    first = TOKEN.search(passage)
    return (
        set(put) <= _EXCLUDING
        and taken == [first.group().lower() if first else ""]
        and taken[0] in _INCLUDING
        and _NOT_LAST.search(before) is not None
    )


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
    # A promise word the clause has beside the passage, on a side where the quote's words and the
    # passage's end apart, is the quote's own; but beside a part of an elided quote stand its other
    # parts and what it leaves out, which excuse nothing it adds.
    before, after = ends_apart(quote, passage)
    promised_beside = (
        ""
        if anchor is _SLIPPED
        else f"{clause_before(beside.before) if before else ''} {clause_after(beside.after, passage) if after else ''}"
    )
    typed_words = TOKEN.findall(quote)
    for (added, left_out), what in (
        (changed_negations(quote, passage), "a negation is"),
        (
            changed_promises(quote, passage, promised_beside),
            "whether a thing was asked for, promised, planned or done is",
        ),
        (changed_hedges(quote, passage), _HEDGED),
        (changed_conditions(quote, passage), "whether a thing holds only on a condition is"),
        (changed_measures(quote, passage), _MEASURED),
        (changed_rates(quote, passage), "whether a number is a rate is"),
        (changed_weighing(quote, passage), "how a source weighs its number is"),
    ):
        # A word the quote has mistyped is kept, not left out: "propsal" of "proposal".
        left_out = [word for word in left_out if not any(mistyped(typed, word) for typed in typed_words)]
        if added or left_out:
            said = [f"adds {listed(added)}"] * bool(added)
            said += [f"leaves out the source's {listed(left_out)}"] * bool(left_out)
            return [Diagnostic.error(where, f"the quote {' and '.join(said)}: {what} no slip of wording")]
    # Read again with the source's words beside the passage only where the quote has words past it.
    lead, tail = beyond(quote, passage)
    wide = edged(passage, beside, lead, tail) if lead or tail else passage
    # A word of promise there that the quote's words in its place lack: "Lawmakers spent $29 billion"
    # for "Lawmakers appropriated", placed from "$29 billion" on.
    if wide != passage and (left_out := changed_promises(quote, wide)[1]):
        message = f"the quote leaves out the source's {listed(left_out)}: whether a thing was asked for, promised, planned or done is no slip of wording"
        return [Diagnostic.error(where, message)]
    # The quote's own words are the source's if its passage's clause has them on either side.
    near = f"{clause_before(beside.before)} {passage} {clause_after(beside.after, passage)}"
    for compare, what in (
        (reversed_direction, "a direction turned round"),
        (turned_path, "which way a thing goes"),
        (changed_change, "how much a thing changed, or what it changed to,"),
        (changed_period, "the time a thing is told of"),
        (swapped_bearing, "a compass bearing"),
        (swapped_ordinal, "a place in an order"),
        (turned_voice, "whether a thing was done by those counted or to them"),
        (changed_aspect, "whether a thing is under way or done"),
        (changed_tense, "whether a thing is told as so now or as so then"),
        (promise_told_otherwise, "whether a thing was asked for, foreseen or promised"),
        (negated_words, TURNED_ROUND),
        (opposite_words, TURNED_ROUND),
        (aim_told_as_done, "whether a thing was aimed at or done"),
        (names.swapped_names, "a name"),
    ):
        turned = compare(quote, passage)
        if turned and compare is opposite_words and _not_including(turned, passage, beside.before):
            turned = None
        if turned is None and wide != passage and (turned := compare(quote, wide)):
            turned = turned if _nowhere_near(turned[0], near) else None
        if turned and compare is names.swapped_names:  # "Central America", not "America", "Central"
            turned = (names.as_phrases(turned[0], quote), names.as_phrases(turned[1], wide))
        if turned:
            return [_turned(where, *turned, what)]
    # Initials for words the clause spells out before the passage found: "The U.S. sent" for "The
    # United States sent", whose passage fuzzy search starts at "States".
    added = [n for n in names.added_names(quote, wide) if not names.abbreviates(n, near, capitalised=True)]
    added = names.unless_opening_before(added, quote, beside.document, anchor.span)
    if added and _nowhere_near(added, near):
        message = f"the quote adds {listed(names.as_phrases(added, quote))}, which its passage does not name: a name is no slip of wording"
        return [Diagnostic.error(where, message)]
    # A name is a capitalised word not starting a text: a quote's first, unless in capitals, is read apart.
    lined_up = first_in_source(passage, beside, lead)
    if (
        lined_up
        and (swapped := names.swapped_first_name(quote, *lined_up, beside.document))
        # The quote's own where the source has it before the passage; but not where it is only the
        # passage's name further on, which the quote names again ("Mexico has provided … and Mexico").
        and _nowhere_near(swapped[0], clause_before(beside.before))
        and _more_often(swapped[0][0], quote, passage)
        # Nor where the sentence before opens with the quote's first words, its own subject.
        and names.unless_opening_before(swapped[0], quote, beside.document, anchor.span)
    ):
        return [_turned(where, *swapped, "a name")]
    if described := added_modifiers(quote, wide, near):  # "Youth unemployment" for "Unemployment"
        return [_turned(where, *described, "which thing is told of")]
    if kept := dropped_conjunct(quote, near) or dropped_deed(
        quote, near
    ):  # "Honduras" for "Honduras and Guatemala"
        return [_turned(where, *kept, "one side of a join")]
    if kept := dropped_from_a_list(quote, near):  # "Guatemala and Honduras" of three countries
        return [_turned(where, *kept, "a list of names cut short")]
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
            # The passage around the part (its other parts, what the quote leaves out) may hold its names.
            around_part = Beside(passage[:begin], passage[end:])
            turned = meaning_problems(part, passage[begin:end], where, _SLIPPED, around_part)
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
        if apart := gap.names_apart():
            left_out, kept = apart
            message = (
                f"the elision leaves out {listed(left_out)}, which the source names with “{kept}”: what it says "
                f"of them all would read as said of “{kept}” alone; quote the names whole"
            )
            out.append(Diagnostic.error(where, message))
        first, last = gap.edges
        # "without", "rather than" and "instead of" bear only on what follows them: left out with
        # their object ("501 staff ... in 2022" of "501 staff rather than consultants in 2022"), they
        # leave nothing denied.
        bearing = f"{'' if first.lower() in _DENYING_WHAT_FOLLOWS else first} {last}"
        for words, beside, what in (
            (
                sorted(negations(gap.left_out, gap.before).elements()),
                negations(bearing, gap.before),
                "a negation is",
            ),
            (
                promised(gap.left_out),
                promised(bearing),
                "whether a thing was asked for, promised, planned or done is",
            ),
            # Read with the words after the gap, which tell a deliberation ("are considered alongside").
            (_hedged_out(gap.left_out, gap.after), _hedged_out(bearing, gap.after), _HEDGED),
            # "The ... household received $120" of "The median household": a median read as what each had.
            (measure_words(gap.left_out), measure_words(bearing), _MEASURED),
            # "ineligible" of "generally ineligible": a view of some of a thing read as of all of it.
            (limits_in(gap.left_out), limits_in(bearing), "how far a thing holds is"),
            # "has ... sustain" of "has helped create and sustain": a share in a deed read as the whole.
            (
                shares := shares_in(gap.left_out, gap.after),
                [word for word in shares if word.lower() in bearing.lower().split()],
                "a share in a deed told as the whole is",
            ),
        ):
            if words and beside and gap.within_a_clause and not gap.an_aside:
                message = f"the elision leaves out the source's {listed(words)}: {what} no slip of wording"
                out.append(Diagnostic.error(where, message))
            else:
                hidden += words
    refused = bool(out)
    if hidden and not out:
        out.append(_hidden(where, hidden))
    if not refused:
        out += [Diagnostic.warning(where, message) for message in _passed_over(found)]
    return out


def _hedged_out(left_out: str, after: str) -> list[str]:
    """The hedges ``left_out`` holds, read with the quote's words ``after`` it."""
    return sorted((Counter(hedges(f"{left_out} {after}")) - Counter(hedges(after))).elements())


#: Words that deny only what follows them.
_DENYING_WHAT_FOLLOWS = frozenset(["without", "rather than", "instead of"])

#: What a hedge (see :func:`rootcheck.text.hedges.hedges`) says, in a message.
_HEDGED = "whether a thing is so, or only seen, thought or said to be, is"
_MEASURED = "whether a number is an average or a median is"


def _passed_over(found: list[Gap]) -> list[str]:
    """What a quote's elisions pass over that may make it say another thing than its source, though
    it may be faithful: another number, what a number after the gap is of, a sentence's end."""
    said = []
    if others := [other for gap in found if (other := gap.other_number())]:
        said.append(
            f"the elision leaves out another of the source's numbers, {listed(others)}: make sure what the "
            "quote says after it is said of its own number, not of that one"
        )
    if governing := [item for gap in found if (item := gap.governing())]:
        said.append(
            f"the elision leaves out {listed(governing)}, which the number after it is of in the source: make "
            "sure the quote's words before the elision are said of that number"
        )
    if any(gap.joins_sentences for gap in found):
        said.append(
            "the elision runs two of the source's sentences into one: make sure what follows it is "
            "said of what comes before it, as the source's next sentence may be of another"
        )
    return said


#: A slipped part of a quote, read on its own against its place in the source (see :func:`_elided`).
_SLIPPED = Anchor(AnchorStatus.FUZZY, None, 0.0, 1)


def _hidden(where: Position, words: list[str]) -> Diagnostic:
    return Diagnostic.warning(
        where, f"the words the quote leaves out hold {listed(words)}: make sure it says what the source says"
    )


def _turned(where: Position, quoted: list[str], source_says: list[str], what: str) -> Diagnostic:
    message = f"the quote says {listed(quoted)} where the source says {listed(source_says)}: {what} is no slip of wording"
    if len(quoted) == len(source_says) == 1 and mistyped(quoted[0], source_says[0]):
        # Refused all the same, but for what it most likely is: the editor's typing, not the source's word.
        message += f"; “{quoted[0]}” looks mistyped: type it as the source does"
    return Diagnostic(Severity.ERROR, where, message, turns_round=what == TURNED_ROUND)
