"""Where to look for a quote its source does not hold: a passage like it there, or another source holding it.

``check`` names the other sources (see :func:`rootcheck.checks.holders.name_holders`);
``new`` and ``locate`` give both kinds of lead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rootcheck.model import Anchor, Source
from rootcheck.text.closest import holding, near_passage
from rootcheck.text.document import Document, Format
from rootcheck.text.links import LINK


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


def elsewhere(others: Mapping[str, Document], sources: Mapping[str, Source], quote: str) -> list[Lead]:
    """Each of ``others`` (documents by source id) that holds ``quote``, where it first stands."""
    found = []
    for source_id, span in holding(others, quote):
        doc = others[source_id]
        file = sources[source_id].shown
        found.append(Lead(file, doc.line_of(span.start), span.start, span.end, source_id=source_id))
    return found


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
    return found + elsewhere(others, sources, quote)


def copied_link(doc: Document, quote: str) -> str | None:
    """Where a quote of a Markdown source copies a link's syntax, which a reader does not see, the words
    to quote instead; None where it copies none."""
    link = LINK.search(quote) if doc.format is Format.MARKDOWN else None
    if link is None:
        return None
    return f"the quote has a link's syntax, “{link.group()}”, where a reader sees “{link.group(1)}”: quote the words alone"
