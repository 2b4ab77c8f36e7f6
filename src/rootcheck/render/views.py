"""The site's content, prepared once from the checked registry: what every page reads.

Nothing here knows about HTML layout or URLs relative to a page; values that
need neither (a quote with its figure marked, a Text Fragment) are computed
here so that every page shows the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup

from rootcheck.memo import Packed
from rootcheck.model import (
    CheckedClaim,
    Comparison,
    Correction,
    Pillar,
    Role,
    SiteSettings,
    Source,
    Verdict,
)
from rootcheck.once import once
from rootcheck.render import format as fmt
from rootcheck.render import urls
from rootcheck.render.categories import Money
from rootcheck.render.placement import SourceTexts
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
    #: The quote with its figure marked, and cut around it for tables: HTML already escaped, kept as a
    #: ``str`` (:attr:`quote_html` gives it as ``Markup``).
    quote_markup: str
    excerpt_markup: str
    #: The source's words, where they stand in quotation marks for an editor's quote that slipped or was
    #: typed with a ligature (see :func:`rootcheck.text.quoted.as_the_source_writes`).
    source_words: str | None
    directive: TextDirective | None
    fragment_problem: str | None
    #: The paragraph around the passage, unpacked only by the claim's own page.
    paragraph: Packed[ShownBlock] | None
    line: int
    money: Money | None
    people: bool
    #: Whether its note may link to claims (it holds ``claim:``), links only while the claims they
    #: name are published; a quick test, not the parse :attr:`rootcheck.model.Claim.cites` is. Found with the rest it shows of itself: a warm build at 10,000
    #: claims would otherwise look through 16 MB of notes to key the claims' pages.
    may_cite: bool
    #: Whether it has corrections, which the methodology lists: found with the rest, for the
    #: same reason (looking at every claim for them took a warm build 8.5 ms at 10,000 claims).
    corrected: bool
    comparison_ids: tuple[str, ...] = ()
    #: The memo key of its placement: a later build that reuses this view keeps the entry in use.
    placed_by: str = field(default="", repr=False, compare=False)

    # Cached: the site asks these of every claim many times per build.
    @once
    def id(self) -> str:
        return self.checked.id

    @once
    def path(self) -> str:
        return urls.claim(self.id)

    # Made Markup only when a page shows them: most builds show few claims anew.
    @once
    def quote_html(self) -> Markup:
        return Markup(self.quote_markup)

    @once
    def excerpt_html(self) -> Markup:
        return Markup(self.excerpt_markup)

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
    #: The fact-checks (comparisons): a pledge may be checked in several, pillar by pillar.
    checks: int
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
        """When the pledge documents were published, as far as they say: Said in 2021. Not "Pledged":
        what a fact-check sets against the update is most often a pledge, but may be a report of the
        day ("we have sent millions of vaccine doses") or a vision the strategy only cites."""
        return _period("Said", [s.source for s in self.sources.values() if s.source.role is Role.PLEDGE])

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
            checks=len(comps),
            answered=answered,
            unanswered=len(comps) - answered,
            by_verdict=tuple((v, tally[v.verdict.id]) for v in self.verdicts),
        )

    def corrections(self) -> list[tuple[Correction, ComparisonView | ClaimView]]:
        """Every correction of a published fact-check or claim, the latest first."""
        found: list[tuple[Correction, ComparisonView | ClaimView]] = [
            (c, comp) for comp in self.comparisons.values() for c in comp.comparison.corrections
        ]
        found += [(c, claim) for claim in self.corrected_claims() for c in claim.checked.claim.corrections]
        return sorted(found, key=lambda pair: pair[0].date, reverse=True)

    def corrected_claims(self) -> list[ClaimView]:
        """The published claims with a correction, in the site's order."""
        return [claim for claim in self.claims.values() if claim.corrected]

    def claims_by_role(self) -> list[tuple[Role, str, list[ClaimView]]]:
        by_role: dict[Role, list[ClaimView]] = {}
        for claim in self.claims.values():
            by_role.setdefault(claim.checked.source.role, []).append(claim)
        return [(role, fmt.ROLE_LABELS[role], by_role[role]) for role in ROLE_ORDER if role in by_role]

    def with_claims(self, claims: dict[str, ClaimView], made: list[str], texts: SourceTexts) -> SiteView:
        """The site with the claim views ``claims``, of which those ``made`` are new, in every list that
        shows one of those: their sources', pillars' and comparisons'; the other lists as they are."""

        def swap(views: tuple[ClaimView, ...]) -> tuple[ClaimView, ...]:
            return tuple(claims[view.id] for view in views)

        hit_sources = {claims[i].checked.source.id for i in made}
        hit_pillars = {claims[i].pillar.id for i in made}
        hit_comparisons = {comp for i in made for comp in claims[i].comparison_ids}
        comparisons = {
            cid: ComparisonView(
                c.comparison, c.pillar, c.verdict, swap(c.pledges), swap(c.progress), swap(c.context)
            )
            if cid in hit_comparisons
            else c
            for cid, c in self.comparisons.items()
        }
        sources = {
            sid: SourceView(s.source, s.document, swap(s.claims), texts) if sid in hit_sources else s
            for sid, s in self.sources.items()
        }
        pillars = [
            PillarView(p.pillar, tuple(comparisons[c.id] for c in p.comparisons), swap(p.claims))
            if p.pillar.id in hit_pillars or any(c.id in hit_comparisons for c in p.comparisons)
            else p
            for p in self.pillars
        ]
        return SiteView(
            self.settings,
            self.build_date,
            claims,
            sources,
            comparisons,
            pillars,
            list(self.verdicts),
            dict(self.redirects),
        )


def _period(verb: str, sources: list[Source], *, month: bool = False) -> str:
    """The verb with the sources' month (or years): Reported in February 2023; bare when undated."""
    dates = sorted({s.published for s in sources if s.published})
    if len(dates) == 1 and month:
        return f"{verb} in {dates[0]:%B %Y}"
    years = sorted({d.year for d in dates})
    if not years:
        return verb
    return f"{verb} in {years[0]}" if len(years) == 1 else f"{verb} in {years[0]}–{years[-1]}"
