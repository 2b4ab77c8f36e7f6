"""The GitHub Actions workflows are valid, pinned and do what the project relies on.

Validity is checked offline against the GitHub workflow schema that
check-jsonschema ships (``--builtin-schema vendor.github-workflows``); the
subprocess gets a dead proxy, so an attempt to download anything fails the test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, run

WORKFLOWS = REPO / ".github" / "workflows"
CHECK = WORKFLOWS / "check.yml"
PAGES = WORKFLOWS / "pages.yml"
DEAD_PROXY = "http://127.0.0.1:9"

# owner/repo[/path]@ref, where ref is a full commit SHA or an exact release tag.
_PINNED = re.compile(r"^[\w.-]+/[\w.-]+(?:/[\w./-]+)?@(?P<ref>[0-9a-f]{40}|v\d+\.\d+\.\d+)$")
_USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>[^\s#]+)(?P<rest>.*)$")
_VERSION_COMMENT = re.compile(r"#\s*v\d+\.\d+\.\d+\b")


def _workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def validate(*paths: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with its vendored GitHub workflow schema, with no way out to the network."""
    env = {k: v for k, v in os.environ.items() if k.lower() != "no_proxy"}
    env.update(
        {name: DEAD_PROXY for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")}
    )
    argv = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]
    return subprocess.run([*argv, *map(str, paths)], capture_output=True, text=True, env=env, timeout=120)


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    """The ``on:`` section; YAML 1.1 reads the bare key ``on`` as ``True``."""
    on = workflow.get("on", workflow.get(True))
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    assert isinstance(on, dict), "the workflow has no 'on:' triggers"
    return on


