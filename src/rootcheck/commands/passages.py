"""What ``new`` and ``locate`` say of a quote its source does not hold: where to look instead."""

from __future__ import annotations

import re

from rootcheck.checks.leads import Lead, copied_link
from rootcheck.model import Span
from rootcheck.text.document import Document
from rootcheck.text.quoted import source_words


def lead_lines(doc: Document, found: list[Lead]) -> list[str]:
    """Each lead as a line of a message."""
    lines = []
    for lead in found:
        if lead.source_id is None:
            passage = source_words(doc, Span(lead.start, lead.end))
            lines.append(f"closest passage ({lead.file}:{lead.line}, score {lead.score:g}): “{passage}”")
        else:
            lines.append(f"it is in {lead.source_id} ({lead.file}:{lead.line})")
    return lines


def link_hint(doc: Document, quote: str) -> list[str]:
    """Where the quote copies a Markdown link's syntax, the words to quote instead."""
    copied = copied_link(doc, quote)
    return [copied] if copied else []


def shell_hint(quote: str, hint: str | None) -> list[str]:
    """Where a shell took a $ and the digit after it, the quote as the command received it: in double
    quotes, "$112 million" is $1, a variable, then "12 million". Told only where the source's figure,
    so shortened, is in the quote: "178 million" for "$179 million" is another number, not the shell."""
    if hint is None or "$" in quote:
        return []
    words = set(quote.replace(",", "").split())
    if not any(rest.replace(",", "") in words for rest in re.findall(r"\$\d([\d,.]+)", hint)):
        return []
    return [
        f"the quote as received: “{' '.join(quote.split())}”; a shell reads $ and what follows as "
        "a variable: write \\$, or put the quote in single quotes"
    ]
