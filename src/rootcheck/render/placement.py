"""Where each quoted passage sits among what readers see: its Text Fragment, paragraph and line.

Placing a passage needs its source as shown (:class:`SourceText`), the
costliest thing to build per source. So placements are remembered between
builds for unchanged sources, and the others are computed a source at a time,
on every core.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from rootcheck.digests import code_digest, lines_digest
from rootcheck.memo import Memo, Packed
from rootcheck.model import CheckedClaim
from rootcheck.render.sourcetext import ShownBlock, SourceText
from rootcheck.text.document import Document
from rootcheck.text.fragments import FragmentError, TextDirective, directive_for

#: Below this many passages to place, starting workers costs more than it saves.
PARALLEL_FROM = 200


class SourceTexts:
    """Each source as shown, built on first use: a build that reuses a source's page never needs it.

    Only the last :data:`KEPT` are kept: at a few hundred kilobytes each, a
    worker holding every source of a large registry ran out of memory, and
    work is handed out a source at a time, so older ones are not asked for again.
    """

    KEPT = 32

    def __init__(self, documents: dict[str, Document]) -> None:
        self.documents = documents
        self._built: OrderedDict[str, SourceText] = OrderedDict()

    def __getitem__(self, source_id: str) -> SourceText:
        text = self._built.get(source_id)
        if text is None:
            text = self._built[source_id] = SourceText(self.documents[source_id])
            if len(self._built) > self.KEPT:
                self._built.popitem(last=False)
        else:
            self._built.move_to_end(source_id)
        return text


@dataclass(frozen=True)
class Placement:
    """Where a passage sits among what readers see; costly, as it needs the source as shown."""

    directive: TextDirective | None
    fragment_problem: str | None
    #: Packed: only a claim's own page shows it, and most builds make few of those.
    paragraph: Packed[ShownBlock] | None
    line: int


def _place(texts: SourceTexts, claim: CheckedClaim) -> Placement:
    span = claim.anchor.span
    assert span is not None  # only found anchors are checked claims
    text = texts[claim.source.id]
    directive, problem = None, None
    if claim.source.url is not None:
        start, end = text.to_visible(span)
        try:
            directive = directive_for(text.visible, start, end, text.folded)
        except FragmentError as exc:
            problem = str(exc)
    block = text.block_of(span.start)
    paragraph = None if block is None else Packed(block)
    return Placement(directive, problem, paragraph, text.document.line_of(span.start))


def _span_text(claim: CheckedClaim) -> str:
    span = claim.anchor.span
    assert span is not None  # only found anchors are checked claims
    return f"{span.start} {span.end}"


def placements(
    claims: Sequence[CheckedClaim], texts: SourceTexts, memo: Memo, workers: int
) -> list[tuple[str, Placement]]:
    """Each claim's placement, in order, with the memo key it is remembered by."""
    digests = {sid: doc.digest for sid, doc in texts.documents.items()}
    code = code_digest()
    # A key for every claim a build shows afresh: one join and one hash of texts without line breaks.
    keys = [
        lines_digest([code, digests[c.source.id], _span_text(c), "no url" if c.source.url is None else "url"])
        for c in claims
    ]
    found: dict[str, Placement] = {}
    groups: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        remembered = memo.get(key)
        if isinstance(remembered, Placement):
            found[key] = remembered
        else:
            groups.setdefault(claims[index].source.id, []).append(index)

    def place_group(group: list[int]) -> dict[str, Placement]:
        return {keys[i]: _place(texts, claims[i]) for i in group}

    found.update(memo.fill(place_group, list(groups.values()), workers, minimum=PARALLEL_FROM, size=len))
    return [(key, found[key]) for key in keys]
