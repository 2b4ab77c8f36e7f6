"""schema.org ClaimReview markup, as Google's guidelines and the Fact Check Explorer read it.

A verdict belongs to a comparison — a 2021 pledge set against what the 2023
update reported — so each comparison page carries at most one ClaimReview and
no other page carries any. Listings (home, pillar and claim pages) show
verdicts but link to the comparison page that issues them.

What a verdict rates is not the pledge, which was made as quoted, but a claim
the progress update itself makes about the pledge's area: the editor's
``claim_reviewed``, in the update's words as near as will fit ("USAID is
helping El Salvador, Guatemala and Honduras reduce GBV"), named as made by the
update, where it appeared. A comparison without one carries no ClaimReview: rating the pledge's
own words would tell consumers that an accurate quote is false. Nor does one
whose update is silent on the pledge (no progress quoted): the update made no
claim to rate, and its worst rating would read as a falsehood it never said.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from rootcheck.model import Source
from rootcheck.render import urls
from rootcheck.render.jsontext import indented_json
from rootcheck.render.views import ComparisonView, SiteView


def _party(source: Source) -> dict[str, object] | None:
    if source.author:
        return {"@type": "Person", "name": source.author}
    if source.publisher:
        return {"@type": "Organization", "name": source.publisher}
    return None


def _appearance(source: Source, absolute: Callable[[str], str], public: bool) -> dict[str, object]:
    """Where the claim appeared: the source's own address, or, where the site has a public one, the
    source's page on it."""
    work: dict[str, object] = {"@type": "CreativeWork"}
    if source.url or public:
        work["url"] = source.url or absolute(urls.source(source.id))
    work["headline"] = source.title
    if source.published:
        work["datePublished"] = source.published.isoformat()
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    return work


def claim_review(
    site: SiteView, comp: ComparisonView, absolute: Callable[[str], str]
) -> dict[str, object] | None:
    """The ClaimReview of one comparison, if its editor named the claim it reviews and the update it
    quotes made it; ``absolute`` makes a site path a public URL."""
    reviewed = comp.comparison.claim_reviewed
    if reviewed is None or not comp.progress:
        return None
    verdict = comp.verdict
    # Made where the progress is reported: the update the comparison quotes.
    source = comp.progress[0].source
    item: dict[str, object] = {"@type": "Claim"}
    party = _party(source)
    if party:
        item["author"] = party
    if source.published:
        item["datePublished"] = source.published.isoformat()
    # A site built without its public address (a preview) has none to give: a path is no URL.
    public = urls.is_public(absolute(urls.HOME))
    item["appearance"] = _appearance(source, absolute, public)
    publisher: dict[str, object] = {"@type": "Organization", "name": site.settings.publisher}
    if public:
        publisher["url"] = absolute(urls.HOME)
    review: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        **({"url": absolute(comp.path)} if public else {}),
        "name": comp.title,
        # Whole, however long: a claim cut at a word may say another thing ("…, not" cut), and
        # Google's guidance asks only that it be kept short, which check warns of.
        "claimReviewed": reviewed,
        "itemReviewed": item,
        "author": publisher,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.verdict.rating,
            "bestRating": verdict.best,
            "worstRating": verdict.worst,
            "alternateName": verdict.verdict.label,
            "ratingExplanation": verdict.verdict.meaning,
        },
        "inLanguage": site.settings.language,
    }
    # The build date stands in only until an editor dates the fact-check: otherwise every
    # build would tell consumers that every review was published that day.
    published = comp.comparison.published or site.build_date
    if published:
        review["datePublished"] = published.isoformat()
    revised = comp.comparison.revised
    if revised:
        review["dateModified"] = revised.isoformat()
    if comp.comparison.corrections:
        review["correction"] = [
            {"@type": "CorrectionComment", "datePublished": c.date.isoformat(), "text": c.text}
            for c in comp.comparison.corrections
        ]
    return review


def json_ld(data: object) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` block: no ``</script>`` can close it early."""
    text = indented_json(data)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # JSON with every markup character escaped
