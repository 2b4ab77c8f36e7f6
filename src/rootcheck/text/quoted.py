"""The words the site puts in quotation marks for a claim: the editor's, or where they slipped, the source's."""

from __future__ import annotations

from rootcheck.model import Anchor, AnchorStatus, Span
from rootcheck.patterns import lazy
from rootcheck.text.document import Document, Format
from rootcheck.text.elided import elided_ends
from rootcheck.text.links import shown_text
from rootcheck.text.numbers import one_spaced

#: A Markdown escape of punctuation, which a reader sees as the character alone.
_MARKDOWN_ESCAPE = lazy(r"\\([!-/:-@\[-`{-~])")
#: Latin ligatures (U+FB00–FB06: "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ"), as a PDF's text may hold them.
#: Matching reads each as its letters; published, each is one character a search for the word misses.
LIGATURE = lazy("[\ufb00-\ufb06]")


def as_the_source_writes(quote: str, anchor: Anchor) -> bool:
    """Whether the words ``quote`` puts in quotation marks are the source's own rather than as typed:
    where it slipped, as an editor's slip is no quotation, or was typed with a ligature
    ("traﬃcking"), which would be published as one character where the source has letters."""
    return anchor.span is not None and (
        anchor.status is AnchorStatus.FUZZY or LIGATURE.search(quote) is not None
    )


def quoted_words(doc: Document, quote: str, anchor: Anchor) -> str:
    """The words a quote puts in quotation marks: the source's own (typography tidied) where
    :func:`as_the_source_writes` says so; else the quote as typed, its white space tidied.

    A quote with elisions keeps its elisions; slipped, each part between them is the source's own.
    """
    if not as_the_source_writes(quote, anchor) or anchor.span is None:
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
