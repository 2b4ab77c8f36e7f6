"""What ``new`` and ``locate`` say of a quote its source does not hold: where to look instead."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rootcheck.model import Anchor, Source
from rootcheck.text.closest import holding, near_passage
from rootcheck.text.document import Document


@dataclass(frozen=True)
class Lead:
    """A place to look for a quote: a passage like it in its source, or another source holding it."""

    #: The file, as shown (``seeds/…``).
    file: str
    line: int
    start: int
    end: int
    #: The passage's similarity to the quote (0–100), for one in the quote's own source.
    score: float | None = None
    #: The other source holding the quote.
    source_id: str | None = None


def leads(
    doc: Document,
    shown: str,
    quote: str,
    anchor: Anchor,
    others: Mapping[str, Document],
    sources: Mapping[str, Source],
) -> list[Lead]:
    """The closest passage of ``doc`` (shown as ``shown``), then each of ``others`` that holds the quote."""
    found = []
    near = near_passage(doc, quote, anchor)
    if near is not None:
        span, score = near
        found.append(Lead(shown, doc.line_of(span.start), span.start, span.end, score))
    for source_id, span in holding(others, quote):
        other = others[source_id]
        file = f"seeds/{sources[source_id].file}"
        found.append(Lead(file, other.line_of(span.start), span.start, span.end, source_id=source_id))
    return found


def lead_lines(doc: Document, found: list[Lead]) -> list[str]:
    """Each lead as a line of a message."""
    lines = []
    for lead in found:
        if lead.source_id is None:
            passage = " ".join(doc.text[lead.start : lead.end].split())
            lines.append(f"closest passage ({lead.file}:{lead.line}, score {lead.score:g}): “{passage}”")
        else:
            lines.append(f"it is in {lead.source_id} ({lead.file}:{lead.line})")
    return lines
