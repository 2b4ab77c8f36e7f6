"""Finding a quote in its source: exact, fuzzy, ambiguous or not found.

The search runs on normalised text (see :mod:`rootcheck.text.normalize`), so
typography never counts as a difference, and maps every match back to an exact
span of the original file.

1. Exact: every word-bounded occurrence of the normalised quote. One is
   ``exact``; several are ``ambiguous`` unless the claim names an occurrence.
2. Fuzzy: otherwise each paragraph sharing enough of the quote's words is
   searched with rapidfuzz's partial-ratio alignment, the passage's ends are polished to word boundaries, and a
   passage scoring at least :data:`FUZZY_THRESHOLD` is ``fuzzy``.
3. Numbers are never fuzzy: a passage whose number tokens differ from the
   quote's is rejected, and ``hint`` says what the source says instead.

A quote may leave text out with ``...`` or ``…``: its parts must then match in
order inside one paragraph.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rootcheck.model import FUZZY_THRESHOLD, Anchor, AnchorStatus, Span
from rootcheck.patterns import lazy
from rootcheck.text.apart import across, apart
from rootcheck.text.document import Document
from rootcheck.text.elided import split_elisions, typed_parts
from rootcheck.text.figures import number_starting
from rootcheck.text.grouped import same_numbers, sign_hint
from rootcheck.text.index import TextIndex
from rootcheck.text.normalize import PARAGRAPH_BREAK, normalize
from rootcheck.text.numbers import SIGNS, number_phrases
from rootcheck.text.percents import has_percent, one_form, percents_as_in
from rootcheck.text.raised import is_digit_mark
from rootcheck.text.reading import as_seen, bounds_start
from rootcheck.text.slipped import WORDS, whole_head, whole_tail
from rootcheck.text.wordbounds import bounded, find_all, first_written, word_ends, word_starts

#: Fuzzy candidates within this many points of the best are equally good.
TIE_MARGIN = 0.5

#: A short number in brackets, or written right after a word in small letters or a stop: a footnote's
#: mark ("billion[1]", "region.3"), not a code's ("G7", "COVAX-2").
_MARK = r"\[{0}\]|[a-z.,;:)”’\"]{0}(?![\w-])"


@dataclass(frozen=True)
class _Match:
    """A candidate passage in normalised coordinates."""

    start: int
    end: int
    score: float
    #: Of a quote with elisions, where each of its parts stands.
    parts: tuple[tuple[int, int], ...] = ()


def _block_end(text: str, index: int) -> int:
    end = text.find(PARAGRAPH_BREAK, index)
    return len(text) if end == -1 else end


def _exact(index: TextIndex, parts: Sequence[str]) -> list[_Match]:
    text = index.text
    first, rest = parts[0], parts[1:]
    starts = index.occurrences(first)
    if starts is None:
        starts = find_all(text, first)
    matches = []
    for start in starts:
        if not text.startswith(first, start) or not bounded(text, start, start + len(first)):
            continue
        end = start + len(first)
        limit = _block_end(text, start)
        spans = [(start, end)]
        for part in rest:
            hits = find_all(text, part, end, limit)
            if not hits:
                break
            end = hits[0] + len(part)
            spans.append((hits[0], end))
        else:
            matches.append(_Match(start, end, 100.0, tuple(spans) if rest else ()))
    if rest:
        # Of two placings whose later parts stand alike, the one whose first part stands nearer them:
        # an elision passing over the very words its quote starts with is no reading of it ("To address
        # the root causes […] we are focusing" of a paragraph saying "to address the root causes" twice).
        nearest = {match.parts[1:]: match for match in matches}  # starts ascend: the nearest is last
        matches = sorted(nearest.values(), key=lambda match: match.start)
    return matches


def _polish(block: str, needle: str, start: int, end: int) -> _Match:
    """Move an alignment's ends to the word boundaries that fit the needle best.

    partial_ratio's window is the needle's length, so a passage with an extra
    word is cut short; trying nearby word boundaries recovers it.
    """
    from rapidfuzz import fuzz  # see _fuzzy_in_block

    slack = max(12, len(needle) // 8)
    # The raw alignment may cut a word or number in two ("4.2" → "2"): it only
    # stands if no word-bounded passage does at least as well.
    best = _Match(start, end, -1.0)
    ends = word_ends(block, end - slack, end + slack)  # found once, not once per start
    starts = word_starts(block, start - slack, start + slack)
    # Where a slip left out more words than the slack, the window lost the passage's first or last
    # words: "Approximately 47 companies have committed" of "Approximately 47 companies and
    # organizations have committed" was aligned from "organizations". Its ends are looked for farther
    # off, where the needle's own first or last words stand.
    if len(needle.split()) > 6:
        head, tail = _own_ends(block, needle, start, end)
        starts += [head] if 0 <= head < start - slack and bounded(block, head, head) else []
        ends += [tail] if tail > end + slack else []
    for s in starts:
        for e in ends:
            if e <= s:
                continue
            score = fuzz.ratio(needle, block[s:e])
            if score > best.score:
                best = _Match(s, e, score)
    return best if best.score >= 0 else _Match(start, end, 0.0)


def _own_ends(text: str, needle: str, start: int, end: int) -> tuple[int, int]:
    """Where ``needle``'s own first words stand before ``start``, and where its last ones end after
    ``end``; -1 for either that stands nowhere there. Its first or last three words, or two where a
    slip wrote the third otherwise ("12% in 2021" of "12 percent"), up to a third of its length beyond
    where it would start were it to end at ``end``, or end were it to start at ``start``: an alignment
    at a block's end may be shorter than the needle ("and international businesses to invest …" of
    "calling on U.S. and international businesses", 37 characters in)."""
    words, reach = needle.split(), len(needle) // 3
    near_start, near_end = min(start, end - len(needle)), max(end, start + len(needle))
    head = tail = -1
    for first in (" ".join(words[:3]), " ".join(words[:2])):
        if (head := text.rfind(first, max(0, near_start - reach), start + len(first))) >= 0:
            break
    for last in (" ".join(words[-3:]), " ".join(words[-2:])):
        if (found := text.find(last, end - len(last), near_end + reach + len(last))) >= 0:
            tail = found + len(last)
            break
    return head, tail


def _fuzzy_in_block(block: str, parts: Sequence[str], cutoff: float) -> _Match | None:
    # Imported when first needed: a check whose quotes are all remembered or
    # exact never aligns one, and starts some 17 ms sooner without rapidfuzz.
    from rapidfuzz import fuzz

    position, spans, weighted, total = 0, [], 0.0, 0
    for part in parts:
        window = block[position:]
        aligned = fuzz.partial_ratio_alignment(part, window, score_cutoff=cutoff - 10)
        if aligned is None:
            return None
        polished = _polish(window, part, aligned.dest_start, aligned.dest_end)
        spans.append((position + polished.start, position + polished.end))
        weighted += polished.score * len(part)
        total += len(part)
        position += polished.end
    score = weighted / total
    return _Match(spans[0][0], spans[-1][1], score, tuple(spans) if len(spans) > 1 else ())


def _fuzzy(index: TextIndex, parts: Sequence[str], cutoff: float) -> list[_Match]:
    matches = []
    percents = has_percent(parts)
    # As short as a part may be written in a block: its percents written "%" (see percents.py).
    shortest = min(len(one_form(p) if percents else p) for p in parts)
    # A block can score no more than 2·len(block) / (len(block) + len(part)) against a longer part: one
    # too short for the cutoff cannot hold it. (A fixed ten characters' slack refused a slip spelling out
    # "US" as "United States" in a sentence of seventy.)
    longest_held = 200 / cutoff - 1
    for block in index.candidate_blocks(" ".join(parts)):
        start, end = index.block_range(block)
        if (end - start) * longest_held < shortest:
            continue
        text = index.text[start:end]
        # A percent written in the block's style: "12%" of "12 per cent" is no slip (see percents.py).
        found = _fuzzy_in_block(text, percents_as_in(text, parts) if percents else parts, cutoff)
        if found is not None and found.score >= cutoff:
            parts_at = tuple((start + s, start + e) for s, e in found.parts)
            matches.append(_Match(start + found.start, start + found.end, found.score, parts_at))
    return matches


def _whole_ends(text: str, parts: Sequence[str], typed_last: list[str], match: _Match) -> _Match:
    """A slipped quote's passage taken on over the source's words in the place of the quote's first
    and last ones, where fuzzy search stopped short of them (see :mod:`rootcheck.text.slipped`);
    ``typed_last`` are the quote's last part's words as typed."""
    if match.parts:
        return match
    start = whole_head(text, parts[0], match.start, match.end)
    end = whole_tail(text, parts[-1], typed_last, match.start, match.end)
    return _Match(start, end, match.score)


def _bounded_number(text: str, match: _Match) -> _Match:
    """A slipped quote's passage that starts at a number, widened to the source's words bounding it: "over
    465,000 youth" of "more than 465,000 youth" is lined up from "465,000" on, and the passage is what
    the site puts in quotation marks, where a number without its "more than" says another."""
    first = text[match.start : match.start + 1]
    if first not in SIGNS and number_starting(text[match.start : match.start + 40]) is None:
        return match
    start = bounds_start(text, match.start)
    parts = ((start, match.parts[0][1]), *match.parts[1:]) if match.parts else ()
    return _Match(start, match.end, match.score, parts)


#: Told where the source's number has a digit raised after it that the quote lacks or writes plain.
_POWER_KEPT = (
    ": a digit raised after a number may be its power (“10⁶”); quote it with the mark, as the source has it"
)


def _numbers_hint(doc: Document, quote: str, passage: Span) -> str:
    # A sign told first: phrases are told as written, and "12,000" of "−12 000" differs in both.
    if signs := sign_hint(doc.text[passage.start : passage.end], quote):
        return signs
    said = number_phrases(as_seen(doc.text[passage.start : passage.end]))  # "3,\u00ad400" as "3,400"
    quoted = number_phrases(quote)
    # "12 per cent" of "12%" is no difference to tell: the one that differs is.
    differing = [p for p in said if one_form(p) not in map(one_form, quoted)]
    if differing:
        told = "source says " + ", ".join(f"“{p}”" for p in differing)
        # After a number alone, a raised digit may be its power, which matching never drops as it does
        # a footnote's mark after a word: the editor is told what to type, not only what differs.
        if any(is_digit_mark(char) for phrase in differing for char in phrase):
            told += _POWER_KEPT
        return told
    # Every number of the source's is the quote's: the quote has one more, as a footnote's mark copied
    # with the text does ("$4.2 billion[1]", "the region.3").
    extra = [p for p in quoted if one_form(p) not in map(one_form, said)]
    if extra:
        marks = any(p.isdigit() and len(p) <= 3 and re.search(_MARK.format(p), quote) for p in extra)
        hint = " (a footnote's mark, copied with the text?)" if marks else ""
        return (
            "the quote has "
            + ", ".join(f"“{p}”" for p in extra)
            + f", which the source does not have here{hint}"
        )
    if not said:
        return "the source has no number here"
    return "source says " + ", ".join(f"“{p}”" for p in said)


def locate(
    doc: Document,
    quote: str,
    *,
    occurrence: int | None = None,
    threshold: float = FUZZY_THRESHOLD,
) -> Anchor:
    """Find ``quote`` in ``doc``; ``occurrence`` (1-based) picks one of several."""
    parts = split_elisions(quote)
    if not parts:
        return Anchor(AnchorStatus.NOT_FOUND, None, 0.0, 0, hint="the quote is empty")
    norm = doc.normalized
    matches = _exact(doc.index, parts)
    status = AnchorStatus.EXACT
    hint = None
    crossing = across(doc, parts[0]) if not matches and len(parts) == 1 else None
    if crossing is not None and crossing.seen:
        # Every word the source's, but running past a paragraph's end a reader sees: found so, it is
        # no slip to match fuzzily, whose neighbour's words would read as words it adds. Past a plain
        # text's line end alone, it is matched as a slip if it can be, and told of if found nowhere.
        return Anchor(AnchorStatus.NOT_FOUND, None, 0.0, 0, hint=crossing.hint)
    crossed = crossing.hint if crossing is not None else None
    if not matches:
        status = AnchorStatus.FUZZY
        fuzzy = sorted(_fuzzy(doc.index, parts, threshold), key=lambda m: -m.score)
        numeric = [a for m in fuzzy if (a := _agreeing(doc, quote, parts, m, threshold)) is not None]
        if fuzzy and not numeric:
            closest = fuzzy[0]
            # Taken out to the quote's own ends, the passage may hold its numbers after all, but score
            # under the threshold: shown so, no number is told missing that stands just beside it. Its
            # score is cut, not rounded, to a tenth: 87.96 is not shown as the threshold it missed.
            wider = _widened(norm.text, parts, closest)
            if wider is not None and _numbers_agree(doc, quote, wider):
                passage = norm.to_original(wider.start, wider.end)
                score = math.floor(wider.score * 10) / 10
                return Anchor(AnchorStatus.NOT_FOUND, None, score, 0, candidates=(passage,), hint=crossed)
            passage = norm.to_original(closest.start, closest.end)
            return Anchor(
                AnchorStatus.NOT_FOUND,
                None,
                round(closest.score, 1),
                0,
                candidates=(passage,),
                hint=crossed or _numbers_hint(doc, quote, passage),
            )
        if numeric:
            best = numeric[0].score
            matches = sorted((m for m in numeric if m.score >= best - TIE_MARGIN), key=lambda m: m.start)
            last = WORDS.findall(typed_parts(quote)[-1])
            matches = [_whole_ends(norm.text, parts, last, _bounded_number(norm.text, m)) for m in matches]
    if not matches:
        return Anchor(AnchorStatus.NOT_FOUND, None, 0.0, 0, hint=apart(doc, parts) or crossed)

    spans = tuple(norm.to_original(m.start, m.end) for m in matches)
    count = len(matches)
    if occurrence is not None:
        if not 1 <= occurrence <= count:
            hint = f"occurrence {occurrence} asked for, but the quote occurs {count} time{'s' * (count != 1)}"
            return Anchor(AnchorStatus.NOT_FOUND, None, 0.0, count, spans, hint)
        chosen = occurrence - 1
    elif count > 1:
        status = AnchorStatus.AMBIGUOUS
        chosen = 0
    else:
        chosen = 0
    score = 100.0 if status is AnchorStatus.EXACT else round(matches[chosen].score, 1)
    parted = tuple(norm.to_original(start, end) for start, end in matches[chosen].parts)
    return Anchor(status, spans[chosen], score, count, spans, hint, parted)


def _numbers_agree(doc: Document, quote: str, match: _Match) -> bool:
    """Whether a slipped quote's numbers are its passage's: part by part where it leaves words out,
    as the words left out may hold numbers of their own; thousands grouped as each side writes them."""
    placed = match.parts or ((match.start, match.end),)
    return all(
        same_numbers(doc.normalized, doc.text, start, end, part)
        for part, (start, end) in zip(typed_parts(quote), placed, strict=True)
    )


#: A word before a passage's first, joined to it by a hyphen or a space: "One-" of "One-third".
_WORD_BEFORE = lazy(r"\w+[ -]$")


def _agreeing(doc: Document, quote: str, parts: Sequence[str], match: _Match, cutoff: float) -> _Match | None:
    """A slipped quote's passage whose numbers are the quote's; or, where it starts inside a number of
    words, that number's whole, if its numbers are: "a third of households" is lined up from the
    "third" of "One-third of households" or "one third of households", where "third" states no
    number, and is the source's number told otherwise, as "One quarter" is "A quarter". None where
    neither agrees."""
    if _numbers_agree(doc, quote, match):
        return match
    text = doc.normalized.text
    widened = _widened(text, parts, match)
    if widened is not None and widened.score >= cutoff and _numbers_agree(doc, quote, widened):
        return widened
    head = None if match.parts else _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    number = number_starting(text[head.start() : match.end]) if head is not None else None
    if head is None or number is None or head.start() + len(number) <= match.start:
        return None  # "non-governmental": no number to make whole
    from rapidfuzz import fuzz  # see _fuzzy_in_block

    whole = _Match(head.start(), match.end, fuzz.ratio(parts[0], text[head.start() : match.end]))
    return whole if whole.score >= cutoff and _numbers_agree(doc, quote, whole) else None


def _widened(text: str, parts: Sequence[str], match: _Match) -> _Match | None:
    """A slipped quote's passage taken out to where the quote's own first and last words stand (see
    :func:`_own_ends`), for one fuzzy search chose shorter, which scores better but lacks a number the
    quote has: "18 individuals in El Salvador and Guatemala have been sanctioned" of "18 individuals
    and entities in El Salvador …" was aligned from "entities", and refused as adding "18". None where
    the quote's ends stand nowhere farther out."""
    if match.parts:
        return None
    from rapidfuzz import fuzz  # see _fuzzy_in_block

    head, tail = _own_ends(text, parts[0], match.start, match.end)
    start, end = (head if head >= 0 else match.start), (tail if tail >= 0 else match.end)
    if (start, end) == (match.start, match.end):
        return None
    return _Match(start, end, fuzz.ratio(parts[0], text[start:end]))


def locate_figure(doc: Document, figure: str, passage: Span) -> Span | None:
    """The span of ``figure`` inside an anchored passage, if it is there verbatim, or but for how it
    writes its percent ("12%" of "12 per cent", see :mod:`rootcheck.text.percents`)."""
    norm = doc.normalized
    start, end = norm.from_original(passage.start), norm.from_original(passage.end)
    found = first_written(norm, figure, start, end)
    if found is None and has_percent([typed := normalize(figure).text]):
        found = first_written(norm, percents_as_in(norm.text[start:end], [typed])[0], start, end)
    return found
