"""Claims and comparisons saved where no one reads them: told, rather than left out of the site unseen.

A claim at ``Claims/x.yaml``, ``claim/progress-2023/x.yaml``, the root, ``seeds/`` or a folder of
it would be checked by nothing and published nowhere, and the run would say all is well. Only YAML
files that read as a claim or a comparison are named, so that a root may hold other tools' settings
(``mkdocs.yml``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from rootcheck.hints import closest
from rootcheck.model import Diagnostic
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.registry.items import YAML_SUFFIXES
from rootcheck.registry.load import CLAIMS, COMPARISONS, SEEDS, SOURCES_FILE, Registry
from rootcheck.registry.settings import CONFIG_FILE, SKIPPED_FILE

_READ = frozenset({CONFIG_FILE, SKIPPED_FILE, SOURCES_FILE})
#: A field only a claim has, and one only a comparison has, at the start of a line.
_CLAIM_FIELD = lazy(r"^(?:quote|figure):", re.M)
_COMPARISON_FIELD = lazy(r"^(?:pledges|verdict):", re.M)
#: A stray file is read only this far: a claim names its quote within its first lines.
_HEAD = 4096


def stray_items(reg: Registry) -> None:
    """Warn of each YAML file at the root, in ``seeds/`` or a folder of it, or in a folder named like ``claims/`` or
    ``comparisons/`` but not it, that reads as a claim or a comparison."""
    root = reg.root
    places = [Path("."), *_folders(root, Path(SEEDS))]
    for entry in _entries(root):
        named_so = entry.name not in (CLAIMS, COMPARISONS) and closest(
            entry.name.lower(), [CLAIMS, COMPARISONS]
        )
        if named_so and _is(entry.is_dir):
            folder = root / entry.name
            places += [p.relative_to(root) for p in folder.rglob("*") if p.is_dir()] + [Path(entry.name)]
    for place in set(places):
        # Names only: seeds/ holds a newsroom's documents, and this runs on every check.
        for entry in _entries(root / place):
            if not entry.name.endswith(YAML_SUFFIXES):
                continue
            name = (place / entry.name).as_posix()
            if name not in _READ and _is(entry.is_file):
                kind = _kind(root / name)
                if kind is not None:
                    home = CLAIMS if kind == "claim" else COMPARISONS
                    message = f"this {kind} is read by nothing where it is: move it into {home}/"
                    reg.diagnostics.append(Diagnostic.warning(Position(name), message))


def _folders(root: Path, top: Path) -> list[Path]:
    """``top`` and every folder under it, relative to ``root``: a newsroom may keep its documents by
    year or desk (``seeds/2023/``), and a claim saved beside one is read by nothing there either."""
    found = [top]
    for folder in found:  # grows as it is read: breadth first, names only
        found += [
            folder / entry.name
            for entry in _entries(root / folder)
            # Not a link, which may lead back up; not a hidden folder, such as a checkout's .git.
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith(".")
        ]
    return found


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:  # in no order: the diagnostics are sorted where they are told
            return list(entries)
    except OSError:
        # None, not a folder, or one that cannot be listed: this only looks for files saved astray, and
        # what seeds/ must hold is told where it is read.
        return []


def _is(kind: Callable[[], bool]) -> bool:
    """``entry.is_file`` or ``is_dir``, told no for a link that leads round a loop of links (which raises)."""
    try:
        return kind()
    except OSError:
        return False


def _kind(path: Path) -> str | None:
    try:
        with path.open("rb") as file:
            head = file.read(_HEAD).decode("utf-8", "replace")
    except OSError:
        return None
    if _COMPARISON_FIELD.search(head):
        return "comparison"
    return "claim" if _CLAIM_FIELD.search(head) else None
