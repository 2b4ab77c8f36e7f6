"""Which other sources hold a quote its own source holds nothing like, told with its error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from rootcheck.registry.load import Registry
from rootcheck.text.document import Document


def name_holders(reg: Registry, documents: Mapping[str, Document]) -> None:
    """Each quote that its source holds nothing like, told which other sources hold it.

    Worked out afresh on every run, as it holds only while those sources do,
    and only for such a quote: it reads every source (at 1,000 sources, some
    1.2 s), which a check otherwise never does.
    """
    asked = [index for index, d in enumerate(reg.diagnostics) if d.asks_source]
    if not asked:
        return
    from rootcheck.checks.leads import elsewhere  # only for a quote not placed

    by_file = {claim.file: claim for claim in reg.claims}
    for index in asked:
        told = reg.diagnostics[index]
        claim = by_file.get(told.where.path)
        if claim is None:
            continue
        others = {sid: doc for sid, doc in documents.items() if sid != claim.source_id}
        found = [
            f"{lead.source_id} ({lead.file}:{lead.line})"
            for lead in elsewhere(others, reg.sources, claim.quote)
        ]
        answer = f" It is in {', '.join(found)}." if found else " No other source holds it either."
        reg.diagnostics[index] = replace(told, message=told.message + answer)
