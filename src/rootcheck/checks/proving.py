"""Proving every claim of the registry: answers remembered from earlier runs, the rest on several processes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from rootcheck.digests import code_digest, digest, lines_digest
from rootcheck.memo import Memo
from rootcheck.model import Anchor, CheckedClaim, Claim, Diagnostic, Quantity, Source, Span
from rootcheck.parallel import will_fork
from rootcheck.patterns import compile_all
from rootcheck.registry.load import Registry
from rootcheck.registry.reads import Answer, Proven, Rechecks
from rootcheck.text.document import Document

#: Below this many claims to prove, starting workers costs more than it saves.
PARALLEL_FROM = 200


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

    def answer(self, claim: Claim, source: Source, inputs: str) -> Answer:
        """The answer for ``claim``, checked against ``source``, whose pages are keyed by ``inputs``."""
        if self.anchor is None:
            return None, self.problems
        found = CheckedClaim(
            claim,
            source,
            self.anchor,
            self.quantity,
            self.figure_span,
            self.quote_figure,
            inputs,
            self.listed,
        )
        return found, self.problems


def check_claims(
    reg: Registry,
    documents: dict[str, Document],
    progress: Callable[[int, int], None] | None = None,
    memo: Memo | None = None,
    workers: int = 1,
    last: Rechecks | None = None,
) -> list[CheckedClaim]:
    """Every claim proven against its source, on up to ``workers`` processes.

    ``memo`` holds earlier runs' answers for claims unchanged since, with their
    sources and rootcheck itself. ``last`` holds what this process found last
    time: a claim made as the very same object (of a file unchanged since),
    checked against a source whose key is unchanged, is handed back as the
    very same checked claim, which tells the stages after this one that all
    they made of it still holds. It is updated to this check.
    """
    memo = memo or Memo(None, "checks")
    proving = _Proving(reg, documents, last)
    proving.recall(memo, last)
    proving.prove_the_rest(memo, workers, progress)
    if last is not None:
        proving.remember(last)
    return proving.found()


class _Proving:
    """One check's proofs, claim by claim: recalled where they hold, proven where they do not."""

    def __init__(self, reg: Registry, documents: dict[str, Document], last: Rechecks | None) -> None:
        self.reg = reg
        self.documents = documents
        #: Everything check_claim reads besides the claim itself and its source: rootcheck itself.
        #: What a claim names elsewhere in the registry, its pillar, is checked afresh on every run.
        self.common = (code_digest(),)
        #: Everything of each source that check_claim reads.
        self.sources = {
            sid: (source.described, repr(sid in reg.changed), documents[sid].digest)
            for sid, source in reg.sources.items()
            if sid in documents
        }
        # Digested once per source, not once per claim: a source's record is long. A preview
        # rebuilds after every save: 1,000 sources' digests took 0.003 s each time, looking them up 0.0001 s.
        known_sources = last.source_keys if last is not None else {}
        self.by_source = {
            sid: known_sources.get(self.common + parts) or digest([*self.common, *parts])
            for sid, parts in self.sources.items()
        }
        #: Each claim's memo key (None where its source could not be read), and its answer once known.
        self.keys: list[str | None] = []
        #: What each claim checked is made from (see :attr:`CheckedClaim.inputs`), None as its key is.
        self.inputs: list[str | None] = []
        self.answers: list[Answer | None] = []
        #: What of the last check holds, claim by claim (None where the claim is checked now).
        self.holds: list[Proven | None] = []

    def recall(self, memo: Memo, last: Rechecks | None) -> None:
        """Each claim's key, and its answer where the last check or an earlier run's memo has it."""
        reg, before = self.reg, (last.claims if last is not None else {})
        keys, inputs, answers, holds = self.keys, self.inputs, self.answers, self.holds
        by_source = self.by_source
        for claim in reg.claims:
            source_key = by_source.get(claim.source_id)
            was = before.get(claim.id)
            if (
                was is not None
                and was.claim is claim
                and was.source_key == source_key
                and source_key is not None
            ):
                keys.append(was.key)
                inputs.append(None)  # the answer is made already
                answers.append(was.answer)
                holds.append(was)
                continue
            holds.append(None)
            key = made = None
            if source_key is not None:
                # The digest of the claim's file stands in for the claim, which is made from it alone;
                # a claim made some other way is known by its repr, which may span lines.
                made_from = reg.claim_digests.get(claim.id)
                made = (
                    lines_digest([source_key, made_from]) if made_from else digest([source_key, repr(claim)])
                )
                # Its proof, by what proving reads of it where that is known: a revised note needs none.
                key = source_key + claim.proof_key if claim.proof_key else made
            remembered = memo.get(key) if key is not None else None
            keys.append(key)
            inputs.append(made)
            if isinstance(remembered, _Proof) and made is not None:
                answers.append(remembered.answer(claim, reg.sources[claim.source_id], made))
            else:
                answers.append(None)
        # Still in use, as those looked up above are: the memo keeps what a run used.
        memo.keep([was.key for was in holds if was is not None and was.key is not None])

    def _proof_of(self, index: int) -> _Proof:
        # Imported by prove_the_rest, before any worker starts, and only where a claim is to be proved:
        # a build that proves none loads none of the checks (some 25 ms of importing).
        from rootcheck.checks.verify import check_claim

        claim = self.reg.claims[index]
        proof = _Proof.of(check_claim(self.reg, self.documents, claim))
        if proof.anchor is None:
            return proof
        parts = self.sources[claim.source_id]
        # Lists show no note: the claim's proof key, or its fields but the note, stand for what they show.
        shown = claim.proof_key or repr(replace(claim, note=""))
        listed = digest([*self.common, "listed", shown, *parts])
        return replace(proof, listed=listed)

    def _key_of(self, index: int) -> str:
        key = self.keys[index]
        assert key is not None
        return key

    def prove_the_rest(self, memo: Memo, workers: int, progress: Callable[[int, int], None] | None) -> None:
        """The claims with no answer yet proven, grouped by source, so that each worker normalises a source once."""
        claims = self.reg.claims
        groups: dict[str, list[int]] = {}
        for index, answer in enumerate(self.answers):
            if answer is None:
                groups.setdefault(claims[index].source_id, []).append(index)
        if groups:
            import rootcheck.checks.verify  # noqa: F401  (once here, not in each worker: see _proof_of)
        # Either all of a source's claims have keys or none has: none when the source could not be read.
        keyed = [group for group in groups.values() if self.keys[group[0]] is not None]
        if will_fork(workers, len(keyed), sum(map(len, keyed)), PARALLEL_FROM):
            # Every pattern proving may use, compiled here once for the workers to inherit, as the
            # registry is, rather than once in each: all of them are used at this many claims.
            compile_all()
        # Only what proving found comes back from a worker, not the claim and source this
        # process holds already: 10,000 whole results took the workers 0.48 s to pickle, these 0.11 s.
        proofs = memo.fill(
            lambda group: {self._key_of(i): self._proof_of(i) for i in group},
            keyed,
            workers,
            minimum=PARALLEL_FROM,
            size=len,
            progress=progress,
        )
        for group in groups.values():
            for index in group:
                claim, key = claims[index], self.keys[index]
                if key is None:  # no source to prove it against, so nothing is found
                    proof = self._proof_of(index)
                    assert proof.anchor is None
                    self.answers[index] = (None, proof.problems)
                else:
                    made = self.inputs[index]
                    assert made is not None  # as its key is not
                    self.answers[index] = proofs[key].answer(claim, self.reg.sources[claim.source_id], made)

    def remember(self, last: Rechecks) -> None:
        """What this check found, for the next check in this process."""
        last.source_keys = {self.common + self.sources[sid]: key for sid, key in self.by_source.items()}
        last.claims = {
            claim.id: was or Proven(claim, self.by_source.get(claim.source_id), key, answer)
            for claim, was, key, answer in zip(
                self.reg.claims, self.holds, self.keys, self.answers, strict=True
            )
            if answer is not None
        }

    def found(self) -> list[CheckedClaim]:
        """The claims proven, in registry order; every problem found is added to the registry's."""
        checked = []
        for answer in self.answers:
            assert answer is not None
            result, problems = answer
            self.reg.diagnostics.extend(problems)
            if result is not None:
                checked.append(result)
        return checked
