"""The whole site as a list of files to make, planned from the checked registry in one pass.

Planning decides every file's path and the key of everything it depends on
(see :mod:`rootcheck.render.keys`); rendering is deferred, so that a build
can render on several cores, write each file as soon as it is made, and skip
a file whose key has not changed since the last build. :func:`render_site`
renders the whole plan in memory.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from jinja2 import Environment

from rootcheck.checked import Checked
from rootcheck.memo import Memo
from rootcheck.output.content import Content, as_bytes
from rootcheck.output.jobs import Job, runs_of
from rootcheck.output.manifest import Manifest
from rootcheck.registry.jsonschema import file_schema_json
from rootcheck.render import exportparts, exports, feeds, keys, urls
from rootcheck.render.assembly import Assembly, assemble
from rootcheck.render.charts import charted, money_chart, people_chart
from rootcheck.render.lastmod import page_dates
from rootcheck.render.pages import FOLDERS, Items, Pages
from rootcheck.render.templates import asset, environment
from rootcheck.render.views import ClaimView, SiteView, SourceView


@dataclass(frozen=True)
class RenderOptions:
    """How to build: ``base_url`` is where the site will be served (``/`` or an absolute URL)."""

    base_url: str = "/"
    drafts: bool = False
    build_date: dt.date | None = None
    templates: Path | None = None
    #: Where compiled templates and remembered placements are kept between builds (never inside the output).
    cache: Path | None = None
    #: How many processes a build may use: to parse and prove claims, place passages and make the files.
    workers: int = 1
    #: The site as last published, if any, as its manifest describes it: the exports copy
    #: their unchanged parts from it.
    published: Manifest | None = None


#: A list or an export goes through about this many claims in the time a claim's page takes to
#: render: at 10,000 claims, 117 ms for the index of every claim and some 50 ms for each JSON export,
#: against 0.25 ms a page. What a file costs decides whether making it is worth a worker.
CLAIMS_PER_PAGE = 20

#: Whether a file shows the same as last time: what it showed then, what it shows now.
Same = Callable[[object, object], bool]


@dataclass
class LastPlan:
    """What a long-running process (the preview) keeps of its last plan, to make the next one quickly.

    A claim checked as the very same object as last time (see
    :func:`rootcheck.checks.proving.check_claims`) is shown as it was, and while
    what every page shows of the site is unchanged, its files' keys are too.
    """

    #: The site's views with what they were made of: patched when few claims change.
    assembly: Assembly | None = None
    common: str = ""
    claim_keys: dict[str, str | None] = field(default_factory=dict)
    listed_keys: dict[str, str | None] = field(default_factory=dict)
    #: Claims' items in lists as made for each page (see :class:`Pages`).
    items: Items = field(default_factory=dict)
    #: Keys of files that list many claims, by path, each with what it was worked out from.
    keyed: dict[str, tuple[object, str | None]] = field(default_factory=dict)
    #: Every file's job, by path, and the pages in the order the sitemap lists them.
    jobs: dict[str, Job] = field(default_factory=dict)
    pages_listed: list[str] = field(default_factory=list)
    #: The paths of every file, sorted.
    order: list[str] = field(default_factory=list)
    #: What renders the pages: one for all plans, so that a job kept renders the current site.
    pages: Pages | None = None

    @property
    def site(self) -> SiteView | None:
        return self.assembly.site if self.assembly is not None else None


def plan_site(checked: Checked, options: RenderOptions, last: LastPlan | None = None) -> list[Job]:
    """Every file of the site, in path order, each with how to make it.

    ``last`` is what this process kept of its last plan; it is updated to this one.
    """
    plan = _Plan(checked, options, last)
    plan.lists()
    plan.claims_and_sources()
    plan.redirects()
    plan.fixed_files()
    plan.feeds()
    plan.open_data()
    return plan.in_order()


class _Plan:
    """One plan in the making: the site's views, what every file's key is made from, and the jobs so far.

    Files are added in the order the sitemap lists pages. Patched views (see
    :func:`assemble`) leave the site's files and most of their jobs as they
    were: the plan starts from the last one's jobs and plans again only what
    shows the claims made anew.
    """

    def __init__(self, checked: Checked, options: RenderOptions, last: LastPlan | None) -> None:
        keeping = last is not None
        last = self.last = last or LastPlan()
        memo = Memo(options.cache, "views")
        assembly = self.assembly = assemble(
            checked,
            drafts=options.drafts,
            build_date=options.build_date,
            memo=memo,
            workers=options.workers,
            previous=last.assembly,
        )
        memo.save()
        site = self.site = assembly.site
        self.options = options
        base = urls.normalize_base(options.base_url)
        env = self.env = environment(options.templates, options.cache)
        self.absolute = urls.Urls(base, "").absolute
        #: Whether the site knows its public address: a sitemap lists pages by full URLs only.
        self.addressed = urls.is_public(base)
        common = self.common = keys.site_digest(
            site, (base, options.drafts, options.build_date), options.templates
        )
        notes_shown = keys.notes_shown_in_lists(options.templates)
        claim_keys, listed_keys = _claims_keys(site, common, notes_shown, last, assembly.anew)
        self.claim_keys, self.listed_keys = claim_keys, listed_keys
        if listed_keys != last.listed_keys:  # else every item kept is still shown
            current = set(listed_keys.values())
            last.items = {key: item for key, item in last.items.items() if key[0] in current}
        #: Keys of files that list many claims, each with what it was worked out from: last time's,
        #: while what every page shows of the site is the same, and this time's (see :meth:`key_of`).
        self.before = last.keyed if last.common == common else {}
        self.keyed: dict[str, tuple[object, str | None]] = {}
        self.patched = assembly.anew is not None and last.common == common and bool(last.jobs)
        self.jobs: dict[str, Job] = dict(last.jobs) if self.patched else {}
        last.assembly, last.common, last.claim_keys, last.listed_keys = (
            assembly,
            common,
            claim_keys,
            listed_keys,
        )
        last.keyed = self.keyed
        self.pages = last.pages = _renderer(last, keeping, site, env, base, options.templates)
        # A view made last time shows what it did then: its claims' listed keys are those of last time.
        self.source_keys = {
            view.source.id: self.key_of(view.path, view, partial(keys.source_key, common, view, listed_keys))
            for view in site.sources.values()
        }
        # The index of every claim and the exports may show any claim and any source;
        # of the claims' notes, only the exports show any.
        self.whole = self.key_of(
            urls.CLAIMS,
            (listed_keys, self.source_keys),
            partial(keys.whole_key, common, listed_keys, self.source_keys),
            operator.eq,
        )
        self.with_notes = self.key_of(
            urls.CLAIMS_JSON,
            (claim_keys, self.source_keys),
            partial(keys.whole_key, common, claim_keys, self.source_keys),
            operator.eq,
        )
        self.compared = [claim for comp in site.comparisons.values() for claim in comp.claims]
        self.about_sources = keys.sources_shown(site)

    def key_of(
        self, path: str, shown: object, work_out: Callable[[], str | None], same: Same = operator.is_
    ) -> str | None:
        """The key of the file at ``path``, which shows ``shown``: as last time if it showed the same."""
        was = self.before.get(path)
        key = was[1] if was is not None and same(was[0], shown) else work_out()
        self.keyed[path] = (shown, key)
        return key

    def add(
        self, path: str, make: Callable[[], Content], key: str | None, group: str = "", cost: int = 1
    ) -> None:
        file = urls.file_of(path)
        self.jobs[file] = Job(file, make, key, group, cost)

    def listing(self, path: str, claims: Iterable[ClaimView], *shown: str) -> str | None:
        return keys.listing_key(self.common, path, claims, self.listed_keys, *shown)

    def lists(self) -> None:
        """The pages that list claims: home, methodology, every claim, sources, charts, pillars, comparisons."""
        site, pages, common = self.site, self.pages, self.common
        home_key = self.listing(urls.HOME, self.compared, repr(site.counts))
        self.add(urls.HOME, pages.home, home_key, cost=_cost(len(self.compared)))
        # It lists every correction: the comparisons' are in every page's key, the claims' are not; each
        # claim's under its title.
        corrected = [repr((c.id, c.title, c.checked.claim.corrections)) for c in site.corrected_claims()]
        about = keys.page_key(common, urls.METHODOLOGY, *self.about_sources, *corrected)
        self.add(urls.METHODOLOGY, pages.methodology, about)
        self.add(urls.CLAIMS, pages.claims, self.whole, cost=_cost(len(site.claims)))
        counted = keys.sources_shown(site, counted=True)
        self.add(urls.SOURCES, pages.sources, keys.page_key(common, urls.SOURCES, *counted))

        def charts() -> bytes:
            # Drawn when the page is made, not when planned: a rebuild usually carries it over.
            drawn = [money_chart(site), people_chart(site)]
            return pages.charts([chart for chart in drawn if chart.groups])

        self.add(urls.CHARTS, charts, self.listing(urls.CHARTS, charted(site)))
        for pillar in site.pillars:
            shows = [*pillar.claims, *(claim for comp in pillar.comparisons for claim in comp.claims)]
            key = self.key_of(pillar.path, pillar, partial(self.listing, pillar.path, shows))
            self.add(pillar.path, partial(pages.pillar, pillar), key, cost=_cost(len(shows)))
        for comp in site.comparisons.values():
            key = self.key_of(comp.path, comp, partial(self.listing, comp.path, comp.claims))
            self.add(comp.path, partial(pages.comparison, comp), key)

    def claims_and_sources(self) -> None:
        """Each claim's page, and each source's page, text and passage styles; patched, those shown anew.

        The pages planned so far are the ones the sitemap lists.
        """
        site, last = self.site, self.last
        shown = [site.claims[i] for i in self.assembly.anew or ()] if self.patched else site.claims.values()
        for claim in shown:
            self.add(
                claim.path,
                partial(self.pages.claim, claim),
                self.claim_keys[claim.id],
                claim.checked.source.id,
            )
        sourced = {claim.checked.source.id for claim in shown} if self.patched else site.sources.keys()
        for source_id in sourced:
            self._source(site.sources[source_id])
        if not self.patched:
            last.pages_listed = [
                path.removesuffix("index.html") for path in self.jobs if path.endswith("index.html")
            ]
        last.jobs = self.jobs

    def _source(self, view: SourceView) -> None:
        common, source_id = self.common, view.source.id
        self.add(view.path, partial(self.pages.source, view), self.source_keys[source_id], source_id)
        text = urls.source_text(source_id)
        # Read when the file is made: a rebuild carries most sources' text files over unread.
        self.add(text, view.document.file_bytes, keys.page_key(common, text, view.document.digest), source_id)
        if view.claims:
            css = urls.passage_css(source_id)
            # Each claim with its former ids, which lead to its passage too: one line each.
            named = (" ".join((claim.id, *claim.checked.claim.aliases)) for claim in view.claims)
            css_key = keys.page_key(common, css, *named)
            self.add(css, partial(self.pages.passage_css, view), css_key, source_id)

    def redirects(self) -> None:
        """A page at each alias of a claim, leading to the claim, where no page of the site stands; and
        one at each folder with no page of its own, leading to the page that lists what it holds."""
        taken = set(self.last.pages_listed)
        for alias, claim_id in self.site.redirects.items():
            redirect = urls.claim(alias)
            if redirect not in taken:
                key = self.listing(redirect, [self.site.claims[claim_id]])
                self.add(redirect, partial(self.pages.redirect, alias, claim_id), key)
        for folder in FOLDERS:
            self.add(folder.path, partial(self.pages.folder, folder), keys.page_key(self.common, folder.path))

    def fixed_files(self) -> None:
        """Files made of the code, templates and settings alone, and the claim format's schema."""
        for path, make in (
            (urls.NOT_FOUND, self.pages.not_found),
            (urls.STYLESHEET, partial(asset, self.env, urls.STYLESHEET)),
            (urls.FAVICON, partial(asset, self.env, urls.FAVICON)),
        ):
            self.add(path, make, keys.page_key(self.common, path))
        # Published so that editors' YAML tools can fetch the claim format from the site.
        self.add(urls.CLAIM_SCHEMA, _claim_schema, keys.page_key(self.common, urls.CLAIM_SCHEMA))

    def feeds(self) -> None:
        """The Atom feed of fact-checks and, for a site that knows its address, the sitemap."""
        site, absolute, common = self.site, self.absolute, self.common
        # The feed is dated by the sources when the build is not. Its annotations link the
        # claims they cite (always ones their comparisons list) while those are published.
        feed_key = keys.page_key(
            common, urls.FEED, *self.about_sources, *(claim.id for claim in self.compared)
        )
        self.add(urls.FEED, lambda: feeds.atom(site, absolute), feed_key)
        if self.addressed:
            # Dated by what each page shows: a correction to one claim may date several pages anew.
            dated = page_dates(site, self.last.pages_listed, charted(site))
            sitemap_key = self.key_of(
                urls.SITEMAP, dated, partial(keys.sitemap_key, common, dated), operator.eq
            )
            self.add(urls.SITEMAP, lambda: feeds.sitemap(dated, absolute), sitemap_key)

    def open_data(self) -> None:
        """The exports of every claim: JSON, CSV and Web Annotations."""
        exported = {
            urls.CLAIMS_JSON: (exports.claims_json, self.with_notes),
            urls.CLAIMS_CSV: (exports.claims_csv, self.whole),
            urls.ANNOTATIONS: (exports.web_annotations, self.with_notes),
        }
        making = {path: key for path, (_, key) in exported.items()}
        remembered = exportparts.Remembered(
            self.options.cache, self.claim_keys, self.options.published, making
        )
        for path, (export, key) in exported.items():
            self.add(
                path,
                partial(export, self.site, self.absolute, remembered),
                key,
                cost=_cost(len(self.site.claims)),
            )

    def in_order(self) -> list[Job]:
        last, jobs = self.last, self.jobs
        # Patched, the site has the files it had: in the order they had.
        last.order = last.order if self.patched and len(jobs) == len(last.order) else sorted(jobs)
        return [jobs[path] for path in last.order]


