"""When each page of the sitemap last changed, as the fact-check's own dates tell it.

A sitemap's ``lastmod`` is the day a page's content last changed. The build
knows no such day of its own: the day it runs is not one, and dating every
page by it (as ``SOURCE_DATE_EPOCH`` did) told crawlers that every page
changed with every merge, so that they learn to ignore the site's dates. A
page is dated instead by the latest day of what it shows: the fact-checks'
``published`` and ``updated`` days and corrections, a claim's corrections,
and the publication days of the sources it quotes (a page showing a passage
changed on or after the day its document came out). A page is given a day
only where one of the fact-check's own stands among them: a source's day
alone would date the page by its document, long before the page was made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rootcheck.render import urls
from rootcheck.render.views import ClaimView, ComparisonView, SiteView


def _latest(days: Iterable[dt.date | None]) -> dt.date | None:
    return max((day for day in days if day is not None), default=None)


@dataclass(frozen=True)
class Days:
    """The latest day of the fact-check's own a page shows, and the latest its sources were published."""

    own: dt.date | None = None
    sources: dt.date | None = None

    def __or__(self, other: Days) -> Days:
        return Days(_latest((self.own, other.own)), _latest((self.sources, other.sources)))

    @property
    def lastmod(self) -> dt.date | None:
        return _latest((self.own, self.sources)) if self.own is not None else None


def _joined(days: Iterable[Days]) -> Days:
    whole = Days()
    for each in days:
        whole |= each
    return whole


def _claim(claim: ClaimView) -> Days:
    corrected = claim.checked.claim.corrections if claim.corrected else ()
    return Days(_latest(c.date for c in corrected), claim.source.published)


def _comparison(comp: ComparisonView) -> Days:
    return Days(_latest((comp.comparison.published, comp.comparison.revised)))


@dataclass(frozen=True)
class PageDate:
    """A page of the sitemap, by its site path, and the day its content last changed, if the data tells it."""

    path: str
    lastmod: dt.date | None


def page_dates(site: SiteView, pages: Iterable[str], charted: Iterable[ClaimView]) -> tuple[PageDate, ...]:
    """Each of ``pages`` with its day, in their order."""
    claims = {claim.id: _claim(claim) for claim in site.claims.values()}
    compared = {
        comp.id: _comparison(comp) | _joined(claims[claim.id] for claim in comp.claims)
        for comp in site.comparisons.values()
    }
    days: dict[str, Days] = {
        urls.HOME: _joined(compared.values()),
        urls.CLAIMS: _joined(claims.values()),
        urls.CHARTS: _joined(claims[claim.id] for claim in charted),
        # It lists every correction, and the sources.
        urls.METHODOLOGY: Days(_latest(c.date for c, _ in site.corrections()))
        | _joined(Days(sources=view.source.published) for view in site.sources.values()),
    }
    for comp in site.comparisons.values():
        days[comp.path] = compared[comp.id]
    for claim in site.claims.values():
        # Its page names the fact-checks it belongs to, with their verdicts.
        shown = (_comparison(site.comparisons[c]) for c in claim.comparison_ids if c in site.comparisons)
        days[claim.path] = claims[claim.id] | _joined(shown)
    for view in site.sources.values():
        days[view.path] = Days(sources=view.source.published) | _joined(claims[c.id] for c in view.claims)
    for pillar in site.pillars:
        days[pillar.path] = _joined(compared[comp.id] for comp in pillar.comparisons) | _joined(
            claims[claim.id] for claim in pillar.claims
        )
    return tuple(PageDate(page, days[page].lastmod if page in days else None) for page in pages)
