"""The site's views assembled from the checked registry, patched from the last assembly where few claims changed.

A preview assembles the site after every save, though an editor changed one
claim. Where everything but a few claims is the very same object as last
time, the last site is patched: those claims' views are made again, with the
views of the sources, pillars and comparisons that list them, and the rest
is taken as it was. Otherwise the site is assembled afresh, keeping the
view of each claim checked as the very same object, in the same pillar and
comparisons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rootcheck.checked import Checked
from rootcheck.memo import Memo
from rootcheck.model import CROSS_CUTTING, CheckedClaim, Pillar, Verdict
from rootcheck.render.categories import Money, counts_people, money_category
from rootcheck.render.placement import Placement, SourceTexts, placements
from rootcheck.render.quotes import EXCERPT_LIMIT, marked
from rootcheck.render.views import (
    ROLE_ORDER,
    ClaimView,
    ComparisonView,
    PillarView,
    SiteView,
    SourceView,
    VerdictView,
)
from rootcheck.text.document import Document
from rootcheck.text.markup import CLAIM_SCHEME
from rootcheck.text.quoted import as_the_source_writes, quoted_words
from rootcheck.text.wordbounds import figure_in_quote


@dataclass(frozen=True)
class _Own:
    """What a claim shows of itself: a function of the claim and its source, remembered by its inputs
    (which digest both).

    The quote's HTML is kept as plain text: a warm build loads every claim's
    entry, and at 10,000 claims unpickling 20,000 ``Markup`` strings took
    11.5-11.9 ms against 1.5-1.8 ms for ``str`` (timed on this project's
    machines). The claim's view makes it ``Markup`` when a page shows it.
    """

    quote_markup: str
    excerpt_markup: str
    #: The source's words, where they stand in quotation marks for the editor's quote (see :func:`_own`);
    #: else None, not the quote again: a warm build loads every claim's entry.
    source_words: str | None
    money: Money | None
    people: bool
    may_cite: bool
    corrected: bool


_OWN = "own:"


def _own(claim: CheckedClaim, documents: Mapping[str, Document], memo: Memo) -> _Own:
    remembered = memo.get(_OWN + claim.inputs) if claim.inputs else None
    if isinstance(remembered, _Own):
        return remembered
    quote, figure, source_words = claim.claim.quote, claim.quote_figure, None
    if as_the_source_writes(quote, claim.anchor) and (doc := documents.get(claim.source.id)) is not None:
        # An editor's slip is no quotation, nor is a ligature typed the source's letters: the page
        # quotes the source's words, as found, as `new` writes them.
        words = quoted_words(doc, quote, claim.anchor)
        if words != " ".join(quote.split()):
            quote, figure, source_words = words, figure_in_quote(words, claim.claim.figure), words
    own = _Own(
        str(marked(quote, figure)),
        str(marked(quote, figure, EXCERPT_LIMIT)),
        source_words,
        money_category(claim),
        counts_people(claim),
        CLAIM_SCHEME in claim.claim.note,
        bool(claim.claim.corrections),
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
        quote_markup=own.quote_markup,
        excerpt_markup=own.excerpt_markup,
        source_words=own.source_words,
        directive=place.directive,
        fragment_problem=place.fragment_problem,
        paragraph=place.paragraph,
        line=place.line,
        money=own.money,
        people=own.people,
        may_cite=own.may_cite,
        corrected=own.corrected,
        comparison_ids=comparison_ids,
        placed_by=placed_by,
    )


def _verdicts(scale: list[Verdict]) -> list[VerdictView]:
    ordered = sorted(scale, key=lambda v: -v.rating)
    if not ordered:
        return []
    best, worst = ordered[0].rating, ordered[-1].rating
    spread = max(best - worst, 1)
    return [VerdictView(v, 1 + round(4 * (v.rating - worst) / spread), best, worst) for v in ordered]


def _reading_order(c: CheckedClaim) -> tuple[int, str, int, int, str]:
    """Where a claim comes in the site's lists: by its source's role, by source, by place in the source,
    and of claims quoting one passage, by where each one's figure stands in it."""
    start = c.anchor.span.start if c.anchor.span else 0
    return (
        ROLE_ORDER.index(c.source.role),
        c.source.id,
        start,
        c.figure_span.start if c.figure_span else start,
        c.id,
    )


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


