"""Time rootcheck and Hugo on registries of several sizes; print one Markdown table.

For each size the benchmark generates a registry (``bench.generate``), then
times, as whole processes from start to exit:

- ``rootcheck check``;
- a cold ``rootcheck build`` (no output, no cache);
- a warm rebuild after one claim's note is edited, and whether its output is
  byte for byte that of a cold build of the same inputs;
- ``hugo`` building the same pages (``bench.hugo``), with no verification.

Times are medians of ``--runs`` runs (one run at 100,000 claims and above).
The first row is this repository's own registry. Everything is written under
a tmpfs (``/dev/shm``) where there is one, since rewriting 10,000-file
outputs run after run would otherwise time the disk, and removed afterwards::

    python -m bench.run --sizes 1000,10000,100000
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import Settings, generate
from bench.hugo import write_site
from bench.measure import Run, Timing, environment, run

REPO = Path(__file__).resolve().parent.parent
#: What a registry root holds; copied for the repository's own row.
REGISTRY_PARTS = ("seeds", "claims", "comparisons", "rootcheck.yaml", "skipped.yaml", "templates")
#: From this many claims on, every step runs once: a median of three would take too long.
SINGLE_RUN_FROM = 100_000
REPOSITORY = "this repository"


# --- the machine and the tools -----------------------------------------------------------------------


@dataclass(frozen=True)
class Tools:
    rootcheck: tuple[str, ...]
    hugo: str | None
    build: bool

    @classmethod
    def find(cls, command: str | None = None) -> Tools:
        script = Path(sys.executable).parent / "rootcheck"
        # The console script is what editors run; the module is the same code where there is none.
        if command:
            rootcheck: tuple[str, ...] = (command,)
        elif script.exists():
            rootcheck = (str(script),)
        else:
            rootcheck = (sys.executable, "-m", "rootcheck")
        build = run([*rootcheck, "build", "--help"]).ok
        return cls(rootcheck, shutil.which("hugo"), build)


@dataclass(frozen=True)
class Machine:
    cores: int
    cpu: str
    memory_gib: float | None
    python: str
    system: str
    rootcheck: str
    hugo: str
    out_root: str

    @classmethod
    def describe(cls, tools: Tools, out_root: Path) -> Machine:
        version = run([*tools.rootcheck, "--version"])
        hugo = run([tools.hugo, "version"]).stdout.split(" BuildDate")[0] if tools.hugo else "not installed"
        return cls(
            cores=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1,
            cpu=_cpu_model(),
            memory_gib=_memory_gib(),
            python=f"{platform.python_implementation()} {platform.python_version()}",
            system=platform.platform(),
            rootcheck=version.stdout.strip() or "unknown",
            hugo=hugo.strip(),
            out_root=f"{out_root} ({'tmpfs' if _on_tmpfs(out_root) else 'disk'})",
        )

    def markdown(self) -> str:
        memory = f", {self.memory_gib:.0f} GiB RAM" if self.memory_gib else ""
        return "\n".join(
            [
                f"- Machine: {self.cores} cores, {self.cpu}{memory}; {self.system}",
                f"- {self.python}; {self.rootcheck}; Hugo: {self.hugo}",
                f"- Output: {self.out_root}",
            ]
        )


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024**2
    except OSError:
        pass
    return None


def _on_tmpfs(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = path.resolve().as_posix() + "/"
    # The longest mount point holding the path is the file system it is on.
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        point = parts[1].rstrip("/") + "/" if len(parts) > 2 else ""
        if point and resolved.startswith(point) and len(point) > len(best):
            best, fstype = point, parts[2]
    return fstype == "tmpfs"


def default_out_root() -> Path:
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else Path(tempfile.gettempdir())


# --- one registry's workspace ------------------------------------------------------------------------


@dataclass
class Workspace:
    """A registry and everything built from it, in one folder the benchmark owns."""

    dir: Path
    #: Entries of the registry root and of ``dir`` before any build: whatever a build adds is its cache.
    baseline: set[Path] = field(default_factory=set)

    @property
    def registry(self) -> Path:
        return self.dir / "registry"

    @property
    def site(self) -> Path:
        return self.dir / "site"

    @property
    def site_cold(self) -> Path:
        return self.dir / "site-cold"

    @property
    def cache_home(self) -> Path:
        return self.dir / "xdg-cache"

    @property
    def hugo_src(self) -> Path:
        return self.dir / "hugo"

    @property
    def hugo_out(self) -> Path:
        return self.dir / "hugo-out"

    def snapshot(self) -> None:
        self.baseline = set(self.registry.iterdir()) | set(self.dir.iterdir())

    def added(self) -> list[Path]:
        """What builds left beside their output: a cache, wherever rootcheck keeps it."""
        keep = {self.site, self.site_cold, self.hugo_src, self.hugo_out, self.cache_home}
        now = set(self.registry.iterdir()) | set(self.dir.iterdir())
        return sorted(p for p in now - self.baseline if p not in keep)

    def forget_cache(self) -> None:
        """Back to a clean slate for a cold build: no cache anywhere, whatever its name."""
        for path in [*self.added(), self.cache_home]:
            _remove(path)
        self.cache_home.mkdir()

    def env(self) -> dict[str, str]:
        # A cache under XDG_CACHE_HOME lands in the workspace, not in the user's home.
        return environment(XDG_CACHE_HOME=str(self.cache_home), HUGO_CACHEDIR=str(self.dir / "hugo-cache"))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def copy_repository(dest: Path) -> None:
    dest.mkdir(parents=True)
    for part in REGISTRY_PARTS:
        src = REPO / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        elif src.is_file():
            shutil.copy2(src, dest / part)


def edit_note(path: Path, edit: int) -> None:
    """Add a line at the top of a claim's note, as an editor revising it would."""
    text = path.read_text(encoding="utf-8")
    marker = "\nnote: |\n"
    at = text.index(marker) + len(marker)
    indent = re.match(r" *", text[at:])
    prefix = indent.group() if indent and indent.group() else "  "
    path.write_text(text[:at] + f"{prefix}Revised, edit {edit + 1}.\n" + text[at:], encoding="utf-8")


