"""What no slip of a quote's wording may change of its passage, told as diagnostics: the differences
:mod:`rootcheck.text.meaning` finds, each an error where the quote is fuzzy."""

from __future__ import annotations

from rootcheck.model import Anchor, AnchorStatus, Diagnostic, Position
from rootcheck.text.anchor import split_elisions
from rootcheck.text.meaning import (
    changed_negations,
    changed_promises,
    negated_words,
    reversed_direction,
    swapped_names,
)


def meaning_problems(quote: str, passage: str, where: Position, anchor: Anchor) -> list[Diagnostic]:
    """What a quote changes of its passage's meaning, though its words are close: a negation added or
    left out, a direction turned round ("fell" for "rose"), a word turned into its opposite ("untrained"
    for "trained"), a name put for another ("Guatemala" for "Honduras"); each an error.

    A quote with elisions is not held to this, as what it leaves out between its
    parts may deny another clause; but a negation among the words it leaves out
    is a warning, since leaving out "not" is the oldest way to turn a quote round.
    """
    if ("..." in quote or "…" in quote) and len(split_elisions(quote)) > 1:
        hidden = changed_negations(quote, passage)[1]
        if not hidden:
            return []
        message = (
            f"the words the quote leaves out hold {_listed(hidden)}: make sure it says what the source says"
        )
        return [Diagnostic.warning(where, message)]
    if anchor.status is not AnchorStatus.FUZZY:
        return []
    for (added, left_out), what in (
        (changed_negations(quote, passage), "a negation is"),
        (changed_promises(quote, passage), "whether a thing was promised or done is"),
    ):
        if added or left_out:
            said = [f"adds {_listed(added)}"] * bool(added)
            said += [f"leaves out the source's {_listed(left_out)}"] * bool(left_out)
            return [Diagnostic.error(where, f"the quote {' and '.join(said)}: {what} no slip of wording")]
    for turned, what in (
        (reversed_direction(quote, passage), "a direction turned round"),
        (negated_words(quote, passage), "a word turned into its opposite"),
        (swapped_names(quote, passage), "a name"),
    ):
        if turned:
            quoted, source_says = turned
            message = f"the quote says {_listed(quoted)} where the source says {_listed(source_says)}: {what} is no slip of wording"
            return [Diagnostic.error(where, message)]
    return []


def _listed(words: list[str]) -> str:
    return ", ".join(f"“{word}”" for word in words)
