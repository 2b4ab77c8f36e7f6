"""Same input, same site: across hash seeds, and whatever order directories list in."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import REPO
from rootcheck.building import build
from rootcheck.output import MARKER
from rootcheck.pipeline import check
from rootcheck.render.site import RenderOptions, render_site


def digest_tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_builds_are_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "4242"):
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"} | {"PYTHONHASHSEED": seed}
        out = tmp_path / f"site-{seed}"
        subprocess.run(
            [sys.executable, "-m", "rootcheck", "build", "--root", str(REPO), "--out", str(out)],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        trees.append(digest_tree(out))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 50


def test_directory_order_does_not_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = render_site(check(REPO), RenderOptions())
    real_walk = os.walk

    def reversed_walk(
        top: str | os.PathLike[str],
        topdown: bool = True,
        onerror: Callable[[OSError], object] | None = None,
        followlinks: bool = False,
    ) -> Iterator[tuple[str, list[str], list[str]]]:
        for dirpath, dirnames, filenames in real_walk(top, topdown, onerror, followlinks):
            dirnames.reverse()
            yield dirpath, dirnames, list(reversed(filenames))

    monkeypatch.setattr(os, "walk", reversed_walk)
    assert render_site(check(REPO), RenderOptions()) == expected


def test_the_site_made_in_memory_is_the_one_a_build_writes(tmp_path: Path) -> None:
    # The tests of pages render in memory; what they check holds of a build only if the two agree.
    options = RenderOptions(templates=REPO / "templates")
    built = build(REPO, tmp_path / "site", options)
    assert built.published is not None
    site = tmp_path / "site"
    written = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    in_memory = render_site(check(REPO), options)
    assert {name: content for name, content in written.items() if name != MARKER} == in_memory
