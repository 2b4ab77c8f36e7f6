"""Machine-readable copies of the fact-check: JSON, CSV and W3C Web Annotations.

Annotations target the plain-text copy of each source published beside its
page (``sources/<id>/source.txt``, the file exactly as checked), so that
TextPositionSelector offsets are code points into a resource anyone can fetch,
and TextQuoteSelector's ``exact`` is literally what stands there.

Each export is megabytes, nearly all of it one part per claim: a build after
one claim changed makes that claim's part afresh and copies the others (see
:mod:`rootcheck.render.exportparts`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from rootcheck.model import Correction, Quantity, Span
from rootcheck.output.content import Content
from rootcheck.patterns import lazy
from rootcheck.render import format as fmt
from rootcheck.render import urls
from rootcheck.render.exportparts import Absolute, Parts, Remembered
from rootcheck.render.jsontext import encoded, joined, json_document
from rootcheck.render.views import ClaimView, SiteView
from rootcheck.text.markup import resolved_citations

#: Characters of context kept in a TextQuoteSelector's prefix and suffix (as Hypothesis does).
QUOTE_CONTEXT = 32


def _outside(site: SiteView, markdown: str, absolute: Absolute) -> str:
    """An editor's Markdown for readers outside the site: each citation linking its claim's page by
    URL, or, where the site does not publish the claim (a draft), its words alone, as the page shows."""
    return resolved_citations(
        markdown, lambda cited: absolute(urls.claim(cited)) if cited in site.claims else None
    )


def _claim_record(site: SiteView, claim: ClaimView, absolute: Absolute) -> dict[str, object]:
    checked = claim.checked
    source = claim.source
    span = checked.anchor.span
    assert span is not None
    fig = checked.figure_span
    return {
        "id": claim.id,
        # Former ids, which data joined on a claim's id before a rename still names it by.
        "aliases": list(claim.checked.claim.aliases),
        "url": absolute(claim.path),
        "summary": checked.claim.summary,
        "pillar": claim.pillar.id,
        "source": {
            "id": source.id,
            "title": source.title,
            "publisher": source.publisher,
            "author": source.author,
            "published": source.published.isoformat() if source.published else None,
            "url": source.url,
            "role": source.role.value,
            "page": absolute(urls.source(source.id)),
            "text": absolute(urls.source_text(source.id)),
        },
        "quote": checked.claim.quote,
        # Where the quote's wording slipped or it was typed with a ligature, the source's words: what the
        # site quotes in its place.
        "source_words": claim.source_words,
        "figure": checked.claim.figure,
        "quantity": fmt.quantity_record(checked.quantity, checked.claim.figure) if checked.quantity else None,
        "span": {"start": span.start, "end": span.end},
        "figure_span": {"start": fig.start, "end": fig.end} if fig else None,
        "line": claim.line,
        "status": checked.anchor.status.value,
        "score": checked.anchor.score,
        "passage_url": absolute(claim.passage_path),
        "original_url": claim.original_url,
        "comparisons": list(claim.comparison_ids),
        "note": _outside(site, checked.claim.note, absolute),
        "corrections": [{"date": c.date.isoformat(), "text": c.text} for c in checked.claim.corrections],
        "draft": checked.claim.draft,
    }


#: Where lines break in a claim's record: in ``claims``, in the document.
_RECORD_NEWLINE = "\n" + "  " * 2


def claims_json(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> Content:
    parts = Parts(remembered, "claims-json", _RECORD_NEWLINE, "," + _RECORD_NEWLINE, [absolute("")])

    def record(claim: ClaimView) -> str:
        return encoded(_claim_record(site, claim, absolute), _RECORD_NEWLINE).text

    claims = parts.pieces(site.claims.values(), record)
    comparisons = [
        {
            "id": comp.id,
            "url": absolute(comp.path),
            "title": comp.title,
            # The verdict in a line, as the home and pillar pages list it.
            "summary": comp.comparison.summary,
            "claim_reviewed": comp.comparison.claim_reviewed,
            "pillar": comp.pillar.id,
            "verdict": {
                "id": comp.verdict.verdict.id,
                "label": comp.verdict.verdict.label,
                "rating": comp.verdict.verdict.rating,
            },
            "pledges": [c.id for c in comp.pledges],
            "progress": [c.id for c in comp.progress],
            "context": [c.id for c in comp.context],
            "annotation": _outside(site, comp.comparison.annotation, absolute),
            "published": comp.comparison.published.isoformat() if comp.comparison.published else None,
            # The day it last changed for readers, as its page, ClaimReview and feed entry date it.
            "updated": comp.comparison.revised.isoformat() if comp.comparison.revised else None,
            "corrections": [
                {"date": c.date.isoformat(), "text": c.text} for c in comp.comparison.corrections
            ],
        }
        for comp in site.comparisons.values()
    ]
    document = {
        "site": {"title": site.settings.title, "publisher": site.settings.publisher, "url": absolute("")},
        "claims": claims,
        "comparisons": comparisons,
    }
    return parts.written(json_document(document))


CSV_COLUMNS = (
    "id", "url", "summary", "pillar", "role", "source_id", "source_title", "quote", "source_words", "figure",
    "value", "qualifier", "currency", "percent", "unit", "start", "end", "status", "score", "comparisons", "corrected",
    "reading",
)  # fmt: skip


#: What a spreadsheet opening the file reads a cell as a formula by, as its first character (OWASP's
#: list for CSV injection): a summary written "=HYPERLINK(…)" would otherwise run on a reader's machine.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A cell that is a number and nothing else, such as a negative value: no formula, and read as a number.
_NUMBER = lazy(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet reads it as text: after a ``'``, which the spreadsheet takes as the mark
    of text and does not show, where it opens as a formula would; a number alone is left a number."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _csv_row(claim: ClaimView, absolute: Absolute) -> str:
    out = io.StringIO()
    checked = claim.checked
    q = checked.quantity
    span = checked.anchor.span
    assert span is not None
    cells: list[str | int | float] = [
        claim.id, absolute(claim.path), checked.claim.summary or "", claim.pillar.id,
        claim.source.role.value, claim.source.id, claim.source.title, checked.claim.quote,
        claim.source_words or "", checked.claim.figure, _csv_value(q, checked.claim.figure), q.qualifier.value if q else "",
        (q.currency or "") if q else "", ("true" if q.percent else "false") if q else "",
        (q.unit or "") if q else "", span.start, span.end, checked.anchor.status.value,
        checked.anchor.score, " ".join(claim.comparison_ids), _last_corrected(checked.claim.corrections),
        fmt.reading(q, checked.claim.figure) if q else "",
    ]  # fmt: skip
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in cells])
    return out.getvalue()


def _csv_value(quantity: Quantity | None, figure: str) -> str:
    value = fmt.data_value(quantity, figure) if quantity is not None else None
    return "" if value is None else repr(value)


def _last_corrected(corrections: Sequence[Correction]) -> str:
    """The day of a claim's latest correction, for a spreadsheet to sort and filter by; what it said is in the JSON."""
    return max(c.date for c in corrections).isoformat() if corrections else ""


