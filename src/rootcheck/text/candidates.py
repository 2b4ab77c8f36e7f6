"""Figures an editor could mean in a quote: what ``rootcheck new`` offers, each one :func:`parse_figure` reads."""

from __future__ import annotations

import itertools
import re

from rootcheck.model import Quantity
from rootcheck.patterns import alternatives, lazy
from rootcheck.text.figures import FigureError, clean, fraction, number_words, parse_figure
from rootcheck.text.fractions import MIXED
from rootcheck.text.longer import longer_number
from rootcheck.text.nouns import ENDS_SENTENCE, NOUN_WORDS, NUMBER, noun_end
from rootcheck.text.numbers import (
    ABBREVIATED,
    ABBREVIATED_SIGNED,
    AFTER_SIGN,
    CURRENCIES,
    CURRENCY_WORDS,
    FRACTION,
    MAGNITUDE_LETTER,
    MAGNITUDES,
    NUMBER_WORDS,
    PARTS,
    PLURAL,
    SIGNS,
    SPELLED_WORDS,
    WHOLE_NUMERAL,
    YEAR,
)
from rootcheck.text.qualifiers import (
    PLUSSED,
    QUALIFIER_AT_START,
    QUALIFIERS,
    VERB_QUALIFIERS,
    noun_bound,
    plused,
)
from rootcheck.text.raised import marked_number
from rootcheck.text.ratios import RATIO_JOINS, ratio_at
from rootcheck.text.reading import figure_read
from rootcheck.text.signs import LETTER_SIGN, LETTER_SIGNS, WORD_SIGN
from rootcheck.text.uncounted import enumerates

_CANDIDATE = lazy(
    r"(?:\b(?:" + alternatives(map(re.escape, QUALIFIERS)) + r")\s+)?"
    # A sign joined to letters is another currency's, read by no figure: "C$500" offers "500".
    rf"(?P<number>(?:us\$|{WORD_SIGN}|(?<![^\W\d_])[{SIGNS}]|{LETTER_SIGN})?\s*"
    # A number joined to a name is part of it: "COVID-19", "H-2B".
    rf"(?:{AFTER_SIGN}{WHOLE_NUMERAL}(?:{ABBREVIATED_SIGNED}|{MAGNITUDE_LETTER})"
    rf"|(?<![A-Za-z]-)(?<![\d.,]){WHOLE_NUMERAL}(?:{ABBREVIATED})?|{FRACTION}"
    rf"|\b(?:{SPELLED_WORDS})(?:-(?:{SPELLED_WORDS}))?\b"
    rf"|\b(?:{PLURAL})|\ban?(?=[\s-]+(?:{'|'.join(MAGNITUDES)}|dozen)\b))"
    rf"(?:{MIXED})?"
    r"(?:[\s-]+(?:" + "|".join(MAGNITUDES) + r")\b)*"
    rf"(?:{MIXED})?"
    rf"{PLUSSED}?"  # "5,000+ firms"
    r"(?:\s*%|\s+per\s?cent\b)?)"
    r"(?:[\s-]+(?:of\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,3})?",
    re.I,
)


_YEAR = lazy(YEAR)
#: The last words of bounds that end a figure, an age's or a price's, whose noun stands before the
#: number: "residents 65 and over make up", "seniors 65 or older pay", "children 5 and under were".
_BOUNDS_ENDING_A_FIGURE = frozenset(["over", "up", "above", "under", "below", "older", "younger"])
_ORDINAL = lazy(r"(?:st|nd|rd|th)\b", re.I)
#: A word as a candidate's noun may go on with, or a number, which ends it.
_PLAIN_WORD = lazy(r"[A-Za-z][\w.'’-]*[,;:.]?|" + NUMBER.pattern)


#: How far past a candidate's matched words a noun joined to it is read: some twenty words, no more,
#: so that a long quote is not split again for each of its numbers.
_FOLLOWING = 200
#: Words between a fraction and a number it is of: "half of the 300 staff", "half of all 300 staff".
_DETERMINERS = frozenset(["of", "the", "all", "its", "their", "those", "these", "our", "his", "her", "this"])


