"""The site's content, prepared once from the checked registry: what every page reads.

Nothing here knows about HTML layout or URLs relative to a page; values that
need neither (a quote with its figure marked, a Text Fragment) are computed
here so that every page shows the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup

from rootcheck.memo import Memo, Packed
from rootcheck.model import (
    CROSS_CUTTING,
    CheckedClaim,
    Comparison,
    Pillar,
    Role,
    SiteSettings,
    Source,
    Verdict,
)
from rootcheck.pipeline import Checked
from rootcheck.render import format as fmt
from rootcheck.render import urls
from rootcheck.render.categories import Money, counts_people, money_category
from rootcheck.render.placement import Placement, SourceTexts, placements
from rootcheck.render.quotes import EXCERPT_LIMIT, marked
from rootcheck.render.sourcetext import Passage, ShownBlock, SourceText
from rootcheck.text.document import Document
from rootcheck.text.fragments import TextDirective

ROLE_ORDER = (Role.PLEDGE, Role.PROGRESS, Role.CRITIQUE, Role.CONTEXT)


@dataclass(frozen=True)
class VerdictView:
    verdict: Verdict
    #: 1 (worst) to 5 (best), whatever the length of the registry's scale: picks the colour.
    tone: int
    best: int
    worst: int

    @property
    def css(self) -> str:
        return f"verdict-{self.tone}"


@dataclass(frozen=True)
class ClaimView:
    checked: CheckedClaim
    pillar: Pillar
    quote_html: Markup
    excerpt_html: Markup
    directive: TextDirective | None
    fragment_problem: str | None
    #: The paragraph around the passage, unpacked only by the claim's own page.
    paragraph: Packed[ShownBlock] | None
    line: int
    money: Money | None
    people: bool
    comparison_ids: tuple[str, ...] = ()
    #: The memo key of its placement: a later build that reuses this view keeps the entry in use.
    placed_by: str = field(default="", repr=False, compare=False)

    # Cached: the site asks these of every claim many times per build.
    @cached_property
    def id(self) -> str:
        return self.checked.id

    @cached_property
    def path(self) -> str:
        return urls.claim(self.id)

    @property
    def source(self) -> Source:
        return self.checked.source

    @property
    def title(self) -> str:
        return self.checked.claim.summary or self.checked.claim.figure

    @property
    def role_label(self) -> str:
        return fmt.ROLE_LABELS[self.source.role]

    @property
    def passage_path(self) -> str:
        return urls.passage(self.source.id, self.id)

    @property
    def original_url(self) -> str | None:
        url = self.source.url
        if url is None:
            return None
        return self.directive.url(url) if self.directive else url

    def passage(self, note: Markup | None = None) -> Passage:
        span = self.checked.anchor.span
        assert span is not None  # only found anchors are checked claims
        return Passage(self.id, span, self.checked.figure_span, note)


@dataclass(frozen=True)
class ComparisonView:
    comparison: Comparison
    pillar: Pillar
    verdict: VerdictView
    pledges: tuple[ClaimView, ...]
    progress: tuple[ClaimView, ...]
    context: tuple[ClaimView, ...]

    @property
    def id(self) -> str:
        return self.comparison.id

    @property
    def path(self) -> str:
        return urls.comparison(self.id)

    @property
    def title(self) -> str:
        return self.comparison.title

    @property
    def claims(self) -> tuple[ClaimView, ...]:
        """Every claim it weighs: its pledges, then the progress reported, then the context."""
        return self.pledges + self.progress + self.context


@dataclass(frozen=True)
class SourceView:
    source: Source
    document: Document
    claims: tuple[ClaimView, ...]
    texts: SourceTexts = field(repr=False, compare=False)

    @property
    def text(self) -> SourceText:
        return self.texts[self.source.id]

    @property
    def path(self) -> str:
        return urls.source(self.source.id)

    @property
    def role_label(self) -> str:
        return fmt.ROLE_LABELS[self.source.role]


@dataclass(frozen=True)
class PillarView:
    pillar: Pillar
    comparisons: tuple[ComparisonView, ...]
    claims: tuple[ClaimView, ...]

    @property
    def path(self) -> str:
        return urls.pillar(self.pillar.id)

    @property
    def label(self) -> str:
        return f"Pillar {self.pillar.number}" if self.pillar.number else "Across the pillars"


@dataclass(frozen=True)
class Counts:
    figures: int
    sources: int
    pledges: int
    answered: int
    unanswered: int
    by_verdict: tuple[tuple[VerdictView, int], ...]


@dataclass
class SiteView:
    settings: SiteSettings
    build_date: dt.date | None
    claims: dict[str, ClaimView] = field(default_factory=dict)
    sources: dict[str, SourceView] = field(default_factory=dict)
    comparisons: dict[str, ComparisonView] = field(default_factory=dict)
    pillars: list[PillarView] = field(default_factory=list)
    verdicts: list[VerdictView] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)

    @property
    def pledged_label(self) -> str:
        """When the pledge documents were published, as far as they say: Pledged in 2021."""
        return _period("Pledged", [s.source for s in self.sources.values() if s.source.role is Role.PLEDGE])

    @property
    def reported_label(self) -> str:
        progress = [s.source for s in self.sources.values() if s.source.role is Role.PROGRESS]
        return _period("Reported", progress, month=True)

    @property
    def counts(self) -> Counts:
        comps = list(self.comparisons.values())
        tally = Counter(c.verdict.verdict.id for c in comps)
        answered = sum(1 for c in comps if c.progress)
        return Counts(
            figures=len(self.claims),
            sources=len(self.sources),
            pledges=len(comps),
            answered=answered,
            unanswered=len(comps) - answered,
            by_verdict=tuple((v, tally[v.verdict.id]) for v in self.verdicts),
        )

    def claims_by_role(self) -> list[tuple[Role, str, list[ClaimView]]]:
        by_role: dict[Role, list[ClaimView]] = {}
        for claim in self.claims.values():
            by_role.setdefault(claim.checked.source.role, []).append(claim)
        return [(role, fmt.ROLE_LABELS[role], by_role[role]) for role in ROLE_ORDER if role in by_role]


def _period(verb: str, sources: list[Source], *, month: bool = False) -> str:
    """The verb with the sources' month (or years): Reported in February 2023; bare when undated."""
    dates = sorted({s.published for s in sources if s.published})
    if len(dates) == 1 and month:
        return f"{verb} in {dates[0]:%B %Y}"
    years = sorted({d.year for d in dates})
    if not years:
        return verb
    return f"{verb} in {years[0]}" if len(years) == 1 else f"{verb} in {years[0]}–{years[-1]}"


