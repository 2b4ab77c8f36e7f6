"""Reading the source documents under seeds/, each checked against its pinned hash.

A rebuild after one claim changed quotes one source anew, yet it must know
every source's hash and digest. As with claim files (see
:mod:`rootcheck.registry.items`), a source whose status is the one it had
when an earlier run read it is not read again: the memo keeps, by that
status, its sha256, the digest of its text, its format and its front
matter, and the document reads its text only when something asks for it. At
10,000 claims, reading and decoding all 1,000 sources took 0.13–0.26 s of a
warm build of 2.3–3.2 s, and their text some 80 MB of a warm check's 200 MB.

The text read later must be the text the status stood for: it is checked
against the remembered digest, and a file changed in between stops the run
with a message rather than showing a page of one version beside a proof of
another.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rootcheck.digests import text_digest
from rootcheck.errors import RootcheckError
from rootcheck.memo import Memo
from rootcheck.model import Diagnostic, Source, Span
from rootcheck.positions import Position
from rootcheck.registry.load import SOURCES_FILE, Registry
from rootcheck.registry.reads import Look, ReadDocument, Reads, status_key
from rootcheck.safeyaml.read import decode, read_bytes
from rootcheck.text.document import Document, Format, FrontMatterError, parse_document

#: Source documents larger than this are refused: a fact-check quotes documents, not dumps.
MAX_SOURCE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class _Known:
    """What a run learnt of a source file, remembered by the file's status."""

    #: ``None`` where no hash was pinned to check it against (it is then not worked out).
    sha256: str | None
    digest: str
    format: Format
    metadata: dict[str, str]
    body: Span
    bom: bool


def read_documents(
    reg: Registry, reads: Reads[ReadDocument] | None = None, memo: Memo | None = None
) -> dict[str, Document]:
    """Each source's file, read and split, checked against its pinned hash.

    ``reads`` holds files read earlier in this process, reused while
    unchanged; ``memo``, what earlier runs learnt of files whose status still holds.
    """
    reads = reads or Reads(keep=False)
    memo = memo or Memo(None, "documents")
    documents = {}
    paths = {source.id: reg.seed_file(source.file) for source in reg.sources.values()}
    for source in reg.sources.values():
        look = reads.look(paths[source.id])
        read = reads.known(look)
        if read is None or (source.sha256 is not None and read.sha256 is None):
            key = status_key(look, "document")
            read = _recalled(source, look, key, memo) or _read_document(reg, source, look, key, memo)
            if read is None:
                continue
            reads.remember(look, read)
        if source.sha256 is not None and read.sha256 != source.sha256.lower():
            reg.changed.add(source.id)
            reg.diagnostics.append(Diagnostic.error(source.where, _changed(reg, source)))
        documents[source.id] = read.document
    reads.forget_except(set(paths.values()))
    return documents


def _changed(reg: Registry, source: Source) -> str:
    """What to do of a source whose file changed since it was pinned."""
    # Its claims are told of it at their own files, which sort before or after this one: the
    # message says how many there are, not where they are printed.
    count = sum(claim.source_id == source.id for claim in reg.claims)
    if count > 1:
        review = f"review the {count} claims quoting it (each told, at its own file, whether its passage still anchors)"
    elif count:
        review = "review the claim quoting it (told, at its own file, whether its passage still anchors)"
    else:
        review = "no claim quotes it: review the new text"
    # An editor's program may change a file unasked (trailing spaces trimmed on save): putting it back
    # comes first, as pinning a change no one meant would let the claims be "mended" to match it.
    return (
        f"{source.shown} has changed since its sha256 was recorded in {SOURCES_FILE}; "
        f"if no one meant to change it, put it back as collected (git checkout -- {source.shown}); "
        f"if the document was revised, {review}, then run: rootcheck pin {source.id}"
    )


def _recalled(source: Source, look: Look, key: str | None, memo: Memo) -> ReadDocument | None:
    """The source as an earlier run read it, if its status (whose memo key is ``key``) still holds,
    its text left to be read when needed."""
    known = memo.get(key) if key is not None else None
    if not isinstance(known, _Known) or (source.sha256 is not None and known.sha256 is None):
        return None
    read = _reader(look.path, source.shown, known.digest)
    document = Document(known.format, known.metadata, known.body, read, known.digest, known.bom)
    return ReadDocument(document, known.sha256)


def _reader(path: str, rel: str, expected: str) -> Callable[[], str]:
    def read() -> str:
        data, text, _ = _source_text(path, rel)
        if data is None or text is None or text_digest(data) != expected:
            raise RootcheckError(f"{rel} changed while rootcheck was reading it; run rootcheck again")
        return text

    return read


def _read_document(
    reg: Registry, source: Source, look: Look, key: str | None, memo: Memo
) -> ReadDocument | None:
    rel = source.shown
    # A link's own status says nothing of the file it points to: that one is read afresh.
    data, text, problems = _source_text(look.path, rel, look.info if look.regular else None)
    reg.diagnostics.extend(problems)
    if data is None or text is None:
        return None
    sha256 = hashlib.sha256(data).hexdigest() if source.sha256 is not None else None
    try:
        document = parse_document(text, data)
    except FrontMatterError as exc:
        reg.diagnostics.append(Diagnostic.error(Position(rel, exc.line, 1), str(exc)))
        return None
    if key is not None:
        known = _Known(
            sha256, document.digest, document.format, document.metadata, document.body, document.bom
        )
        memo.put(key, known)
    return ReadDocument(document, sha256)


def _source_text(
    path: str | Path, shown: str, info: os.stat_result | None = None
) -> tuple[bytes | None, str | None, list[Diagnostic]]:
    """A source file's bytes and its text as a check reads them (UTF-8, line endings as they are), or
    why it cannot be read; ``info`` is its status, where taken already."""
    data, problems = read_bytes(path, shown, MAX_SOURCE_BYTES, info)
    if data is None:
        return None, None, problems
    # Without a byte-order mark, as a browser or any standard decoder reads the published copy: every
    # offset the site and its data give (a passage's span, a TextPositionSelector) counts that text.
    text, problems = decode(data, shown)
    return data, text, problems


def read_source(path: str | Path, shown: str) -> Document:
    """A source file read on its own as :func:`read_documents` reads it: its bytes decoded, line
    endings and all, so that offsets into its text are the check's; refused with why it cannot be."""
    data, text, problems = _source_text(path, shown)
    if data is None or text is None:
        raise RootcheckError(f"{problems[0].where}: {problems[0].message}")
    try:
        return parse_document(text, data)
    except FrontMatterError as exc:
        raise RootcheckError(f"{shown}:{exc.line}: {exc}") from None
