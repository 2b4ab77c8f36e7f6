"""The build as a function: it checks, plans and writes, and tells the caller instead of printing."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPO
from rootcheck import building
from rootcheck.building import build
from rootcheck.checked import Checked
from rootcheck.errors import RootcheckError
from rootcheck.output import MARKER
from rootcheck.output.manifest import load_manifest
from rootcheck.render.site import RenderOptions
from rootcheck.render.templates import compile_pages, theme_files, uncompiled_pages

BAD = Path(__file__).parent / "bad"


def options(root: Path, out: Path) -> RenderOptions:
    cache = root / ".rootcheck-cache"
    return RenderOptions(cache=cache, published=load_manifest(cache, out))


def copy(source: Path, tmp_path: Path) -> Path:
    root = tmp_path / "root"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".rootcheck-cache", "site", "expected.txt"))
    return root


def test_a_build_writes_the_site_and_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, out = copy(REPO, tmp_path), tmp_path / "site"
    stages: list[str] = []
    built = build(root, out, options(root, out), progress=lambda stage, done, total: stages.append(stage))
    assert built.published is not None and built.published.reused == 0
    assert built.published.files == sum(
        1 for path in out.rglob("*") if path.is_file() and path.name != MARKER
    )
    assert (out / "index.html").is_file() and not built.checked.diagnostics
    assert capsys.readouterr() == ("", "")
    assert stages[0] == "reading the registry" and stages[-1] == "rendering pages"


def test_with_errors_nothing_is_written(tmp_path: Path) -> None:
    root, out = copy(BAD / "duplicate-ids", tmp_path), tmp_path / "site"
    built = build(root, out, options(root, out))
    assert built.published is None and built.checked.errors
    assert not out.exists()


@pytest.mark.parametrize("strict", [False, True])
def test_strict_warnings_stop_the_build(tmp_path: Path, strict: bool) -> None:
    root, out = copy(BAD / "claim-figure-twice", tmp_path), tmp_path / "site"
    built = build(root, out, options(root, out), strict=strict)
    assert built.checked.diagnostics and not built.checked.errors
    assert (built.published is None) is strict
    assert out.exists() is not strict


def test_what_the_check_found_is_told_before_any_page_is_made(tmp_path: Path) -> None:
    root, out = copy(BAD / "claim-figure-twice", tmp_path), tmp_path / "site"
    told: list[tuple[int, bool]] = []

    def on_checked(checked: Checked) -> None:
        told.append((len(checked.diagnostics), out.exists()))

    build(root, out, options(root, out), on_checked=on_checked)
    assert told == [(2, False)] and out.is_dir()


def test_only_a_site_that_cannot_be_written_is_told_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file that cannot be read while checking or planning is no disk that cannot take the site.
    root, out = copy(REPO, tmp_path), tmp_path / "site"

    def unreadable(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", "seeds/sources.yaml")

    monkeypatch.setattr(building, "plan_site", unreadable)
    with pytest.raises(PermissionError):
        build(root, out, options(root, out))
    monkeypatch.undo()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(out))

    monkeypatch.setattr(building, "publish_site", full)
    with pytest.raises(RootcheckError, match=r"^the site could not be written: No space left on device \("):
        build(root, out, options(root, out))


def test_a_first_build_compiles_every_page_template_on_a_second_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    root, out = copy(REPO, tmp_path), tmp_path / "site"
    cache = root / ".rootcheck-cache"
    pages = [name for name in theme_files() if name.endswith(".html")]
    assert uncompiled_pages(None, cache) == pages
    built = build(root, out, replace(options(root, out), workers=2))
    assert built.published is not None
    # Those no page of this site renders too, which only the second core compiles.
    assert uncompiled_pages(None, cache) == []


def test_the_pages_to_compile_leave_out_overrides_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    os.mkfifo(templates / "claim.html")  # read, it would hold the build up until someone wrote to it
    uncompiled = uncompiled_pages(templates, cache)
    assert "claim.html" not in uncompiled and "source.html" in uncompiled
    compile_pages(cache, ["source.html"])
    assert "source.html" not in uncompiled_pages(templates, cache)
