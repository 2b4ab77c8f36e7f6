"""What ``new`` and ``locate`` say of a quote its source does not hold: where to look instead."""

from __future__ import annotations

from rootcheck.leads import Lead
from rootcheck.text.document import Document


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


def shell_hint(quote: str, hint: str | None) -> list[str]:
    """Where the source has a dollar figure the quote lacks a $ for, the quote as the command received it:
    a shell takes "$112" in double quotes for a variable, $1, and passes on "12"."""
    if hint is None or "$" not in hint or "$" in quote:
        return []
    return [
        f"the quote as received: “{' '.join(quote.split())}”; a shell reads $ and what follows as "
        "a variable: write \\$, or put the quote in single quotes"
    ]