def _kept(
    published: list[CheckedClaim],
    pillars_of: list[Pillar],
    pillar_list: list[Pillar],
    member_of: dict[str, tuple[str, ...]],
    previous: SiteView | None,
) -> list[ClaimView | None]:
    """Each claim's view as ``previous`` showed it, where it still holds: the claim was checked as the very
    same object, and its pillar and comparisons are as they were; ``None`` where it must be made anew."""
    pillars = {pillar.id: pillar for pillar in pillar_list}
    if previous is None or len(pillars) < len(pillar_list):  # two pillars of one id: tell them apart by value
        return [None] * len(published)
    before = previous.claims
    # Every pillar a published claim was in has its page, so the last site shows each as it read
    # then; a pillar that reads the same now leaves all its claims' views as they were.
    shown = {view.pillar.id: view.pillar for view in previous.pillars}
    holds = {pillar_id: shown.get(pillar_id) == pillar for pillar_id, pillar in pillars.items()}
    no_comparisons: tuple[str, ...] = ()
    return [
        old
        if (old := before.get(claim.id)) is not None
        and old.checked is claim
        and old.pillar.id == pillar.id
        and holds[pillar.id]
        and old.comparison_ids == member_of.get(claim.id, no_comparisons)
        else None
        for claim, pillar in zip(published, pillars_of, strict=True)
    ]


@dataclass(frozen=True)
class Assembly:
    """A site's views and what they were assembled from, so that the next assembly can patch them."""

    site: SiteView
    checked: Checked
    drafts: bool
    #: The sources as shown, built on first use: shared by every assembly patched from this one.
    texts: SourceTexts
    #: When patched, the claims whose views were made again; ``None`` when assembled afresh.
    anew: tuple[str, ...] | None = None


def assemble(
    checked: Checked,
    *,
    drafts: bool,
    build_date: dt.date | None,
    memo: Memo | None = None,
    workers: int = 1,
    previous: Assembly | None = None,
) -> Assembly:
    """Everything the pages show, with drafts left out unless asked for; from ``previous`` where it can.

    ``memo`` holds earlier builds' placements of passages whose source is
    unchanged; the others are placed on up to ``workers`` processes.
    ``previous`` is what this process assembled last time. Where only a few
    claims were checked anew, it is patched: their views are made again, and
    the lists that hold them. Otherwise the site is assembled afresh, keeping
    the view of each claim checked as the very same object, in the same
    pillar and comparisons.
    """
    memo = memo or Memo(None, "views")
    assembly = _patched(checked, drafts, build_date, memo, previous) if previous is not None else None
    return assembly or _assembled(checked, drafts, build_date, memo, workers, previous)


def _keep_in_use(views: Iterable[ClaimView], memo: Memo) -> None:
    """Views taken from the last site were not made, so their memo entries were not looked up: they are
    still in use (the memos keep what a build used, and drop the rest when rewritten)."""
    memo.keep([key for view in views for key in (view.placed_by, _OWN + view.checked.inputs)])


