"""A bound written after what a figure counts, read in a quote and in its source: "650 people or more".

A bound directly after a number ("650 or more people") is read with the number
(:func:`rootcheck.text.reading.figure_at`). One after the counted noun is read
here, by the words the figure counts or, where it writes none, the few words
the quote and the source share after the number: a quote ending before it, or
slipping it, or a figure leaving it out would publish the number as exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from rootcheck.patterns import lazy
from rootcheck.text.numbers import NUMBER_WORDS
from rootcheck.text.qualifiers import bound_after, bound_ending, bound_there, plused
from rootcheck.text.reading import Written, plain

#: How many words a counted noun may have, read between a number and a bound after it, where the figure
#: does not say: "650 people or more", "200 dollars a month or less".
_NOUN_WORDS = 3
#: A word and what may end it, as a counted noun's words are read one by one.
_WORD = lazy(r"\S+")
#: Punctuation ending a word, which ends what is counted: "40 nurses, or more" sets the bound off.
_PUNCTUATION = ".,;:!?()[]\"'“”‘’—–"


@dataclass(frozen=True)
class BoundAfterNoun:
    """A figure's number, what it counts and a bound after that, where the quote and its source differ."""

    #: As the quote reads it, with the word it goes on with where that is no bound: "650 people when".
    quote: str
    #: As the source reads it: "650 people or more".
    source: str
    #: Whether the quote ends where the source goes on with its bound, and the words it leaves out up to
    #: the bound's end: "or more", or "people or more" of a quote ended at "800".
    ended: bool = False
    left_out: str = ""

    @property
    def figure_loses(self) -> bool:
        """Whether the quote reads as its source does, and only the figure leaves the bound out."""
        return self.quote == self.source


def ends_near(quoted: Written) -> bool:
    """Whether a quote ends within a counted noun's words of its number."""
    return not quoted.cut and len(quoted.rest.split()) <= _NOUN_WORDS


def noun_bounds(figure: str, own: Written, quoted: Written, said: Written) -> BoundAfterNoun | None:
    """The figure's number with what it counts and the bound after that, as the quote reads it and as the
    source does, where the two differ: "650 people" of "650 people or more" (the quote ended before the
    bound), "650 people when" of "650 people or more when", "300 teachers or more" of "300 teachers".
    Where they agree on a bound the figure does not write ("650 people" or "650" of "650 people or more"
    in both), the source's words twice. None where both read alike and the figure agrees.

    The counted noun is the figure's own ("people" of "650 people"); a figure that writes none is read
    with the words the quote and the source share after the number, up to a bound in either
    (:data:`_NOUN_WORDS` at most, no number among them). A bound is read after a noun only where it is
    one there (see :func:`~rootcheck.text.qualifiers.noun_bound`); directly after the number it is
    :func:`~rootcheck.text.reading.figure_at`'s to read. A quote ending within a few words of its number
    is refused where the source goes on with a bound after the same words, whatever the figure counts
    ("810 people a day" of "… a day or more").
    """
    if not _may_bound(quoted.rest) and not _may_bound(said.rest):
        return None  # as most figures: no bound is written in the words after either number
    mine, theirs = _words(quoted.rest), _words(said.rest)
    if ends_near(quoted) and [w for w, _ in mine] == [w for w, _ in theirs[: len(mine)]]:
        # Ended at its number, the quote may leave out the noun and its bound both ("800" of "800 people or more").
        for words in [len(mine)] if mine else range(1, _NOUN_WORDS + 1):
            if _counts([w for w, _ in theirs[:words]]):
                break
            in_source = _bound_after(said.rest, theirs, words)
            if in_source is not None and in_source[1]:
                left_out = " ".join([*said.rest.split()[len(mine) : words], in_source[0]])
                return BoundAfterNoun(_said(quoted, words), _said(said, words, in_source[0]), True, left_out)
    after = plain(figure).lower().partition(own.text.lower())[2]
    ending = bound_ending(after)
    noun = (after[: ending.start()] if ending else after).split()
    counts = range(len(noun), len(noun) + 1) if noun else range(1, _NOUN_WORDS + 1)
    for words in counts:
        shared = [w for w, _ in mine[:words]]
        if shared != [w for w, _ in theirs[:words]] or (noun and shared != noun) or _counts(shared):
            return None
        in_quote, in_source = _bound_after(quoted.rest, mine, words), _bound_after(said.rest, theirs, words)
        if not (in_quote and in_quote[1]) and not (in_source and in_source[1]):
            continue
        # Where the quote slips, the word after the bound may differ too: the bound's words are read
        # alike if both have them ("or higher need" of "or higher require").
        if in_source is None:
            return BoundAfterNoun(
                _said(quoted, words, in_quote[0] if in_quote else None), _said(said, words + 1)
            )
        if in_quote is None:
            return BoundAfterNoun(_said(quoted, words + 1), _said(said, words, in_source[0]))
        if bound_after(in_quote[0]) is not bound_after(in_source[0]):
            return BoundAfterNoun(_said(quoted, words, in_quote[0]), _said(said, words, in_source[0]))
        if ending is not None or not in_source[1]:
            return None
        both = _said(said, words, in_source[0])
        return BoundAfterNoun(both, both)
    return None


#: How far after a number its counted noun and a bound after it are looked for.
_NOUN_AND_BOUND = 96


def _may_bound(rest: str) -> bool:
    """Whether the words a number goes on with may hold a bound written apart, which every one after a
    noun is ("or", "and" or "plus" a space before it): most do not, and are done with at once."""
    near = rest[:_NOUN_AND_BOUND].lower()
    return " or " in near or " and " in near or " plus" in near


def _words(rest: str) -> list[tuple[str, int]]:
    """The first words ``rest`` goes on with, in small letters and without punctuation, each with where
    it ends as written (punctuation after one sets a bound after it off, see :func:`_bound_after`)."""
    found = islice(_WORD.finditer(rest), _NOUN_WORDS + 1)
    return [(word.group().strip(_PUNCTUATION).lower(), word.end()) for word in found]


def _counts(words: list[str]) -> bool:
    """Whether any of ``words`` is a number: a counted noun holds none ("people aged 18" of "2,000 people
    aged 18 and over" counts people, bounded by the age's "and over")."""
    return any(word in NUMBER_WORDS or any(char.isdigit() for char in word) for word in words)


def _bound_after(rest: str, words: list[tuple[str, int]], count: int) -> tuple[str, bool] | None:
    """The words of a bound written after the first ``count`` of ``words`` of ``rest``, and whether they
    are one there (see :func:`~rootcheck.text.qualifiers.noun_bound`); none after a word punctuation ends."""
    if count > len(words):
        return None
    end = words[count - 1][1] if count else 0
    if count and rest[end - 1] in _PUNCTUATION:
        return None
    found = plused().match(rest, end)
    if found is None or not found.group()[:1].isspace():
        return None
    return found.group().strip(), bound_there(rest, found)


def _said(read: Written, count: int, bound: str | None = None) -> str:
    """What ``read`` says: its number and the first ``count`` words after it as written, and ``bound``."""
    return " ".join([read.text, *read.rest.split()[:count], *([bound] if bound else [])])
