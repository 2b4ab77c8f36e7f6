"""Override templates: mistakes told at their file and line, before a page is made where they can be.

Mistakes found without making a page have a root each under tests/bad/
(``template*``); these are the rest: what only making a page shows, warnings,
and what the preview does with either.
"""

from __future__ import annotations

import filecmp
import re
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from conftest import REPO, copy_repo, run
from rootcheck.cli import main
from rootcheck.output import jobs
from rootcheck.render import format as fmt
from rootcheck.render.templates import THEME, environment, rendering_problem, template_problems, theme_files

#: The first claim page a build makes: pages are made a source at a time, and this claim's source comes first.
FIRST_CLAIM = "claims/bermeo-aid-investment-record/index.html"


def with_templates(tmp_path: Path, templates: dict[str, str]) -> Path:
    root = copy_repo(tmp_path / "root")
    for name, text in templates.items():
        path = root / "templates" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    return not mismatch and not errors and all(same_tree(a / d, b / d) for d in compared.common_dirs)


CLAIM_WITHOUT_FIELD = """\
{% extends "base.html" %}
{% block main %}
<p>{{ claim.checked.claim.quote }}</p>
<p>{{ claim.nope }}</p>
{% endblock %}
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_override_that_fails_as_a_page_is_made_is_told_and_the_site_stays(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, workers: str
) -> None:
    monkeypatch.setattr(jobs, "PARALLEL_FROM", 1)  # on two processes, the pages are made by forked workers
    root = with_templates(tmp_path, {})
    assert run(capsys, "build", "--quiet", "--root", str(root), "--jobs", workers)[0] == 0
    before = tmp_path / "before"
    (root / "site").rename(before)
    assert run(capsys, "build", "--quiet", "--root", str(root), "--jobs", workers)[0] == 0

    (root / "templates").mkdir()
    (root / "templates" / "claim.html").write_text(CLAIM_WITHOUT_FIELD, "utf-8")
    code, out, err = run(capsys, "build", "--quiet", "--root", str(root), "--jobs", workers)
    assert code == 1
    # Which page fails first depends on which process reached it first.
    told = (
        "templates/claim.html:4:1: error: 'rootcheck.render.views.ClaimView object' has no attribute 'nope'"
    )
    assert re.fullmatch(re.escape(told) + r" \(making claims/[a-z0-9-]+/index\.html\)\n", out), out
    assert err == f"rootcheck: error: the site was not built; {root / 'site'} is unchanged\n"
    assert same_tree(before, root / "site")


def test_a_failure_in_a_theme_macro_is_the_override_s_that_called_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = with_templates(
        tmp_path,
        {
            "claim.html": '{% extends "base.html" %}\n{% import "macros.html" as m %}\n'
            "{% block main %}\n{{ m.badge(none) }}\n{% endblock %}\n",
        },
    )
    code, out, _ = run(capsys, "build", "--quiet", "--root", str(root))
    assert code == 1
    assert out == f"templates/claim.html:4:1: error: 'None' has no attribute 'css' (making {FIRST_CLAIM})\n"


def test_python_s_own_failures_in_an_override_are_named_by_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = with_templates(
        tmp_path, {"home.html": '{% extends "base.html" %}\n{% block main %}{{ 1 + "a" }}{% endblock %}\n'}
    )
    code, out, _ = run(capsys, "build", "--quiet", "--root", str(root))
    assert code == 1
    assert out == (
        "templates/home.html:2:1: error: TypeError: unsupported operand type(s) for +: 'int' and 'str'"
        " (making index.html)\n"
    )


def test_a_failure_with_no_override_on_its_way_is_a_bug_and_keeps_its_traceback(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "about.html").write_text("<p>About</p>\n", "utf-8")
    env = environment(overrides)
    with pytest.raises(UndefinedError) as failed:  # the theme's claim page, with nothing to show
        env.get_template("claim.html").render()
    assert rendering_problem(failed.value, overrides, FIRST_CLAIM) is None
    assert rendering_problem(failed.value, None, FIRST_CLAIM) is None


def test_an_override_no_page_uses_is_a_warning_with_the_name_it_most_likely_meant(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = with_templates(
        tmp_path,
        {
            "clam.html": '{% extends "base.html" %}\n',
            # A part of its own, which an override includes, overrides nothing and is no mistake.
            "base.html": (REPO / "src/rootcheck/render/theme/base.html")
            .read_text("utf-8")
            .replace("</body>", '{% include "parts/banner.html" %}</body>'),
            "parts/banner.html": "<p>Corrected on 2 March</p>\n",
        },
    )
    assert run(capsys, "check", "--root", str(root)) == (
        0,
        "templates/clam.html: warning: overrides no file of the theme, and no template uses it"
        " (did you mean 'claim.html'?)\n"
        "checked 54 claims against 5 sources: 0 errors, 1 warning\n",
        "",
    )
    code, _out, _ = run(capsys, "build", "--quiet", "--root", str(root))
    assert code == 0
    assert b"Corrected on 2 March" in (root / "site" / "index.html").read_bytes()


def test_the_repository_s_overrides_have_no_problems() -> None:
    assert (REPO / "templates").is_dir()
    assert template_problems(REPO) == []


def test_every_file_of_the_theme_can_be_overridden_and_a_copy_changes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each theme file copied into templates/ is taken as an override of it, without a word."""
    names = theme_files()
    assert {"base.html", "claim.html", "macros.html", "style.css", "favicon.svg"} <= set(names)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    plain = copy_repo(tmp_path / "plain")
    copied = copy_repo(tmp_path / "copied")
    for name in names:
        override = copied / "templates" / name
        if not override.exists():  # this repository's own override stays
            override.parent.mkdir(parents=True, exist_ok=True)
            override.write_bytes((THEME / name).read_bytes())
    assert template_problems(copied) == []
    for root in (plain, copied):
        assert run(capsys, "build", "--quiet", "--root", str(root))[0] == 0
    assert same_tree(plain / "site", copied / "site")