def _renderer(
    last: LastPlan, keeping: bool, site: SiteView, env: Environment, base: str, templates: Path | None
) -> Pages:
    """What renders this plan's pages: in a process that keeps its plans, the one that rendered the last.

    The jobs kept from plan to plan render through it, so it renders this site
    from now on, and the sites before are let go.
    """
    if not keeping or last.pages is None:
        return Pages(site, env, base, last.listed_keys, last.items if keeping else None, templates)
    pages = last.pages
    pages.site, pages.env, pages.base, pages.listed_keys, pages.items, pages.templates = (
        site,
        env,
        base,
        last.listed_keys,
        last.items,
        templates,
    )
    return pages


def _cost(claims: int) -> int:
    """What making a file that lists or exports ``claims`` claims is worth, in claim pages."""
    return max(1, claims // CLAIMS_PER_PAGE)


def _claim_schema() -> bytes:
    return file_schema_json("claim").encode("utf-8")


def _claims_keys(
    site: SiteView, common: str, notes_shown: bool, last: LastPlan, anew: tuple[str, ...] | None
) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Each claim's page key and listed key, as last time for a claim shown as the very same view.

    ``anew`` names the claims shown anew when the site's views were patched
    from the last plan's: the other claims, and which are published, are as they were.
    """
    if anew is not None and last.common == common:
        claim_keys, listed_keys = dict(last.claim_keys), dict(last.listed_keys)
        for claim_id in anew:
            view = site.claims[claim_id]
            listed_keys[claim_id] = keys.listed_key(common, view, notes_shown)
            claim_keys[claim_id] = keys.claim_key(common, view, site.claims)
        return claim_keys, listed_keys
    claim_keys = {}
    listed_keys = {}
    before = last.site.claims if last.site is not None and last.common == common else {}
    # A note's claim: links depend on which claims are published, which may have changed.
    same_published = last.site is not None and last.site.claims.keys() == site.claims.keys()
    for view in site.claims.values():
        if before.get(view.id) is view:
            listed_keys[view.id] = last.listed_keys[view.id]
            if same_published or not view.may_cite:
                claim_keys[view.id] = last.claim_keys[view.id]
                continue
        else:
            listed_keys[view.id] = keys.listed_key(common, view, notes_shown)
        claim_keys[view.id] = keys.claim_key(common, view, site.claims)
    return claim_keys, listed_keys


def render_site(checked: Checked, options: RenderOptions) -> dict[str, bytes]:
    """Every file of the site: site-relative POSIX path → content."""
    plan = plan_site(checked, options)
    # Made in the order a build makes them, a source at a time, so that each source is shown once.
    made = {job.path: job.make() for run in runs_of(plan, 1) for job in run}
    return {job.path: as_bytes(made[job.path]) for job in plan}
