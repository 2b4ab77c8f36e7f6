"""Quotes whose words the source holds, but in paragraphs apart: where they stand, to tell the editor.

A quote is found within one paragraph or list item, as a reader meets it (see
:mod:`rootcheck.text.normalize`, which never lets a quote hold a paragraph break). One that leaves
words out with an elision across paragraphs is found nowhere, though every word of it is the
source's: a hint naming its lines says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from rootcheck.text.document import Document
from rootcheck.text.wordbounds import find_all


def apart(doc: Document, parts: Sequence[str]) -> str | None:
    """Where a quote's parts stand, word for word and in order, in paragraphs apart: an elision
    leaves words out within one paragraph, so such a quote is found nowhere, for all its words are."""
    if len(parts) < 2:
        return None
    text, position, lines = doc.normalized.text, 0, []
    for part in parts:
        hits = find_all(text, part, position)
        if not hits:
            return None
        position = hits[0] + len(part)
        lines.append(str(doc.line_of(doc.normalized.to_original(hits[0], position).start)))
    return (
        f"its parts stand in paragraphs apart (lines {', '.join(lines)}): "
        "an elision leaves words out within one paragraph; quote each paragraph in a claim of its own"
    )
