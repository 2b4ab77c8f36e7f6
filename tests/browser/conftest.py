"""A built site served on 127.0.0.1 under a sub-path, and Debian's Chromium to open it.

Playwright drives the system's /usr/bin/chromium; it never downloads a
browser. Screenshots go to test-artifacts/ at the repository root.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from rootcheck.building import build
from rootcheck.checked import Checked
from rootcheck.pipeline import check
from rootcheck.render.site import RenderOptions

REPO = Path(__file__).resolve().parent.parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SUB_PATH = "/rootcheck/"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def checked() -> Checked:
    result = check(REPO)
    assert not result.errors, "\n".join(f"{d.where}: {d.message}" for d in result.errors)
    return result


@pytest.fixture(scope="session")
def served(checked: Checked, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The repository's site under http://127.0.0.1:PORT/rootcheck/, and the folder served."""
    docroot = tmp_path_factory.mktemp("www")
    templates = REPO / "templates"
    options = RenderOptions(base_url=SUB_PATH, templates=templates if templates.is_dir() else None)
    # Built as `rootcheck build` builds, so that the browser opens what a build publishes.
    built = build(REPO, docroot / SUB_PATH.strip("/"), options)
    assert built.published is not None, [f"{d.where}: {d.message}" for d in built.checked.errors]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(docroot)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}", docroot
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def base(served: tuple[str, Path]) -> str:
    return served[0]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed: apt-get install chromium chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Watched:
    """A page, and every console error, script error and failed load seen on it."""

    page: Any
    problems: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """Open pages at a given viewport size, each watched for problems."""
    contexts: list[Any] = []

    def opener(width: int = 1280, height: int = 900) -> Watched:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        watched = Watched(context.new_page())
        page = watched.page
        page.on(
            "console",
            lambda m: (
                watched.problems.append(f"console {m.type}: {m.text}")
                if m.type in ("error", "warning")
                else None
            ),
        )
        page.on("pageerror", lambda e: watched.problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: watched.problems.append(f"failed: {r.url}"))
        page.on(
            "response",
            lambda r: watched.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
        )
        return watched

    yield opener
    for context in contexts:
        context.close()


def screenshot(page: Any, name: str, *, full_page: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
