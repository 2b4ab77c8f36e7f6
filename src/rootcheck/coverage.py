"""Which figures in the sources the registry covers, and which it misses.

A figure is any number written in a source's body: numerals, spelled numbers
("six", "twelve"), plural magnitudes, each with those it is of ("millions",
"tens of thousands", "dozens"). Dates ("June 2021", a bare year), list
enumerators ("(3)" opening a paragraph), numbers inside web addresses and the
word "one" (far more often a pronoun than a figure) are not figures. A figure is covered when it overlaps the figure of a claim quoting
that source, or lies inside a phrase listed in ``skipped.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from rootcheck.digests import code_digest, digest
from rootcheck.memo import Memo
from rootcheck.model import CheckedClaim, Skip, Span
from rootcheck.patterns import alternatives, lazy
from rootcheck.text.document import Document
from rootcheck.text.normalize import INVISIBLE, normalize
from rootcheck.text.numbers import (
    ABBREVIATED,
    ABBREVIATED_SIGNED,
    AFTER_SIGN,
    FRACTION_STATED,
    MAGNITUDE_LETTER,
    MAGNITUDES,
    MONTHS,
    PARTS,
    PLURAL,
    SIGNS,
    SPELLED,
    WHOLE_NUMERAL,
    YEAR,
)
from rootcheck.text.uncounted import enumerates
from rootcheck.text.wordbounds import find_all

# Each expression below starts with a look at the one character or word a match may start with: the
# engine tries an expression at every character of a source, and the look fails at most of them at
# once. At 10,000 claims over 42 MB of sources, `coverage` took 19 s without it, most of it here.
_DATE = lazy(rf"(?=[JFMASOND12])\b(?:(?:{MONTHS})\s+(?:\d{{1,2}},?\s+)?{YEAR}|{YEAR})\b")
_URL = lazy(r"(?:https?://|www\.)[^\s)>\]]+")
_NUMBER_WORDS = alternatives(w for w in [*SPELLED, *MAGNITUDES] if w != "one")


def _starts(words: set[str]) -> str:
    """A pattern matching where any of ``words`` starts, as a tree of their letters ("t(?:en|wo)" for
    "ten" and "two"); a word that starts another is enough for both. Tried at every word of a source,
    it takes half the time of the words as alternatives, which the engine tries one by one."""
    firsts: dict[str, set[str]] = {}
    for word in words:
        firsts.setdefault(word[:1], set()).add(word[1:])
    branches = [
        re.escape(first) + ("" if "" in rests else _starts(rests)) for first, rests in sorted(firsts.items())
    ]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


#: Where a figure in words may start: a number's word, a fraction's ("a third", "half") or a plural's.
_FIRST_WORDS = _starts({*SPELLED, *MAGNITUDES, "a", "half", "halves", "scores"})
#: A fraction is a part, not a figure, after one of :data:`PARTS`: "the first half of 2022".
_NOT_A_PART = "".join(f"(?<!{part}[\\s-])" for part in PARTS)
MENTION = lazy(
    rf"(?=[{SIGNS}\d]|\b(?:{_FIRST_WORDS}))"
    rf"(?:(?:[{SIGNS}]\s*)?(?:{AFTER_SIGN}{WHOLE_NUMERAL}(?:{ABBREVIATED_SIGNED}|{MAGNITUDE_LETTER})"
    rf"|{WHOLE_NUMERAL}(?:{ABBREVIATED}|(?:[\s\u00a0-]+(?:{'|'.join(MAGNITUDES)})\b)*))(?:\s*%)?"
    # A fraction, but not of a year or as a part of one: "the first half of 2022".
    rf"|{_NOT_A_PART}(?:{FRACTION_STATED})(?![\s-]+of\s+\d)"
    rf"(?:[\s-]+(?:of\s+)?(?:an?\s+)?(?:{'|'.join(MAGNITUDES)})\b)?"
    # A plural with those it is of, as one figure: "tens of thousands", not "tens" and "thousands".
    rf"|\b(?:{PLURAL})|\b(?:{_NUMBER_WORDS})s?\b)",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    """A figure written in a source: where, and as what."""

    source_id: str
    span: Span
    text: str
    line: int


@dataclass(frozen=True)
class SourceCoverage:
    source_id: str
    file: str
    mentions: tuple[Mention, ...]
    missing: tuple[Mention, ...]

    @property
    def covered(self) -> int:
        """How many of the source's figures a claim covers or skipped.yaml skips."""
        return len(self.mentions) - len(self.missing)

    @property
    def percent(self) -> float:
        if not self.mentions:
            return 100.0
        return 100.0 * self.covered / len(self.mentions)


