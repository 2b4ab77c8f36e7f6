"""The published site in a real browser: the table, the deep links, the phone layout, no errors."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from rootcheck.checked import Checked
from rootcheck.model import CheckedClaim, Role
from rootcheck.render.sourcetext import SourceText
from rootcheck.text.fragments import directive_for

from .conftest import Watched, screenshot

pytestmark = pytest.mark.browser

OpenPage = Any


def last_progress_claim(checked: Checked) -> CheckedClaim:
    """The progress claim quoted furthest down its source: following it must scroll."""
    progress = [c for c in checked.claims if c.source.role is Role.PROGRESS and not c.claim.draft]
    return max(progress, key=lambda c: c.anchor.span.start if c.anchor.span else 0)


def in_viewport(page: Any, selector: str) -> bool:
    return bool(
        page.eval_on_selector(
            selector,
            "e => { const r = e.getBoundingClientRect();"
            " return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight; }",
        )
    )


def test_home_table_renders(open_page: OpenPage, base: str, checked: Checked) -> None:
    watched: Watched = open_page(1280, 900)
    page = watched.page
    page.goto(base)
    tables = page.locator("table.compare")
    assert tables.count() == len({c.pillar for c in checked.registry.comparisons})
    assert page.eval_on_selector("table.compare", "t => getComputedStyle(t).display") == "table"
    headers = page.locator("table.compare").first.locator("thead th").all_inner_texts()
    assert [h.strip().lower() for h in headers] == ["said in 2021", "reported in february 2023", "verdict"]
    rows = page.locator("table.compare tbody tr")
    assert rows.count() == len(checked.registry.comparisons)
    first = rows.first
    assert first.locator("td").count() == 3
    assert first.locator("mark").first.is_visible()
    assert first.locator(".badge").is_visible()
    cells = first.locator("td").evaluate_all("tds => tds.map(td => td.getBoundingClientRect().left)")
    assert cells == sorted(cells) and len(set(cells)) == 3  # side by side
    screenshot(page, "home")
    screenshot(page, "home-full", full_page=True)
    assert watched.problems == []


def test_following_a_claim_to_its_source_scrolls_to_a_visible_highlight(
    open_page: OpenPage, base: str, checked: Checked
) -> None:
    claim = last_progress_claim(checked)
    watched: Watched = open_page(1280, 900)
    page = watched.page
    page.goto(f"{base}claims/{claim.id}/")
    assert page.locator("blockquote mark").first.is_visible()
    screenshot(page, "claim")
    page.get_by_role("link", name="Read it in the annotated source").click()
    page.wait_for_url(f"**/sources/{claim.source.id}/#claim-{claim.id}")
    page.wait_for_timeout(200)
    assert page.evaluate("scrollY") > 500
    assert in_viewport(page, f"#claim-{claim.id}")
    marks = f'mark[data-claims~="{claim.id}"]'
    assert in_viewport(page, marks)
    colours = page.eval_on_selector_all(marks, "ms => ms.map(m => getComputedStyle(m).backgroundColor)")
    assert colours and all(c == "rgb(255, 210, 63)" for c in colours)  # the targeted passage stands out
    other = page.eval_on_selector(
        f'mark.passage:not([data-claims~="{claim.id}"])', "m => getComputedStyle(m).backgroundColor"
    )
    assert other not in ("rgba(0, 0, 0, 0)", colours[0])  # other passages are highlighted, less strongly
    screenshot(page, "source")
    assert watched.problems == []


def test_margin_notes_stand_beside_their_passages(open_page: OpenPage, base: str) -> None:
    watched: Watched = open_page(1280, 900)
    page = watched.page
    page.goto(f"{base}sources/fact-sheet-2023/")
    # How far each note's top stands below its passage's number: notes of one passage share one,
    # where 38 notes, stacked, stood up to 182 px (six lines) below theirs, beside other paragraphs.
    below = page.eval_on_selector_all(
        "sup.passage-number",
        "ss => ss.map(s => s.nextElementSibling.getBoundingClientRect().top - s.getBoundingClientRect().top)",
    )
    assert len(below) > 20
    assert max(below) < 90, below
    assert watched.problems == []


def test_the_phone_layout_stacks_the_table_into_cards(open_page: OpenPage, base: str) -> None:
    watched: Watched = open_page(375, 812)
    page = watched.page
    page.goto(base)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    row = page.locator("table.compare tbody tr").first
    assert row.evaluate("tr => getComputedStyle(tr).display") == "block"
    boxes = row.locator("td").evaluate_all("tds => tds.map(td => td.getBoundingClientRect().toJSON())")
    assert len({round(b["left"]) for b in boxes}) == 1  # one above the other
    assert [b["top"] for b in boxes] == sorted(b["top"] for b in boxes)
    assert all(b["width"] > 300 for b in boxes)
    label = row.locator("td").first.evaluate("td => getComputedStyle(td, '::before').content")
    # With its alternative text, empty, where the browser reads one: the header says it already.
    assert label in ('"Said in 2021"', '"Said in 2021" / ""')
    assert (
        not page.locator("table.compare thead").first.is_visible()
        or page.locator("thead").first.bounding_box()["height"] <= 1
    )
    screenshot(page, "home-phone", full_page=False)
    page.goto(f"{base}sources/fact-sheet-2023/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    screenshot(page, "source-phone")
    assert watched.problems == []


PAGES = [
    "",
    "charts/",
    "claims/",
    "sources/",
    "methodology/",
    "pillars/economic-insecurity/",
    "comparisons/four-billion-commitment/",
    "sources/cover-letter-2021/",
    "sources/cnn-harris-root-causes/",
    "claims/vaccine-doses-delivered/",
    "404.html",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_console_errors(open_page: OpenPage, base: str, path: str) -> None:
    watched: Watched = open_page(1280, 900)
    watched.page.goto(base + path)
    watched.page.wait_for_load_state("networkidle")
    assert watched.problems == []
    if path == "charts/":
        screenshot(watched.page, "charts")


@pytest.mark.parametrize("width", [800, 840, 1000, 1152, 1280])
def test_charts_keep_their_words_legible_at_every_width(open_page: OpenPage, base: str, width: int) -> None:
    # Side by side with its table, a chart between phone and desktop widths shrank to 7px type and
    # pushed the table past the window's edge.
    page = open_page(width, 900).page
    page.goto(base + "charts/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for size in page.locator("svg.chart text.chart-label").evaluate_all(
        "texts => texts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width)"
    ):
        assert size >= 11


@pytest.mark.parametrize("path", PAGES)
def test_every_page_fits_a_320px_screen(open_page: OpenPage, base: str, path: str) -> None:
    # WCAG's reflow width. A chart scrolls inside its own region, drawn large enough to read.
    page = open_page(320, 640).page
    page.goto(base + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for size in page.locator("svg.chart text.chart-label").evaluate_all(
        "texts => texts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width)"
    ):
        assert size >= 11


def test_keyboard_users_see_where_they_are(open_page: OpenPage, base: str) -> None:
    page = open_page(1280, 900).page
    page.goto(base)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert in_viewport(page, "a.skip")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_text_fragments_land_on_their_passage_in_chromium(
    open_page: OpenPage, served: tuple[str, Path], checked: Checked
) -> None:
    """Each source with an address is stood in for by its visible text; Chromium must scroll to the passage."""
    base, docroot = served
    page = open_page(1280, 900).page
    tried = 0
    for source_id, doc in checked.documents.items():
        source = checked.registry.sources[source_id]
        if source.url is None:
            continue
        text = SourceText(doc)
        blocks = text.visible.split("\n")
        body = "".join(f'<p id="b{i}" class="spaced">{html.escape(b)}</p>' for i, b in enumerate(blocks))
        stand_in = f'<!DOCTYPE html><meta charset="utf-8"><title>{source_id}</title><style>.spaced{{margin-bottom:2000px}}</style>{body}'
        (docroot / f"{source_id}.html").write_text(stand_in, encoding="utf-8")
        for claim in (c for c in checked.claims if c.source.id == source_id and c.anchor.span):
            assert claim.anchor.span is not None
            start, end = text.to_visible(claim.anchor.span)
            directive = directive_for(text.visible, start, end)
            block = text.visible.count("\n", 0, start)
            page.goto(directive.url(f"{base.removesuffix('rootcheck/')}{source_id}.html?claim={claim.id}"))
            page.wait_for_timeout(100)
            assert in_viewport(page, f"#b{block}"), f"{claim.id}: {directive.encoded()}"
            if block:
                assert not in_viewport(page, f"#b{block - 1}"), claim.id
            tried += 1
    assert tried >= 20
