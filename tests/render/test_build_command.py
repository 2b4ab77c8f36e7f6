"""``rootcheck build``: checks first, writes atomically, leaves the output alone on errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run

from .helpers import FIXTURE


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "root"
    shutil.copytree(FIXTURE, copy)
    return copy


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_builds_into_root_site_by_default(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    code, out, err = run(capsys, "build", "--root", str(root))
    assert (code, err) == (0, "")
    assert out.endswith(f"built 47 files into {root / 'site'}\n")
    site = tree(root / "site")
    assert {
        "index.html",
        "claims/jobs/index.html",
        "sources/critique/index.html",
        "data/claims.json",
        "data/claim.schema.json",
    } <= set(site)
    assert b"Built on" not in site["index.html"]
    # Without its public address a site has no sitemap, whose every URL must be full.
    assert "sitemap.xml" not in site and "feed.xml" in site


def test_errors_leave_the_output_exactly_as_it_was(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    out = root.parent / "public"
    assert run(capsys, "build", "--root", str(root), "--out", str(out))[0] == 0
    before = tree(out)
    (root / "claims" / "progress" / "jobs.yaml").write_text(
        "source: progress-2023\nquote: more than 95,000 jobs\nfigure: more than 95,000 jobs\nnote: x\n"
    )
    code, printed, err = run(capsys, "build", "--root", str(root), "--out", str(out))
    assert code == 1
    assert "claims/progress/jobs.yaml:2:8: error: quote not found in progress-2023" in printed
    assert err == f"rootcheck: error: the site was not built; {out} is unchanged\n"
    assert tree(out) == before


@pytest.mark.parametrize("target", [".", "seeds", "claims", "claims/progress"])
def test_refuses_an_output_that_would_replace_the_registry(
    capsys: pytest.CaptureFixture[str], root: Path, target: str
) -> None:
    before = tree(root)
    code, _, err = run(capsys, "build", "--root", str(root), "--out", str(root / target))
    assert code == 1 and err.startswith(f"rootcheck: error: the output folder {root / target}")
    assert tree(root) == before


def test_source_date_epoch_sets_the_build_date(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1709251200")  # 2024-03-01T00:00:00Z
    assert run(capsys, "build", "--root", str(root))[0] == 0
    home = (root / "site" / "index.html").read_text()
    assert 'Built on <time datetime="2024-03-01">1 March 2024</time>.' in home
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    code, _, err = run(capsys, "build", "--root", str(root), "--out", str(root.parent / "other"))
    assert code == 1 and "SOURCE_DATE_EPOCH" in err


@pytest.mark.parametrize(
    "base", ["ftp://example.org/", "https:/example.org/", "https://example.org/a b/", '/fact"checks/']
)
def test_rejects_a_base_url_that_is_not_a_url(
    capsys: pytest.CaptureFixture[str], root: Path, base: str
) -> None:
    code, _, err = run(capsys, "build", "--root", str(root), "--base-url", base)
    assert code == 2 and "--base-url" in err  # a usage error
    assert not (root / "site").exists()


def test_a_base_url_is_refused_for_what_an_address_cannot_hold(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    assert run(capsys, "build", "--root", str(root), "--base-url", "https://ex.org/a b/") == (
        2,
        "",
        "rootcheck: error: --base-url: the base URL holds ' ', which an address cannot: "
        "write each %-escaped ('https://ex.org/a b/')\n",
    )


def test_a_site_with_its_address_in_capitals_has_a_sitemap(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    assert (
        run(capsys, "build", "--root", str(root), "--out", str(out), "--base-url", "HTTPS://Example.org/")[0]
        == 0
    )
    assert b"<loc>https://example.org/</loc>" in (out / "sitemap.xml").read_bytes()


def test_two_builds_are_byte_identical(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = root.parent / "first", root.parent / "second"
    for out in (first, second):
        assert (
            run(capsys, "build", "--root", str(root), "--out", str(out), "--base-url", "/rootcheck/")[0] == 0
        )
    assert tree(first) == tree(second)


def test_a_rebuild_replaces_the_previous_site(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    assert run(capsys, "build", "--root", str(root))[0] == 0
    (root / "claims" / "critique" / "critique-local-share.yaml").unlink()
    (root / "comparisons" / "local.yaml").unlink()
    code, _, err = run(capsys, "build", "--root", str(root))
    assert (code, err) == (0, "")
    assert not (root / "site" / "claims" / "critique-local-share").exists()
    assert (root / "site" / "claims" / "jobs" / "index.html").is_file()
