"""A synthetic registry shaped like the real one, at any size, the same on every run.

Sources are ~40 KB each and alternate between the real registry's two formats:
pandoc-style Markdown (YAML front matter, hard-wrapped paragraphs, ``-   ``
list items with indented continuation lines, ``**bold**`` labels, ``<!-- -->``
separators) and plain text (one paragraph per line). Their prose carries the
typography that rootcheck must see through: NBSP inside figures
("17\u00a0million"), curly quotes, em dashes, accented place names.

Each claim quotes one sentence holding a figure, as an editor would copy it:
most quotes differ from the source in typography only (straight quotes, plain
spaces, unwrapped lines, ``--`` for a dash, no accents, a lower-case first
letter), and about one in twenty drops a word, so that rootcheck finds it
only by fuzzy search and warns.

``bench.writer`` writes the prose, ``bench.sources`` the source documents and
``bench.claims`` the claims and comparisons; this module puts them together
into a registry folder.

Everything is drawn from ``random.Random`` instances seeded with strings, one
per source, so the output depends on the arguments alone, never on time,
hash order or the machine::

    python -m bench.generate --claims 10000 --sources 1000 --out DIR
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.claims import CLAIM_FOLDERS, Claim, Sample, claim_yaml, comparisons, make_claims
from bench.sources import SourceEntry, markdown_source, source_entry, sources_yaml, text_source
from bench.writer import Writer

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class GeneratedSource:
    entry: SourceEntry
    text: str
    claims: list[Claim]


@dataclass(frozen=True)
class Corpus:
    """What was generated: the figures a benchmark table reports."""

    root: Path
    claims: int
    sources: int
    fuzzy: int
    source_bytes: int
    comparisons: int


@dataclass(frozen=True)
class Settings:
    claims: int
    sources: int
    seed: int = 1

    def claim_numbers(self, index: int) -> list[int]:
        """The claims quoting source ``index``: dealt round-robin, so every source gets its share."""
        return list(range(index, self.claims, self.sources))


def generate_source(settings: Settings, index: int, pillars: list[str]) -> GeneratedSource:
    rng = random.Random(f"rootcheck-bench:{settings.seed}:source:{index}")
    entry = source_entry(rng, index, max(3, len(str(settings.sources - 1))))
    writer = Writer(rng, markdown=entry.markdown)
    numbers = settings.claim_numbers(index)
    make = markdown_source if writer.markdown else text_source
    text, passages = make(writer, entry, len(numbers))
    return GeneratedSource(
        entry, text, make_claims(Writer(rng, markdown=False), entry, passages, numbers, pillars)
    )


def generate(settings: Settings, out: Path) -> Corpus:
    """Write a registry of ``settings.claims`` claims over ``settings.sources`` sources into ``out``."""
    if settings.sources < 1 or settings.claims < 0:
        raise ValueError("need at least one source and no negative claim count")
    config_text = (REPO / "rootcheck.yaml").read_text(encoding="utf-8")
    config = yaml.safe_load(config_text)
    pillars = [p["id"] for p in config["pillars"]]
    for folder in ("seeds", "comparisons", *(f"claims/{f}" for f in sorted(set(CLAIM_FOLDERS.values())))):
        (out / folder).mkdir(parents=True, exist_ok=True)
    (out / "rootcheck.yaml").write_text(config_text, encoding="utf-8")
    entries: list[tuple[SourceEntry, str]] = []
    sample = Sample()
    fuzzy = claims = source_bytes = 0
    for index in range(settings.sources):
        generated = generate_source(settings, index, pillars)
        data = generated.text.encode("utf-8")
        (out / "seeds" / generated.entry.file).write_bytes(data)
        entries.append((generated.entry, hashlib.sha256(data).hexdigest()))
        source_bytes += len(data)
        for claim in generated.claims:
            (out / "claims" / claim.folder / f"{claim.id}.yaml").write_text(
                claim_yaml(claim), encoding="utf-8"
            )
        claims += len(generated.claims)
        fuzzy += sum(c.fuzzy for c in generated.claims)
        sample.keep(generated.entry.role, generated.claims)
    (out / "seeds" / "sources.yaml").write_text(sources_yaml(entries), encoding="utf-8")
    rng = random.Random(f"rootcheck-bench:{settings.seed}:comparisons")
    written = 0
    for comparison_id, text in comparisons(rng, sample, [d["id"] for d in config["verdicts"]]):
        (out / "comparisons" / f"{comparison_id}.yaml").write_text(text, encoding="utf-8")
        written += 1
    return Corpus(out, claims, settings.sources, fuzzy, source_bytes, written)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000, help="number of claims (default 10000)")
    parser.add_argument("--sources", type=int, default=None, help="number of sources (default claims / 10)")
    parser.add_argument("--seed", type=int, default=1, help="another seed gives another registry (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder to write into")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    sources = args.sources if args.sources is not None else max(1, args.claims // 10)
    if args.out.exists() and any(args.out.iterdir()):
        if not args.force:
            parser.error(f"{args.out} is not empty; pass --force to replace it")
        shutil.rmtree(args.out)
    corpus = generate(Settings(args.claims, sources, args.seed), args.out)
    print(
        f"wrote {corpus.claims} claims ({corpus.fuzzy} with a dropped word) over {corpus.sources} sources "
        f"({corpus.source_bytes / 1e6:.1f} MB) and {corpus.comparisons} comparisons to {corpus.root}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
