"""Machine-readable copies of the fact-check: JSON, CSV and W3C Web Annotations.

Annotations target the plain-text copy of each source published beside its
page (``sources/<id>/source.txt``, the file exactly as checked), so that
TextPositionSelector offsets are code points into a resource anyone can fetch,
and TextQuoteSelector's ``exact`` is literally what stands there.

Each export is megabytes, nearly all of it one part per claim, so a build
after one claim changed encodes that claim's part afresh and copies the
others, byte for byte, from the export as last published (see :class:`_Parts`).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from rootcheck.digests import digest as _digest
from rootcheck.memo import Memo
from rootcheck.model import Correction, Quantity
from rootcheck.output.content import Content, Mapped
from rootcheck.output.manifest import Manifest
from rootcheck.output.staging import Stamp
from rootcheck.render import format as fmt
from rootcheck.render import urls
from rootcheck.render.jsontext import Encoded, Spliced, encoded, joined, json_document
from rootcheck.render.views import ClaimView, SiteView
from rootcheck.text.markup import resolved_citations

#: Characters of context kept in a TextQuoteSelector's prefix and suffix (as Hypothesis does).
QUOTE_CONTEXT = 32

Absolute = Callable[[str], str]


@dataclass(frozen=True)
class Remembered:
    """What the exports may reuse of earlier builds: the memo folder, the key of each claim's part,
    the site as last published, whose exports hold each part as it was written, and the key each
    export is made from now.

    ``keys`` are the claims' page keys (claim id → key): a claim's page shows
    all that its parts do — the claim as checked, its source and the source's
    text, its comparisons — and its key covers rootcheck's code, the build
    options (the base URL among them) and the site's settings too. A claim
    without a key is encoded afresh.
    """

    folder: Path | None = None
    keys: Mapping[str, str | None] = field(default_factory=dict)
    published: Manifest | None = None
    #: The key of each export's file in this build, by path.
    making: Mapping[str, str | None] = field(default_factory=dict)


#: Where each export is published.
EXPORT_PATHS = {
    "claims-json": urls.CLAIMS_JSON,
    "claims-csv": urls.CLAIMS_CSV,
    "annotations": urls.ANNOTATIONS,
}


class _Parts:
    """One export's part of each claim: copied from the export as last published while its key holds, else made.

    The memo keeps, under the key each export was made from, the key and byte
    span of every part in it. The published export is the one made from the
    key the last build's manifest gives it while its stamp is the one the
    manifest records, as for every file a build carries over: it is read, not
    digested (at 10,000 claims, 32 MB for each of two exports, twice a build).
    An export since changed, or with no manifest to vouch for it, is not
    copied from. Keeping spans rather than the parts themselves keeps tens of
    megabytes out of the cache at newsroom scale. The export opens and saves
    its own memo because it may be made in a forked worker, whose memory is
    lost when it exits; only one job makes each export.
    """

    def __init__(
        self, remembered: Remembered | None, export: str, newline: str, separator: str, reads: list[str]
    ) -> None:
        remembered = remembered or Remembered()
        self.memo = Memo(remembered.folder, "export-" + export)
        self.keys = remembered.keys
        self.newline = newline
        #: What stands between two parts side by side in the export.
        self.separator = separator.encode("utf-8")
        # What the parts read of the whole site. The page keys cover it already;
        # naming it again costs nothing and errs on the side of encoding again.
        self.salt = _digest([export, newline, separator, *reads])
        path = EXPORT_PATHS[export]
        self.making = remembered.making.get(path)
        #: The export as last published, mapped, where it may be copied from.
        self.previous, self.spans = self._published(remembered.published, path)
        #: What each piece holds, in order: the parts copied, or the page key of the one part made.
        self.held: list[_Copied | str | None] = []

    def _spans_key(self, made_from: str) -> str:
        return _digest([self.salt, made_from])

    def _published(
        self, published: Manifest | None, path: str
    ) -> tuple[Mapped | None, dict[str, tuple[int, int]]]:
        if published is None or self.memo.path is None or (entry := published.files.get(path)) is None:
            return None, {}
        spans = self.memo.get(self._spans_key(entry.key))
        if not isinstance(spans, dict):
            return None, {}
        try:
            mapped = Mapped(os.path.join(published.out, path))
        except (OSError, ValueError):
            return None, {}
        if Stamp.of_status(mapped.info) != entry.stamp:
            return None, {}  # changed since it was written
        return mapped, spans

    def pieces(
        self, claims: Iterable[ClaimView], make: Callable[[ClaimView], str]
    ) -> list[Encoded | Spliced]:
        """Each claim's part, in order: made afresh, or copied while its page key holds.

        Parts that stood side by side in the previous export, with the
        separator between them, are copied as one piece: after one claim
        changed, an export of 10,000 claims is three pieces, not 10,000 to be
        laid out and joined one by one.
        """
        keys, newline = self.keys, self.newline
        mapped, spans = self.previous, self.spans
        previous = mapped.view if mapped is not None else memoryview(b"")
        separator, gap = self.separator, len(self.separator)
        pieces: list[Encoded | Spliced] = []
        run = _Copied([], [])

        def end_run() -> None:
            if run.keys:
                assert mapped is not None  # parts are copied only from a published copy
                whole = mapped.excerpt(run.spans[0][0], run.spans[-1][1])
                pieces.append(Spliced(whole, newline, len(run.keys)))
                self.held.append(_Copied(run.keys.copy(), run.spans.copy()))
                run.keys.clear()
                run.spans.clear()

        for claim in claims:
            key = keys.get(claim.id)
            span = spans.get(key) if key is not None else None
            if key is None or span is None:
                end_run()
                pieces.append(Encoded(make(claim), newline))
                self.held.append(key)
                continue
            if run.spans:
                end = run.spans[-1][1]
                if span[0] != end + gap or previous[end : span[0]] != separator:
                    end_run()
            run.keys.append(key)
            run.spans.append(span)
        end_run()
        return pieces

    def written(self, document: tuple[Content, list[tuple[int, int]] | None]) -> Content:
        """Remember where each part stands in ``document`` (the export and its pieces' spans); return it."""
        data, spans = document
        if self.making is not None and spans is not None and len(spans) == len(self.held):
            where: dict[str, tuple[int, int]] = {}
            for (start, end), held in zip(spans, self.held, strict=True):
                if isinstance(held, _Copied):
                    # Each part moved with its piece, by as much as the first.
                    shift = start - held.spans[0][0]
                    where.update(zip(held.keys, [(a + shift, b + shift) for a, b in held.spans], strict=True))
                elif held is not None:
                    where[held] = (start, end)
            self.memo.put(self._spans_key(self.making), where)
        self.memo.save()
        return data


class _Copied(NamedTuple):
    """Parts copied from the previous export in one piece: their page keys, and where each stood there."""

    keys: list[str]
    spans: list[tuple[int, int]]


def _outside(markdown: str, absolute: Absolute) -> str:
    """An editor's Markdown for readers outside the site: each ``claim:ID`` its claim page's URL."""
    return resolved_citations(markdown, lambda cited: absolute(urls.claim(cited)))


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
        # Where the quote's wording slipped, the source's words: what the site quotes in its place.
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
        "note": _outside(checked.claim.note, absolute),
        "corrections": [{"date": c.date.isoformat(), "text": c.text} for c in checked.claim.corrections],
        "draft": checked.claim.draft,
    }