def _part_of_a_whole(quote: str, start: int, unit: str | None, after: list[str]) -> bool:
    """Whether the fraction at ``start`` names a part ("the first half of 2022"), a share of a number
    that follows ("half of the 300 staff"), or a share cut short ("half of the" before "2022
    budget"), rather than a share of what it counts."""
    before = quote[:start].rsplit(None, 1)[-1:]
    if before and before[0].lower().rstrip("-") in PARTS:
        return True
    # "two and a half", "a million and a half": a number read whole where it starts.
    two_before = quote[:start].rsplit(None, 2)[-2:]
    if len(two_before) == 2 and two_before[1].lower() == "and" and _is_number(two_before[0]):
        return True
    if unit is not None:
        # Cut short before a number ("half of the 300 staff") or a year ("half of the 2022 budget").
        return all(word in _DETERMINERS for word in unit.lower().split())
    return bool(after) and bool(NUMBER.fullmatch(after[0].strip(",;:.")))


def _is_number(word: str) -> bool:
    bare = word.lower().strip(",;:.")
    return bool(NUMBER.fullmatch(bare)) or bare in NUMBER_WORDS


def figure_candidates(quote: str) -> list[str]:
    """Figures an editor could mean in ``quote``, each as written there and parseable.

    A candidate runs from its qualifier to the end of the counted noun (see
    :func:`rootcheck.text.nouns.noun_end`). A fraction is one as a share ("more than half", "a third
    of aid"), not as a part ("the first half of 2022").
    """
    found = []
    cleaned = clean(quote)
    # Each search starts after the last number, not after its noun's words, which may hold the
    # next number's first words: "2022 the program reached half" of "… half a million people".
    at = 0
    while match := _CANDIDATE.search(cleaned, at):
        at = max(match.end("number"), match.start() + 1)
        text = match.group().strip(" ,;:.")
        qualifier = QUALIFIER_AT_START.match(text)
        if qualifier and qualifier.group(1).lower() in VERB_QUALIFIERS:
            # A verb, as a quote and its source are read (see VERB_QUALIFIERS): a figure begun there
            # would publish the number as an estimate.
            text, qualifier = text[qualifier.end() :], None
        # The qualifier's own words ("up to", "as many as") are no stop: the noun follows the number.
        number = len(qualifier.group(1).split()) if qualifier else 0
        matched = text.split(" ")
        if not number and _YEAR.fullmatch(matched[0].rstrip(",;:.")):
            continue  # a bare year is a date, not a figure, as coverage counts them
        # Where the number stands, past the white space its group may start with.
        number_at = match.end("number") - len(match.group("number").lstrip())
        if not number and enumerates(cleaned, number_at):
            continue  # "(1) Address …": a list item's number, as coverage reads it
        # The words matched bound the noun; a noun joined to it may go on past them, as plain words do:
        # "approximately 47 companies and organizations".
        following = cleaned[match.end() : match.end() + _FOLLOWING].split()
        if match.end() + _FOLLOWING < len(cleaned):
            following = following[:-1]  # the window may have cut its last word
        if following and cleaned[match.end() : match.end() + 1].isalpha():
            if _ORDINAL.match(following[0]):
                continue  # "its 40th anniversary" counts nothing
            matched[-1] += following.pop(0)  # a word joined to the number, as written: "a 5m-long wall"
        elif following[:1] == [","]:
            matched[-1] += following.pop(0)  # a list may follow: "2,500 women, youth, and indigenous people"
        words = matched + list(itertools.takewhile(_PLAIN_WORD.fullmatch, following))
        # The noun starts after the number's own words: "two and a half million", "a third".
        said = number_words(" ".join(words))
        # A sign written apart: "£ 3m", "L 11,000".
        number += matched[number].lower() in CURRENCIES or matched[number] in LETTER_SIGNS
        # Split as the words were, at plain spaces: "12 000" is one word, its space grouping thousands.
        first = number + (len(said.split(" ")) if said else 1)
        # A bound written apart after the number is the figure's: "500 or more teachers".
        bound = plused().match(" " + " ".join(words[first:]))
        first += len(bound.group().split()) if bound else 0
        limit = NOUN_WORDS + (first < len(words) and words[first].lower() == "of")
        ends = (
            ENDS_SENTENCE.search(words[first - 1])
            or words[first - 1].endswith(",")
            or (bound and bound.group().split()[-1].lower() in _BOUNDS_ENDING_A_FIGURE)
        )
        end = first if ends else noun_end(words, first, limit, offered=True)
        # The noun after a bound may run into another clause ("five or fewer receive one parcel"): the
        # bound then ends the figure.
        tried = [" ".join(words[:end]), *([" ".join(words[:first])] if bound and end > first else [])]
        parsed = _first_parsed([_bounded(cleaned, text.rstrip(",;:."), match.start()) for text in tried])
        if parsed is None:
            continue
        candidate, quantity = parsed
        if longer_number(cleaned, candidate, match.start()):
            continue  # part of a longer number, an end of a range, a rate's base: no figure of its own
        at_candidate = cleaned.find(candidate, match.start())
        marked = marked_number(cleaned[at_candidate : at_candidate + len(candidate) + 1])
        if marked and marked[0].isdigit():
            continue  # "40" of "40²", which no figure can read (see parse_figure)
        if quantity.percent and RATIO_JOINS.search(said or "") and not ratio_at(cleaned, number_at):
            continue  # a ratio alone, but none where the quote has it: "Phase 2 in 12 countries"
        if fraction(candidate) and _part_of_a_whole(cleaned, match.start(), quantity.unit, words[end:]):
            continue
        found.append(candidate)
    return found


