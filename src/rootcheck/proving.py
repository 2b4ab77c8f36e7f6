"""Proving every claim of the registry: answers remembered from earlier runs, the rest on several processes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from rootcheck.memo import Memo, code_digest, digest
from rootcheck.model import Anchor, CheckedClaim, Claim, Diagnostic, Quantity, Source, Span
from rootcheck.registry.load import Registry
from rootcheck.text.document import Document
from rootcheck.verify import alias_problems, check_claim

#: Below this many claims to prove, starting workers costs more than it saves.
PARALLEL_FROM = 200

Answer = tuple[CheckedClaim | None, list[Diagnostic]]


@dataclass(frozen=True)
class _Proof:
    """What proving a claim found, remembered without the claim and source it was found for.

    Those two are in the memo's key and at hand when it is read, so keeping
    them out keeps the memo a tenth of the size and quick to load.
    """

    anchor: Anchor | None
    quantity: Quantity | None
    figure_span: Span | None
    quote_figure: Span | None
    problems: list[Diagnostic]
    #: :attr:`CheckedClaim.listed`, kept here as it is a function of the memo's key.
    listed: str = ""

    @classmethod
    def of(cls, answer: Answer) -> _Proof:
        result, problems = answer
        if result is None:
            return cls(None, None, None, None, problems)
        return cls(
            result.anchor, result.quantity, result.figure_span, result.quote_figure, problems, result.listed
        )

    def answer(self, claim: Claim, source: Source, key: str) -> Answer:
        if self.anchor is None:
            return None, self.problems
        found = CheckedClaim(
            claim, source, self.anchor, self.quantity, self.figure_span, self.quote_figure, key, self.listed
        )
        return found, self.problems


def check_claims(
    reg: Registry,
    documents: dict[str, Document],
    progress: Callable[[int, int], None] | None = None,
    memo: Memo | None = None,
    workers: int = 1,
    proven: dict[str, CheckedClaim] | None = None,
    keys_by_parts: dict[tuple[str, str], str] | None = None,
) -> list[CheckedClaim]:
    """Every claim proven against its source, on up to ``workers`` processes.

    ``memo`` holds earlier runs' answers for claims unchanged since, with their
    sources and rootcheck itself. ``proven`` holds the claims this process
    checked last time, by the key they were proven by: a claim whose key is
    unchanged is handed back as the very same object, which tells the stages
    after this one that all they made of it still holds. It is updated to
    this check's claims. ``keys_by_parts`` holds the keys worked out last
    time, by the two digests each is made of; it too is updated.
    """
    memo = memo or Memo(None, "checks")
    reg.diagnostics.extend(alias_problems(reg.claims))
    # Everything check_claim reads besides the claim itself and its source.
    common = [code_digest(), repr([p.id for p in reg.pillars])]
    sources = {
        sid: [source.described, repr(sid in reg.changed), documents[sid].digest]
        for sid, source in reg.sources.items()
        if sid in documents
    }
    # Digested once per source, not once per claim: a source's record is long.
    by_source = {sid: digest([*common, *parts]) for sid, parts in sources.items()}
    keys: list[str | None] = []
    answers: list[Answer | None] = []
    # A preview rebuilds after every save: a digest per claim each time cost 0.025 s at 10,000 claims.
    known_keys = keys_by_parts if keys_by_parts is not None else {}
    keys_now: dict[tuple[str, str], str] = {}
    for claim in reg.claims:
        source_key = by_source.get(claim.source_id)
        key = None
        if source_key is not None:
            # The digest of the claim's file stands in for the claim, which is made from it alone.
            parts = (source_key, reg.claim_digests.get(claim.id) or repr(claim))
            key = keys_now[parts] = known_keys.get(parts) or digest(parts)
        remembered = memo.get(key) if key is not None else None
        keys.append(key)
        if isinstance(remembered, _Proof) and key is not None:
            again = proven.get(key) if proven is not None else None
            if again is not None:
                answers.append((again, remembered.problems))
            else:
                answers.append(remembered.answer(claim, reg.sources[claim.source_id], key))
        else:
            answers.append(None)
    # Grouped by source, so that each worker normalises a source once.
    groups: dict[str, list[int]] = {}
    for index, answer in enumerate(answers):
        if answer is None:
            groups.setdefault(reg.claims[index].source_id, []).append(index)

    def proof_of(index: int) -> _Proof:
        claim = reg.claims[index]
        proof = _Proof.of(check_claim(reg, documents, claim))
        if proof.anchor is None:
            return proof
        listed = digest([*common, "listed", repr(replace(claim, note="")), *sources[claim.source_id]])
        return replace(proof, listed=listed)

    def key_of(index: int) -> str:
        key = keys[index]
        assert key is not None
        return key

    # Either all of a source's claims have keys or none has: none when the source could not be read.
    keyed = [group for group in groups.values() if keys[group[0]] is not None]
    # Only what proving found comes back from a worker, not the claim and source this
    # process holds already: 10,000 whole results took the workers 0.48 s to pickle, these 0.11 s.
    proofs = memo.fill(
        lambda group: {key_of(i): proof_of(i) for i in group},
        keyed,
        workers,
        minimum=PARALLEL_FROM,
        size=len,
        progress=progress,
    )
    for group in groups.values():
        for index in group:
            claim, key = reg.claims[index], keys[index]
            if key is None:  # no source to prove it against, so nothing is found
                proof = proof_of(index)
                assert proof.anchor is None
                answers[index] = (None, proof.problems)
            else:
                answers[index] = proofs[key].answer(claim, reg.sources[claim.source_id], key)
    checked = []
    for answer in answers:
        assert answer is not None
        result, problems = answer
        reg.diagnostics.extend(problems)
        if result is not None:
            checked.append(result)
    if keys_by_parts is not None:
        keys_by_parts.clear()
        keys_by_parts.update(keys_now)
    if proven is not None:
        proven.clear()
        proven.update((result.inputs, result) for result in checked if result.inputs)
    return checked
