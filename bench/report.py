"""The report: the machine, then one Markdown table row per registry, then the notes."""

from __future__ import annotations

from collections.abc import Sequence

from bench.machine import Machine, Tools
from bench.measure import Timing
from bench.steps import Row

HEADER = (
    "registry",
    "claims",
    "sources",
    "source text",
    "`check` cold / warm",
    "cold `build`",
    "warm rebuild: note / summary",
    "warm = cold",
    "`serve` rebuild: note / summary",
    "`hugo server` rebuild",
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


def _mib(peak: float | None) -> str:
    return "n/a" if peak is None else f"{peak:,.0f} MB"


def cells(row: Row, tools: Tools) -> list[str]:
    built = row.cold is not None and row.cold.ok
    hugo_ok = row.hugo is not None and row.hugo.ok
    identical = "n/a" if row.identical is None else ("yes" if row.identical else "**no**")
    return [
        row.label,
        f"{row.claims:,}",
        f"{row.sources:,}",
        f"{row.source_mb:,.1f} MB" if row.source_mb >= 1 else f"{row.source_mb:.2f} MB",
        f"{_seconds(row.check)} / {_seconds(row.check_warm)}",
        _seconds(row.cold),
        f"{_seconds(row.warm)} / {_seconds(row.warm_listed)}",
        identical,
        f"{_seconds(row.serve)} / {_seconds(row.serve_listed)}",
        _seconds(row.hugo_serve, "not installed" if tools.hugo is None else "n/a"),
        f"{_mib(row.check_memory)} / {_mib(row.build_memory)} / {_mib(row.hugo_memory)}",
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
