"""The Atom feed (one entry per comparison) and the sitemap.

Both need dates, and a build must not invent any. The sitemap dates each page
by the data alone (:mod:`rootcheck.render.lastmod`). A feed entry is dated by its
comparison's ``published`` and ``updated`` days and corrections, where an
editor gave them; the feed's ``updated``, and an undated entry's, is the
build date when ``SOURCE_DATE_EPOCH`` gives one, otherwise the latest date
found in the sources and comparisons (Atom requires a date; this one is in
the data), and never one before its newest entry's. Entry
ids are UUIDs derived from the publication and the comparison id, so they do
not change when the site moves to another base URL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable

from markupsafe import escape

from rootcheck.patterns import lazy
from rootcheck.render import format as fmt
from rootcheck.render import urls
from rootcheck.render.lastmod import PageDate
from rootcheck.render.markdown import render_markdown
from rootcheck.render.views import SiteView

_EPOCH = dt.date(1970, 1, 1)
#: What XML 1.0 cannot hold (§2.2): the registry refuses it in every text, and a feed with one is no
#: feed at all to a reader, so any that slipped through stands as U+FFFD. Written as what is out
#: rather than "not what is in": the same characters, but a class negating the planes above took
#: some 9 ms to compile at every build's start, against 1 ms.
_NOT_XML = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(lines: list[str]) -> bytes:
    return _NOT_XML.sub("\ufffd", "\n".join(lines) + "\n").encode("utf-8")


def _stamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def feed_date(site: SiteView) -> dt.date:
    """The feed's date: the build's, or the data's latest; never before its newest entry's, which a
    build dated before a correction would otherwise be (RFC 4287 §4.2.15)."""
    dates = [
        date
        for c in site.comparisons.values()
        for date in (c.comparison.published, c.comparison.revised)
        if date
    ]
    if site.build_date:
        return max([site.build_date, *dates])
    dates += [s.source.published for s in site.sources.values() if s.source.published]
    return max(dates, default=_EPOCH)


def _id(site: SiteView, absolute: Callable[[str], str], path: str) -> str:
    """The permanent id of the feed or an entry (RFC 4287 §4.2.6): the address of the page it stands
    for, which a typo mended in the site's title leaves as it was; a build with no public address
    (a preview) names the site by its title instead."""
    address = absolute(path)
    if urls.is_public(address):
        return address
    return uuid.uuid5(uuid.NAMESPACE_URL, f"rootcheck:{site.settings.title}:{path}").urn


def atom(site: SiteView, absolute: Callable[[str], str]) -> bytes:
    updated = _stamp(feed_date(site))
    # The build date stands in for an undated fact-check's, as in its ClaimReview.
    undated = _stamp(site.build_date) if site.build_date else updated

    def claim_href(claim_id: str) -> str | None:
        return absolute(urls.claim(claim_id)) if claim_id in site.claims else None

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{escape(site.settings.language)}">',
        f"  <title>{escape(site.settings.title)}</title>",
        f"  <subtitle>{escape(site.settings.tagline)}</subtitle>",
        f"  <id>{escape(_id(site, absolute, urls.HOME))}</id>",
        f'  <link rel="self" type="application/atom+xml" href="{escape(absolute(urls.FEED))}"/>',
        f'  <link rel="alternate" type="text/html" href="{escape(absolute(urls.HOME))}"/>',
        f"  <updated>{updated}</updated>",
        f"  <author><name>{escape(site.settings.publisher)}</name></author>",
    ]
    for comp in site.comparisons.values():
        verdict = comp.verdict.verdict
        content = str(render_markdown(comp.comparison.annotation, claim_href))
        # A reader whose feed shows the entry as updated is told why, as the page tells it.
        content += "".join(
            f"\n<p><strong>Correction, {fmt.date(c.date)}:</strong> {escape(c.text)}</p>"
            for c in comp.comparison.corrections
        )
        # An entry dated by its editor keeps its dates from build to build.
        published = comp.comparison.published
        revised = comp.comparison.revised or published
        lines += [
            "  <entry>",
            f"    <title>{escape(verdict.label)}: {escape(comp.title)}</title>",
            f"    <id>{escape(_id(site, absolute, comp.path))}</id>",
            f'    <link rel="alternate" type="text/html" href="{escape(absolute(comp.path))}"/>',
            *([f"    <published>{_stamp(published)}</published>"] if published else []),
            f"    <updated>{_stamp(revised) if revised else undated}</updated>",
            f'    <category term="{escape(verdict.id)}" label="{escape(verdict.label)}"/>',
            f'    <content type="html">{escape(content)}</content>',
            "  </entry>",
        ]
    lines.append("</feed>")
    return _xml(lines)


def sitemap(pages: Iterable[PageDate], absolute: Callable[[str], str]) -> bytes:
    """Every page by its URL, with the day its content last changed where the data tells it (see
    :mod:`rootcheck.render.lastmod`), never the build's."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for page in pages:
        lastmod = f"<lastmod>{page.lastmod.isoformat()}</lastmod>" if page.lastmod else ""
        lines.append(f"  <url><loc>{escape(absolute(page.path))}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return _xml(lines)
