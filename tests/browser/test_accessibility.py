"""axe-core's WCAG 2.0 and 2.1 A and AA rules on one page of every kind, on a desktop and on phones.

Two sites are checked: the repository's own, and the rendering tests' fixture, whose titles and
verdict names are long unbroken strings of escaped markup and which holds the page a renamed
claim leaves behind. The site declares no dark scheme, so a reader who prefers one gets the
light pages: a dark preference is checked once the stylesheet answers one.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from rootcheck.building import build
from rootcheck.render.site import RenderOptions

from .conftest import REPO, SUB_PATH, _QuietHandler

pytestmark = pytest.mark.browser

FIXTURE = REPO / "tests" / "render" / "fixture"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

#: One page of every kind in the repository's site: each pillar, a claim and a fact-check of each
#: verdict, a claim in no fact-check, every annotated source, the lists, the charts, the 404 page.
SITE_PAGES = [
    "",
    "charts/",
    "claims/",
    "sources/",
    "methodology/",
    "404.html",
    "pillars/economic-insecurity/",
    "pillars/governance/",
    "pillars/human-rights/",
    "pillars/organized-crime/",
    "pillars/gender-violence/",
    "pillars/cross-cutting/",
    "comparisons/citizenship-pathway/",  # No figure reported
    "comparisons/four-billion-commitment/",  # Cannot be compared
    "comparisons/business-call-to-action/",  # Commitment only
    "comparisons/pillar-economic-insecurity/",  # Output, no outcome
    "claims/anticorruption-task-force/",
    "claims/agriculture-funds-leveraged/",
    "claims/businesses-invested-2021/",
    "claims/vaccine-doses-delivered/",
    "claims/cnn-border-thousands/",
    "sources/cover-letter-2021/",
    "sources/strategy-page-2021/",
    "sources/fact-sheet-2023/",
    "sources/bermeo-critique/",
    "sources/cnn-harris-root-causes/",
    # A passage targeted from its claim page, drawn in its strongest highlight.
    "sources/fact-sheet-2023/#claim-vaccine-doses-delivered",
]

#: The fixture's pages whose content the repository's site does not have.
FIXTURE_PAGES = [
    "",
    "charts/",
    "methodology/",
    "comparisons/safety/",
    "claims/script-widgets/",
    "claims/old-four-billion/",  # a renamed claim's old address
]

STYLESHEET = REPO / "src" / "rootcheck" / "render" / "theme" / "style.css"
SCHEMES = ["light", "dark"] if "prefers-color-scheme" in STYLESHEET.read_text(encoding="utf-8") else ["light"]
# No breakpoint of the stylesheet lies between 320 px (WCAG's reflow width) and the widest phones.
VIEWPORTS = {"desktop": (1280, 900), "phone": (320, 640)}


def _serve(root: Path, docroot: Path) -> Iterator[str]:
    built = build(root, docroot / SUB_PATH.strip("/"), RenderOptions(base_url=SUB_PATH))
    assert built.published is not None, [f"{d.where}: {d.message}" for d in built.checked.errors]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(docroot)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def fixture_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(FIXTURE, tmp_path_factory.mktemp("fixture-www"))


@pytest.fixture(scope="module")
def axe() -> Any:
    pytest.importorskip("axe_playwright_python", reason="pip install axe-playwright-python")
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def _problems(results: dict[str, Any]) -> list[str]:
    found = []
    for kind in ("violations", "incomplete"):
        for rule in results[kind]:
            # Of what axe leaves for review, only contrast is taken as failing: a text whose
            # contrast axe cannot measure (covered, clipped or overflowing) is a fault of layout.
            if kind == "incomplete" and rule["id"] != "color-contrast":
                continue
            for node in rule["nodes"]:
                if kind == "incomplete" and _svg_text(node):
                    continue
                found.append(f"{rule['id']} ({kind}): {node['target']} {node['html'][:120]}")
    return found


def _svg_text(node: dict[str, Any]) -> bool:
    # Text inside an SVG has no box behind which axe can find a background, so its contrast is
    # always left for review; the charts draw theirs in the page's ink on the card, which
    # test_chart_text_is_ink_on_the_card checks.
    return bool(node["html"].startswith(("<text", "<tspan")))


def _stay(page: Any) -> None:
    """Keep ``page`` on a moved claim's old address, which otherwise sends the reader on at once."""
    page.route(
        "**/*",
        lambda route: (
            route.fulfill(
                response=(r := route.fetch()),
                body=r.text().replace('http-equiv="refresh"', 'data-refresh=""'),
            )
            if route.request.resource_type == "document"
            else route.continue_()
        ),
    )


def _audit(
    browser: Any, axe: Any, base: str, paths: list[str], viewport: str, scheme: str
) -> dict[str, list[str]]:
    """What axe finds wrong on each page of ``paths``, for the pages where it finds anything."""
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    try:
        page = context.new_page()
        _stay(page)
        options = {"runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations", "incomplete"]}
        found = {}
        for path in paths:
            page.goto(base + path)
            problems = _problems(axe.run(page, options=options).response)
            if problems:
                found[path] = problems
        return found
    finally:
        context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_site_passes_axe(browser: Any, axe: Any, base: str, viewport: str, scheme: str) -> None:
    assert _audit(browser, axe, base, SITE_PAGES, viewport, scheme) == {}


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_fixture_site_passes_axe(browser: Any, axe: Any, fixture_base: str, viewport: str) -> None:
    assert _audit(browser, axe, fixture_base, FIXTURE_PAGES, viewport, "light") == {}


def test_chart_text_is_ink_on_the_card(open_page: Any, base: str) -> None:
    page = open_page(1280, 900).page
    page.goto(base + "charts/")
    fills = page.eval_on_selector_all("svg.chart text", "ts => ts.map(t => getComputedStyle(t).fill)")
    ink = page.evaluate("getComputedStyle(document.body).color")
    card = page.eval_on_selector("figure.chart-figure", "f => getComputedStyle(f).backgroundColor")
    assert fills and set(fills) == {ink}
    assert (ink, card) == ("rgb(27, 26, 23)", "rgb(255, 255, 255)")  # 17:1


@pytest.mark.parametrize("path", FIXTURE_PAGES)
def test_long_unbroken_words_fit_a_320px_screen(open_page: Any, fixture_base: str, path: str) -> None:
    # WCAG's reflow, with titles and names that no line can break between words. A data table is
    # exempt (its rows and columns are read in two dimensions): the methodology's scale of verdicts
    # keeps a verdict's name whole, and a name of one long string widens it past the screen.
    page = open_page(320, 640).page
    _stay(page)
    page.goto(fixture_base + path)
    page.eval_on_selector_all("table", "ts => ts.forEach(t => { t.style.display = 'none'; })")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