def _assembled(
    checked: Checked,
    drafts: bool,
    build_date: dt.date | None,
    memo: Memo,
    workers: int,
    previous: Assembly | None,
) -> Assembly:
    reg = checked.registry
    site = SiteView(reg.site, build_date)
    pillar_list = [*reg.pillars, CROSS_CUTTING]
    pillars = {p.id: p for p in pillar_list}
    texts = SourceTexts(checked.documents)
    last = previous.site if previous is not None else None
    published = _published(checked, drafts, last)
    ids = {c.id for c in published}
    site.verdicts = _verdicts(reg.verdicts)
    verdicts = {v.verdict.id: v for v in site.verdicts}
    # A comparison is shown when its verdict exists and one of its pledges is published.
    shown = [c for c in reg.comparisons if c.verdict in verdicts and any(i in ids for i in c.pledges)]
    member_of: dict[str, tuple[str, ...]] = {}
    for comp in shown:
        for claim_id in comp.claim_ids:
            member_of[claim_id] = (*member_of.get(claim_id, ()), comp.id)

    pillars_of = [pillars.get(c.claim.pillar or "", CROSS_CUTTING) for c in published]
    kept = _kept(published, pillars_of, pillar_list, member_of, last)
    _keep_in_use((view for view in kept if view is not None), memo)
    fresh = [claim for claim, old in zip(published, kept, strict=True) if old is None]
    places = iter(placements(fresh, texts, memo, workers))
    site.claims = {
        claim.id: old
        or _claim_view(
            next(places), _own(claim, checked.documents, memo), claim, pillar, member_of.get(claim.id, ())
        )
        for claim, pillar, old in zip(published, pillars_of, kept, strict=True)
    }
    site.redirects = {alias: claim.id for claim in published for alias in claim.claim.aliases}

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
    return Assembly(site, checked, drafts, texts)


#: Past this many claims checked anew, the site is assembled afresh rather than patched.
PATCH_LIMIT = 64


def _same_but_claims(checked: Checked, drafts: bool, build_date: dt.date | None, previous: Assembly) -> bool:
    """Whether everything the views are made of but the claims themselves is as ``previous`` had it."""
    reg, before = checked.registry, previous.checked.registry
    return (
        drafts == previous.drafts
        and build_date == previous.site.build_date
        and reg.site == before.site
        and reg.pillars == before.pillars
        and reg.verdicts == before.verdicts
        and reg.comparisons == before.comparisons
        and list(reg.sources.items()) == list(before.sources.items())
        # Documents compare as the very same objects: a source read again is another document.
        and list(checked.documents.items()) == list(previous.checked.documents.items())
        and len(checked.claims) == len(previous.checked.claims)
    )


def _patched(
    checked: Checked, drafts: bool, build_date: dt.date | None, memo: Memo, previous: Assembly
) -> Assembly | None:
    """``previous`` with the views of the claims checked anew made again, and the lists that show them;
    ``None`` where more changed: settings, sources, comparisons, which claims there are, where one
    comes in the site's lists, or more than :data:`PATCH_LIMIT` claims."""
    if not _same_but_claims(checked, drafts, build_date, previous):
        return None
    anew = _checked_anew(checked, drafts, previous)
    if anew is None:
        return None
    site = previous.site
    claims = dict(site.claims)
    # Its pillar and comparisons are as they were: the claim and they read the same.
    fresh = [new for new in anew if new.id in claims]
    for claim, placed in zip(fresh, placements(fresh, previous.texts, memo, 1), strict=True):
        was = claims[claim.id]
        claims[claim.id] = _claim_view(
            placed, _own(claim, checked.documents, memo), claim, was.pillar, was.comparison_ids
        )
    made = [claim.id for claim in fresh]
    made_now = set(made)
    _keep_in_use((view for claim_id, view in site.claims.items() if claim_id not in made_now), memo)
    return Assembly(
        site.with_claims(claims, made, previous.texts), checked, drafts, previous.texts, tuple(made)
    )


def _checked_anew(checked: Checked, drafts: bool, previous: Assembly) -> list[CheckedClaim] | None:
    """The claims checked anew since ``previous``; ``None`` where there are more than
    :data:`PATCH_LIMIT`, or one of them changed what the site's lists show of it: its id, whether it
    is shown, where it comes, its pillar or its former ids."""
    anew = [
        (new, old) for new, old in zip(checked.claims, previous.checked.claims, strict=True) if new is not old
    ]
    if len(anew) > PATCH_LIMIT:
        return None
    for new, old in anew:
        shown = drafts or not new.claim.draft
        if (
            new.id != old.id
            or shown != (drafts or not old.claim.draft)
            or (shown and _reading_order(new) != _reading_order(old))
            or new.claim.pillar != old.claim.pillar
            or new.claim.aliases != old.claim.aliases
        ):
            return None
    return [new for new, _ in anew]
