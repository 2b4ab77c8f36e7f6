"""Bar charts drawn as SVG at build time: the money, and the people reached.

Each chart is a title, a description, bars grouped under headings and the
same numbers as a table (the table is in the template). Bars share one linear
scale per chart, so a $3 million project looks as small next to a $4 billion
pledge as it is; every bar is labelled with its value and links to its claim.
Nothing is summed: the sources never say the figures can be added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from rootcheck.patterns import lazy
from rootcheck.render import format as fmt
from rootcheck.render.categories import MONEY_LABELS, Money
from rootcheck.render.views import ClaimView, SiteView
from rootcheck.text.numbers import SIGNS

WIDTH = 720
#: Generous width of one character of a bold label, to leave room for it right of a bar.
CHAR_WIDTH = 8.6
#: Group headings longer than this go on to a second line, and past two lines are shortened in the
#: drawing (the table has them whole).
HEADING_CHARS = 78
GROUP_HEIGHT = 34
#: What a group heading's second line adds to its height.
HEADING_LINE = 18
ROW_HEIGHT = 46
BAR_HEIGHT = 16


@dataclass(frozen=True)
class Bar:
    claim: ClaimView
    value: float
    label: str

    @property
    def text(self) -> str:
        return self.claim.title


@dataclass(frozen=True)
class Group:
    key: str
    title: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    groups: tuple[Group, ...]

    @property
    def bars(self) -> list[Bar]:
        return [bar for group in self.groups for bar in group.bars]


_AMOUNT_START = lazy(rf"[{SIGNS}\d]")


def _bar(claim: ClaimView) -> Bar:
    """A bar labelled as the source words it: "an estimated $189 million", "over 9,000"."""
    quantity = claim.checked.quantity
    assert quantity is not None
    figure = claim.checked.claim.figure
    amount = fmt.amount(quantity)
    start = _AMOUNT_START.search(figure)
    if start is not None:
        label = figure[: start.start()] + amount
    elif quantity.qualifier.value == "exact":
        label = amount
    else:
        label = f"{fmt.qualifier(quantity)} {amount}"
    return Bar(claim, quantity.value, label)


def _in_money_chart(claim: ClaimView) -> bool:
    return claim.money is not None and claim.source.role.value in ("pledge", "progress")


def charted(site: SiteView) -> list[ClaimView]:
    """The claims either chart draws, in the site's order: what the charts page shows of the claims."""
    return [c for c in site.claims.values() if _in_money_chart(c) or c.people]


def money_chart(site: SiteView) -> Chart:
    """The 2021 pledge beside every dollar figure of the 2023 update, by what the money is."""
    groups = []
    for category in Money:
        members = [_bar(c) for c in site.claims.values() if c.money is category and _in_money_chart(c)]
        if members:
            members.sort(key=lambda b: -b.value)
            groups.append(Group(category.value, MONEY_LABELS[category], tuple(members)))
    pledged = sum(1 for g in groups if g.key == Money.PLEDGED.value)
    description = (
        "Horizontal bars on one scale: the dollar sums the 2021 strategy pledged, then every dollar "
        "figure in the February 2023 update, grouped by whether the money was committed, leveraged "
        "from others, provided, set beside the strategy rather than under it, or committed by "
        "companies and organizations rather than the U.S. Government. The groups are not added up. "
        + _SMALLEST
    )
    if not pledged:
        description = description.replace("the dollar sums the 2021 strategy pledged, then ", "")
    return Chart(
        "money",
        "Dollars pledged, committed, leveraged and provided",
        description,
        tuple(groups),
    )


#: The narrowest a bar is drawn, so that a small value is still seen; the one exception to one scale.
MIN_BAR = 2.0
_SMALLEST = "A bar too short to be seen at that scale is drawn at the least length that can be, longer than its value; its label gives the value."


def people_chart(site: SiteView) -> Chart:
    """People the 2023 update says were reached, served or trained, or are in training, by pillar."""
    groups = []
    for pillar in site.pillars:
        members = sorted((_bar(c) for c in pillar.claims if c.people), key=lambda b: -b.value)
        if members:
            title = f"{pillar.label}: {pillar.pillar.title}"
            groups.append(Group(pillar.pillar.id, title, tuple(members)))
    description = (
        "Horizontal bars on one scale, grouped by the strategy's pillars: each count of people the "
        "February 2023 update says were reached, served or trained, or are in training. The counts "
        "may overlap and are not added up. " + _SMALLEST
    )
    return Chart("people", "People reached, by pillar", description, tuple(groups))


def _heading_lines(text: str) -> list[str]:
    """A group heading on one line, or two: "Pillar 4: Counter and prevent violence, …" read whole."""
    if len(text) <= HEADING_CHARS:
        return [text]
    first = text[:HEADING_CHARS].rsplit(" ", 1)[0]
    return [first, fmt.cut_at_word(text[len(first) :].strip(), HEADING_CHARS)]


def _group_height(group: Group) -> int:
    return GROUP_HEIGHT + HEADING_LINE * (len(_heading_lines(group.title)) - 1) + ROW_HEIGHT * len(group.bars)


def _height(chart: Chart) -> int:
    return sum(_group_height(g) for g in chart.groups) + 8


def render_svg(chart: Chart, href: Callable[[str], str]) -> Markup:
    """The chart as inline SVG; ``href`` turns a site path into a link from the current page."""
    # One scale for all bars, as large as lets every value label fit beside its bar.
    scale = min(
        ((WIDTH - 12 - CHAR_WIDTH * len(b.label)) / b.value for b in chart.bars if b.value > 0), default=1.0
    )
    title_id, desc_id = f"chart-{chart.id}-title", f"chart-{chart.id}-desc"
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {_height(chart)}" xmlns="http://www.w3.org/2000/svg" '
        f'role="group" aria-labelledby="{title_id}" aria-describedby="{desc_id}">',
        f'<title id="{title_id}">{escape(chart.title)}</title>',
        f'<desc id="{desc_id}">{escape(chart.description)}</desc>',
    ]
    y = 0
    for group in chart.groups:
        lines = _heading_lines(group.title)
        # A space between the lines, which each start at x=0: read aloud, "advance the", not "advancethe".
        spans = " ".join(
            f'<tspan x="0" dy="{HEADING_LINE if index else 0}">{escape(line)}</tspan>'
            for index, line in enumerate(lines)
        )
        out.append(f'<text class="chart-group" x="0" y="{y + 22}">{spans}</text>')
        y += GROUP_HEIGHT + HEADING_LINE * (len(lines) - 1)
        for bar in group.bars:
            width = max(bar.value * scale, MIN_BAR)
            bar_y = y + 20
            out += [
                f'<a href="{escape(href(bar.claim.path))}" class="chart-bar bar-{escape(group.key)}">',
                f"<title>{escape(bar.text)}: {escape(bar.label)}</title>",
                f'<text class="chart-label" x="0" y="{y + 13}">{escape(bar.text)}</text>',
                f'<rect x="0" y="{bar_y}" width="{width:.1f}" height="{BAR_HEIGHT}" rx="2"></rect>',
                f'<text class="chart-value" x="{width + 8:.1f}" y="{bar_y + 13}">{escape(bar.label)}</text>',
                "</a>",
            ]
            y += ROW_HEIGHT
    out.append("</svg>")
    return Markup("\n".join(out))
