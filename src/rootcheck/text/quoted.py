"""The words the site puts in quotation marks for a claim: the editor's, or where they slipped, the source's."""

from __future__ import annotations

import re

from rootcheck.model import Anchor, AnchorStatus, Span
from rootcheck.text.anchor import elided_ends
from rootcheck.text.document import Document, Format
from rootcheck.text.links import shown_text
from rootcheck.text.numbers import one_spaced

#: A Markdown escape of punctuation, which a reader sees as the character alone.
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def quoted_words(doc: Document, quote: str, anchor: Anchor, as_source: bool = False) -> str:
    """The words a quote puts in quotation marks: for a fuzzy match, or ``as_source``, the source's own
    (typography tidied), since an editor's slip is no quotation; else the quote as typed, its white
    space tidied.

    A quote with elisions keeps its elisions; slipped, each part between them is the source's own.
    """
    if (anchor.status is not AnchorStatus.FUZZY and not as_source) or anchor.span is None:
        return one_spaced(quote)
    if not anchor.parts:
        return source_words(doc, anchor.span)
    joiner, lead, tail = elided_ends(quote)
    words = f" {joiner} ".join(source_words(doc, span) for span in anchor.parts)
    # A quote that starts or ends with an elision keeps that mark where it stands.
    return f"{joiner} " * lead + words + f" {joiner}" * tail


def source_words(doc: Document, span: Span) -> str:
    """The words of ``doc`` a reader sees in ``span``: without emphasis, and for Markdown without
    escapes and links' syntax, their white space one space."""
    if doc.format is not Format.MARKDOWN:
        return one_spaced(doc.text[span.start : span.end].replace("*", ""))
    words = shown_text(doc.text, span.start, span.end).replace("*", "")
    return one_spaced(_MARKDOWN_ESCAPE.sub(r"\1", words))
