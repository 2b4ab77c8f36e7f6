"""The registry's file formats, declared once, and what claim and comparison files are made into."""

from __future__ import annotations

from pathlib import Path

from rootcheck.model import Claim, Comparison, Correction, Role
from rootcheck.registry.fields import Field, Kind, Record
from rootcheck.registry.items import ItemKind
from rootcheck.text.unseen import seen

#: A claim's summary, and a comparison's claim reviewed, are shorter than this: the one stands for the
#: claim in every list, the other in ClaimReview, whose guidelines ask for as much.
MAX_CLAIM_SUMMARY = 75
#: A comparison's summary stands beside its verdict on the home page: a line, not a paragraph.
MAX_COMPARISON_SUMMARY = 140


def one_line_under(text: str | None, limit: int) -> bool:
    """Whether a summary is as it should be: absent, or one line of fewer than ``limit`` characters."""
    return text is None or ("\n" not in text.strip() and len(text) < limit)


#: The fields of each entry of a claim's or a comparison's ``corrections``.
CORRECTION_FIELDS = (
    Field("date", Kind.DATE, "The day it was corrected.", required=True, example="2023-06-01"),
    Field("text", Kind.TEXT, "What was wrong and what it says now, in plain words.", required=True),
)

CLAIM_FIELDS = (
    Field("source", Kind.SLUG, "Id of the source the quote comes from (see seeds/sources.yaml).",
          required=True, example="fact-sheet-2023", names="source"),
    Field("quote", Kind.TEXT, "The words quoted, verbatim. Typography does not matter; words and "
          "numbers do. Leave text out with '...' (within one paragraph).",
          required=True, example="U.S. Government support for nearly 8,000 private sector firms"),
    Field("figure", Kind.TEXT, "The figure as written inside the quote: qualifier, number, "
          "magnitude and the counted noun.", required=True, example="nearly 8,000 private sector firms"),
    Field("summary", Kind.TEXT, f"The claim restated in under {MAX_CLAIM_SUMMARY} characters, for listings.",
          example="U.S. support reached nearly 8,000 firms", one_line="it stands for the claim in every list of claims"),
    Field("pillar", Kind.SLUG, "The strategy pillar the claim belongs to (an id from "
          "rootcheck.yaml), or cross-cutting.", example="economic-insecurity",
          names="pillar", by_number=True),
    Field("occurrence", Kind.INT, "Which occurrence of the quote is meant (1-based, in document "
          "order) when the source says it more than once.", example=1),
    Field("note", Kind.TEXT, "The editor's note in Markdown: what the figure does and does not show.",
          may_be_empty=True),
    Field("draft", Kind.BOOL, "A draft is checked but only published with build --drafts.", example=False),
    Field("aliases", Kind.SLUGS, "Former ids of this claim; the site redirects them here.",
          example=("old-claim-id",)),
    Field("corrections", Kind.ENTRIES, "Mistakes put right on the claim's page since it was "
          "published (in its note, most often), oldest first.", entries=CORRECTION_FIELDS),
)  # fmt: skip

COMPARISON_FIELDS = (
    Field("title", Kind.TEXT, "What is being compared, for readers.", required=True,
          one_line="it stands in its page's title, in the feed and in every list"),
    Field("pillar", Kind.SLUG, "The pillar (or cross-cutting).", required=True,
          names="pillar", by_number=True),
    Field("pledges", Kind.SLUGS, "Claim ids of the pledge(s).", required=True, names="claim"),
    Field("progress", Kind.SLUGS, "Claim ids of the progress figures that answer the pledge; "
          "empty when the update reports none.", required=True, names="claim"),
    Field("context", Kind.SLUGS, "Claim ids of critique or context the annotation relies on.",
          names="claim"),
    Field("summary", Kind.TEXT, f"The verdict's argument in one line of at most {MAX_COMPARISON_SUMMARY} "
          "characters, for the home page; the annotation gives it in full.",
          one_line="it stands beside the verdict on the home page"),
    Field("claim_reviewed", Kind.TEXT, f"The claim the verdict rates, in under {MAX_CLAIM_SUMMARY} "
          "characters: a claim the progress update itself makes about the pledge's area, in its words as "
          "near as will fit, as its ClaimReview's claimReviewed. Without it, or without progress listed, "
          "the page carries no ClaimReview.",
          example="USAID is helping El Salvador, Guatemala and Honduras reduce GBV",
          one_line="it is its ClaimReview's claimReviewed"),
    Field("verdict", Kind.SLUG, "A verdict id from rootcheck.yaml.", required=True, names="verdict",
          by_number=True),
    Field("annotation", Kind.TEXT, "A short Markdown argument for the verdict; cite claims as "
          "[words](claim:ID).", required=True),
    Field("published", Kind.DATE, "The day this fact-check was first published: its ClaimReview's "
          "datePublished and its feed entry's. Until it is given, the build date stands in.",
          example="2023-03-15"),
    Field("updated", Kind.DATE, "The day its verdict or argument last changed in a way readers "
          "should be told of: its ClaimReview's dateModified and its feed entry's updated date.",
          example="2023-06-01"),
    Field("corrections", Kind.ENTRIES, "Mistakes put right since it was published, oldest first, "
          "each shown on its page and listed on the methodology page.", entries=CORRECTION_FIELDS),
)  # fmt: skip

