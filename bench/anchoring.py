"""Anchoring at scale: one source of about 2 MB, quoted by 1,000 claims, proven in one process.

Anchoring must never go quadratic: the source is normalised once, an exact
quote costs about its own length, and a fuzzy search is confined to candidate
regions. This generates such a source deterministically — the bodies of the
benchmark's synthetic sources, one after another, with their claims' quotes
(most differing in typography, one in twenty missing a word) — then times
reading it, normalising it once, and anchoring every quote::

    python -m bench.anchoring [--megabytes 2] [--claims 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.generate import Settings, generate
from rootcheck.model import AnchorStatus
from rootcheck.registry.load import load_registry
from rootcheck.text.anchor import locate
from rootcheck.text.document import parse_document

#: Claims per generated source, as in the benchmark's registries.
PER_SOURCE = 10


@dataclass(frozen=True)
class Result:
    source_bytes: int
    claims: int
    parse_seconds: float
    normalise_seconds: float
    anchor_seconds: float
    statuses: dict[str, int]

    def line(self) -> str:
        found = ", ".join(f"{count} {status}" for status, count in sorted(self.statuses.items()))
        return (
            f"{self.claims:,} quotes in one {self.source_bytes / 1e6:.1f} MB source: "
            f"parsed in {self.parse_seconds:.2f} s, normalised once in {self.normalise_seconds:.2f} s, "
            f"anchored in {self.anchor_seconds:.2f} s ({self.anchor_seconds / max(self.claims, 1) * 1e3:.2f} ms each; "
            f"{found})"
        )


def measure(megabytes: float, claims: int, work: Path) -> Result:
    # Every other generated source is Markdown; only those are joined, so the whole reads as one.
    sources = 2 * max(1, round(megabytes * 1e6 / 40_000))
    generate(Settings(max(2 * claims, sources * PER_SOURCE), sources, 1), work)
    registry = load_registry(work)
    front, bodies, ids = "", [], set()
    for source in registry.sources.values():
        text = registry.source_path(source).read_text("utf-8")
        if not text.startswith("---\n"):
            continue
        head, body = text[4:].split("\n---\n", 1)
        front = front or f"---\n{head}\n---\n"
        bodies.append(body)
        ids.add(source.id)
    whole = front + "\n\n".join(bodies)
    quotes = [c.quote for c in registry.claims if c.source_id in ids][:claims]
    started = time.perf_counter()
    doc = parse_document(whole)
    parsed = time.perf_counter()
    doc.normalized  # noqa: B018 - the one normalisation every quote then shares
    doc.index  # noqa: B018
    normalised = time.perf_counter()
    statuses: dict[str, int] = {}
    for quote in quotes:
        status = locate(doc, quote).status
        statuses[status.value] = statuses.get(status.value, 0) + 1
    anchored = time.perf_counter()
    return Result(
        len(whole.encode("utf-8")),
        len(quotes),
        parsed - started,
        normalised - parsed,
        anchored - normalised,
        statuses,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.anchoring", description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=2.0, help="size of the source (default 2)")
    parser.add_argument("--claims", type=int, default=1000, help="quotes to anchor (default 1000)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rootcheck-anchoring-") as work:
        result = measure(args.megabytes, args.claims, Path(work) / "registry")
    print(result.line())
    return 0 if result.statuses.get(AnchorStatus.NOT_FOUND.value, 0) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
