"""The words the site puts in quotation marks for a claim: the editor's, or where they slipped, the source's."""

from __future__ import annotations

import re

from rootcheck.model import Anchor, AnchorStatus, Span
from rootcheck.text.anchor import elision_marks, quote_starts_elided
from rootcheck.text.document import Document, Format

#: A Markdown escape of punctuation, which a reader sees as the character alone.
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def quoted_words(doc: Document, quote: str, anchor: Anchor) -> str:
    """The words a quote puts in quotation marks: for a fuzzy match, the source's own (typography tidied),
    since an editor's slip is no quotation; else the quote as typed, its white space tidied.

    A quote with elisions keeps its elisions; slipped, each part between them is the source's own.
    """
    if anchor.status is not AnchorStatus.FUZZY or anchor.span is None:
        return " ".join(quote.split())
    if not anchor.parts:
        return _source_words(doc, anchor.span)
    marks = elision_marks(quote)
    # A quote that starts or ends with an elision keeps that mark where it stands.
    lead = f"{marks.pop(0)} " if quote_starts_elided(quote) and marks else ""
    tail = f" {marks.pop()}" if len(marks) >= len(anchor.parts) else ""
    words = [_source_words(doc, span) for span in anchor.parts]
    joined = words[0] + "".join(f" {mark} {part}" for mark, part in zip(marks, words[1:], strict=True))
    return lead + joined + tail


def _source_words(doc: Document, span: Span) -> str:
    words = doc.text[span.start : span.end].replace("*", "")
    if doc.format is Format.MARKDOWN:
        words = _MARKDOWN_ESCAPE.sub(r"\1", words)
    return " ".join(words.split())