SOURCE_FIELDS = (
    Field("id", Kind.SLUG, "The source's id, used by claims.", required=True),
    Field("file", Kind.TEXT, "The document's file name inside seeds/.", required=True),
    Field("title", Kind.TEXT, "The document's title, as it gives it.", required=True,
          one_line="it stands in its page's title and in every quote's credit"),
    Field("publisher", Kind.TEXT, "Who published it; null when the document does not say.",
          required=True, nullable=True, one_line="it is a name"),
    Field("author", Kind.TEXT, "Who wrote it; null when the document does not say.", nullable=True,
          one_line="it is a name"),
    Field("published", Kind.DATE, "Publication date; null when the document does not say.",
          required=True, nullable=True),
    Field("url", Kind.URL, "Where the original lives; null when the document does not say.",
          required=True, nullable=True),
    Field("role", Kind.SLUG, "What the source is to the fact-check.", required=True,
          choices=tuple(r.value for r in Role)),
    Field("sha256", Kind.SHA256, "The file's SHA-256 as last reviewed by an editor."),
)  # fmt: skip

SITE_FIELDS = (
    Field("title", Kind.TEXT, "The publication's name.", required=True, one_line="it is a name"),
    Field("tagline", Kind.TEXT, "One line under the name.", one_line="it stands under the publication's name"),
    Field("publisher", Kind.TEXT, "The organisation that publishes the fact-checks.", required=True,
          one_line="it is a name"),
    Field("language", Kind.TEXT, "The site's language (BCP 47).", required=True),
)  # fmt: skip

PILLAR_FIELDS = (
    Field("id", Kind.SLUG, "The pillar's id.", required=True),
    Field("number", Kind.INT, "Its number in the strategy.", required=True),
    Field("title", Kind.TEXT, "Its title, in the strategy's words.", required=True,
          one_line="it heads its pillar's section and page"),
)  # fmt: skip

VERDICT_FIELDS = (
    Field("id", Kind.SLUG, "The verdict's id.", required=True),
    Field("label", Kind.TEXT, "Its words on the site.", required=True,
          one_line="it stands beside every fact-check it rates"),
    Field("rating", Kind.INT, "Its place on the scale: higher is better.", required=True),
    Field("meaning", Kind.TEXT, "One sentence on what it means.", required=True),
)  # fmt: skip

CONFIG_SECTIONS = ("site", "pillars", "verdicts")

SKIP_FIELDS = (
    Field("source", Kind.SLUG, "The source id.", required=True, names="source"),
    Field(
        "text",
        Kind.TEXT,
        "A phrase, verbatim from the source, holding the number(s).",
        required=True,
    ),
    Field("reason", Kind.TEXT, "Why the number is not a claim.", required=True),
)


def _claim(claim_id: str, rel: str, record: Record) -> Claim:
    v = record.values
    return Claim(
        id=claim_id, file=rel, source_id=v["source"],
        quote=seen(v["quote"]), figure=seen(v["figure"]),
        summary=v.get("summary"), pillar=v.get("pillar"), note=v.get("note", ""),
        occurrence=v.get("occurrence"), draft=v.get("draft", False),
        aliases=v.get("aliases", ()), corrections=_corrections(record), where=record.where,
    )  # fmt: skip


def _corrections(record: Record) -> tuple[Correction, ...]:
    return tuple(Correction(c["date"], c["text"]) for c in record.get("corrections", ()))


def _comparison(comparison_id: str, rel: str, record: Record) -> Comparison:
    v = record.values
    return Comparison(
        # A required field may be missing or refused (see COMPARISON_KIND): its error is told.
        id=comparison_id, path=Path(rel), title=v.get("title", ""), pillar=v.get("pillar", ""),
        pledges=v.get("pledges", ()), progress=v.get("progress", ()), context=v.get("context", ()),
        verdict=v.get("verdict", ""), annotation=v.get("annotation", ""), summary=v.get("summary"),
        claim_reviewed=v.get("claim_reviewed"),
        published=v.get("published"), updated=v.get("updated"),
        corrections=_corrections(record),
        where=record.where,
    )  # fmt: skip


#: The fields only a claim has, and only a comparison: a file of one in the other's folder is told so.
_CLAIM_TELLING = frozenset(["source", "quote", "figure"])
_COMPARISON_TELLING = frozenset(["pledges", "progress", "verdict"])
#: A claim cannot be proved without its source, quote and figure; a comparison's lists and dates
#: can be checked whatever else is wrong with it.
CLAIM_KIND = ItemKind(
    "claim", CLAIM_FIELDS, _claim, needs=("source", "quote", "figure"), telling=_CLAIM_TELLING,
    elsewhere=("comparison", _COMPARISON_TELLING, "comparisons"), naming=("source", "pillar"),
)  # fmt: skip
COMPARISON_KIND = ItemKind(
    "comparison", COMPARISON_FIELDS, _comparison, needs=(), telling=_COMPARISON_TELLING,
    elsewhere=("claim", _CLAIM_TELLING, "claims"),
)  # fmt: skip
