"""One registry's workspace: the folder it is generated or copied into and built in, and its files."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import environment

REPO = Path(__file__).resolve().parent.parent
#: What a registry root holds; copied for the repository's own row.
REGISTRY_PARTS = ("seeds", "claims", "comparisons", "rootcheck.yaml", "skipped.yaml", "templates")


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
            remove(path)
        self.cache_home.mkdir()

    def env(self) -> dict[str, str]:
        # A cache under XDG_CACHE_HOME lands in the workspace, not in the user's home.
        return environment(XDG_CACHE_HOME=str(self.cache_home), HUGO_CACHEDIR=str(self.dir / "hugo-cache"))


def remove(path: Path) -> None:
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


#: Where :func:`edit_summary` rewords a summary: a double-quoted scalar at the start of a line.
_SUMMARY = '\nsummary: "'


def edit_summary(path: Path, edit: int) -> None:
    """Reword a claim's summary, which every list of claims and every export shows."""
    text = path.read_text(encoding="utf-8")
    at = text.index(_SUMMARY) + len(_SUMMARY)
    path.write_text(text[:at] + f"Revised ({edit + 1}): " + text[at:], encoding="utf-8")


def edit_body(path: Path, edit: int) -> None:
    """Add a sentence to the body of a Hugo page, as a revised note adds one to a claim's page."""
    with path.open("a", encoding="utf-8") as page:
        page.write(f"\nRevised, edit {edit + 1}.\n")


def claim_to_edit(registry: Path) -> Path | None:
    """A claim in the middle of the registry whose note is a block and whose summary is quoted, so both can be edited."""
    claims = sorted(
        p
        for p in (registry / "claims").rglob("*.yaml")
        if "\nnote: |\n" in (text := p.read_text("utf-8")) and _SUMMARY in text
    )
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
