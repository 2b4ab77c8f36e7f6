"""Machine-readable copies of the fact-check: JSON, CSV and W3C Web Annotations.

Annotations target the plain-text copy of each source published beside its
page (``sources/<id>/source.txt``, the file exactly as checked), so that
TextPositionSelector offsets are code points into a resource anyone can fetch,
and TextQuoteSelector's ``exact`` is literally what stands there.

Each export is megabytes, nearly all of it one part per claim, so each claim's
part is kept between builds (see :class:`Remembered`): a build after one claim
changed encodes that claim's part afresh and splices in the others as written.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from pathlib import Path

from rootcheck.memo import Memo
from rootcheck.memo import digest as _digest
from rootcheck.render import urls
from rootcheck.render.views import ClaimView, SiteView

#: Characters of context kept in a TextQuoteSelector's prefix and suffix (as Hypothesis does).
QUOTE_CONTEXT = 32

Absolute = Callable[[str], str]


class _NotPlain(Exception):
    """A value that only ``json.dumps`` itself knows how to write (or refuse)."""


@dataclass(frozen=True, slots=True)
class Encoded:
    """JSON text already written for its place in a document, where lines break as ``newline``.

    Not a ``str``, so that ``json`` refuses it rather than quoting it as a string.
    """

    text: str
    newline: str


def encoded(data: object, newline: str) -> Encoded:
    """``data`` as :func:`indented_json` writes it where lines break (and indent) as ``newline``."""
    return Encoded(indented_json(data, newline), newline)


def _decoded(value: object) -> object:
    """``value`` with its encoded parts read back, for ``json`` to write whole."""
    if isinstance(value, Encoded):
        return json.loads(value.text)
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_decoded(item) for item in value]
    return value


def _number(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def indented_json(data: object, newline: str = "\n") -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, byte for byte, in a third less time.

    An indent makes ``json`` give up its C encoder for one that yields every
    piece through a generator per level of nesting; the site's exports are
    megabytes of JSON. Anything but plain JSON values is left to ``json``.
    :class:`Encoded` parts are spliced in as they stand. Lines break as
    ``newline``, to write a part for its place in a larger document.
    """
    try:
        return "".join(_json_pieces(data, newline))
    except (_NotPlain, RecursionError):
        return _json_dumps(data, newline)


def _json_dumps(data: object, newline: str) -> str:
    # JSON escapes every line break inside a string, so each one in the text is indentation.
    return json.dumps(_decoded(data), ensure_ascii=False, indent=2).replace("\n", newline)


def _json_pieces(data: object, newline: str) -> list[str]:
    """The text of :func:`indented_json`, in pieces; raises _NotPlain for what only ``json`` can write."""
    out: list[str] = []
    append = out.append
    string = encode_basestring

    def encode(value: object, newline: str) -> None:
        if isinstance(value, str):
            append(string(value))
        elif value is None or value is True or value is False:
            append("null" if value is None else "true" if value else "false")
        elif isinstance(value, int):
            append(int.__repr__(value))
        elif isinstance(value, float):
            append(_number(value))
        elif isinstance(value, dict):
            encode_items(value, newline)
        elif isinstance(value, list | tuple):
            if not value:
                append("[]")
                return
            inner, opening = newline + "  ", "["
            for item in value:
                append(opening + inner)
                encode(item, inner)
                opening = ","
            append(newline + "]")
        elif isinstance(value, Encoded):
            # Every line break of the part is followed by at least its own indent, so moving it is a replace.
            append(value.text if value.newline == newline else value.text.replace(value.newline, newline))
        else:
            raise _NotPlain

    def encode_items(mapping: dict[object, object], newline: str) -> None:
        if not mapping:
            append("{}")
            return
        inner, opening = newline + "  ", "{"
        for key, item in mapping.items():
            if not isinstance(key, str):
                raise _NotPlain
            append(opening + inner + string(key) + ": ")
            encode(item, inner)
            opening = ","
        append(newline + "}")

    encode(data, newline)
    return out


def _dump(data: object) -> bytes:
    try:
        pieces = _json_pieces(data, "\n")
    except (_NotPlain, RecursionError):
        pieces = [_json_dumps(data, "\n")]
    pieces.append("\n")
    # Encoded piece by piece: joined first, the text would be one more copy of
    # the export, and in wide characters, as curly quotes are not Latin-1.
    return b"".join([piece.encode("utf-8") for piece in pieces])


@dataclass(frozen=True)
class Remembered:
    """Where the exports keep each claim's part between builds, and the key each part is kept by.

    ``keys`` are the claims' page keys (claim id → key): a claim's page shows
    all that its parts do — the claim as checked, its source and the source's
    text, its comparisons — and its key covers rootcheck's code, the build
    options (the base URL among them) and the site's settings too. A claim
    without a key is encoded afresh.
    """

    folder: Path | None = None
    keys: Mapping[str, str | None] = field(default_factory=dict)


