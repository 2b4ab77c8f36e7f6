"""An aim told as done: "to promote economic recovery" told as "promoting economic recovery", "to
combat corruption" as "that reduced corruption". The source says what a thing was for; the quote,
what it did.

A slip may tell the aim in other words ("in order to promote"), or keep "to" and change the verb's
form; what it may not do is drop the "to" of an aim and keep its verb in a form that tells a deed.
"""

from __future__ import annotations

from rootcheck.text.leftout import left_out_within
from rootcheck.text.names import forms_of_one

#: Endings of a verb's forms that tell a deed rather than an aim: "promoting", "promoted", "promotes".
_DEED_ENDINGS = ("ing", "ed", "es", "s")


def aim_told_as_done(quote: str, passage: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` leaves out the "to" of an aim in ``passage`` and tells its verb as a deed
    ("promoting" of "to promote"): the quote's words and the source's ("to promote"); else None."""
    left = left_out_within(quote, passage)
    for at, instead in zip(left.at, left.instead, strict=True):
        if left.said[at] != "to" or "to" in instead or (after := left.verb_after(at)) is None:
            continue
        verb = left.said[after]
        if done := [word for word in instead if word != verb and _tells_a_deed(word, verb)]:
            return done, [f"to {left.written[after]}"]
    return None


def _tells_a_deed(word: str, verb: str) -> bool:
    """Whether ``word`` is ``verb`` in a form that tells it done or doing: "promoting" of "promote"."""
    return word.endswith(_DEED_ENDINGS) and forms_of_one(word, verb)
