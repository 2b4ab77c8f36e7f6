"""HTML pages: what each template is given.

The templates are the theme's and the root's overrides (see
:mod:`rootcheck.render.templates`). Autoescaping is on everywhere: a value
from YAML reaches the page as text; only HTML built and escaped here (marked
quotes, annotated sources, Markdown, charts) is passed as ``Markup``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup, escape

from rootcheck.render import charts as chart_mod
from rootcheck.render import urls
from rootcheck.render.claimreview import claim_review, json_ld
from rootcheck.render.markdown import render_markdown
from rootcheck.render.sourcetext import render_blocks
from rootcheck.render.templates import TemplateProblem, rendering_problem
from rootcheck.render.views import ClaimView, ComparisonView, PillarView, SiteView, SourceView


@dataclass(frozen=True)
class Page:
    """What every template knows about the page it renders."""

    path: str
    title: str
    description: str
    section: str
    url: urls.Urls
    json_ld: Markup | None = None
    stylesheets: tuple[str, ...] = ()
    #: A fact-check or a claim's page, rather than a list or a page about the site.
    article: bool = False

    @property
    def canonical(self) -> str:
        return self.url.absolute(self.path.removesuffix("index.html"))

    @property
    def public(self) -> bool:
        """Whether the page has a public address of its own, which a canonical link and a shared card
        must give: the site has one, and the page is no "not found", served at any address."""
        return urls.is_public(self.url.base) and self.path != urls.NOT_FOUND


@dataclass(frozen=True)
class Folder:
    """A folder of the site whose pages another page lists: its own address leads there."""

    path: str
    title: str
    #: The page that lists what the folder holds (and where on it), and that page's name.
    listed_at: str
    listed_as: str
    #: What the reader finds there, told before the link.
    lead: str
    #: The part of the site the folder belongs to, marked in the navigation.
    section: str


#: A reader who shortens a page's address to its folder finds the page listing the folder's pages,
#: rather than a server's listing of files or its "not found".
FOLDERS = (
    Folder(
        urls.PILLARS,
        "Pillars",
        urls.HOME,
        "Pledges vs. progress",
        "Each pillar, with the fact-checks under it, is on",
        "home",
    ),
    Folder(
        urls.COMPARISONS,
        "Fact-checks",
        urls.HOME,
        "Pledges vs. progress",
        "Every fact-check, pillar by pillar, is on",
        "home",
    ),
    Folder(
        urls.DATA,
        "Open data",
        urls.METHODOLOGY + "#data",
        "Open data and fact-check markup",
        "Each file of open data, and what it holds, is listed under",
        "methodology",
    ),
)

#: Items of lists of claims as made for a page: (the claim's listed key, the page's path) → HTML.
Items = dict[tuple[str, str], Markup]


class Pages:
    """Renders each page of one site.

    ``listed_keys`` are the claims' listed keys (see :mod:`rootcheck.render.keys`),
    which cover all that a list shows of a claim. ``items``, if given, keeps
    each claim's item in a list as made for each page, by its listed key: the
    preview keeps it from one rebuild to the next, so that a revised summary
    makes one claim's items again, not the ten thousand on the page of every
    claim. A one-off build makes each item once and keeps none.
    """

    def __init__(
        self,
        site: SiteView,
        env: Environment,
        base: str,
        listed_keys: Mapping[str, str | None] | None = None,
        items: Items | None = None,
        templates: Path | None = None,
    ) -> None:
        self.site = site
        self.env = env
        self.base = base
        self.listed_keys = listed_keys or {}
        self.items = items
        #: The root's override templates, whose failures are the editor's to fix.
        self.templates = templates

    def _page(
        self,
        path: str,
        title: str,
        description: str,
        section: str,
        json_ld: Markup | None = None,
        stylesheets: tuple[str, ...] = (),
        article: bool = False,
    ) -> Page:
        # The 404 page is served at any address, so only its links are host-relative.
        url = urls.Urls(self.base, path, absolute_links=path == urls.NOT_FOUND)
        return Page(path, title, description, section, url, json_ld, stylesheets, article)

    def _render(self, template: str, page: Page, **context: object) -> bytes:
        def claim_href(claim_id: str) -> str | None:
            return page.url(urls.claim(claim_id)) if claim_id in self.site.claims else None

        def markdown(text: str) -> Markup:
            return render_markdown(text, claim_href)

        def svg(chart: chart_mod.Chart) -> Markup:
            return chart_mod.render_svg(chart, page.url)

        def listed(claims: Iterable[ClaimView], make: Callable[[ClaimView], str]) -> Markup:
            """Each claim's item, made by the macro ``make``, on a line of its own."""
            store = self.items
            lines = []
            for claim in claims:
                key = self.listed_keys.get(claim.id)
                if store is None or key is None:
                    lines.append(self._item(claim, make))
                    continue
                item = store.get((key, page.path))
                if item is None:
                    item = store[key, page.path] = self._item(claim, make)
                lines.append(item)
            return Markup("".join(f"{item}\n" for item in lines))

        try:
            html = self.env.get_template(template).render(
                site=self.site,
                settings=self.site.settings,
                page=page,
                url=page.url,
                links=urls.SiteLinks.of(page.url),
                markdown=markdown,
                svg=svg,
                listed=listed,
                **context,
            )
        except Exception as exc:
            problem = rendering_problem(exc, self.templates, page.path)
            if problem is None:
                raise
            raise TemplateProblem(problem) from exc
        return html.encode("utf-8")

    def _item(self, claim: ClaimView, make: Callable[[ClaimView], str]) -> Markup:
        """A claim's item in a list, made by the template's macro ``make``."""
        return Markup(make(claim))

    def home(self) -> bytes:
        page = self._page("index.html", self.site.settings.title, self.site.settings.tagline, "home")
        return self._render("home.html", page)

    def comparison(self, comp: ComparisonView) -> bytes:
        review = claim_review(self.site, comp, urls.Urls(self.base, "").absolute)
        # What a search result or a shared card shows of it: the verdict, and its argument in a line.
        description = f"{comp.verdict.verdict.label}: {comp.comparison.summary or comp.title}"
        marked = json_ld(review) if review is not None else None
        page = self._page(
            urls.file_of(comp.path), comp.title, description, "home", json_ld=marked, article=True
        )
        return self._render("comparison.html", page, comparison=comp)

    def claim(self, claim: ClaimView) -> bytes:
        # What the claim is, then its words, cut around its figure as lists cut them: claims of one
        # sentence would otherwise share a description, and a long one run past what is shown.
        # The excerpt's markup is its figure's <mark> and escapes alone: cheaper undone than stripped.
        excerpt = html.unescape(claim.excerpt_markup.replace("<mark>", "").replace("</mark>", ""))
        description = f"{claim.title}: “{excerpt}”"
        page = self._page(urls.file_of(claim.path), claim.title, description, "claims", article=True)
        paragraph = Markup("")
        if claim.paragraph is not None:
            text = self.site.sources[claim.source.id].document.text
            paragraph = render_blocks(text, [claim.paragraph.value], [claim.passage()])
        comps = [self.site.comparisons[i] for i in claim.comparison_ids]
        return self._render("claim.html", page, claim=claim, paragraph=paragraph, comparisons=comps)

    def claims(self) -> bytes:
        page = self._page(
            "claims/index.html", "Every figure checked", "Every quoted figure, by source.", "claims"
        )
        return self._render("claims.html", page)

    def source(self, view: SourceView) -> bytes:
        path = urls.file_of(view.path)
        css = (urls.passage_css(view.source.id),) if view.claims else ()
        page = self._page(
            path,
            view.source.title,
            f"The full text of {view.source.title}, annotated.",
            "sources",
            stylesheets=css,
        )
        passages = []
        for group in _sharing_passages(view.claims):
            first, *rest = group
            passages.append(first[1].passage(self._sidenote(page, group)))
            passages.extend(claim.passage() for _, claim in rest)
        body = render_blocks(view.document.text, view.text.blocks, passages)
        return self._render("source.html", page, source=view, body=body)

    @staticmethod
    def _sidenote(page: Page, group: list[tuple[int, ClaimView]]) -> Markup:
        """The side note of one passage, naming each claim that quotes it: claims of one sentence ("74
        U.S. convictions", "more than 200 individuals" …) share a note rather than stack notes in the
        margin, where they stood down the page beside other paragraphs."""
        first, last = group[0][0], group[-1][0]
        number = f"{first}–{last}" if last > first else str(first)
        # Escaped and joined by hand: Markup.format runs Python's string formatter, field by field.
        # A renamed claim's former ids still lead to its passage: links made before the rename use them.
        former = "".join(
            f'<span id="claim-{escape(alias)}"></span>' for _, c in group for alias in c.checked.claim.aliases
        )
        # In the margin, notes of passages close together stack and stand below their passages: the
        # number at the passage, and on its note, pairs them. At the passage it is drawn by the style
        # sheet, so that the document's text, read aloud, copied or checked, holds no number it lacks.
        kicker = "Claims" if len(group) > 1 else "Claim"
        notes = [
            f'<a class="sidenote{" sidenote-more" * (index > 0)}" id="claim-{escape(claim.id)}" '
            f'href="{escape(page.url(claim.path))}">'
            + (
                f'<span class="sidenote-kicker">{kicker}<span class="sidenote-number" data-number="{number}"></span> </span>'
                if index == 0
                else ""
            )
            + f'<span class="sidenote-figure">{escape(claim.checked.claim.figure)}</span></a>'
            for index, (_, claim) in enumerate(group)
        ]
        return Markup(
            f'{former}<sup class="passage-number" data-number="{number}" aria-hidden="true"></sup>'
            + "".join(notes)
        )

    @staticmethod
    def passage_css(view: SourceView) -> bytes:
        """Rules that pick out the passage an address points to, with no script.

        A passage's marks follow its side note (the element the address
        names) as siblings, so ``:target ~`` reaches exactly them.
        """
        selectors = ",\n".join(
            f'#claim-{name}:target ~ mark[data-claims~="{c.id}"]'
            for c in view.claims
            for name in (c.id, *c.checked.claim.aliases)
        )
        rule = " {\n  background: var(--target);\n  box-shadow: 0 0 0 2px var(--target-edge);\n}\n"
        return (selectors + rule).encode("utf-8")

    def sources(self) -> bytes:
        page = self._page(
            "sources/index.html", "Sources", "The documents every figure is checked against.", "sources"
        )
        return self._render("sources.html", page)

    def pillar(self, view: PillarView) -> bytes:
        title = f"{view.label}: {view.pillar.title}"
        page = self._page(
            urls.file_of(view.path), title, f"Pledges and progress: {view.pillar.title}", "home"
        )
        return self._render("pillar.html", page, pillar=view)

    def charts(self, charts: list[chart_mod.Chart]) -> bytes:
        page = self._page(
            "charts/index.html",
            "The figures in charts",
            "The money pledged and reported, and the people reached, in bar charts.",
            "charts",
        )
        return self._render("charts.html", page, charts=charts)

    def methodology(self) -> bytes:
        page = self._page(
            "methodology/index.html",
            "Methodology",
            "How every quote is verified and every verdict reached.",
            "methodology",
        )
        return self._render("methodology.html", page)

    def not_found(self) -> bytes:
        page = self._page(urls.NOT_FOUND, "Page not found", "There is no page at this address.", "")
        return self._render("404.html", page)

    def redirect(self, alias: str, claim_id: str) -> bytes:
        target = self.site.claims[claim_id]
        moved = f"This claim is now at its own address: {target.title}."
        page = self._page(urls.file_of(urls.claim(alias)), "This claim has moved", moved, "claims")
        return self._render("redirect.html", page, target=target)

    def folder(self, folder: Folder) -> bytes:
        described = f"{folder.lead} {folder.listed_as}."  # a shared card says where to go, as the page does
        page = self._page(urls.file_of(folder.path), folder.title, described, folder.section)
        return self._render("folder.html", page, folder=folder)


def _sharing_passages(claims: Sequence[ClaimView]) -> list[list[tuple[int, ClaimView]]]:
    """The claims, numbered in order from 1, in runs that quote one passage, each run a note's."""
    groups: list[list[tuple[int, ClaimView]]] = []
    for number, claim in enumerate(claims, 1):
        if groups and groups[-1][-1][1].checked.anchor.span == claim.checked.anchor.span:
            groups[-1].append((number, claim))
        else:
            groups.append([(number, claim)])
    return groups
