"""What a quote or its figure leaves out of what its number counts: a quote ending inside it ("8,000
private sector" of "… firms", "3,400 young men" of "3,400 young men and women") or on its number before
it ("provided services to 740" of "… 740 victims"), and a figure stopping inside what its quote's number
counts. The site would publish a figure counting fewer things, or others, or nothing said."""

from __future__ import annotations

from rootcheck.hints import shown
from rootcheck.patterns import lazy
from rootcheck.text.joins import counted_to_end, counts_on, join_left_out, joined_on, short_of_of
from rootcheck.text.nouns import bare_word, counted_words
from rootcheck.text.numbers import YEAR
from rootcheck.text.owners import owned_noun
from rootcheck.text.plurals import counts_things
from rootcheck.text.qualifiers import plused
from rootcheck.text.reading import Written, figure_read
from rootcheck.text.subjects import opens_clause

#: A number counting one thing.
_ONE = frozenset(["1", "one"])
#: What joins two sides of a count, as counted words hold it.
_JOIN_WORDS = frozenset(["and", "or", "&", "and/or"])


def count_cut_short(quoted: Written, said: Written) -> str | None:
    """Why a quote is refused that ends inside what its source's number counts, if it does: after one
    side of two things counted together ("3,400 young men" of "3,400 young men and women", "Some 120
    doctors" of "Some 120 doctors and nurses attended"), before the noun its words lead to ("8,000
    private sector" of "8,000 private sector firms") or before a noun naming a body or place that
    serves those it ends on ("20 women" of "20 women's shelters", "3 police" of "3 police stations").
    The site would publish a figure counting fewer things, or others."""
    if quoted.cut:
        return None
    # One thing counted is no side of a join: "1 convoy and aid groups" counts one convoy.
    one = said.number.lower() in _ONE
    joined = None if one else join_left_out(quoted.rest, said.rest, said.cut, opens_clause(said.lead))
    if joined is None:
        kept = counted_to_end(quoted.rest)
        # A quote's words, unlike a figure's, may go on past a plural to a verb: "354 migrants crossed"
        # (of "… crossed without papers") ends no noun.
        if kept is not None and (
            any(counts_things(word) for word in kept[:-1]) or any(word.endswith("ed") for word in kept[1:])
        ):
            kept = None
        told = _led_on(kept, said) if kept is not None else None
        # A join is join_left_out's to read, which leaves a rate's alone ("60 hours a week and weekends").
        if kept is None or told is None or told[len(kept)].lower() in _JOIN_WORDS:
            return None
        joined = " ".join(told), told[-1]
    counted, left_out = joined
    return (
        f"the source says “{shown(said.text)} {counted}”, not “{shown(quoted.text)} {_as_ended(quoted.rest)}”: "
        f"the quote ends before the rest of what its number counts; end it after “{left_out}”"
    )


def ends_on_its_number(quoted: Written, said: Written) -> str | None:
    """Why a quote ending on its number is warned of, where its source goes on with what the number
    counts: "provided services to 740" of "… 740 victims of human trafficking" would publish a number
    with nothing of what it counts. Not a sum, which its quote's verb says what was done with ("has
    provided $112 million" of "… in assistance")."""
    if quoted.rest.strip(" .,;:") or quoted.cut or quoted.currency:
        return None
    told = short_of_of(counted_words(said.rest, said.cut), 0)
    if not told or not counts_things(told[-1]):
        return None
    counted = " ".join(told)
    return (
        f"the quote ends on its number, where the source goes on with what it counts, “{shown(said.text)} "
        f"{counted}”: end the quote after “{told[-1]}”"
    )


def ends_on_another_number(text: str, end: int) -> str | None:
    """Why a quote ending at ``end`` of ``text`` is warned of, where it ends on a number besides its
    figure's that the source goes on to say what it counts of: "… more than 380 staff from 67" of "…
    from 67 organizations" leaves a reader a 67 of nothing. Not a year, which counts nothing."""
    number = _NUMBER_ENDING.search(text, max(0, end - 24), end)
    if number is None or _YEAR.fullmatch(number.group()):
        return None
    told = short_of_of(counted_words(text[end : end + 160], cut=False), 0)
    if not told or not counts_things(told[-1]):
        return None
    counted = f"{number.group()} {' '.join(told)}"
    return (
        f"the quote ends on “{number.group()}”, where the source goes on with what it counts, “{counted}”: "
        f"end the quote after “{told[-1]}”, or before the number"
    )


