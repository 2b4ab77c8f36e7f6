"""The codebase stays lint-clean, type-checked, in small modules, and layered: data flows one way."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import REPO

MAX_MODULE_LINES = 400


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *argv], cwd=REPO, capture_output=True, text=True)


def test_ruff_lint() -> None:
    result = _run("ruff", "check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run("ruff", "format", "--check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_modules_stay_small() -> None:
    sizes = {
        p.relative_to(REPO).as_posix(): len(p.read_text("utf-8").splitlines())
        for p in (REPO / "src").rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}


def _package_modules() -> dict[str, ast.Module]:
    package = REPO / "src" / "rootcheck"
    return {p.relative_to(package).as_posix(): ast.parse(p.read_text("utf-8")) for p in package.rglob("*.py")}


def _imported(tree: ast.Module) -> set[str]:
    """The parts of rootcheck a module imports: "render" of ``rootcheck.render.pages``."""
    names = [
        *(node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module),
        *(alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names),
    ]
    return {name.split(".")[1] for name in names if name.startswith("rootcheck.")}


#: What each layer may not import: data flows one way, from the command line through the build to the
#: text layer, which knows nothing of pages, files on disk or the registry's YAML.
_NOT_IMPORTED = {
    "text": {"render", "output", "commands", "cli", "checks", "registry", "pipeline", "building", "preview"},
    "safeyaml": {"render", "output", "commands", "cli", "checks", "registry", "text"},
    "registry": {"render", "output", "commands", "cli", "checks", "pipeline", "building", "preview"},
    "checks": {"render", "output", "commands", "cli", "building", "preview"},
    "render": {"commands", "cli", "checks", "pipeline", "building", "preview"},
    "output": {"render", "commands", "cli", "checks", "registry", "text", "pipeline", "building"},
}


def test_layers_import_only_downstream() -> None:
    wrong = {
        name: sorted(_imported(tree) & _NOT_IMPORTED[name.split("/")[0]])
        for name, tree in _package_modules().items()
        if name.split("/")[0] in _NOT_IMPORTED
    }
    assert {name: parts for name, parts in wrong.items() if parts} == {}


#: Where a module may print or end the process: the command line and the Ctrl-C shim that starts it.
_MAY_PRINT_OR_EXIT = ("cli.py", "commands/", "start.py", "__main__.py")
#: Where it may end at once with os._exit: the command line, which leaves what it built to the operating
#: system, and forked workers, so that nothing of the parent's runs twice.
_MAY_END_AT_ONCE = ("cli.py", "parallel.py")


def test_nothing_but_the_command_line_prints_or_exits() -> None:
    found = []
    for name, tree in _package_modules().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                called = ast.unparse(node.func)
                if called in ("print", "sys.exit", "exit", "quit") and not name.startswith(
                    _MAY_PRINT_OR_EXIT
                ):
                    found.append(f"{name}:{node.lineno}: {called}")
                if called == "os._exit" and not name.startswith(_MAY_END_AT_ONCE):
                    found.append(f"{name}:{node.lineno}: {called}")
            if isinstance(node, ast.Raise) and node.exc is not None:
                raised = ast.unparse(node.exc.func if isinstance(node.exc, ast.Call) else node.exc)
                if raised == "SystemExit" and not name.startswith(_MAY_PRINT_OR_EXIT):
                    found.append(f"{name}:{node.lineno}: raise {raised}")
    assert found == []


def test_checking_imports_nothing_of_pages_or_the_site_s_output() -> None:
    # The layers above are read module by module; this follows imports through the top-level modules
    # (the memos, the pipeline) too, as a check pays for whatever they load at its start.
    program = "import sys, rootcheck.pipeline; print(*sorted(sys.modules))"
    shown = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    ).stdout.split()
    assert [m for m in shown if m.startswith(("rootcheck.output", "rootcheck.render", "jinja2"))] == []
    # Nor what only a rare input needs: decimal reads a numeral of 16 characters or more.
    assert "decimal" not in shown