def mentions(source_id: str, doc: Document) -> list[Mention]:
    """Every figure written in the body of ``doc``, in order, as a reader sees it: a character no reader
    sees inside a number ("4\u00ad000", a soft hyphen) leaves it one number, as a claim's figure is read."""
    found = []
    addressed = "www." in doc.text or "://" in doc.text
    # Asked of each such character at C speed, and at once of a text none of whose characters is wider.
    unseen = any(char in doc.text for char in INVISIBLE)
    line, counted = 1, 0  # lines counted up to the last figure: each found once, not from the top
    for block in doc.blocks:
        text, start, end, kept = doc.text, block.span.start, block.span.end, None
        if unseen and any(doc.text.find(char, start, end) >= 0 for char in INVISIBLE):
            # Read without them, each character's place in the source kept.
            kept = [at for at in range(start, end) if doc.text[at] not in INVISIBLE]
            text, start, end = "".join(doc.text[at] for at in kept), 0, len(kept)
        excluded = [m.span() for m in _DATE.finditer(text, start, end)]
        if addressed:
            excluded += [m.span() for m in _URL.finditer(text, start, end)]
        for match in MENTION.finditer(text, start, end):
            if excluded and any(a <= match.start() < b for a, b in excluded):
                continue
            if text[match.end() : match.end() + 1] == ")" and enumerates(text, match.start()):
                continue  # "(1) Address …": a list item's number, which check refuses as a figure
            span = (
                Span(*match.span()) if kept is None else Span(kept[match.start()], kept[match.end() - 1] + 1)
            )
            line += doc.text.count("\n", counted, span.start)
            counted = span.start
            found.append(Mention(source_id, span, " ".join(match.group().split()), line))
    return found


#: Searching this many characters of sources is worth a second core: some 17 ms of work, where forking
#: a worker and reading its answer takes 2-3 ms (timed on this project's machines).
_FORK_FROM_CHARS = 200_000


def figures_of(
    documents: Mapping[str, Document], known: Memo | None, workers: int = 1
) -> dict[str, list[Mention]]:
    """:func:`mentions` of each document, by source id: remembered in ``known`` by the text's digest,
    so that a source unchanged since the last run is neither read nor searched again, and the others
    searched on up to ``workers`` processes. At 10,000 claims, searching the 42 MB of sources took
    1.9 s on each of two cores (timed in process, with the look-ahead of :data:`MENTION`)."""
    keys = {sid: digest([code_digest(), "mentions", sid, doc.digest]) for sid, doc in documents.items()}
    found = {sid: known.get(key) if known is not None else None for sid, key in keys.items()}
    unknown = [sid for sid, figures in found.items() if figures is None]
    memo = known if known is not None else Memo(None, "mentions")
    made = memo.fill(
        lambda sid: {keys[sid]: mentions(sid, documents[sid])},
        unknown,
        workers,
        minimum=_FORK_FROM_CHARS,
        size=lambda sid: len(documents[sid].text),
    )
    return {
        sid: cast("list[Mention]", figures if figures is not None else made[keys[sid]])
        for sid, figures in found.items()
    }


def skipped_spans(doc: Document, skips: list[Skip]) -> list[tuple[Span, Skip]]:
    """Every place in ``doc`` a phrase of ``skips`` (those of its source) stands, with the entry."""
    if not skips:  # the source need not be read, nor normalised
        return []
    norm = doc.normalized
    spans = []
    for skip in skips:
        needle = normalize(skip.text).text.strip()
        spans += (
            [(norm.to_original(i, i + len(needle)), skip) for i in find_all(norm.text, needle)]
            if needle
            else []
        )
    return spans


def coverage(
    source_id: str,
    file: str,
    doc: Document,
    claims: list[CheckedClaim],
    skips: list[Skip],
    found: list[Mention] | None = None,
) -> SourceCoverage:
    """The figures of one source, and those neither claimed nor skipped: ``claims`` and ``skips`` are
    those of the source (see :func:`by_source`); ``found``, its figures where they are known (see
    :func:`figures_of`)."""
    covering = [c.figure_span for c in claims if c.figure_span is not None]
    covering += [span for span, _ in skipped_spans(doc, skips)]
    found = mentions(source_id, doc) if found is None else found
    missing = tuple(m for m in found if not any(span.overlaps(m.span) for span in covering))
    return SourceCoverage(source_id, file, tuple(found), missing)


def by_source(
    claims: list[CheckedClaim], skips: list[Skip]
) -> dict[str, tuple[list[CheckedClaim], list[Skip]]]:
    """The claims and skipped phrases of each source, by its id: gathered once, not once a source."""
    grouped: dict[str, tuple[list[CheckedClaim], list[Skip]]] = {}
    for claim in claims:
        grouped.setdefault(claim.source.id, ([], []))[0].append(claim)
    for skip in skips:
        grouped.setdefault(skip.source_id, ([], []))[1].append(skip)
    return grouped