def test_an_override_linked_from_outside_the_root_is_never_published(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = with_templates(tmp_path, {})
    secret = tmp_path / "secret.html"
    secret.write_text("<p>the build machine's secret</p>\n", "utf-8")
    (root / "templates").mkdir()
    (root / "templates" / "about.html").symlink_to(secret)
    code, out, err = run(capsys, "build", "--quiet", "--root", str(root))
    assert code == 1
    assert out.splitlines()[0] == (
        "templates/about.html: error: the file is a link to outside the root; put the file itself here"
    )
    assert err == f"rootcheck: error: the site was not built; {root / 'site'} is unchanged\n"
    assert not (root / "site").exists()


def test_overrides_changed_since_the_last_check_are_checked_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Their problems are remembered by what the files hold: never one found for other files."""
    root = with_templates(tmp_path, {"about.html": (REPO / "templates/about.html").read_text("utf-8")})
    clean = (0, "checked 54 claims against 5 sources: 0 errors, 0 warnings\n", "")
    assert run(capsys, "check", "--root", str(root)) == clean
    about = root / "templates" / "about.html"
    kept = about.read_text("utf-8")
    about.write_text(kept + "{% if settings.title %}\n", "utf-8")  # an "if" left open
    code, out, _ = run(capsys, "check", "--root", str(root))
    assert code == 1
    assert out.startswith("templates/about.html:")
    about.write_text(kept, "utf-8")
    assert run(capsys, "check", "--root", str(root)) == clean
    # The same text, through a link to outside the root: told, though the text is the same.
    secret = tmp_path / "about.html"
    secret.write_text(kept, "utf-8")
    about.unlink()
    about.symlink_to(secret)
    code, out, _ = run(capsys, "check", "--root", str(root))
    assert (code, out.splitlines()[0]) == (
        1,
        "templates/about.html: error: the file is a link to outside the root; put the file itself here",
    )


def test_a_templates_file_rather_than_a_folder_is_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = with_templates(tmp_path, {})
    (root / "templates").write_text("about.html\n", "utf-8")
    assert run(capsys, "check", "--root", str(root)) == (
        0,
        "templates: warning: not a folder, so no template is overridden; remove it\n"
        "checked 54 claims against 5 sources: 0 errors, 1 warning\n",
        "",
    )


def test_a_bug_in_rootcheck_under_an_override_of_the_base_keeps_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = with_templates(
        tmp_path, {"base.html": (REPO / "src/rootcheck/render/theme/base.html").read_text("utf-8")}
    )

    def broken(*args: object, **kwargs: object) -> str:
        raise ZeroDivisionError("a bug in rootcheck")

    monkeypatch.setattr(fmt, "date", broken)
    with pytest.raises(ZeroDivisionError, match="a bug in rootcheck"):
        main(["build", "--quiet", "--root", str(root), "--jobs", "1"])
