"""Time rootcheck and Hugo on registries of several sizes; print one Markdown table.

For each size the benchmark generates a registry (``bench.generate``), then
times, as whole processes from start to exit:

- ``rootcheck check``;
- a cold ``rootcheck build`` (no output, no cache);
- a warm rebuild after one claim's note is edited, and whether its output is
  byte for byte that of a cold build of the same inputs;
- ``hugo`` building the same pages (``bench.hugo``), with no verification.

``bench.steps`` runs and times these steps in a ``bench.workspace`` folder,
``bench.machine`` describes the machine and the programs, and
``bench.report`` lays out the table.

Times are medians of ``--runs`` runs (one run at 100,000 claims and above).
The first row is this repository's own registry. Everything is written under
a tmpfs (``/dev/shm``) where there is one, since rewriting 10,000-file
outputs run after run would otherwise time the disk, and removed afterwards::

    python -m bench.run --sizes 1000,10000,100000
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.generate import Settings, generate
from bench.machine import Machine, Tools, compile_bytecode, default_out_root
from bench.report import report
from bench.steps import Row, measure
from bench.workspace import Workspace, copy_repository, source_bytes

#: From this many claims on, every step runs once: a median of three would take too long.
SINGLE_RUN_FROM = 100_000
REPOSITORY = "this repository"


@dataclass(frozen=True)
class Options:
    sizes: tuple[int, ...]
    claims_per_source: int
    runs: int
    out_root: Path
    repository: bool
    keep: bool
    seed: int
    rootcheck: str | None

    def runs_for(self, claims: int) -> int:
        return 1 if claims >= SINGLE_RUN_FROM else self.runs


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--sizes",
        # 100,000 claims is opt-in: its build needs several times the memory of 10,000.
        default="1000,10000",
        help="claim counts to generate, comma-separated (default 1000,10000; add 100000 for the full scale)",
    )
    parser.add_argument("--claims-per-source", type=int, default=10, help="default 10")
    parser.add_argument("--runs", type=int, default=3, help="runs per step, median shown (default 3)")
    parser.add_argument("--out-root", type=Path, default=None, help="where to work (default /dev/shm if any)")
    parser.add_argument("--no-repository", action="store_true", help="leave out the repository's own row")
    parser.add_argument("--keep", action="store_true", help="keep the generated registries and sites")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed (default 1)")
    parser.add_argument(
        "--rootcheck", metavar="PROGRAM", help="the rootcheck program to time (default: this Python's)"
    )
    args = parser.parse_args(argv)
    try:
        sizes = tuple(int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip())
    except ValueError:
        parser.error(f"--sizes takes numbers separated by commas, not {args.sizes!r}")
    if not sizes or min(sizes) < 1 or args.runs < 1 or args.claims_per_source < 1:
        parser.error("sizes, --runs and --claims-per-source must be positive")
    return Options(
        sizes=sizes,
        claims_per_source=args.claims_per_source,
        runs=args.runs,
        out_root=args.out_root or default_out_root(),
        repository=not args.no_repository,
        keep=args.keep,
        seed=args.seed,
        rootcheck=args.rootcheck,
    )


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", file=sys.stderr, flush=True)

    tools = Tools.find(options.rootcheck)
    bytecode = compile_bytecode(tools)
    if not tools.build:
        log("rootcheck has no build command yet: build columns will read n/a")
    if tools.hugo is None:
        log("hugo is not installed: the Hugo column will say so")
    options.out_root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rootcheck-bench-", dir=options.out_root))
    rows: list[Row] = []
    try:
        if options.repository:
            ws = Workspace(work / "repository")
            copy_repository(ws.registry)
            claims = sum(1 for _ in (ws.registry / "claims").rglob("*.yaml"))
            sources = sum(1 for p in (ws.registry / "seeds").iterdir() if p.name != "sources.yaml")
            row = Row(REPOSITORY, claims, sources, source_bytes(ws.registry) / 1e6)
            rows.append(measure(ws, row, tools, options.runs, log))
            _finish(ws, options.keep)
        for size in options.sizes:
            ws = Workspace(work / f"claims-{size}")
            sources = max(1, size // options.claims_per_source)
            log(f"{size:,} claims: generating {sources:,} sources")
            corpus = generate(Settings(size, sources, options.seed), ws.registry)
            row = Row("synthetic", corpus.claims, corpus.sources, corpus.source_bytes / 1e6)
            rows.append(measure(ws, row, tools, options.runs_for(size), log))
            _finish(ws, options.keep)
    finally:
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept everything under {work}")
    runs_note = (
        f"Medians of {options.runs} runs (one run from {SINGLE_RUN_FROM:,} claims); "
        "each time is a whole process, start to exit, run without memory sampling; peak memory is "
        "the process and its workers together (summed PSS, sampled every 20 ms) in one more run of its own."
    )
    print(report(Machine.describe(tools, options.out_root, bytecode), rows, tools, runs_note))
    return 1 if any(row.failed for row in rows) else 0


def _finish(ws: Workspace, keep: bool) -> None:
    if not keep:
        shutil.rmtree(ws.dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