#: A number in digits ending a text, not one joined to a word ("COVID-19").
_NUMBER_ENDING = lazy(r"(?<![\w.,\-])\d(?:[\d,.]*\d)?$")
#: A year, which counts nothing: "in 2022".
_YEAR = lazy(YEAR)


def _as_ended(rest: str) -> str:
    """What a quote goes on with after its number, without the mark it ends on: "U.S." keeps its point."""
    words = rest.strip(" ,;:").split()
    return " ".join([*words[:-1], bare_word(words[-1])]) if words else ""


def figure_stops_short(figure: str, quoted: Written) -> str | None:
    """Why a figure is refused that stops inside what its number counts in the quote, if it does (see
    :func:`~rootcheck.text.joins.counts_on`): after one side of two things the quote joins ("47
    companies" of "47 companies and organizations", "5,000 national" of "5,000 national and local
    government officials", and, see :func:`~rootcheck.text.joins.joined_on`, "300 teachers" of "300
    teachers and principals last year"), before the noun its words lead to ("8,000 private sector" of
    "8,000 private sector firms"), or before the noun of a possessive it ends on (see
    :func:`~rootcheck.text.owners.owned_noun`: "12 farmers" of "12 farmers' cooperatives"). The site
    publishes a figure's words as what its number counts."""
    own = figure_read(figure)
    kept = counted_words(own.rest, cut=False) if own is not None else []
    if own is None or not kept:
        return None
    # A join the quote goes on past ("and principals last year"), which counted words do not read so.
    told = joined_on(kept, quoted.rest, quoted.cut, opens_clause(quoted.lead)) or _led_on(kept, quoted)
    # "or thereabouts", "or upwards": bounds, told of apart. A figure may hold more than its counted
    # words, read to four and to no list: "500 new local health workers and nurses".
    if told is None or plused().match(" " + " ".join(told[len(kept) :])) or _holds(own.rest, told):
        return None
    # One thing counted is no side of a join: "1 convoy and aid groups" counts one convoy, the groups apart.
    if own.number.lower() in _ONE and told[len(kept)].lower() in _JOIN_WORDS:
        return None
    return (
        f"the quote's number counts “{shown(quoted.text)} {' '.join(told)}”, the figure only "
        f"“{shown(own.text)} {' '.join(kept)}”, which the site would publish as what is counted: "
        f"write the figure to “{told[-1]}”"
    )


def _holds(rest: str, told: list[str]) -> bool:
    """Whether ``rest``, what a figure goes on with after its number, starts with the words ``told``
    (after an "of"), whatever marks end them."""
    words = rest.split()
    words = words[1:] if words[:1] == ["of"] and told[:1] != ["of"] else words
    return [w.strip(",;:.").casefold() for w in words[: len(told)]] == [
        w.strip(",;:.").casefold() for w in told
    ]


def _led_on(kept: list[str], written: Written) -> list[str] | None:
    """The words ``written`` counts past ``kept``, which they start with, other than through a join of
    its own reading: to a possessive's noun ("farmers' cooperatives", see
    :func:`~rootcheck.text.owners.owned_noun`), or as :func:`~rootcheck.text.joins.counts_on` reads
    them; but no bound ("or thereabouts", "or upwards"), told of apart. None otherwise."""
    told = owned_noun(kept, written.rest, written.cut)
    if told is None:
        told = counted_words(written.rest, written.cut)
        if [w.casefold() for w in told[: len(kept)]] != [w.casefold() for w in kept]:
            return None
        if not counts_on(kept, told, _following(written.rest, told)):
            return None
        told = short_of_of(told, len(kept))
    return None if plused().match(" " + " ".join(told[len(kept) :])) else told


def _following(rest: str, told: list[str]) -> list[str]:
    """The words ``rest`` goes on with after its counted words ``told`` (read from its start, or after
    an "of")."""
    words = rest.split()
    skip = 1 if words[:1] and words[0].lower() == "of" and told[:1] != words[:1] else 0
    return words[skip + len(told) :]
