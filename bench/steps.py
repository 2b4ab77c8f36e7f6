"""The steps timed on one registry, ``check``, cold ``build``, warm rebuild and Hugo, into one ``Row``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.hugo import write_site
from bench.machine import Tools
from bench.measure import Run, Timing, run
from bench.serve import hugo_server, rebuilds, rootcheck_server
from bench.workspace import (
    Workspace,
    claim_to_edit,
    edit_body,
    edit_note,
    edit_summary,
    pages_in,
    remove,
    tree_difference,
)


@dataclass
class Row:
    label: str
    claims: int
    sources: int
    source_mb: float
    #: ``check`` with no cache, then again with the cache the first run left.
    check: Timing | None = None
    check_warm: Timing | None = None
    cold: Timing | None = None
    #: Rebuilds after revising one claim's note (shown on its page and in two exports)...
    warm: Timing | None = None
    #: ...and after rewording its summary (shown in every list of claims too).
    warm_listed: Timing | None = None
    #: ``rootcheck serve``'s own rebuild times after the same two edits.
    serve: Timing | None = None
    serve_listed: Timing | None = None
    #: Whether the warm rebuild's output equals a cold build's; None when not measured.
    identical: bool | None = None
    pages: int = 0
    hugo: Timing | None = None
    #: ``hugo server``'s own rebuild times after an edit of the same claim's page.
    hugo_serve: Timing | None = None
    hugo_pages: int = 0
    #: Peak memory of the process and its workers, each from one more run of its own (MiB).
    check_memory: float | None = None
    build_memory: float | None = None
    hugo_memory: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        timings = (
            self.check, self.check_warm, self.cold, self.warm, self.warm_listed,
            self.serve, self.serve_listed, self.hugo, self.hugo_serve,
        )  # fmt: skip
        return any(t is not None and not t.ok for t in timings) or self.identical is False


Log = Callable[[str], None]


def repeat(times: int, step: Callable[[int], Run]) -> Timing:
    return Timing(tuple(step(i) for i in range(times)))


def alternately(
    times: int, first: Callable[[int], Run], second: Callable[[int], Run]
) -> tuple[Timing, Timing]:
    """Two steps run ``times`` times each, taking turns.

    A shared machine's speed drifts by a fifth or more from one minute to the
    next; runs of two programs that take turns see it alike, so their ratio
    holds where their times do not.
    """
    runs = [(first(i), second(i)) for i in range(times)]
    return Timing(tuple(a for a, _ in runs)), Timing(tuple(b for _, b in runs))


@dataclass(frozen=True)
class HugoBuild:
    """Hugo's copy of a registry's pages, written once, and how to build it cold."""

    hugo: str
    ws: Workspace
    pages: int

    @classmethod
    def write(cls, hugo: str, ws: Workspace) -> HugoBuild:
        return cls(hugo, ws, write_site(ws.registry, ws.hugo_src).pages)

    def cold(self, _: int = 0, tree_memory: bool = False) -> Run:
        ws = self.ws
        for leftover in (ws.hugo_out, ws.hugo_src / "resources", ws.dir / "hugo-cache"):
            remove(leftover)
        argv: list[str | Path] = [self.hugo, "--quiet", "-s", ws.hugo_src, "-d", ws.hugo_out]
        return run(argv, env=ws.env(), tree_memory=tree_memory)


def measure(ws: Workspace, row: Row, tools: Tools, runs: int, log: Log) -> Row:
    ws.snapshot()
    rootcheck, env = tools.rootcheck, ws.env()

    def check(_: int) -> Run:
        return run([*rootcheck, "check", "--root", ws.registry], env=env)

    def cold_check(_: int) -> Run:
        ws.forget_cache()
        return check(0)

    log(f"{row.label}: rootcheck check with no cache x{runs}")
    row.check = checked = repeat(runs, cold_check)
    log(f"{row.label}: rootcheck check again, with its cache x{runs}")
    row.check_warm = repeat(runs, check)
    log(f"{row.label}: rootcheck check with no cache, its memory sampled")
    ws.forget_cache()
    row.check_memory = run([*rootcheck, "check", "--root", ws.registry], env=env, tree_memory=True).peak_mib
    hugo = HugoBuild.write(tools.hugo, ws) if tools.hugo else None
    if tools.build:
        measure_build(ws, row, tools, runs, log, hugo)
    else:
        row.notes.append("`rootcheck build` is not available in this version: build columns are n/a.")
    if tools.serve and checked.ok:
        measure_serve(ws, row, tools, runs, log)
    if hugo is not None:
        measure_hugo(ws, row, hugo, runs, log)
    steps = [("check", row.check), ("warm check", row.check_warm), ("hugo", row.hugo)]
    steps += [("hugo server", row.hugo_serve)]
    if checked.ok:  # otherwise the builds failed for the same reason
        steps[1:1] = [("build", row.cold), ("rebuild", row.warm), ("rebuild", row.warm_listed)]
        steps[-1:-1] = [("serve", row.serve), ("serve", row.serve_listed)]
    for name, timing in steps:
        if timing is not None and (failed := timing.failure) is not None:
            row.notes.append(f"{name} exited {failed.returncode}: {_why(failed)}")
    return row


def _why(failed: Run) -> str:
    """The error lines of a failed run (warnings are expected), or its last line."""
    lines = (failed.stdout + failed.stderr).strip().splitlines()
    errors = [line for line in lines if "error" in line and ": warning: " not in line]
    return " / ".join(errors[:3] or lines[-1:]) or "no output"


def measure_build(
    ws: Workspace, row: Row, tools: Tools, runs: int, log: Log, hugo: HugoBuild | None = None
) -> None:
    """Cold and warm builds, and whether they agree; with ``hugo``, cold builds take turns with Hugo's."""
    env = ws.env()

    def build(out: Path, tree_memory: bool = False) -> Run:
        argv: list[str | Path] = [*tools.rootcheck, "build", "--root", ws.registry, "--out", out]
        return run(argv, env=env, tree_memory=tree_memory)

    def cold(_: int, tree_memory: bool = False) -> Run:
        ws.forget_cache()
        remove(ws.site)
        return build(ws.site, tree_memory)

    if hugo is None:
        log(f"{row.label}: cold rootcheck build x{runs}")
        row.cold = repeat(runs, cold)
    else:
        log(f"{row.label}: cold rootcheck build and hugo ({hugo.pages} content pages), taking turns, x{runs}")
        row.cold, row.hugo = alternately(runs, cold, hugo.cold)
    log(f"{row.label}: cold rootcheck build, its memory sampled")
    row.build_memory = cold(0, tree_memory=True).peak_mib
    row.pages = pages_in(ws.site)
    if cache := ws.added():
        log(f"{row.label}: the build keeps {', '.join(p.relative_to(ws.dir).as_posix() for p in cache)}")
    claim = claim_to_edit(ws.registry)
    if claim is None or not row.cold.ok:
        return

    def warm(edit: int) -> Run:
        edit_note(claim, edit)
        return build(ws.site)

    def warm_listed(edit: int) -> Run:
        edit_summary(claim, edit)
        return build(ws.site)

    edited = claim.relative_to(ws.registry)
    log(f"{row.label}: warm rebuild after revising the note of {edited} x{runs}")
    row.warm = repeat(runs, warm)
    log(f"{row.label}: warm rebuild after rewording the summary of {edited} x{runs}")
    row.warm_listed = repeat(runs, warm_listed)
    log(f"{row.label}: cold build of the edited registry, to compare")
    ws.forget_cache()
    if row.warm.ok and build(ws.site_cold).ok:
        differs = tree_difference(ws.site, ws.site_cold)
        row.identical = differs is None
        if differs:
            row.notes.append(f"the warm rebuild differs from a cold build first at {differs}")
    remove(ws.site_cold)


