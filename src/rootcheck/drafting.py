"""Drafting a claim file from a quote: what ``rootcheck new`` writes.

The quote is located first; only a quote the source really holds becomes a
claim. The figure, pillar and occurrence are pre-filled where they can be
told from the text, and the file is written next to the other claims that
quote the same source.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from rootcheck.hints import id_form
from rootcheck.model import Anchor, AnchorStatus, CheckedClaim, Pillar, Source
from rootcheck.registry.fields import SLUG
from rootcheck.registry.load import CLAIMS
from rootcheck.registry.schema import MAX_CLAIM_SUMMARY
from rootcheck.text.document import Document
from rootcheck.text.numbers import GROUPING

_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "to",
        "for",
        "on",
        "by",
        "with",
        "from",
        "at",
        "as",
        "or",
        "its",
        "their",
        "other",
    ]
)
_ID_WORDS = 6


def slugify(text: str) -> str:
    """``text`` as an id: its first words but the little ones, accents dropped ("Totonicapán" is
    "totonicapan", not "totonicap-n") and thousands joined ("1,200" and "1 200" are "1200")."""
    joined = GROUPING.sub("", text.replace(",", ""))
    kept = [word for word in id_form(joined).split("-") if word and word not in _STOP_WORDS]
    return "-".join(kept[:_ID_WORDS]) or "claim"


def claim_id(figure: str | None, quote: str, taken: set[str]) -> str:
    """An id for a new claim, made of its figure (or else its quote), unlike any ``taken``."""
    base = slugify(figure or quote)
    candidate = base
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    assert SLUG.match(candidate)
    return candidate


def folder_for(root: Path, source: Source, claims: list[CheckedClaim]) -> Path:
    """The folder most claims quoting this source live in, else claims/ itself."""
    folders = Counter(c.claim.path.parent for c in claims if c.source.id == source.id)
    if folders:
        return root / folders.most_common(1)[0][0]
    return root / CLAIMS


def guess_pillar(
    source: Source, doc: Document, anchor: Anchor, claims: list[CheckedClaim], pillars: list[Pillar]
) -> str | None:
    """The pillar of the claims in the same paragraph of ``source``, else one whose title the paragraph
    clearly echoes."""
    assert anchor.span is not None
    block = doc.block_at(anchor.span.start)
    if block is not None:
        # Offsets are the source's own: another source's claims at the same offsets are other paragraphs.
        near = Counter(
            c.claim.pillar
            for c in claims
            if c.source.id == source.id
            and c.claim.pillar
            and c.anchor.span
            and block.span.start <= c.anchor.span.start < block.span.end
        )
        if near:
            return near.most_common(1)[0][0]
    words = _distinctive(doc.text[block.span.start : block.span.end] if block else "")
    scored = sorted(((len(words & _distinctive(p.title)), p.id) for p in pillars), reverse=True)
    # Only a clear lead counts: two shared words, and more than any other pillar shares.
    if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


_GENERIC = frozenset(
    [
        "address",
        "combat",
        "counter",
        "prevent",
        "promote",
        "respect",
        "strengthen",
        "advance",
        "other",
        "organizations",
        "organized",
        "perpetrated",
        "networks",
    ]
)


def _distinctive(text: str) -> set[str]:
    """Word stems (first six letters) that say what a passage is about."""
    return {w[:6] for w in re.findall(r"[a-z]{5,}", text.lower()) if w not in _GENERIC}


def render_claim(source: Source, quote: str, figures: list[str], pillar: str | None, anchor: Anchor) -> str:
    """The claim file's YAML, with the choices left to the editor as comments."""
    lines = [f"source: {source.id}", f"quote: {json.dumps(quote, ensure_ascii=False)}"]
    if figures:
        lines.append(f"figure: {json.dumps(figures[0], ensure_ascii=False)}")
        if len(figures) > 1:
            others = ", ".join(json.dumps(f, ensure_ascii=False) for f in figures[1:])
            lines.append(f"# other figures in this quote: {others}")
    else:
        lines.append('figure: ""  # write the figure exactly as the quote has it')
    lines.append(f"# summary: (the claim in under {MAX_CLAIM_SUMMARY} characters, for the lists of claims)")
    lines.append(
        f"pillar: {pillar}" if pillar else "# pillar: (one of the ids in rootcheck.yaml, or cross-cutting)"
    )
    if anchor.status is AnchorStatus.AMBIGUOUS:
        lines.append(f"occurrence: 1  # the quote occurs {anchor.occurrences} times; say which one you mean")
    lines.append('note: ""  # what does this figure show, and what does it not?')
    return "\n".join(lines) + "\n"