def claim_to_edit(registry: Path) -> Path | None:
    """A claim in the middle of the registry whose note is a block, so a line can be added to it."""
    claims = sorted(p for p in (registry / "claims").rglob("*.yaml") if "\nnote: |\n" in p.read_text("utf-8"))
    return claims[len(claims) // 2] if claims else None


def tree_difference(a: Path, b: Path) -> str | None:
    """The first file that differs between two trees, or None when they are byte for byte equal."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    if files_a != files_b:
        return str(sorted(files_a ^ files_b)[0])
    for rel in sorted(files_a):
        if (a / rel).read_bytes() != (b / rel).read_bytes():
            return str(rel)
    return None


def pages_in(out: Path) -> int:
    return sum(1 for _ in out.rglob("*.html")) if out.is_dir() else 0


def source_bytes(registry: Path) -> int:
    return sum(p.stat().st_size for p in (registry / "seeds").iterdir() if p.name != "sources.yaml")


# --- measuring a row ---------------------------------------------------------------------------------


@dataclass
class Row:
    label: str
    claims: int
    sources: int
    source_mb: float
    check: Timing | None = None
    cold: Timing | None = None
    warm: Timing | None = None
    #: Whether the warm rebuild's output equals a cold build's; None when not measured.
    identical: bool | None = None
    pages: int = 0
    hugo: Timing | None = None
    hugo_pages: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        timings = (self.check, self.cold, self.warm, self.hugo)
        return any(t is not None and not t.ok for t in timings) or self.identical is False


Log = Callable[[str], None]


def repeat(times: int, step: Callable[[int], Run]) -> Timing:
    return Timing(tuple(step(i) for i in range(times)))


def measure(ws: Workspace, row: Row, tools: Tools, runs: int, log: Log) -> Row:
    ws.snapshot()
    rootcheck, env = tools.rootcheck, ws.env()
    log(f"{row.label}: rootcheck check x{runs}")
    row.check = checked = repeat(runs, lambda _: run([*rootcheck, "check", "--root", ws.registry], env=env))
    if tools.build:
        measure_build(ws, row, tools, runs, log)
    else:
        row.notes.append("`rootcheck build` is not available in this version: build columns are n/a.")
    if tools.hugo:
        measure_hugo(ws, row, tools.hugo, runs, log)
    steps = [("check", row.check), ("hugo", row.hugo)]
    if checked.ok:  # otherwise the builds failed for the same reason
        steps[1:1] = [("build", row.cold), ("rebuild", row.warm)]
    for name, timing in steps:
        if timing is not None and (failed := timing.failure) is not None:
            row.notes.append(f"{name} exited {failed.returncode}: {_why(failed)}")
    return row


def _why(failed: Run) -> str:
    """The error lines of a failed run (warnings are expected), or its last line."""
    lines = (failed.stdout + failed.stderr).strip().splitlines()
    errors = [line for line in lines if "error" in line and ": warning: " not in line]
    return " / ".join(errors[:3] or lines[-1:]) or "no output"


def measure_build(ws: Workspace, row: Row, tools: Tools, runs: int, log: Log) -> None:
    env = ws.env()

    def build(out: Path) -> Run:
        return run([*tools.rootcheck, "build", "--root", ws.registry, "--out", out], env=env)

    def cold(_: int) -> Run:
        ws.forget_cache()
        _remove(ws.site)
        return build(ws.site)

    log(f"{row.label}: cold rootcheck build x{runs}")
    row.cold = repeat(runs, cold)
    row.pages = pages_in(ws.site)
    if cache := ws.added():
        log(f"{row.label}: the build keeps {', '.join(p.relative_to(ws.dir).as_posix() for p in cache)}")
    claim = claim_to_edit(ws.registry)
    if claim is None or not row.cold.ok:
        return

    def warm(edit: int) -> Run:
        edit_note(claim, edit)
        return build(ws.site)

    log(f"{row.label}: warm rebuild after editing {claim.relative_to(ws.registry)} x{runs}")
    row.warm = repeat(runs, warm)
    log(f"{row.label}: cold build of the edited registry, to compare")
    ws.forget_cache()
    if row.warm.ok and build(ws.site_cold).ok:
        differs = tree_difference(ws.site, ws.site_cold)
        row.identical = differs is None
        if differs:
            row.notes.append(f"the warm rebuild differs from a cold build first at {differs}")
    _remove(ws.site_cold)


def measure_hugo(ws: Workspace, row: Row, hugo: str, runs: int, log: Log) -> None:
    site = write_site(ws.registry, ws.hugo_src)
    env = ws.env()

    def cold(_: int) -> Run:
        for leftover in (ws.hugo_out, ws.hugo_src / "resources", ws.dir / "hugo-cache"):
            _remove(leftover)
        return run([hugo, "--quiet", "-s", ws.hugo_src, "-d", ws.hugo_out], env=env)

    log(f"{row.label}: hugo x{runs} ({site.pages} content pages)")
    row.hugo = repeat(runs, cold)
    row.hugo_pages = pages_in(ws.hugo_out)


# --- the table ---------------------------------------------------------------------------------------

HEADER = (
    "registry",
    "claims",
    "sources",
    "source text",
    "`check`",
    "cold `build`",
    "warm rebuild",
    "warm = cold",
    "peak memory check / build / Hugo",
    "per claim",
    "pages",
    "Hugo",
    "`build` ÷ Hugo",
)


def _seconds(timing: Timing | None, missing: str = "n/a") -> str:
    if timing is None:
        return missing
    if not timing.ok:
        return f"failed (exit {timing.failure.returncode})" if timing.failure else "failed"
    return f"{timing.seconds:.2f} s"


def _mib(timing: Timing | None) -> str:
    return "n/a" if timing is None or timing.peak_mib is None else f"{timing.peak_mib:,.0f} MB"


def cells(row: Row, tools: Tools) -> list[str]:
    built = row.cold is not None and row.cold.ok
    hugo_ok = row.hugo is not None and row.hugo.ok
    identical = "n/a" if row.identical is None else ("yes" if row.identical else "**no**")
    return [
        row.label,
        f"{row.claims:,}",
        f"{row.sources:,}",
        f"{row.source_mb:,.1f} MB" if row.source_mb >= 1 else f"{row.source_mb:.2f} MB",
        _seconds(row.check),
        _seconds(row.cold),
        _seconds(row.warm),
        identical,
        f"{_mib(row.check)} / {_mib(row.cold)} / {_mib(row.hugo)}",
        f"{row.cold.seconds / row.claims * 1000:.2f} ms" if built and row.claims and row.cold else "n/a",
        f"{row.pages:,} / {row.hugo_pages:,}" if tools.hugo else f"{row.pages:,}",
        _seconds(row.hugo, "not installed" if tools.hugo is None else "n/a"),
        f"{row.cold.seconds / row.hugo.seconds:.2f}×"
        if built and hugo_ok and row.cold and row.hugo
        else "n/a",
    ]


def table(rows: Sequence[Row], tools: Tools) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join("---" for _ in HEADER) + "|"]
    lines += ["| " + " | ".join(cells(row, tools)) + " |" for row in rows]
    return "\n".join(lines)


def report(machine: Machine, rows: Sequence[Row], tools: Tools, runs_note: str) -> str:
    parts = [machine.markdown(), "", table(rows, tools), "", runs_note]
    notes = [f"- {row.label}, {row.claims:,} claims: {note}" for row in rows for note in row.notes]
    if notes:
        parts += ["", "Notes:", *notes]
    return "\n".join(parts)


# --- the command -------------------------------------------------------------------------------------


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
        f"each time is a whole process, start to exit; peak memory is the process and its workers together (summed PSS, sampled every 20 ms)."
    )
    print(report(Machine.describe(tools, options.out_root), rows, tools, runs_note))
    return 1 if any(row.failed for row in rows) else 0


def _finish(ws: Workspace, keep: bool) -> None:
    if not keep:
        shutil.rmtree(ws.dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
