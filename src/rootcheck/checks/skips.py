"""The skipped numbers (``skipped.yaml``): each must be in its source, hold a figure, be listed once."""

from __future__ import annotations

from rootcheck.checks.references import unknown_source
from rootcheck.digests import code_digest, digest
from rootcheck.hints import shown
from rootcheck.memo import Memo
from rootcheck.model import Diagnostic
from rootcheck.positions import Position
from rootcheck.registry.load import Registry
from rootcheck.text.document import Document
from rootcheck.text.normalize import normalize
from rootcheck.text.wordbounds import find_all


def _occurs(text: str, doc: Document, memo: Memo) -> bool:
    key = digest([code_digest(), "skip", doc.digest, text])
    if memo.get(key) is True:
        return True
    found = bool(find_all(doc.normalized.text, normalize(text).text.strip()))
    if found:
        memo.put(key, True)
    return found


def _holds_a_figure(text: str, memo: Memo) -> bool:
    """Whether a skip's words hold a figure, remembered: a check that proves nothing then loads
    nothing of how figures are found."""
    key = digest([code_digest(), "skip holds a figure", text])
    if isinstance(known := memo.get(key), bool):
        return known
    from rootcheck.coverage import MENTION

    holds = MENTION.search(text) is not None
    memo.put(key, holds)
    return holds


def check_skips(reg: Registry, documents: dict[str, Document], memo: Memo | None = None) -> None:
    """Each skipped number must occur in its source; ``memo`` remembers where one was found,
    so that a rebuild need not read and normalise the source to know it again."""
    memo = memo or Memo(None, "documents")
    listed: dict[tuple[str, str], Position] = {}
    for skip in reg.skips:
        doc = documents.get(skip.source_id)
        same = listed.setdefault((skip.source_id, normalize(skip.text).text.strip()), skip.where)
        if same is not skip.where:
            message = f"“{shown(skip.text)}” of {skip.source_id} is already skipped at line {same.line}"
            reg.diagnostics.append(Diagnostic.warning(skip.where, message + "; remove one"))
        elif not _holds_a_figure(skip.text, memo):
            message = (
                f"“{shown(skip.text)}” holds no figure, so it skips nothing; give the words around the number"
            )
            reg.diagnostics.append(Diagnostic.warning(skip.where, message))
        if skip.source_id not in reg.sources and not reg.source_problem_reported(skip.source_id):
            reg.diagnostics.extend(unknown_source(reg, skip.source_id, skip.source_where))
        elif doc is not None and not _occurs(skip.text, doc, memo):
            reg.diagnostics.append(
                Diagnostic.error(skip.where, f"“{shown(skip.text)}” does not occur in {skip.source_id}")
            )