def _verdicts(scale: list[Verdict]) -> list[VerdictView]:
    ordered = sorted(scale, key=lambda v: -v.rating)
    if not ordered:
        return []
    best, worst = ordered[0].rating, ordered[-1].rating
    spread = max(best - worst, 1)
    return [VerdictView(v, 1 + round(4 * (v.rating - worst) / spread), best, worst) for v in ordered]


@dataclass(frozen=True)
class _Own:
    """What a claim shows of itself: a function of the claim alone, remembered by its inputs."""

    quote_html: Markup
    excerpt_html: Markup
    money: Money | None
    people: bool


_OWN = "own:"


def _own(claim: CheckedClaim, memo: Memo) -> _Own:
    remembered = memo.get(_OWN + claim.inputs) if claim.inputs else None
    if isinstance(remembered, _Own):
        return remembered
    quote, figure = claim.claim.quote, claim.quote_figure
    own = _Own(
        marked(quote, figure),
        marked(quote, figure, EXCERPT_LIMIT),
        money_category(claim),
        counts_people(claim),
    )
    if claim.inputs:
        memo.put(_OWN + claim.inputs, own)
    return own


def _claim_view(
    placed: tuple[str, Placement],
    own: _Own,
    claim: CheckedClaim,
    pillar: Pillar,
    comparison_ids: tuple[str, ...],
) -> ClaimView:
    placed_by, place = placed
    return ClaimView(
        checked=claim,
        pillar=pillar,
        quote_html=own.quote_html,
        excerpt_html=own.excerpt_html,
        directive=place.directive,
        fragment_problem=place.fragment_problem,
        paragraph=place.paragraph,
        line=place.line,
        money=own.money,
        people=own.people,
        comparison_ids=comparison_ids,
        placed_by=placed_by,
    )


def _reading_order(c: CheckedClaim) -> tuple[int, str, int, str]:
    """Where a claim comes in the site's lists: by its source's role, by source, by place in the source."""
    return (ROLE_ORDER.index(c.source.role), c.source.id, c.anchor.span.start if c.anchor.span else 0, c.id)


