"""Warm rebuilds: only what changed is rendered and written, and the site is the one a cold build makes.

Caches are never trusted: a corrupt manifest or memo, or a published file
changed by hand, costs only speed.
"""

from __future__ import annotations

import json
import os
import pickle
import pickletools
import re
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from types import CodeType

import jinja2
import jinja2.nodes
import pytest

import rootcheck
from conftest import REPO
from rootcheck import digests, parallel
from rootcheck import memo as memo_module
from rootcheck.checks import verify
from rootcheck.cli import main
from rootcheck.memo import Memo
from rootcheck.model import Claim
from rootcheck.output import CACHE_DIR, MARKER, jobs
from rootcheck.registry import items, load, schema
from rootcheck.registry.fields import Record
from rootcheck.render import exportparts, exports, templates
from rootcheck.render.jsontext import Spliced

NOTE_EDIT = ("note: |\n", "note: |\n  Revised after a reader's question.\n")
CLAIM = "claims/progress-2023/smuggling-arrests.yaml"
#: The file of the source that CLAIM quotes (fact-sheet-2023).
SEED = "001_82fcb749a76f0474.txt"


def build(capsys: pytest.CaptureFixture[str], root: Path, out: Path, *extra: str) -> str:
    code = main(["build", "--root", str(root), "--out", str(out), "--quiet", *extra])
    printed, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return printed.splitlines()[-1]


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def cold(capsys: pytest.CaptureFixture[str], root: Path, out: Path, *extra: str) -> dict[str, bytes]:
    """The site a build with no cache makes of ``root`` as it stands."""
    cold_root = out.with_name(out.name + "-root")
    shutil.copytree(root, cold_root, ignore=shutil.ignore_patterns(CACHE_DIR))
    build(capsys, cold_root, out, *extra)
    return tree(out)


#: An edit every list of claims and every export shows.
SUMMARY_EDIT = ('resulted in over 7,800 arrests"', 'led to over 7,800 arrests"')
#: The pages that list CLAIM: the index of claims, its source's page, and its comparison's table,
#: which the home page, its pillar's page and the comparison's own page show.
LISTING_CLAIM = (
    "claims/index.html",
    "sources/fact-sheet-2023/index.html",
    "index.html",
    "pillars/organized-crime/index.html",
    "comparisons/pillar-organized-crime/index.html",
)


def edit(root: Path, name: str = CLAIM, change: tuple[str, str] = NOTE_EDIT) -> None:
    path = root / name
    text = path.read_text("utf-8")
    assert change[0] in text
    path.write_text(text.replace(*change, 1), "utf-8")


