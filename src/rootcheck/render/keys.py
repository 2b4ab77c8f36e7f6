"""What each page depends on, as a digest: a page whose digest is unchanged need not be rendered again.

A page's key covers everything that can change its bytes: rootcheck's own
code and theme, the root's template overrides, the build options, what every
page shows of the whole site (settings, pillars, verdicts, comparisons), and
the page's own inputs: for a claim, the digest its check was keyed by (the
claim, its source, rootcheck's code). Records are digested through their
``repr``, which dataclasses derive from every field, so a field added later is
covered without anyone remembering to list it here.

Only a claim's page and the exports show its note; lists of claims, and
source pages, are keyed by what they show of each claim without it
(:attr:`CheckedClaim.listed`), so revising a note re-renders three files,
not every list of claims. An override template that names ``note`` may show
it anywhere, and then every file is keyed by the notes too; one that names
``site``, or one a claim's page renders that names a comparison's claims, may
show any claim on a page, and then every page is keyed by every claim. A page that
lists some claims (a pillar's, a comparison's, the charts') is keyed by
those alone; the index of every claim and the exports, by all of them; the
pages about the sources, by the sources' records. A build with nothing
changed renders nothing.

Keys err on the side of rendering again: the worst a key can do is miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from rootcheck.digests import code_digest, files_of, lines_digest
from rootcheck.digests import digest as _digest
from rootcheck.render.lastmod import PageDate
from rootcheck.render.views import ClaimView, SiteView, SourceView

#: An override template that names ``site`` may show any claim on any page.
_READS_SITE = re.compile(rb"\bsite\b")
#: An override template a claim's page renders that names what a comparison weighs may show, on a
#: claim's page, the other claims its comparisons weigh ("{% for other in comp.progress %}").
_READS_COMPARED = re.compile(rb"\b(?:pledges|progress|context)\b|(?<!links)\.claims\b")
#: The theme's pages other than a claim's: an override of one is never rendered as a claim's page.
_NOT_A_CLAIMS = frozenset(
    f"{page}.html"
    for page in (
        "404", "about", "charts", "claims", "comparison", "folder", "home", "methodology", "pillar",
        "redirect", "source", "sources",
    )
)  # fmt: skip
#: An override template that names ``note`` may show claims' notes on any page.
_READS_NOTES = re.compile(rb"\bnote\b")
#: Where a template names anything: its ``{{ }}`` and ``{% %}`` tags, not its prose.
_CODE = re.compile(rb"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _names(data: bytes, name: re.Pattern[bytes]) -> bool:
    """Whether template source ``data`` names ``name`` in its code ("this site" in a sentence does not)."""
    return any(name.search(tag.group()) for tag in _CODE.finditer(data))


def site_digest(site: SiteView, options: object, templates: Path | None) -> str:
    """What every page may show of the whole site."""
    overrides = files_of(templates) if templates is not None and templates.is_dir() else []
    parts: list[str | bytes] = [code_digest(), repr(options)]
    parts += [part for name, data in overrides for part in (name, data)]
    parts += [
        repr(site.settings),
        repr(site.build_date),
        repr(site.verdicts),
        site.pledged_label,
        site.reported_label,
    ]
    parts += [repr(p.pillar) for p in site.pillars]
    parts += [repr((c.comparison, c.pillar, c.verdict)) for c in site.comparisons.values()]
    # Keyed by every claim, a page is made again whenever any claim changes: only with such overrides.
    if any(
        _names(data, _READS_SITE) or (name not in _NOT_A_CLAIMS and _names(data, _READS_COMPARED))
        for name, data in overrides
    ):
        parts += [repr(view) for view in site.claims.values()]
    return _digest(parts)


def notes_shown_in_lists(templates: Path | None) -> bool:
    """Whether the root's override templates may show notes beyond claims' own pages and the exports."""
    if templates is None or not templates.is_dir():
        return False
    return any(_names(data, _READS_NOTES) for _, data in files_of(templates))


def claim_key(common: str, view: ClaimView, published: Iterable[str]) -> str | None:
    """A claim page shows its claim as checked (whose inputs include its source) and its comparisons."""
    if not view.checked.inputs:
        return None
    parts = [common, "claim", view.checked.inputs, *view.comparison_ids]
    if view.may_cite:
        parts += sorted(published)
    # Digests and ids hold no line break: one join and one hash (a key for every claim in every build).
    return lines_digest(parts)


def listed_key(common: str, view: ClaimView, notes_shown: bool) -> str | None:
    """What a page listing a claim shows of it: all but its note, unless templates show notes."""
    shown = view.checked.inputs if notes_shown else view.checked.listed
    if not shown:
        return None
    # The summary beside what its proof was keyed by, which leaves it out (see Claim.proof_key).
    summary = repr(view.checked.claim.summary)
    return lines_digest([common, "listed", shown, summary, *view.comparison_ids])


def source_key(common: str, view: SourceView, listed: Mapping[str, str | None]) -> str | None:
    """A source page shows the document and, beside each passage, its claim: ``listed`` keys by id."""
    shown = _keyed((claim.id, listed[claim.id]) for claim in view.claims)
    if shown is None:
        return None
    # The text's digest, as checking already computed it, not the text hashed again.
    return lines_digest([common, "source", view.source.described, view.document.digest, *shown])


def page_key(common: str, page: str, *shown: str) -> str:
    """A page that shows what every page does and ``shown`` (texts without line breaks) besides."""
    return lines_digest([common, page, *shown])


def listing_key(
    common: str, page: str, claims: Iterable[ClaimView], listed: Mapping[str, str | None], *shown: str
) -> str | None:
    """A page that shows ``claims`` (in this order) as lists show them, and ``shown`` besides."""
    lines = _keyed((claim.id, listed[claim.id]) for claim in claims)
    return None if lines is None else lines_digest([common, page, *shown, *lines])


def sources_shown(site: SiteView, counted: bool = False) -> list[str]:
    """What pages about the sources show of each: its record, and with ``counted`` how many claims quote it."""
    if counted:
        return [f"{len(view.claims)} {view.source.described}" for view in site.sources.values()]
    return [view.source.described for view in site.sources.values()]


def whole_key(common: str, claims: Mapping[str, str | None], sources: Mapping[str, str | None]) -> str | None:
    """A file about the whole site may show any claim and any source, in the site's order.

    ``claims`` and ``sources`` are keys by id, in the order the site lists
    them: the claims' page keys for a file that shows notes, else their
    listed keys. Everything else such a file reads — settings, build date,
    base URL, drafts, templates, pillars, verdicts, comparisons — is in
    ``common``; redirects come from the claims' aliases.
    """
    shown = _keyed(claims.items())
    sourced = _keyed(sources.items())
    if shown is None or sourced is None:
        return None
    return lines_digest([common, "site", str(len(shown)), *shown, *sourced])


def sitemap_key(common: str, pages: Iterable[PageDate]) -> str:
    """The sitemap lists pages and the day each last changed, not what they show: a revised claim
    leaves it be, unless a correction dates it."""
    return lines_digest([common, "sitemap", *(f"{page.path} {page.lastmod}" for page in pages)])


def _keyed(keys: Iterable[tuple[str, str | None]]) -> list[str] | None:
    """Each id with its key, a line each (for :func:`lines_digest`); ``None`` if any has none."""
    lines = []
    for name, key in keys:
        if key is None:
            return None
        lines.append(f"{name} {key}")
    return lines