def _first_parsed(candidates: list[str]) -> tuple[str, Quantity] | None:
    """The first of ``candidates`` that parses as a figure, and its quantity."""
    for candidate in candidates:
        try:
            return candidate, parse_figure(candidate)
        except FigureError:
            continue
    return None


#: Where a bound written apart may start inside a candidate: a space before "or", "and" or "plus".
_APART = lazy(r"(?<=\S)\s+(?=(?:or|and|plus)\b)", re.I)


def _bounded(cleaned: str, candidate: str, start: int) -> str:
    """``candidate``, written from ``start`` on in ``cleaned``, with a bound after its noun or currency's
    word, which the candidate stops before, where it is one there (see
    :func:`~rootcheck.text.qualifiers.noun_bound`): "650 people or more", "500 dollars or more"."""
    if " or " not in cleaned and " and " not in cleaned and " plus" not in cleaned:
        return candidate  # as most candidates: every bound written apart has one of these
    at = cleaned.find(candidate, start)
    if at < 0:
        return candidate
    # Directly after the number, its percent or currency's word, a bound is read as the number's own
    # (see rootcheck.text.reading): "5% and above, the union said".
    read = figure_read(candidate)
    found = candidate.lower().find(read.text.lower()) if read is not None else -1
    number_end = found + len(read.text) if read is not None and found >= 0 else len(candidate)
    # Within the candidate's noun, a bound ends the figure where it is one there ("18 years or older" of
    # "… or older may register online"); one ending it where it is none is the next phrase's words ("300
    # stores" of "300 stores and up to 500 kiosks").
    for apart in _APART.finditer(candidate, number_end + 1):
        if (bound := noun_bound(cleaned, at + apart.start())) is not None:
            return cleaned[at : bound.end()]
        if (words := plused().match(candidate, apart.start())) is not None and words.end() == len(candidate):
            return candidate[: apart.start()]
    # After a currency's word, as the figure's number is read (see rootcheck.text.reading.figure_at).
    if candidate.rpartition(" ")[2].lower() in CURRENCY_WORDS:
        plus = plused().match(cleaned, at + len(candidate))
    else:
        plus = noun_bound(cleaned, at + len(candidate))
    return candidate + plus.group() if plus else candidate
