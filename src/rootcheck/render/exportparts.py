"""Each export's part of each claim, reused from the export as last published while its key holds.

Each export is megabytes, nearly all of it one part per claim, so a build
after one claim changed encodes that claim's part afresh and copies the
others, byte for byte, from the export as last published (see :class:`Parts`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from rootcheck.digests import digest as _digest
from rootcheck.memo import Memo
from rootcheck.output.content import Content, Mapped
from rootcheck.output.manifest import Manifest
from rootcheck.output.stamps import Stamp
from rootcheck.render import urls
from rootcheck.render.jsontext import Encoded, Spliced
from rootcheck.render.views import ClaimView

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


class Parts:
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
        self.held: list[Copied | str | None] = []

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
        run = Copied([], [])

        def end_run() -> None:
            if run.keys:
                assert mapped is not None  # parts are copied only from a published copy
                whole = mapped.excerpt(run.spans[0][0], run.spans[-1][1])
                pieces.append(Spliced(whole, newline, len(run.keys)))
                self.held.append(Copied(run.keys.copy(), run.spans.copy()))
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
                if isinstance(held, Copied):
                    # Each part moved with its piece, by as much as the first.
                    shift = start - held.spans[0][0]
                    where.update(zip(held.keys, [(a + shift, b + shift) for a, b in held.spans], strict=True))
                elif held is not None:
                    where[held] = (start, end)
            self.memo.put(self._spans_key(self.making), where)
        self.memo.save()
        return data


class Copied(NamedTuple):
    """Parts copied from the previous export in one piece: their page keys, and where each stood there."""

    keys: list[str]
    spans: list[tuple[int, int]]
