"""The charts: which figures they show, in which category, and how they are drawn."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from rootcheck.render.assembly import assemble
from rootcheck.render.categories import Money, money_category
from rootcheck.render.charts import Chart, money_chart, people_chart, render_svg
from rootcheck.render.views import SiteView

from .helpers import FIXTURE, REPO, build, checked


def views(root: Path) -> SiteView:
    return assemble(checked(root), drafts=False, build_date=None).site


def groups(chart: Chart) -> dict[str, list[str]]:
    return {g.key: [b.claim.id for b in g.bars] for g in chart.groups}


def test_money_is_sorted_by_the_words_of_each_quote() -> None:
    chart = money_chart(views(FIXTURE))
    assert groups(chart) == {
        Money.PLEDGED.value: ["four-billion"],
        Money.LEVERAGED.value: ["leveraged"],
        Money.PROVIDED.value: ["school-meals"],
        Money.PRIVATE.value: ["committed"],  # "30 companies have committed"
    }
    assert [b.label for b in chart.bars] == [
        "$4 billion",
        "an estimated $50 million",
        "$120 million",
        "more than $1.5 billion",
    ]


@pytest.mark.parametrize(
    ("quote", "category"),
    [
        ("Complementing our investments, the U.S. also provided $420 million in aid", Money.BESIDE),
        ("In addition to our investments under the Strategy, it provided $20 million", Money.BESIDE),
        # Another's programs complemented: the money is still the strategy's, by its own verb.
        ("It provided $50 million in grants complementing Honduran government programs", Money.PROVIDED),
        ("It leveraged $200 million in loans, complementing public investment", Money.LEVERAGED),
        ("It committed $30 million to a fund that complements local efforts", Money.COMMITTED),
        # Money committed or leveraged keeps its own category, whatever it complements.
        ("Complementing our investments, the U.S. Government committed $30 million", Money.COMMITTED),
        ("In addition to our investments, partners leveraged $50 million", Money.LEVERAGED),
        ("To complement our investment under the Strategy, it provided $420 million", Money.BESIDE),
    ],
)
def test_money_beside_the_strategy_is_told_by_the_governments_own_words(quote: str, category: Money) -> None:
    claim = next(c for c in checked(REPO).claims if c.id == "school-feeding-funding")
    assert money_category(replace(claim, claim=replace(claim.claim, quote=quote))) is category


def test_the_repository_money_separates_commitments_leverage_spending_and_aid_beside_it() -> None:
    chart = money_chart(views(REPO))
    found = groups(chart)
    assert found[Money.PLEDGED.value] == ["four-billion-regional-strategy"]
    assert set(found[Money.COMMITTED.value]) == {"centroamerica-local-funding", "gbv-project-honduras"}
    # What companies committed is no government's money, and is drawn apart from it.
    assert found[Money.PRIVATE.value] == ["call-to-action-investment"]
    assert set(found[Money.LEVERAGED.value]) == {"agriculture-funds-leveraged", "small-business-financing"}
    assert found[Money.PROVIDED.value] == ["school-feeding-funding"]
    # Aid the update says complements the strategy's investments is not drawn as the strategy's spending.
    assert found[Money.BESIDE.value] == ["humanitarian-assistance"]
    assert Money.UNSTATED.value not in found  # critique figures are not the update's


def test_people_reached_leaves_out_the_targets_of_enforcement() -> None:
    chart = people_chart(views(FIXTURE))
    assert groups(chart) == {"jobs": ["youth"], "safety": ["officials"]}
    repo = groups(people_chart(views(REPO)))
    everyone = {claim for members in repo.values() for claim in members}
    assert {"foreign-charges-individuals", "corrupt-actors-named", "treasury-sanctions"}.isdisjoint(everyone)
    assert {"education-youth-reached", "gbv-survivors-served", "civilian-police-trained"} <= everyone


def test_the_svg_has_a_title_a_description_and_linked_bars() -> None:
    chart = money_chart(views(FIXTURE))
    svg = str(render_svg(chart, lambda path: "../" + path))
    assert '<title id="chart-money-title">' in svg and '<desc id="chart-money-desc">' in svg
    assert re.findall(r'<a href="([^"]+)"', svg) == [
        f"../claims/{i}/" for i in ("four-billion", "leveraged", "school-meals", "committed")
    ]
    widths = [float(w) for w in re.findall(r'<rect x="0" y="[\d.]+" width="([\d.]+)"', svg)]
    assert widths == sorted(widths, reverse=True)[:1] + widths[1:] and max(widths) < 720


def test_the_charts_page_puts_the_numbers_in_a_table_beside_each_chart() -> None:
    page = build()["charts/index.html"].decode()
    assert page.count("<svg") == 2 and page.count("<table") == 2
    assert '<td class="num">an estimated $50 million</td>' in page


def test_a_long_pillar_heading_goes_on_to_a_second_line() -> None:
    svg = str(render_svg(people_chart(views(REPO)), lambda path: path))
    headings = [
        re.findall(r"<tspan[^>]*>(.*?)</tspan>", heading)
        for heading in re.findall(r'<text class="chart-group"[^>]*>(.*?)</text>', svg)
    ]
    governance = next(lines for lines in headings if lines[0].startswith("Pillar 2:"))
    assert " ".join(governance) == (
        "Pillar 2: Combat corruption, strengthen democratic governance, and advance the rule of law"
    )
    assert all(1 <= len(lines) <= 2 and all(len(line) <= 78 for line in lines) for lines in headings)
    # Read as its text is, tags aside (as a screen reader does), the heading keeps its space between lines.
    text = next(
        t for t in re.findall(r'<text class="chart-group"[^>]*>(.*?)</text>', svg) if "Pillar 2:" in t
    )
    assert "advance the rule of law" in re.sub(r"<[^>]+>", "", text)
