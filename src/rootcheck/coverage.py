"""Which figures in the sources the registry covers, and which it misses.

A figure is any number written in a source's body: numerals, spelled numbers
("six", "twelve"), plural magnitudes ("millions"). Dates ("June 2021", a bare
year), list enumerators ("(3)" opening a paragraph), numbers inside web
addresses and the word "one" (far more often a pronoun than a figure) are not
figures. A figure is covered when it overlaps the figure of a claim quoting
that source, or lies inside a phrase listed in ``skipped.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rootcheck.model import CheckedClaim, Skip, Span
from rootcheck.text.anchor import find_all
from rootcheck.text.document import Document
from rootcheck.text.normalize import normalize
from rootcheck.text.numbers import (
    ABBREVIATED,
    ABBREVIATED_SIGNED,
    AFTER_SIGN,
    FRACTION_STATED,
    MAGNITUDES,
    NUMERAL,
    PARTS,
    SIGNS,
    SPELLED,
    YEAR,
)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b(?:(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?{YEAR}|{YEAR})\b")
_URL = re.compile(r"(?:https?://|www\.)[^\s)>\]]+")
_ENUMERATOR = re.compile(r"\(\d{1,2}\)")
_NUMBER_WORDS = "|".join(sorted((w for w in [*SPELLED, *MAGNITUDES] if w != "one"), key=len, reverse=True))
#: A fraction is a part, not a figure, after one of :data:`PARTS`: "the first half of 2022".
_NOT_A_PART = "".join(f"(?<!{part}[\\s-])" for part in PARTS)
MENTION = re.compile(
    rf"(?:[{SIGNS}]\s*)?(?:{AFTER_SIGN}{NUMERAL}{ABBREVIATED_SIGNED}"
    rf"|{NUMERAL}(?:{ABBREVIATED}|(?:[\s\u00a0-]+(?:{'|'.join(MAGNITUDES)})\b)*))(?:\s*%)?"
    # A fraction, but not of a year or as a part of one: "the first half of 2022".
    rf"|{_NOT_A_PART}(?:{FRACTION_STATED})(?![\s-]+of\s+\d)"
    rf"(?:[\s-]+(?:of\s+)?(?:an?\s+)?(?:{'|'.join(MAGNITUDES)})\b)?"
    rf"|\b(?:{_NUMBER_WORDS})s?\b",
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
    """Every figure written in the body of ``doc``, in order."""
    found = []
    for block in doc.blocks:
        start, end = block.span.start, block.span.end
        excluded = [m.span() for m in _DATE.finditer(doc.text, start, end)]
        excluded += [m.span() for m in _URL.finditer(doc.text, start, end)]
        if enumerator := _ENUMERATOR.match(doc.text, start, end):
            excluded.append(enumerator.span())
        for match in MENTION.finditer(doc.text, start, end):
            if any(a <= match.start() < b for a, b in excluded):
                continue
            text = " ".join(match.group().split())
            found.append(Mention(source_id, Span(*match.span()), text, doc.line_of(match.start())))
    return found


def skipped_spans(doc: Document, skips: list[Skip]) -> list[tuple[Span, Skip]]:
    """Every place in ``doc`` a phrase of ``skips`` (those of its source) stands, with the entry."""
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
    source_id: str, file: str, doc: Document, claims: list[CheckedClaim], skips: list[Skip]
) -> SourceCoverage:
    """The figures of one source, and those neither claimed nor skipped."""
    covering = [c.figure_span for c in claims if c.source.id == source_id and c.figure_span is not None]
    covering += [span for span, _ in skipped_spans(doc, [s for s in skips if s.source_id == source_id])]
    found = mentions(source_id, doc)
    missing = tuple(m for m in found if not any(span.overlaps(m.span) for span in covering))
    return SourceCoverage(source_id, file, tuple(found), missing)