class _Parts:
    """One export's part of each claim: reused when remembered, otherwise made and remembered.

    The export opens and saves its own memo because it may be made in a forked
    worker, whose memory is lost when it exits; only one job makes each export.
    """

    def __init__(self, remembered: Remembered | None, export: str, reads: list[str]) -> None:
        remembered = remembered or Remembered()
        self.memo = Memo(remembered.folder, "export-" + export)
        self.keys = remembered.keys
        # What the parts read of the whole site. The page keys cover it already;
        # naming it again costs nothing and errs on the side of encoding again.
        self.salt = _digest([export, *reads])

    def part(self, claim: ClaimView, make: Callable[[ClaimView], str]) -> str:
        page = self.keys.get(claim.id)
        key = f"{page}:{self.salt}" if page is not None else None
        text = self.memo.get(key) if key is not None else None
        if isinstance(text, str):
            return text
        text = make(claim)
        if key is not None:
            self.memo.put(key, text)
        return text

    def save(self) -> None:
        self.memo.save()


def _claim_record(site: SiteView, claim: ClaimView, absolute: Absolute) -> dict[str, object]:
    checked = claim.checked
    source = claim.source
    span = checked.anchor.span
    assert span is not None
    fig = checked.figure_span
    return {
        "id": claim.id,
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
        "figure": checked.claim.figure,
        "quantity": checked.quantity.as_dict() if checked.quantity else None,
        "span": {"start": span.start, "end": span.end},
        "figure_span": {"start": fig.start, "end": fig.end} if fig else None,
        "line": claim.line,
        "status": checked.anchor.status.value,
        "score": checked.anchor.score,
        "passage_url": absolute(claim.passage_path),
        "original_url": claim.original_url,
        "comparisons": list(claim.comparison_ids),
        "note": checked.claim.note,
        "draft": checked.claim.draft,
    }


#: Where lines break in a claim's record: in ``claims``, in the document.
_RECORD_NEWLINE = "\n" + "  " * 2


def claims_json(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> bytes:
    parts = _Parts(remembered, "claims-json", [_RECORD_NEWLINE, absolute("")])

    def record(claim: ClaimView) -> str:
        return encoded(_claim_record(site, claim, absolute), _RECORD_NEWLINE).text

    claims = [Encoded(parts.part(c, record), _RECORD_NEWLINE) for c in site.claims.values()]
    parts.save()
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
            "annotation": comp.comparison.annotation,
        }
        for comp in site.comparisons.values()
    ]
    return _dump(
        {
            "site": {"title": site.settings.title, "publisher": site.settings.publisher, "url": absolute("")},
            "claims": claims,
            "comparisons": comparisons,
        }
    )


CSV_COLUMNS = (
    "id", "url", "summary", "pillar", "role", "source_id", "source_title", "quote", "figure",
    "value", "qualifier", "currency", "percent", "unit", "start", "end", "status", "score", "comparisons",
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
        checked.claim.figure, repr(q.value) if q else "", q.qualifier.value if q else "",
        (q.currency or "") if q else "", ("true" if q.percent else "false") if q else "",
        (q.unit or "") if q else "", span.start, span.end, checked.anchor.status.value,
        checked.anchor.score, " ".join(claim.comparison_ids),
    ])  # fmt: skip
    return out.getvalue()


def claims_csv(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> bytes:
    parts = _Parts(remembered, "claims-csv", [absolute("")])
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(CSV_COLUMNS)
    # A row is written the same whatever rows come before it, so rows written by earlier builds fit.
    rows = [parts.part(claim, lambda c: _csv_row(c, absolute)) for claim in site.claims.values()]
    parts.save()
    return "".join([out.getvalue(), *rows]).encode("utf-8")


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
                "value": claim.checked.claim.note.strip(),
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


def web_annotations(site: SiteView, absolute: Absolute, remembered: Remembered | None = None) -> bytes:
    reads = [_ANNOTATION_NEWLINE, absolute(""), site.settings.language, site.settings.publisher]
    parts = _Parts(remembered, "annotations", reads)

    def annotation(claim: ClaimView) -> str:
        return encoded(_annotation(site, claim, absolute), _ANNOTATION_NEWLINE).text

    items = [Encoded(parts.part(c, annotation), _ANNOTATION_NEWLINE) for c in site.claims.values()]
    parts.save()
    return _dump(
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": absolute(urls.ANNOTATIONS),
            "type": "AnnotationCollection",
            "label": f"{site.settings.title}: every quoted passage",
            "total": len(items),
            "first": {
                "id": absolute(urls.ANNOTATIONS) + "#page-1",
                "type": "AnnotationPage",
                "startIndex": 0,
                "items": items,
            },
        }
    )