def claims_csv(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> Content:
    # Each row ends its own line: nothing stands between two.
    parts = Parts(remembered, "claims-csv", "\r\n", "", [absolute("")])
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(CSV_COLUMNS)
    # A row is written the same whatever rows come before it, so rows written by earlier builds fit.
    rows = parts.pieces(site.claims.values(), lambda c: _csv_row(c, absolute))
    return parts.written(joined([out.getvalue(), *rows]))


def _annotation(site: SiteView, claim: ClaimView, absolute: Absolute) -> dict[str, object]:
    text = site.sources[claim.source.id].document.text
    span = claim.checked.anchor.span
    assert span is not None
    bodies: list[dict[str, object]] = [
        {
            "type": "TextualBody",
            "purpose": "describing",
            "value": claim.title,
            "format": "text/plain",
            "language": site.settings.language,
        },
        {"type": "SpecificResource", "purpose": "identifying", "source": absolute(claim.path)},
    ]
    if claim.checked.claim.note.strip():
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": _outside(site, claim.checked.claim.note.strip(), absolute),
                "format": "text/markdown",
                "language": site.settings.language,
            }
        )
    return {
        "id": absolute(claim.path) + "#annotation",
        "type": "Annotation",
        "motivation": "commenting",
        "creator": {"type": "Organization", "name": site.settings.publisher},
        "body": bodies,
        "target": {
            "source": absolute(urls.source_text(claim.source.id)),
            "selector": [
                {"type": "TextQuoteSelector", "exact": text[span.start : span.end], **_context(text, span)},
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ],
        },
    }


def _context(text: str, span: Span) -> dict[str, str]:
    """A passage's prefix and suffix: :data:`QUOTE_CONTEXT` characters each, or as many more as it
    takes for the three to occur once in ``text`` (a paragraph repeated word for word, as some
    articles repeat one, needs the words around it)."""
    exact = text[span.start : span.end]
    around = QUOTE_CONTEXT
    while True:
        prefix, suffix = text[max(0, span.start - around) : span.start], text[span.end : span.end + around]
        selected = prefix + exact + suffix
        at = span.start - len(prefix)
        # The whole text has nothing more to tell the passage by.
        if len(selected) == len(text) or (text.find(selected) == at and text.find(selected, at + 1) < 0):
            return {"prefix": prefix, "suffix": suffix}
        around *= 2


#: Where lines break in an annotation: in ``items``, in ``first``, in the document.
_ANNOTATION_NEWLINE = "\n" + "  " * 3


def web_annotations(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> Content:
    reads = [absolute(""), site.settings.language, site.settings.publisher]
    parts = Parts(remembered, "annotations", _ANNOTATION_NEWLINE, "," + _ANNOTATION_NEWLINE, reads)

    def annotation(claim: ClaimView) -> str:
        return encoded(_annotation(site, claim, absolute), _ANNOTATION_NEWLINE).text

    items = parts.pieces(site.claims.values(), annotation)
    return parts.written(
        json_document(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": absolute(urls.ANNOTATIONS),
                "type": "AnnotationCollection",
                "label": f"{site.settings.title}: every quoted passage",
                "total": len(site.claims),
                # One page holds them all: it is the first and the last.
                "first": {
                    "id": absolute(urls.ANNOTATIONS) + "#page-1",
                    "type": "AnnotationPage",
                    "partOf": absolute(urls.ANNOTATIONS),
                    "startIndex": 0,
                    "items": items,
                },
                "last": absolute(urls.ANNOTATIONS) + "#page-1",
            }
        )
    )
