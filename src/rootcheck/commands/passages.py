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