def _published(checked: Checked, drafts: bool, previous: SiteView | None) -> list[CheckedClaim]:
    """Claims to publish, in reading order: that of ``previous``, this process's last site, while the same
    claims are published and each claim checked anew comes where it came before (a preview saves a sort)."""
    claims = {c.id: c for c in checked.claims if drafts or not c.claim.draft}
    if previous is not None and previous.claims.keys() == claims.keys():
        before = previous.claims
        if all(
            before[i].checked is c or _reading_order(before[i].checked) == _reading_order(c)
            for i, c in claims.items()
        ):
            return [claims[i] for i in before]
    return sorted(claims.values(), key=_reading_order)


def build_views(
    checked: Checked,
    *,
    drafts: bool,
    build_date: dt.date | None,
    memo: Memo | None = None,
    workers: int = 1,
    previous: SiteView | None = None,
) -> SiteView:
    """Everything the pages show, with drafts left out unless asked for.

    ``memo`` holds earlier builds' placements of passages whose source is
    unchanged; the others are placed on up to ``workers`` processes.
    ``previous`` is this process's last site: a claim checked as the very same
    object, in the same pillar and comparisons, is shown as it was then.
    """
    memo = memo or Memo(None, "views")
    reg = checked.registry
    site = SiteView(reg.site, build_date)
    pillar_list = [*reg.pillars, CROSS_CUTTING]
    pillars = {p.id: p for p in pillar_list}
    texts = SourceTexts(checked.documents)
    published = _published(checked, drafts, previous)
    ids = {c.id for c in published}
    site.verdicts = _verdicts(reg.verdicts)
    verdicts = {v.verdict.id: v for v in site.verdicts}
    # A comparison is shown when its verdict exists and one of its pledges is published.
    shown = [c for c in reg.comparisons if c.verdict in verdicts and any(i in ids for i in c.pledges)]
    member_of: dict[str, tuple[str, ...]] = {}
    for comp in shown:
        for claim_id in comp.claim_ids:
            member_of[claim_id] = (*member_of.get(claim_id, ()), comp.id)

    before = previous.claims if previous is not None else {}
    shown_as: list[tuple[CheckedClaim, Pillar, tuple[str, ...], ClaimView | None]] = []
    for claim in published:
        pillar = pillars.get(claim.claim.pillar or "", CROSS_CUTTING)
        ids_of = member_of.get(claim.id, ())
        old = before.get(claim.id)
        if old is not None and old.checked is claim and old.pillar == pillar and old.comparison_ids == ids_of:
            # Still in use: the memos keep what a build used, and drop the rest when rewritten.
            memo.get(old.placed_by)
            memo.get(_OWN + claim.inputs)
        else:
            old = None
        shown_as.append((claim, pillar, ids_of, old))
    fresh = [claim for claim, _, _, old in shown_as if old is None]
    places = dict(zip((c.id for c in fresh), placements(fresh, texts, memo, workers), strict=True))
    for claim, pillar, ids_of, old in shown_as:
        view = old or _claim_view(places[claim.id], _own(claim, memo), claim, pillar, ids_of)
        site.claims[claim.id] = view
        for alias in claim.claim.aliases:
            site.redirects[alias] = claim.id

    def pick(claim_ids: tuple[str, ...]) -> tuple[ClaimView, ...]:
        return tuple(site.claims[i] for i in claim_ids if i in site.claims)

    for comp in shown:
        pillar = pillars.get(comp.pillar, CROSS_CUTTING)
        site.comparisons[comp.id] = ComparisonView(
            comp, pillar, verdicts[comp.verdict], pick(comp.pledges), pick(comp.progress), pick(comp.context)
        )
    # Grouped in one pass each: scanning every claim per source or per pillar
    # grows with sources × claims, which at newsroom scale is the whole build.
    by_source: dict[str, list[ClaimView]] = {}
    by_pillar: dict[str, list[ClaimView]] = {}
    for view in site.claims.values():
        by_source.setdefault(view.checked.source.id, []).append(view)
        by_pillar.setdefault(view.pillar.id, []).append(view)
    comps_by_pillar: dict[str, list[ComparisonView]] = {}
    for comp_view in site.comparisons.values():
        comps_by_pillar.setdefault(comp_view.pillar.id, []).append(comp_view)
    for source in reg.sources.values():
        if source.id in checked.documents:
            site.sources[source.id] = SourceView(
                source, checked.documents[source.id], tuple(by_source.get(source.id, ())), texts
            )
    for pillar in pillar_list:
        comps = tuple(comps_by_pillar.get(pillar.id, ()))
        claims = tuple(by_pillar.get(pillar.id, ()))
        if comps or claims or pillar.number:
            site.pillars.append(PillarView(pillar, comps, claims))
    return site