def test_warm_rebuild_rewrites_only_what_changed(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    first = build(capsys, root, out)
    assert "unchanged" not in first
    before = inodes(out)
    assert "unchanged since the last build" in build(capsys, root, out)
    again = inodes(out)
    assert again["claims/smuggling-arrests/index.html"] == before["claims/smuggling-arrests/index.html"]
    edit(root)
    build(capsys, root, out)
    after = inodes(out)
    rewritten = {path for path in after if after[path] != before.get(path)}
    claim_id = Path(CLAIM).stem
    assert f"claims/{claim_id}/index.html" in rewritten
    assert not any(
        p.startswith("claims/") and p.endswith("/index.html")
        for p in rewritten - {f"claims/{claim_id}/index.html", "claims/index.html"}
    )
    # Of the sources, only the edited claim's own may be rendered again.
    assert {p for p in rewritten if p.startswith("sources/")} <= {
        "sources/index.html",
        "sources/fact-sheet-2023/index.html",
        "sources/fact-sheet-2023/passages.css",
        "sources/fact-sheet-2023/source.txt",
    }
    assert after["sources/cover-letter-2021/index.html"] == before["sources/cover-letter-2021/index.html"]
    cold_root = tmp_path / "cold"
    shutil.copytree(root, cold_root, ignore=shutil.ignore_patterns(CACHE_DIR))
    build(capsys, cold_root, tmp_path / "cold-site")
    assert tree(out) == tree(tmp_path / "cold-site")


def rewritten_by(
    capsys: pytest.CaptureFixture[str], root: Path, out: Path, change: tuple[str, str]
) -> set[str]:
    """The files of ``out`` that a build after ``change`` to CLAIM writes anew."""
    build(capsys, root, out)
    before = inodes(out)
    edit(root, change=change)
    build(capsys, root, out)
    after = inodes(out)
    return {path for path in after if after[path] != before.get(path)} - {MARKER}


@pytest.mark.parametrize("templates", [False, True], ids=["theme", "repository-templates"])
def test_a_revised_note_rewrites_its_page_and_the_exports_alone(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, templates: bool
) -> None:
    if templates:
        # The repository's about.html says "this site" in prose, which is no reference to its claims.
        shutil.copytree(REPO / "templates", root / "templates")
        assert b"site" in (root / "templates" / "about.html").read_bytes()
    out = tmp_path / "site"
    rewritten = rewritten_by(capsys, root, out, NOTE_EDIT)
    # No list of claims shows a note, and neither does the source page beside the passage.
    assert rewritten == {"claims/smuggling-arrests/index.html", "data/claims.json", "data/annotations.jsonld"}
    assert tree(out) == cold(capsys, root, tmp_path / "cold")


def test_a_revised_summary_rewrites_every_list_that_shows_it(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    rewritten = rewritten_by(capsys, root, out, SUMMARY_EDIT)
    # Its comparison's table is on the home page and its pillar's page too; the
    # pages that list no claims, or other claims, are left as they are.
    assert rewritten == {"claims/smuggling-arrests/index.html", *LISTING_CLAIM, *EXPORTS}
    assert tree(out) == cold(capsys, root, tmp_path / "cold")


def test_a_claim_made_draft_leaves_every_page_that_showed_it(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    """Its comparison's annotation, on its page and in the feed, cites it: no longer a link."""
    out = tmp_path / "site"
    rewritten = rewritten_by(
        capsys, root, out, ("pillar: organized-crime\n", "pillar: organized-crime\ndraft: true\n")
    )
    assert not (out / "claims/smuggling-arrests").exists()
    assert {"feed.xml", "comparisons/pillar-organized-crime/index.html", "index.html"} <= rewritten
    assert tree(out) == cold(capsys, root, tmp_path / "cold")


def test_a_claim_corrected_rewrites_its_page_the_methodology_and_the_pages_that_list_it(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    last = "earlier years.\n"
    correction = "corrections:\n  - date: 2023-03-01\n    text: The note gave the wrong year.\n"
    rewritten = rewritten_by(capsys, root, tmp_path / "site", (last, last + correction))
    # Lists are keyed by all of a claim but its note, so an override that shows corrections in one
    # is kept up to date; the methodology lists them.
    assert rewritten == {
        "claims/smuggling-arrests/index.html",
        *LISTING_CLAIM,
        "methodology/index.html",
        *EXPORTS,
    }
    assert b"The note gave the wrong year." in (tmp_path / "site" / "methodology/index.html").read_bytes()
    assert tree(tmp_path / "site") == cold(capsys, root, tmp_path / "cold")


def test_a_corrected_claim_given_a_new_summary_is_listed_by_it_on_the_methodology(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    """The methodology lists each claim's correction under the claim's title, its summary."""
    last = "earlier years.\n"
    correction = "corrections:\n  - date: 2023-03-01\n    text: The note gave the wrong year.\n"
    out = tmp_path / "site"
    edit(root, change=(last, last + correction))
    build(capsys, root, out)
    rewritten = rewritten_by(capsys, root, out, SUMMARY_EDIT)
    assert "methodology/index.html" in rewritten
    assert b"led to over 7,800 arrests" in (out / "methodology/index.html").read_bytes()
    assert tree(out) == cold(capsys, root, tmp_path / "cold")


def test_a_comparison_dated_after_a_build_is_dated_as_a_cold_build_dates_it(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    """Every page is keyed by every comparison (see keys.py), so its dates are in every key."""
    out = tmp_path / "site"
    build(capsys, root, out)
    name = "comparisons/pillar-organized-crime.yaml"
    dated = re.search(r"^published: .*$", (root / name).read_text("utf-8"), re.M)
    assert dated is not None
    edit(root, name, (dated.group(), "published: 2023-03-15"))
    build(capsys, root, out)
    assert b"15 March 2023" in (out / "comparisons/pillar-organized-crime/index.html").read_bytes()
    assert b"<published>2023-03-15T00:00:00Z</published>" in (out / "feed.xml").read_bytes()
    assert tree(out) == cold(capsys, root, tmp_path / "cold")


_THEME_CLAIMS = (Path(exports.__file__).parent / "theme" / "claims.html").read_text("utf-8")
#: Override templates that show claims beyond their own pages: (template, its text, an edit
#: it shows, a page that must show the edit, what that page then holds).
OVERRIDES = {
    # In every page's footer: any claim's summary is on every page.
    "site-in-the-footer": (
        "about.html",
        "<ul>{% for c in site.claims.values() %}<li>{{ c.title }}</li>{% endfor %}</ul>\n",
        SUMMARY_EDIT,
        "claims/anticorruption-task-force/index.html",
        b"led to over 7,800 arrests",
    ),
    "notes-in-the-index": (
        "claims.html",
        _THEME_CLAIMS.replace(
            "{{ m.claim_list(claims) }}", "{% for c in claims %}<p>{{ c.checked.claim.note }}</p>{% endfor %}"
        ),
        NOTE_EDIT,
        "claims/index.html",
        b"Revised after a reader",
    ),
    # A claim's page shows the other claims its comparisons weigh: any of theirs may change it.
    "comparisons-on-a-claims-page": (
        "claim.html",
        '{% extends "base.html" %}{% block main %}{% for comp in comparisons %}'
        "{% for other in comp.progress %}<p>{{ other.title }}</p>{% endfor %}{% endfor %}{% endblock %}\n",
        SUMMARY_EDIT,
        "claims/smuggling-disruption-activities/index.html",
        b"led to over 7,800 arrests",
    ),
}


@pytest.mark.parametrize("override", OVERRIDES)
def test_an_override_that_shows_more_of_the_claims_keys_its_pages_by_it(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, override: str
) -> None:
    name, text, change, page, shown = OVERRIDES[override]
    assert text != _THEME_CLAIMS
    (root / "templates").mkdir()
    (root / "templates" / name).write_text(text, "utf-8")
    out = tmp_path / "site"
    assert page in rewritten_by(capsys, root, out, change)
    assert shown in (out / page).read_bytes()
    assert tree(out) == cold(capsys, root, tmp_path / "cold")


def test_an_edited_source_renders_its_pages_again(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out)
    before = inodes(out)
    seed = root / "seeds" / SEED
    with seed.open("a", encoding="utf-8") as handle:
        handle.write("\nA paragraph added at the end.\n")
    assert main(["pin", "--root", str(root), "fact-sheet-2023"]) == 0
    capsys.readouterr()
    build(capsys, root, out)
    after = inodes(out)
    for page in ("index.html", "source.txt"):
        path = f"sources/fact-sheet-2023/{page}"
        assert after[path] != before[path]
        assert (out / path).read_bytes().rstrip().endswith(b"added at the end.") == (page == "source.txt")


def test_a_fresh_root_takes_the_templates_another_build_compiled(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled templates are kept per user, checked against their source: never trusted when damaged."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user"))
    shutil.copytree(REPO / "templates", root / "templates")
    # A file, as the processes a build forks compile templates too, each in memory of its own.
    record = tmp_path / "compiled"
    compile_template = jinja2.Environment.compile

    def counted(
        env: jinja2.Environment,
        source: str | jinja2.nodes.Template,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> str | CodeType:
        with record.open("a", encoding="utf-8") as file:
            file.write(f"{name or ''}\n")
        # The overloads of compile() tell its two results apart by a literal ``raw``.
        if raw:
            return compile_template(env, source, name, filename, True, defer_init)
        return compile_template(env, source, name, filename, False, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)

    def compiled() -> list[str]:
        """The templates compiled since last asked, by any process."""
        names = record.read_text(encoding="utf-8").split() if record.exists() else []
        record.unlink(missing_ok=True)
        return names

    first = cold(capsys, root, tmp_path / "first")
    assert {"claim.html", "about.html"} <= set(compiled())
    # The theme is not compiled again; the root's override is, as it is another file (its
    # compiled copy names it, for tracebacks).
    assert cold(capsys, root, tmp_path / "second") == first
    assert compiled() == ["about.html"]
    # A template whose compiled copy is damaged is compiled again, and the site is the same.
    for damaged in (tmp_path / "user" / "rootcheck" / "templates").iterdir():
        damaged.write_bytes(damaged.read_bytes()[:40])
    assert cold(capsys, root, tmp_path / "third") == first
    assert "claim.html" in compiled()
    # Other code (an upgrade, installed where the last was) compiles afresh: a template's code
    # depends on the environment rootcheck sets up and on Jinja's, not on the template's text alone.
    monkeypatch.setattr(templates, "code_digest", lambda: "another rootcheck")
    cold(capsys, root, tmp_path / "fourth")
    assert "claim.html" in compiled()


def test_compiled_templates_stay_with_the_registry_where_the_user_has_no_cache(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "not-a-folder").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "not-a-folder"))
    build(capsys, root, tmp_path / "site")
    assert list((root / CACHE_DIR / "templates").iterdir())


def test_an_upgraded_library_computes_everything_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys cover the libraries that shape the output: a newer Jinja2 may render a page otherwise."""
    assert f"jinja2 {jinja2.__version__}" in digests.library_versions()
    before = digests.code_digest()
    (tmp_path / "Jinja2-99.0.dist-info").mkdir()
    with monkeypatch.context() as patched:
        patched.syspath_prepend(str(tmp_path))  # found before the one installed
        digests.library_versions.cache_clear()
        digests.code_digest.cache_clear()
        try:
            assert "jinja2 99.0" in digests.library_versions()
            assert digests.code_digest() != before
        finally:
            digests.library_versions.cache_clear()
            digests.code_digest.cache_clear()
    assert digests.code_digest() == before


def test_what_tools_leave_in_the_package_is_not_its_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bytecode, and a type checker's cache in an editable install, would change every key: not code.
    package = tmp_path / "rootcheck"
    (package / "render" / "theme").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "render" / "theme" / "base.html").write_text("<html>")
    monkeypatch.setattr(rootcheck, "__file__", str(package / "__init__.py"))

    def code() -> str:
        digests.code_digest.cache_clear()
        try:
            return digests.code_digest()
        finally:
            digests.code_digest.cache_clear()

    before = code()
    for junk in ("__pycache__/x.cpython-311.pyc", ".mypy_cache/3.11/cache.db", "render/.ruff_cache/x"):
        (package / junk).parent.mkdir(parents=True, exist_ok=True)
        (package / junk).write_bytes(b"\0" * 64)
    assert code() == before
    (package / "render" / "theme" / "base.html").write_text("<html lang=en>")
    assert code() != before


def test_library_versions_are_not_looked_for_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Jinja2-99.0.dist-info").mkdir()
    monkeypatch.chdir(tmp_path)
    listed = counting(monkeypatch, os, "listdir")
    with monkeypatch.context() as patched:
        patched.syspath_prepend(str(tmp_path))  # as `python -m` puts it
        digests.library_versions.cache_clear()
        try:
            assert f"jinja2 {jinja2.__version__}" in digests.library_versions()
        finally:
            digests.library_versions.cache_clear()
    assert str(tmp_path) not in listed


def test_corrupt_caches_are_ignored(capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(capsys, root, out)
    reference = tree(out)
    cache = root / CACHE_DIR
    for path in cache.iterdir():
        if path.is_file():
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 2] + b"\x00garbage" + data[len(data) // 2 + 8 :])
    edit(root)
    last = build(capsys, root, out)
    assert "unchanged" not in last  # the manifest no longer parses: everything is rendered
    cold_root = tmp_path / "cold"
    shutil.copytree(root, cold_root, ignore=shutil.ignore_patterns(CACHE_DIR))
    build(capsys, cold_root, tmp_path / "cold-site")
    assert tree(out) == tree(tmp_path / "cold-site") != reference


def test_a_published_file_changed_by_hand_is_rendered_again(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out)
    page = next(out.glob("claims/*/index.html"))
    original = page.read_bytes()
    page.write_bytes(b"<p>defaced</p>")
    build(capsys, root, out)
    assert page.read_bytes() == original


def test_another_output_folder_keeps_its_own_reuse(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    build(capsys, root, tmp_path / "a")
    build(capsys, root, tmp_path / "b")
    assert "unchanged" in build(capsys, root, tmp_path / "a")


@pytest.mark.parametrize("damaged", ["first", "appended"])
def test_memo_refuses_a_file_with_any_frame_whose_checksum_fails(tmp_path: Path, damaged: str) -> None:
    memo = Memo(tmp_path, "step")
    for number in range(4):
        memo.put(f"k{number}", ("value", number))
    memo.save()
    path = tmp_path / "step.memo"
    first_frame = path.stat().st_size
    second = Memo(tmp_path, "step")
    for number in range(4):
        assert second.get(f"k{number}") == ("value", number)
    second.put("k4", ("value", 4))
    second.save()
    assert path.stat().st_size > first_frame
    assert Memo(tmp_path, "step").get("k4") == ("value", 4)
    data = bytearray(path.read_bytes())
    data[first_frame - 3 if damaged == "first" else -3] ^= 0xFF
    path.write_bytes(bytes(data))
    third = Memo(tmp_path, "step")
    assert (third.get("k0"), third.get("k4")) == (None, None)


@pytest.mark.parametrize("content", [b"", b"rootcheck-memo", b"rootcheck-memo 4\n\x10"])
def test_memo_reads_an_empty_or_cut_short_file_as_empty_and_writes_it_anew(
    tmp_path: Path, content: bytes
) -> None:
    (tmp_path / "step.memo").write_bytes(content)
    memo = Memo(tmp_path, "step")
    assert memo.old == {}
    memo.put("k", ("value", 1))
    memo.save()
    assert Memo(tmp_path, "step").get("k") == ("value", 1)


def test_memo_cut_short_after_its_size_was_taken_is_read_as_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = Memo(tmp_path, "step")
    memo.put("k", ("value", 1))
    memo.save()
    stamp = memo_module._stamp
    # As if the file had lost bytes between its size being taken and its being mapped.
    monkeypatch.setattr(memo_module, "_stamp", lambda fd: (stamp(fd)[0] + 1, *stamp(fd)[1:]))
    assert Memo(tmp_path, "step").old == {}


def test_memo_read_when_a_signal_ends_the_run_lets_the_interruption_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ended while unpickling a mapped frame, reading once raised "cannot close exported pointers
    # exist" as it closed the mapping, a traceback where serve should have said "stopped".
    memo = Memo(tmp_path, "step")
    memo.put("k", ("value", 1))
    memo.save()

    def ended(data: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(pickle, "loads", ended)
    with pytest.raises(KeyboardInterrupt):
        Memo(tmp_path, "step")


def test_memo_appends_what_a_run_added_and_drops_what_runs_stopped_using(tmp_path: Path) -> None:
    path = tmp_path / "step.memo"
    memo = Memo(tmp_path, "step")
    for number in range(10):
        memo.put(f"k{number}", number)
    memo.save()
    written = path.read_bytes()
    # One entry changed: its new value is appended, the rest of the file is left as it was.
    second = Memo(tmp_path, "step")
    for number in range(9):
        second.get(f"k{number}")
    second.put("k9-edited", 9)
    second.save()
    assert path.read_bytes().startswith(written) and len(path.read_bytes()) > len(written)
    # Once the file holds half again as many entries as a run used, it keeps only those.
    third = Memo(tmp_path, "step")
    for number in range(5):
        third.get(f"k{number}")
    third.save()
    fourth = Memo(tmp_path, "step")
    assert sorted(fourth.old) == [f"k{number}" for number in range(5)]
    assert not path.read_bytes().startswith(written)


def test_memo_keeps_in_use_the_entries_it_has_of_those_named(tmp_path: Path) -> None:
    first = Memo(tmp_path, "step")
    for number in range(10):
        first.put(f"k{number}", number)
    first.save()
    second = Memo(tmp_path, "step")
    second.keep(["k1", "k2"])
    second.keep(["k3", "not-in-the-file", "k4"])
    assert second.kept == {"k1": 1, "k2": 2, "k3": 3, "k4": 4}
    assert second.added == {}
    # Half again as many entries as the run used: the file is rewritten with those alone.
    second.save()
    assert sorted(Memo(tmp_path, "step").old) == ["k1", "k2", "k3", "k4"]


def test_memo_saves_entries_pickled_elsewhere_as_they_stand(tmp_path: Path) -> None:
    path = tmp_path / "step.memo"
    memo = Memo(tmp_path, "step")
    body = memo_module.pickled({"a": ("value", 1), "b": ("value", 2)})
    assert memo.put_pickled(body) == {"a": ("value", 1), "b": ("value", 2)}
    memo.put("c", ("value", 3))
    memo.save()
    assert body in path.read_bytes()  # not pickled a second time
    again = Memo(tmp_path, "step")
    assert again.old == {"a": ("value", 1), "b": ("value", 2), "c": ("value", 3)}
    # Appended by a later run, too.
    later = memo_module.pickled({"d": ("value", 4)})
    again.put_pickled(later)
    again.save()
    assert path.read_bytes().endswith(later)
    assert Memo(tmp_path, "step").get("d") == ("value", 4)


def test_memo_pickles_again_entries_put_over_those_pickled_elsewhere(tmp_path: Path) -> None:
    memo = Memo(tmp_path, "step")
    body = memo_module.pickled({"a": 1, "b": 2})
    memo.put_pickled(body)
    memo.put("a", 10)
    memo.save()
    assert body not in (tmp_path / "step.memo").read_bytes()
    assert Memo(tmp_path, "step").old == {"a": 10, "b": 2}


def test_a_packed_value_is_unpickled_only_when_asked_for(tmp_path: Path) -> None:
    memo = Memo(tmp_path, "step")
    memo.put("a", ("kept", memo_module.Packed({"runs": (1, 2)})))
    # Bytes that are no pickle at all: loading the memo and its entry must not try to read them.
    memo.put("b", ("kept", memo_module.Packed._of(b"not a pickle")))
    memo.save()
    again = Memo(tmp_path, "step")
    first, second = again.get("a"), again.get("b")
    assert isinstance(first, tuple) and isinstance(second, tuple)
    with pytest.raises(pickle.UnpicklingError):
        _ = second[1].value
    assert first[1].value == {"runs": (1, 2)}
    assert first[1].value is first[1].value  # unpickled once, then kept
    # Compared and shown as the value it holds, so that keys made from its repr do not change.
    assert first[1] == memo_module.Packed({"runs": (1, 2)})
    assert repr(first[1]) == repr({"runs": (1, 2)})


def test_a_value_once_packed_is_held_only_as_its_pickle() -> None:
    # An entry made in this process then costs no more memory than one read back from a memo.
    value = {"runs": (1, 2)}
    packed = memo_module.Packed(value)
    assert packed.value == value
    assert packed.value is not value


def test_memo_refuses_pickled_entries_that_are_not_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="expected pickled entries, not list"):
        Memo(tmp_path, "step").put_pickled(pickle.dumps([1, 2]))


def test_a_cache_that_cannot_be_made_costs_only_speed(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    (root / CACHE_DIR).write_text("not a folder")
    build(capsys, root, tmp_path / "site")
    assert "unchanged" not in build(capsys, root, tmp_path / "site")
    assert (root / CACHE_DIR).read_text() == "not a folder"


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--root", str(root), "--jobs", "0"])
    assert exit_.value.code == 2
    assert "--jobs: must be a whole number of processes, 1 or more, not '0'" in capsys.readouterr().err


def counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[object]:
    """Every first argument ``owner.name`` is called with, from now on."""
    calls: list[object] = []
    real = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def check_output(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, str]:
    code = main(["check", "--root", str(root), "--quiet"])
    return code, capsys.readouterr().out


def test_only_changed_registry_files_are_parsed_and_proven_again(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = check_output(capsys, root)
    parsed = counting(monkeypatch, items, "parse_item")
    proven = counting(monkeypatch, verify, "check_claim")
    sources_listed = counting(monkeypatch, load, "_source_list")
    assert check_output(capsys, root) == first
    assert (parsed, proven, sources_listed) == ([], [], [])
    edit(root)
    assert check_output(capsys, root) == first
    assert len(parsed) == 1 and b"Revised after a reader's question." in parsed[0]  # type: ignore[operator]
    assert proven == []  # a revised note changes nothing proving reads
    edit(root, change=SUMMARY_EDIT)
    check_output(capsys, root)
    assert len(parsed) == 2 and proven == []  # nor a reworded summary, which only lists show
    edit(root, change=("74 U.S. convictions", "74 U.S.  convictions"))  # the quote: typography only
    check_output(capsys, root)
    assert len(parsed) == 3 and len(proven) == 1
    edit(root, "seeds/sources.yaml", ("publisher: The White House", "publisher: the White House"))
    check_output(capsys, root)
    assert len(sources_listed) == 1


def test_what_a_revised_note_is_warned_of_is_told_where_it_stands_now(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A note is proved with its claim only as far as its warnings go: whether it is blank, and the
    # links in it that lead nowhere, each at the column it stands at in the file as it is now.
    check_output(capsys, root)
    proven = counting(monkeypatch, verify, "check_claim")
    text = (root / CLAIM).read_text("utf-8")
    head = text[: text.index("note: |")]
    (root / CLAIM).write_text(head + "note: See [the table](claims:smuggling-arrests) now\n", "utf-8")
    code, out = check_output(capsys, root)
    assert (code, len(proven)) == (0, 1)
    assert f"{CLAIM}:6:11: warning: “[the table](claims:smuggling-arrests)” is no link" in out
    (root / CLAIM).write_text(head + "note: First see [the table](claims:smuggling-arrests)\n", "utf-8")
    code, out = check_output(capsys, root)
    assert f"{CLAIM}:6:17: warning: “[the table](claims:smuggling-arrests)” is no link" in out
    (root / CLAIM).write_text(head + "note: ''\n", "utf-8")
    code, out = check_output(capsys, root)
    assert f"{CLAIM}:6:7: warning: no note yet" in out and "is no link" not in out
    (root / CLAIM).write_text(head + "note: A note at last.\n", "utf-8")
    code, out = check_output(capsys, root)
    # As proving reads it, this claim is the one first checked, whose proof is remembered.
    assert out.endswith("0 errors, 0 warnings\n") and len(proven) == 3


def test_a_run_takes_the_claims_an_earlier_run_made_not_their_records(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = check_output(capsys, root)
    made: list[str] = []
    kind = schema.CLAIM_KIND

    def make(claim_id: str, rel: str, record: Record) -> Claim:
        made.append(claim_id)
        return kind.make(claim_id, rel, record)

    monkeypatch.setattr(load, "CLAIM_KIND", replace(kind, make=make))
    assert check_output(capsys, root) == first
    assert made == []
    edit(root)
    check_output(capsys, root)
    assert made == [CLAIM.rsplit("/", 1)[1].removesuffix(".yaml")]


def test_remembered_problems_are_reported_again(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = root / CLAIM
    path.write_text(path.read_text("utf-8") + "colour: blue\n", "utf-8")
    (root / "claims" / "empty.yaml").write_text("", "utf-8")
    first = check_output(capsys, root)
    assert first[0] == 1 and "unknown field 'colour'" in first[1] and "claim file is empty" in first[1]
    parsed = counting(monkeypatch, items, "parse_item")
    assert check_output(capsys, root) == first
    assert parsed == []


def test_a_rebuild_with_nothing_changed_renders_nothing(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out)
    before = inodes(out)
    last = build(capsys, root, out)
    built = re.search(r"built (\d+) files", last)
    assert built is not None
    assert f"({built[1]} unchanged since the last build)" in last
    # Only the marker that says the folder is a built site is written again.
    assert {p: i for p, i in inodes(out).items() if p != MARKER} == {
        p: i for p, i in before.items() if p != MARKER
    }


#: The exports, each with the function that makes one claim's part of it and the memo that keeps the parts.
EXPORTS = {
    "data/claims.json": ("_claim_record", "export-claims-json.memo"),
    "data/claims.csv": ("_csv_row", "export-claims-csv.memo"),
    "data/annotations.jsonld": ("_annotation", "export-annotations.memo"),
}


@pytest.fixture
def encoded(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many claims' parts each export made afresh in this process (rather than reused)."""
    counts: Counter[str] = Counter()
    for name, _ in EXPORTS.values():
        original = getattr(exports, name)

        def counted(*args: object, _name: str = name, _original: object = original) -> object:
            counts[_name] += 1
            assert callable(_original)
            return _original(*args)

        monkeypatch.setattr(exports, name, counted)
    return counts


def exports_of(files: dict[str, bytes]) -> dict[str, bytes]:
    return {path: files[path] for path in EXPORTS}


def every_claim(out: Path, times: int = 1) -> Counter[str]:
    published = len(json.loads((out / "data/claims.json").read_text("utf-8"))["claims"])
    assert published > 10
    return Counter({name: published * times for name, _ in EXPORTS.values()})


def test_after_one_edit_the_exports_encode_that_claim_alone(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, encoded: Counter[str]
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out, "--jobs", "1")
    assert encoded == every_claim(out)
    before = exports_of(tree(out))
    encoded.clear()
    edit(root, change=SUMMARY_EDIT)
    build(capsys, root, out, "--jobs", "1")
    assert encoded == Counter({name: 1 for name, _ in EXPORTS.values()})
    after = exports_of(tree(out))
    assert all(after[path] != before[path] for path in EXPORTS)  # the edited summary is in each
    assert after == exports_of(cold(capsys, root, tmp_path / "cold"))


def test_a_published_export_is_read_not_digested(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    encoded: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The manifest vouches for a published export while its stamp holds: neither it nor the new one
    is digested whole, and its parts are still copied."""
    out = tmp_path / "site"
    build(capsys, root, out, "--jobs", "1")
    digested: list[object] = []
    real_digest = digests.digest  # what the exports call _digest

    def recorded(parts: Iterable[str | bytes]) -> str:
        listed = list(parts)
        digested.extend(listed)
        return real_digest(listed)

    monkeypatch.setattr(exportparts, "_digest", recorded)
    encoded.clear()
    edit(root, change=SUMMARY_EDIT)
    build(capsys, root, out, "--jobs", "1")
    assert encoded == Counter({name: 1 for name, _ in EXPORTS.values()})
    assert digested and all(isinstance(part, str) for part in digested)


def test_parts_side_by_side_are_copied_in_one_piece(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After one claim changed, each export is copied in at most three pieces around it, not claim by claim."""
    out = tmp_path / "site"
    build(capsys, root, out, "--jobs", "1")
    copied: list[int] = []
    real_spliced = Spliced  # as the exports know it

    def counted(data: memoryview, newline: str, items: int = 1) -> object:
        copied.append(items)
        return real_spliced(data, newline, items)

    monkeypatch.setattr(exportparts, "Spliced", counted)
    edit(root, change=SUMMARY_EDIT)
    build(capsys, root, out, "--jobs", "1")
    claims = every_claim(out)["_claim_record"]
    assert len(copied) <= 3 * len(EXPORTS) and sum(copied) == (claims - 1) * len(EXPORTS)
    # Where each part now stands was worked out from its piece: the next build copies from there.
    copied.clear()
    edit(root, change=(SUMMARY_EDIT[1], 'brought over 7,800 arrests"'))
    build(capsys, root, out, "--jobs", "1")
    assert len(copied) <= 3 * len(EXPORTS) and sum(copied) == (claims - 1) * len(EXPORTS)
    assert exports_of(tree(out)) == exports_of(cold(capsys, root, tmp_path / "cold"))


#: Edits that change which claims the exports hold, or their order.
LIST_EDITS = {
    "a claim removed": lambda root: (root / "claims/context/cnn-border-thousands.yaml").unlink(),
    "a claim added": lambda root: shutil.copy(root / CLAIM, root / "claims/progress-2023/a-copy.yaml"),
    "a claim renamed": lambda root: (root / "claims/context/cnn-border-thousands.yaml").rename(
        root / "claims/context/zz-border-thousands.yaml"
    ),
}


@pytest.mark.parametrize("change", LIST_EDITS)
def test_exports_copied_in_pieces_equal_a_cold_build_when_the_claims_change(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, encoded: Counter[str], change: str
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out, "--jobs", "1")
    encoded.clear()
    LIST_EDITS[change](root)
    build(capsys, root, out, "--jobs", "1")
    assert sum(encoded.values()) < sum(every_claim(out).values())  # the others were copied
    assert exports_of(tree(out)) == exports_of(cold(capsys, root, tmp_path / "cold"))


def test_exports_made_in_workers_keep_their_parts(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    encoded: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every file is made in a forked worker, whose memory is gone when it exits:
    # this process leaves the whole queue to its worker.
    monkeypatch.setattr(jobs, "PARALLEL_FROM", 1)
    parent, take = os.getpid(), parallel._Crew.take
    monkeypatch.setattr(parallel._Crew, "take", lambda crew: take(crew) if os.getpid() != parent else None)
    out = tmp_path / "site"
    build(capsys, root, out, "--jobs", "2")
    assert not encoded
    monkeypatch.setattr(jobs, "PARALLEL_FROM", 10**9)
    edit(root, change=SUMMARY_EDIT)
    build(capsys, root, out, "--jobs", "1")
    assert encoded == Counter({name: 1 for name, _ in EXPORTS.values()})


def damage(root: Path, out: Path, how: str) -> None:
    """Damage each export's memo, or its published copy, or the manifest that vouches for it, as ``how`` says."""
    if how == "manifest removed":
        for manifest in (root / CACHE_DIR).glob("site-*.json"):
            manifest.unlink()
        return
    for path, (_, memo_name) in EXPORTS.items():
        memo, published = root / CACHE_DIR / memo_name, out / path
        data = (memo if how.startswith("memo") else published).read_bytes()
        if how == "memo truncated":
            memo.write_bytes(data[: len(data) // 2])
        elif how == "memo altered":
            # A digit of a span altered in place: the entries still unpickle, only the checksum tells.
            at = _last_integer(data)
            memo.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :])
        else:
            published.unlink()  # not written through: the spare may share it
            if how == "export altered":
                published.write_bytes(data.replace(b"arrests", b"ARRESTS"))


def _last_integer(memo: bytes) -> int:
    """Where the last integer of a memo's first frame is written: the first byte of its value."""
    body = len(memo_module._HEADER) + memo_module._LENGTH_BYTES + memo_module._CHECKSUM_BYTES
    at = max(
        position
        for op, _, position in pickletools.genops(memo[body:])
        if op.name in ("BININT", "BININT1", "BININT2") and position is not None
    )
    return body + at + 1


@pytest.mark.parametrize(
    "how", ["memo truncated", "memo altered", "export altered", "export removed", "manifest removed"]
)
def test_exports_are_encoded_whole_when_their_memo_or_published_copy_is_damaged(
    capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, encoded: Counter[str], how: str
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out, "--jobs", "1")
    damage(root, out, how)
    encoded.clear()
    edit(root, change=SUMMARY_EDIT)
    build(capsys, root, out, "--jobs", "1")
    assert encoded == every_claim(out)
    assert exports_of(tree(out)) == exports_of(cold(capsys, root, tmp_path / "cold"))


SETTINGS = "rootcheck.yaml"


@pytest.mark.parametrize(
    ("setting", "extra"),
    [
        (None, ("--base-url", "https://example.org/checked/")),
        (("title: Root Causes, Checked", "title: Root Causes, Rechecked"), ()),
        (("publisher: rootcheck", "publisher: The Border Desk"), ()),
    ],
    ids=["base-url", "title", "publisher"],
)
def test_what_every_part_shows_of_the_site_reaches_the_exports(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    tmp_path: Path,
    setting: tuple[str, str] | None,
    extra: tuple[str, ...],
) -> None:
    out = tmp_path / "site"
    build(capsys, root, out)
    before = exports_of(tree(out))
    if setting is not None:
        path = root / SETTINGS
        text = path.read_text("utf-8")
        assert setting[0] in text
        path.write_text(text.replace(*setting, 1), "utf-8")
    build(capsys, root, out, *extra)
    after = exports_of(tree(out))
    assert all(after[path] != before[path] for path in ("data/claims.json", "data/annotations.jsonld"))
    assert after == exports_of(cold(capsys, root, tmp_path / "cold", *extra))


def test_memo_writes_nothing_when_entries_only_fell_out_of_use(tmp_path: Path) -> None:
    path = tmp_path / "step.memo"
    memo = Memo(tmp_path, "step")
    for number in range(10):
        memo.put(f"k{number}", number)
    memo.save()
    written = path.read_bytes()
    for _ in range(3):  # a claim was deleted: every later run uses one entry fewer
        again = Memo(tmp_path, "step")
        for number in range(9):
            again.get(f"k{number}")
        again.save()
    assert path.read_bytes() == written


def test_a_long_running_process_reuses_the_memo_it_wrote_until_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memo_module, "_in_memory", None)
    first = Memo(tmp_path, "step")
    first.put("k", "v")
    first.save()
    assert Memo(tmp_path, "step").old is not Memo(tmp_path, "step").old  # one-off runs read the file
    memo_module.keep_in_memory()
    written = Memo(tmp_path, "step")
    assert Memo(tmp_path, "step").old is written.old  # read once, then reused while the file holds
    written.get("k")
    written.put("k2", "v2")
    written.save()  # appended: what is kept follows the file
    kept = Memo(tmp_path, "step").old
    monkeypatch.setattr(memo_module, "_in_memory", None)
    assert kept == Memo(tmp_path, "step").old == {"k": "v", "k2": "v2"}
    memo_module.keep_in_memory()
    assert Memo(tmp_path, "step").old == kept
    path = tmp_path / "step.memo"
    path.write_bytes(path.read_bytes()[:-1])  # damaged by something else: read again, and refused
    assert Memo(tmp_path, "step").old == {}


@pytest.mark.parametrize(
    "settings_edit",
    [
        ("number: 1", "number: 2"),  # the hint "(pillar 1 is 'education')" no longer holds
        ("  - id: education", "  - id: schools"),  # nor does "use one of: education"
    ],
)
def test_a_check_after_the_pillars_change_says_what_a_cold_check_says(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, settings_edit: tuple[str, str]
) -> None:
    root = tmp_path / "root"
    shutil.copytree(Path(__file__).parent / "bad" / "claim-pillar-unknown", root)
    check_output(capsys, root)
    edit(root, "rootcheck.yaml", settings_edit)
    warm = check_output(capsys, root)
    shutil.rmtree(root / CACHE_DIR)
    assert warm == check_output(capsys, root)