def steps(workflow: dict[Any, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for job_id, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield job_id, step


def uses_refs(workflow: dict[Any, Any]) -> set[str]:
    refs = {step["uses"] for _, step in steps(workflow) if "uses" in step}
    refs |= {job["uses"] for job in workflow["jobs"].values() if "uses" in job}
    return refs


def pin_problems(text: str) -> list[str]:
    """Every ``uses:`` line that is not pinned to a commit SHA (with its release in a comment) or an exact tag."""
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        match = _USES_LINE.match(line)
        if match is None:
            continue
        ref = match["ref"].strip("'\"")
        if ref.startswith("./"):
            continue  # an action in this repository, pinned by the commit itself
        pinned = _PINNED.match(ref)
        if pinned is None:
            problems.append(f"line {number}: {ref} is not pinned to a commit SHA or an exact vX.Y.Z tag")
        elif len(pinned["ref"]) == 40 and not _VERSION_COMMENT.search(match["rest"]):
            problems.append(f"line {number}: {ref} has no '# vX.Y.Z' comment naming its release")
    return problems


def scanned_refs(text: str) -> set[str]:
    return {m["ref"].strip("'\"") for line in text.splitlines() if (m := _USES_LINE.match(line))}


def run_index(workflow: dict[Any, Any], needle: str) -> int:
    """Position, in document order, of the first step whose ``run:`` contains ``needle``."""
    for index, (_, step) in enumerate(steps(workflow)):
        if needle in step.get("run", ""):
            return index
    raise AssertionError(f"no step runs {needle!r}")


def step_using(workflow: dict[Any, Any], action: str) -> tuple[str, dict[str, Any]]:
    found = [(job, step) for job, step in steps(workflow) if step.get("uses", "").startswith(f"{action}@")]
    assert len(found) == 1, f"expected one step using {action}, found {len(found)}"
    return found[0]


# --- validity -----------------------------------------------------------------


def test_the_workflows_exist() -> None:
    assert CHECK in _workflow_files()
    assert PAGES in _workflow_files()


@pytest.mark.parametrize("path", _workflow_files(), ids=lambda p: p.name)
def test_workflow_matches_github_schema(path: Path) -> None:
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr


def _replace(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text, f"the breakage needs {old!r} in the workflow"
        return text.replace(old, new, 1)

    return edit


BREAKAGES: dict[str, tuple[Path, Callable[[str], str]]] = {
    "job without runs-on": (CHECK, _replace("    runs-on: ubuntu-24.04\n", "")),
    "misspelt steps": (CHECK, _replace("    steps:\n", "    step:\n")),
    "unknown event": (CHECK, _replace("  pull_request:\n", "  pull_requests:\n")),
    "timeout not a number": (CHECK, _replace("timeout-minutes: 30", "timeout-minutes: soon")),
    "unknown step key": (PAGES, _replace("      - name: Deploy\n", "      - nam: Deploy\n")),
    "invalid permission": (PAGES, _replace("pages: write", "pages: admin")),
    "not YAML": (PAGES, _replace("    needs: build\n", "    needs: [build\n")),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_a_broken_workflow_fails_validation(name: str, tmp_path: Path) -> None:
    source, breakage = BREAKAGES[name]
    broken = tmp_path / ".github" / "workflows" / source.name
    broken.parent.mkdir(parents=True)
    broken.write_text(breakage(source.read_text(encoding="utf-8")), encoding="utf-8")
    result = validate(broken)
    assert result.returncode != 0, f"check-jsonschema accepted a workflow with {name}:\n{result.stdout}"


# --- pinning ------------------------------------------------------------------


@pytest.mark.parametrize("path", _workflow_files(), ids=lambda p: p.name)
def test_every_action_is_pinned(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert pin_problems(text) == []
    # Every `uses:` the YAML holds was seen by the line scan above.
    assert scanned_refs(text) == uses_refs(load(path))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2", "@v6"),
        ("@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2", "@main"),
        ("@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2", "@de0fac2e4500dabe0009e67214ff5f5447ce83dd"),
        ("@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2", "@de0fac2 # v6.0.2"),
    ],
    ids=["major tag", "branch", "sha without release", "short sha"],
)
def test_the_pin_check_catches_a_floating_ref(old: str, new: str) -> None:
    text = CHECK.read_text(encoding="utf-8")
    assert old in text
    assert pin_problems(text.replace(old, new)) != []


def test_an_exact_tag_counts_as_pinned() -> None:
    assert pin_problems("      - uses: actions/checkout@v6.0.2\n") == []


# --- what the workflows do ----------------------------------------------------


def test_pull_request_workflow_checks_tests_builds_and_uploads() -> None:
    workflow = load(CHECK)
    assert "pull_request" in triggers(workflow)
    assert workflow["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in workflow["jobs"].values())
    assert workflow["concurrency"]["cancel-in-progress"] is True

    _, python = step_using(workflow, "actions/setup-python")
    assert str(python["with"]["python-version"]) == "3.11"
    assert python["with"]["cache"] == "pip"

    order = [
        run_index(workflow, "pip install -e '.[test]'"),
        run_index(workflow, "rootcheck check --format github"),
        run_index(workflow, "bash .ci/run"),
        run_index(workflow, "rootcheck build --out site"),
    ]
    assert order == sorted(order), "install, check, tests and build must run in that order"

    _, upload = step_using(workflow, "actions/upload-artifact")
    assert upload["with"]["path"].rstrip("/") == "site"


def test_pages_workflow_builds_with_the_pages_base_url_and_deploys() -> None:
    workflow = load(PAGES)
    on = triggers(workflow)
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}

    config_job, configure = step_using(workflow, "actions/configure-pages")
    assert configure.get("id") == "pages"
    build = workflow["jobs"][config_job]["steps"][run_index(workflow, "rootcheck build")]["run"]
    assert "--out site" in build
    assert '--base-url "${{ steps.pages.outputs.base_url }}/"' in build

    _, upload = step_using(workflow, "actions/upload-pages-artifact")
    assert upload["with"]["path"].rstrip("/") == "site"

    deploy_job, _ = step_using(workflow, "actions/deploy-pages")
    deploy = workflow["jobs"][deploy_job]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert config_job in ([deploy["needs"]] if isinstance(deploy["needs"], str) else deploy["needs"])
    # Only the deploy job may write; the rest of the workflow reads.
    for job_id, job in workflow["jobs"].items():
        if job_id != deploy_job:
            assert "write" not in job.get("permissions", {}).values(), job_id
    assert "write" not in workflow.get("permissions", {}).values()


def _run_step(workflow: dict[Any, Any], name: str) -> str:
    """The ``run:`` script of the step called ``name``."""
    return str(next(step["run"] for _, step in steps(workflow) if step.get("name") == name))


@pytest.mark.parametrize("committed", [True, False], ids=["cache committed", "no cache committed"])
def test_a_pull_request_that_commits_the_cache_fails(tmp_path: Path, committed: bool) -> None:
    """The cache holds pickled state rootcheck trusts once its checksums hold: never the repository's."""
    workflow = load(CHECK)
    guard = _run_step(workflow, "Refuse a committed cache")
    assert run_index(workflow, "git ls-files -- .rootcheck-cache") < run_index(workflow, "rootcheck check")
    repo = tmp_path / "repo"
    (repo / ".rootcheck-cache").mkdir(parents=True)
    (repo / ".rootcheck-cache" / "registry.memo").write_bytes(b"rootcheck-memo 4\n")
    (repo / "README.md").write_text("x\n", "utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q", str(repo)], check=True)
    subprocess.run(
        [*git, "-C", str(repo), "add", "-f", ".rootcheck-cache" if committed else "README.md"], check=True
    )
    done = subprocess.run(["bash", "-c", guard], cwd=repo, capture_output=True, text=True)
    assert done.returncode == (1 if committed else 0)
    assert ("::error file=.rootcheck-cache::" in done.stdout) == committed


def test_the_pages_build_never_reads_a_committed_cache() -> None:
    workflow = load(PAGES)
    build = _run_step(workflow, "Build the site")
    assert build.index("rm -rf .rootcheck-cache") < build.index("rootcheck build")


# --- the editors' guide keeps up with the registry ----------------------------


def test_contributing_lists_the_verdicts_and_pillars_of_rootcheck_yaml() -> None:
    settings = yaml.safe_load((REPO / "rootcheck.yaml").read_text(encoding="utf-8"))
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for verdict in settings["verdicts"]:
        row = f"| `{verdict['id']}` | {verdict['label']} | {verdict['rating']} | {verdict['meaning']} |"
        assert row in guide, f"CONTRIBUTING.md's verdict table lacks or misstates {verdict['id']!r}"
    for pillar in settings["pillars"]:
        row = f"| `{pillar['id']}` | {pillar['number']}. {pillar['title']} |"
        assert row in guide, f"CONTRIBUTING.md's pillar table lacks or misstates {pillar['id']!r}"


def test_contributing_example_claim_is_a_real_claim_file() -> None:
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    match = re.search(r"`(claims/[\w/-]+\.yaml)`:\n\n```yaml\n(.*?)```", guide, re.DOTALL)
    assert match, "CONTRIBUTING.md shows no example claim file"
    assert (REPO / match[1]).read_text(encoding="utf-8") == match[2]


def test_contributing_example_of_new_does_what_it_says(
    capsys: pytest.CaptureFixture[str], repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_copy)  # where the guide has the editor stand: new names its file from there
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    match = re.search(r'```sh\n   rootcheck new ([\w-]+) "(.*?)" --id ([\w-]+)\n   ```', guide)
    assert match, "CONTRIBUTING.md shows no example of rootcheck new"
    source, quote, claim_id = match[1], match[2].replace("\\$", "$"), match[3]
    code, out, err = run(capsys, "new", source, quote, "--id", claim_id, "--root", str(repo_copy))
    assert (code, err) == (0, "")
    # The file where the guide says, and the claim of the same figure it says is told of.
    written = f"claims/progress-2023/{claim_id}.yaml"
    assert out.startswith(f"{written}\n") and f"`{written}`" in guide
    claimed = re.search(r"this one as\s+`([\w-]+)`", guide)
    assert (
        claimed
        and f"  {claimed[1]} (claims/progress-2023/{claimed[1]}.yaml) claims this figure already" in out
    )


def test_contributing_example_comparison_starts_as_the_real_file() -> None:
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    match = re.search(
        r"`(comparisons/[\w-]+\.yaml)`, starts:\n\n```yaml\n(.*?)  \.\.\.\n```", guide, re.DOTALL
    )
    assert match, "CONTRIBUTING.md shows no example comparison"
    assert (REPO / match[1]).read_text(encoding="utf-8").startswith(match[2])