#: Where lines break in a claim's record: in ``claims``, in the document.
_RECORD_NEWLINE = "\n" + "  " * 2


def claims_json(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> Content:
    parts = _Parts(remembered, "claims-json", _RECORD_NEWLINE, "," + _RECORD_NEWLINE, [absolute("")])

    def record(claim: ClaimView) -> str:
        return encoded(_claim_record(site, claim, absolute), _RECORD_NEWLINE).text

    claims = parts.pieces(site.claims.values(), record)
    comparisons = [
        {
            "id": comp.id,
            "url": absolute(comp.path),
            "title": comp.title,
            "pillar": comp.pillar.id,
            "verdict": {
                "id": comp.verdict.verdict.id,
                "label": comp.verdict.verdict.label,
                "rating": comp.verdict.verdict.rating,
            },
            "pledges": [c.id for c in comp.pledges],
            "progress": [c.id for c in comp.progress],
            "context": [c.id for c in comp.context],
            "annotation": _outside(comp.comparison.annotation, absolute),
            "published": comp.comparison.published.isoformat() if comp.comparison.published else None,
            "updated": comp.comparison.updated.isoformat() if comp.comparison.updated else None,
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


def _csv_row(claim: ClaimView, absolute: Absolute) -> str:
    out = io.StringIO()
    checked = claim.checked
    q = checked.quantity
    span = checked.anchor.span
    assert span is not None
    csv.writer(out, lineterminator="\r\n").writerow([
        claim.id, absolute(claim.path), checked.claim.summary or "", claim.pillar.id,
        claim.source.role.value, claim.source.id, claim.source.title, checked.claim.quote,
        claim.source_words or "", checked.claim.figure, _csv_value(q, checked.claim.figure), q.qualifier.value if q else "",
        (q.currency or "") if q else "", ("true" if q.percent else "false") if q else "",
        (q.unit or "") if q else "", span.start, span.end, checked.anchor.status.value,
        checked.anchor.score, " ".join(claim.comparison_ids), _last_corrected(checked.claim.corrections),
        fmt.reading(checked.claim.figure) if q else "",
    ])  # fmt: skip
    return out.getvalue()


def _csv_value(quantity: Quantity | None, figure: str) -> str:
    value = fmt.data_value(quantity, figure) if quantity is not None else None
    return "" if value is None else repr(value)


def _last_corrected(corrections: Sequence[Correction]) -> str:
    """The day of a claim's latest correction, for a spreadsheet to sort and filter by; what it said is in the JSON."""
    return max(c.date for c in corrections).isoformat() if corrections else ""


def claims_csv(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> Content:
    # Each row ends its own line: nothing stands between two.
    parts = _Parts(remembered, "claims-csv", "\r\n", "", [absolute("")])
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
                "value": _outside(claim.checked.claim.note.strip(), absolute),
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
                {
                    "type": "TextQuoteSelector",
                    "exact": text[span.start : span.end],
                    "prefix": text[max(0, span.start - QUOTE_CONTEXT) : span.start],
                    "suffix": text[span.end : span.end + QUOTE_CONTEXT],
                },
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ],
        },
    }


#: Where lines break in an annotation: in ``items``, in ``first``, in the document.
_ANNOTATION_NEWLINE = "\n" + "  " * 3


def web_annotations(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> Content:
    reads = [absolute(""), site.settings.language, site.settings.publisher]
    parts = _Parts(remembered, "annotations", _ANNOTATION_NEWLINE, "," + _ANNOTATION_NEWLINE, reads)

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
                "first": {
                    "id": absolute(urls.ANNOTATIONS) + "#page-1",
                    "type": "AnnotationPage",
                    "startIndex": 0,
                    "items": items,
                },
            }
        )
    )