def measure_serve(ws: Workspace, row: Row, tools: Tools, runs: int, log: Log) -> None:
    claim = claim_to_edit(ws.registry)
    if claim is None:
        return
    log(f"{row.label}: rootcheck serve, then {runs} note revisions and {runs} summary rewordings")
    edits = {"note": edit_note, "summary": edit_summary}
    served = rebuilds(rootcheck_server(tools.rootcheck, ws.registry), claim, edits, runs, ws.env())
    row.serve, row.serve_listed = served.after["note"], served.after["summary"]
    first = served.first.runs[0]
    if first.ok:
        log(f"{row.label}: serve's first build: {first.seconds:.2f} s")


def measure_hugo(ws: Workspace, row: Row, hugo: HugoBuild, runs: int, log: Log) -> None:
    """Hugo's cold builds (unless taken with rootcheck's), its memory, and ``hugo server``'s rebuilds."""
    if row.hugo is None:
        log(f"{row.label}: hugo x{runs} ({hugo.pages} content pages)")
        row.hugo = repeat(runs, hugo.cold)
    log(f"{row.label}: hugo, its memory sampled")
    row.hugo_memory = hugo.cold(tree_memory=True).peak_mib
    row.hugo_pages = pages_in(ws.hugo_out)
    claim = claim_to_edit(ws.registry)
    page = ws.hugo_src / "content" / "claims" / f"{claim.stem}.md" if claim is not None else None
    if page is not None and page.is_file():
        log(f"{row.label}: hugo server, then {runs} edits of {page.name}")
        remove(ws.hugo_out)
        server = hugo_server(hugo.hugo, ws.hugo_src, ws.hugo_out)
        row.hugo_serve = rebuilds(server, page, {"body": edit_body}, runs, ws.env()).after["body"]
