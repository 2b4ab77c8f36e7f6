"""The whole site as a mapping of files, made from the checked registry in one pass."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rootcheck.pipeline import Checked
from rootcheck.registry.jsonschema import claim_schema_json
from rootcheck.render import exports, feeds, urls
from rootcheck.render.charts import money_chart, people_chart
from rootcheck.render.pages import Pages, asset, environment
from rootcheck.render.views import build_views


@dataclass(frozen=True)
class RenderOptions:
    """How to build: ``base_url`` is where the site will be served (``/`` or an absolute URL)."""

    base_url: str = "/"
    drafts: bool = False
    build_date: dt.date | None = None
    templates: Path | None = None
    #: Where compiled templates are kept between builds (never inside the output).
    cache: Path | None = None


CLAIM_SCHEMA = "data/claim.schema.json"


def render_site(checked: Checked, options: RenderOptions) -> dict[str, bytes]:
    """Every file of the site: site-relative POSIX path → content."""
    base = urls.normalize_base(options.base_url)
    site = build_views(checked, drafts=options.drafts, build_date=options.build_date)
    env = environment(options.templates, options.cache)
    pages = Pages(site, env, base)
    absolute = urls.Urls(base, "").absolute
    files: dict[str, bytes] = {}

    def page(path: str, content: bytes) -> None:
        files[urls.file_of(path)] = content

    page(urls.HOME, pages.home())
    page(urls.METHODOLOGY, pages.methodology())
    page(urls.CLAIMS, pages.claims())
    page(urls.SOURCES, pages.sources())
    charts = [money_chart(site), people_chart(site)]
    page(urls.CHARTS, pages.charts([c for c in charts if c.groups]))
    for pillar in site.pillars:
        page(pillar.path, pages.pillar(pillar))
    for comp in site.comparisons.values():
        page(comp.path, pages.comparison(comp))
    for claim in site.claims.values():
        page(claim.path, pages.claim(claim))
    for source in site.sources.values():
        page(source.path, pages.source(source))
        files[urls.source_text(source.source.id)] = source.text.document.text.encode("utf-8")
        if source.claims:
            files[urls.passage_css(source.source.id)] = pages.passage_css(source)
    listed = [path.removesuffix("index.html") for path in files if path.endswith("index.html")]
    for alias, claim_id in site.redirects.items():
        if urls.claim(alias) not in listed:
            page(urls.claim(alias), pages.redirect(alias, claim_id))
    files[urls.NOT_FOUND] = pages.not_found()
    files[urls.STYLESHEET] = asset(env, urls.STYLESHEET)
    files[urls.FAVICON] = asset(env, urls.FAVICON)
    files[urls.FEED] = feeds.atom(site, absolute)
    files[urls.SITEMAP] = feeds.sitemap(site, listed, absolute)
    files[urls.CLAIMS_JSON] = exports.claims_json(site, absolute)
    files[urls.CLAIMS_CSV] = exports.claims_csv(site, absolute)
    files[urls.ANNOTATIONS] = exports.web_annotations(site, absolute)
    # Published so that editors' YAML tools can fetch the claim format from the site.
    files[CLAIM_SCHEMA] = claim_schema_json().encode("utf-8")
    return dict(sorted(files.items()))
