"""What each page depends on, as a digest: a page whose digest is unchanged need not be rendered again.

A page's key covers everything that can change its bytes: rootcheck's own
code and theme, the root's template overrides, the build options, what every
page shows of the whole site (settings, pillars, verdicts, comparisons), and
the page's own inputs: for a claim, the digest its check was keyed by (the
claim, its source, rootcheck's code). Records are digested through their
``repr``, which dataclasses derive from every field, so a field added later is
covered without anyone remembering to list it here.

Every other file (the home page, the indexes, the feed, the exports...) may
show any claim or source, and is keyed by all of them: a build with nothing
changed renders nothing.

Keys err on the side of rendering again: the worst a key can do is miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from rootcheck.memo import code_digest, files_of, text_digest
from rootcheck.memo import digest as _digest
from rootcheck.render.views import ClaimView, SiteView, SourceView

#: An override template that names ``site`` may show any claim on any page.
_READS_SITE = re.compile(rb"\bsite\b")
_CITES = re.compile(r"claim:")


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
    if any(_READS_SITE.search(data) for _, data in overrides):
        parts += [repr(view) for view in site.claims.values()]
    return _digest(parts)


def claim_key(common: str, view: ClaimView, published: Iterable[str]) -> str | None:
    """A claim page shows its claim as checked (whose inputs include its source) and its comparisons."""
    if not view.checked.inputs:
        return None
    parts = [common, "claim", view.checked.inputs, *view.comparison_ids]
    # A note's claim: links are links only while the claim they name is published.
    if _CITES.search(view.checked.claim.note):
        parts += sorted(published)
    return _digest(parts)


def source_key(common: str, view: SourceView) -> str | None:
    """A source page shows the document and, beside each passage, its claim's figure."""
    if not all(claim.checked.inputs for claim in view.claims):
        return None
    # The text's digest, as checking already computed it, not the text hashed again.
    parts = [common, "source", repr(view.source), text_digest(view.document.text)]
    return _digest(parts + [claim.checked.inputs for claim in view.claims])


def whole_key(common: str, claims: Mapping[str, str | None], sources: Mapping[str, str | None]) -> str | None:
    """A file about the whole site may show any claim and any source, in the site's order.

    ``claims`` and ``sources`` are the pages' keys by id, in the order the site
    lists them. Everything else such a file reads — settings, build date, base
    URL, drafts, templates, pillars, verdicts, comparisons — is in ``common``;
    redirects come from the claims' aliases.
    """
    parts = [common, "site", str(len(claims)), str(len(sources))]
    for group in (claims, sources):
        for name, key in group.items():
            if key is None:
                return None
            parts += [name, key]
    return _digest(parts)
