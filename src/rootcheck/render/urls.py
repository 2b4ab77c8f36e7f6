"""Where each page lives, and how one page links to another.

Pages link to each other with relative URLs, so a built site works under any
path (``/``, ``/rootcheck/``) and from any mirror without rebuilding. Only
what leaves the site — sitemap, feed, JSON-LD, canonical links, the 404 page
that is served at arbitrary depths — uses the base URL.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit

HOME = ""
METHODOLOGY = "methodology/"
CHARTS = "charts/"
CLAIMS = "claims/"
SOURCES = "sources/"
PILLARS = "pillars/"
COMPARISONS = "comparisons/"
STYLESHEET = "style.css"
FAVICON = "favicon.svg"
FEED = "feed.xml"
SITEMAP = "sitemap.xml"
#: The open data: every claim as JSON and CSV, every passage as a W3C annotation, the claim format.
DATA = "data/"
CLAIMS_JSON = DATA + "claims.json"
CLAIMS_CSV = DATA + "claims.csv"
ANNOTATIONS = DATA + "annotations.jsonld"
#: The JSON Schema of the claim files editors write, for checking one before it is proposed.
CLAIM_SCHEMA = DATA + "claim.schema.json"
_DATA_FOLDER = DATA.rstrip("/")
NOT_FOUND = "404.html"


def claim(claim_id: str) -> str:
    return f"claims/{claim_id}/"


def source(source_id: str) -> str:
    return f"sources/{source_id}/"


def source_text(source_id: str) -> str:
    """The source file exactly as checked, which annotation offsets count into."""
    return f"sources/{source_id}/source.txt"


def passage_css(source_id: str) -> str:
    """The stylesheet that highlights the passage a source page's address points to."""
    return f"sources/{source_id}/passages.css"


def passage(source_id: str, claim_id: str) -> str:
    return f"sources/{source_id}/#claim-{claim_id}"


def comparison(comparison_id: str) -> str:
    return f"{COMPARISONS}{comparison_id}/"


def pillar(pillar_id: str) -> str:
    return f"{PILLARS}{pillar_id}/"


@cache  # a plan asks it of every file of the site, the same paths build after build
def file_of(path: str) -> str:
    """The file that serves a site path: a folder path is served by its index.html."""
    path = path.split("#", 1)[0]
    return path + "index.html" if path == "" or path.endswith("/") else path


def is_public(base: str) -> bool:
    """Whether a base URL gives the site's public address (an absolute URL), not a path alone."""
    return bool(urlsplit(base).scheme)


#: Characters an address never holds unescaped (RFC 3986): a link or a sitemap would break on them.
_NOT_IN_URLS = frozenset('"<>\\^`{|}')


def normalize_base(base_url: str) -> str:
    """A base URL ending in ``/``; an absolute http(s) URL or a path starting with ``/``."""
    base = base_url.strip() or "/"
    # Written into every page and the sitemap as it is: a space or a quotation mark would break them.
    if unsafe := sorted(
        {char for char in base if char.isspace() or not char.isprintable() or char in _NOT_IN_URLS}
    ):
        shown = ", ".join(repr(char) for char in unsafe)
        raise ValueError(
            f"the base URL holds {shown}, which an address cannot: write each %-escaped ({base_url!r})"
        )
    parts = urlsplit(base)
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise ValueError(f"the base URL must be http(s) or a path, not {base_url!r}")
    if parts.scheme and not parts.netloc:
        raise ValueError(f"the base URL names no host: {base_url!r}")
    if not parts.scheme and (parts.netloc or not base.startswith("/")):
        raise ValueError(f"the base URL must be absolute or start with '/': {base_url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"the base URL cannot have a query or fragment: {base_url!r}")
    if parts.scheme:  # scheme and host have no case: one spelling of the address on every page
        base = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, "", ""))
    return base if base.endswith("/") else base + "/"


def _relative(path: str, here: str) -> str:
    """``path`` relative to the folder ``here``, as ``posixpath.relpath`` spells it."""
    if path == "" or path.endswith("/"):
        rel = posixpath.relpath(path or ".", here or ".")
        return "./" if rel == "." else rel + "/"
    return posixpath.relpath(path, here or ".")


def _parts(path: str) -> list[str] | None:
    """The names of a plain path (folders end in ``/``); None when it needs normalizing."""
    names = path.split("/")
    if path == "" or path.endswith("/"):
        names.pop()
    if "" in names or "." in names or ".." in names:
        return None
    return names


def _spelled(names: list[str], folder: bool) -> str:
    """Names joined as relpath spells them: ``.`` for the folder itself, and ``/`` after a folder."""
    if folder:
        return "/".join(names) + "/" if names else "./"
    return "/".join(names) or "."


#: Links that hold on every page at the same depth under the same top folder:
#: ((depth, top folder), target path) → link. Most of a page's links are these.
_SHARED_LINKS: dict[tuple[tuple[int, str], str], str] = {}
_SHARED_LIMIT = 1 << 16


@dataclass(frozen=True)
class Urls:
    """URLs as seen from one page (``page`` is the site path of its file)."""

    base: str
    page: str
    absolute_links: bool = False

    #: What every link from this page starts from, worked out once: the page's
    #: folder, its names (None when they need normalizing), the (depth, top
    #: folder) of the links it shares with similar pages, and its own site path.
    _folder: str = field(init=False, repr=False, compare=False)
    _here: list[str] | None = field(init=False, repr=False, compare=False)
    _top: tuple[int, str] | None = field(init=False, repr=False, compare=False)
    _itself: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        folder = posixpath.dirname(self.page)
        here = _parts(folder + "/") if folder else []
        top = None if here is None else (len(here), here[0] if here else "")
        object.__setattr__(self, "_folder", folder)
        object.__setattr__(self, "_here", here)
        object.__setattr__(self, "_top", top)
        object.__setattr__(self, "_itself", self.page.removesuffix("index.html"))

    def __call__(self, target: str) -> str:
        """A link from this page to a site path (with an optional ``#fragment``)."""
        if self.absolute_links:
            return self.path_of(target)
        path, hash_, fragment = target.partition("#")
        if hash_ and path == self._itself:
            return hash_ + fragment  # a fragment on this very page
        top = self._top
        if top is None:
            return _relative(path, self._folder) + hash_ + fragment
        rel = _SHARED_LINKS.get((top, path))
        if rel is None:
            rel = self._relative(path, top)
        return rel + hash_ + fragment

    def _relative(self, path: str, top: tuple[int, str]) -> str:
        # relpath makes both paths absolute and normalizes them, for each of
        # the some forty links of a page; a plain path only needs the folders
        # it shares with this page stripped.
        here, there = self._here, _parts(path)
        if here is None or there is None:
            return _relative(path, self._folder)
        shared = 0
        for a, b in zip(here, there, strict=False):
            if a != b:
                break
            shared += 1
        rel = _spelled([".."] * (len(here) - shared) + there[shared:], path == "" or path.endswith("/"))
        # The link is the same from every page with this depth and top folder
        # when it shares no folder with the page, when the page's folder is
        # that top folder, or when the target is: then no page of the kind
        # can share more of it.
        if shared == 0 or len(here) == 1 or len(there) == 1:
            if len(_SHARED_LINKS) >= _SHARED_LIMIT:
                _SHARED_LINKS.clear()
            _SHARED_LINKS[top, path] = rel
        return rel

    # Jinja asks each callable a template calls whether it wants the template's
    # context, by looking for this attribute; on a method, not finding it costs
    # an exception, and a page calls this some forty times.
    __call__.jinja_pass_arg = None  # type: ignore[attr-defined]

    def path_of(self, target: str) -> str:
        """The host-relative URL of a site path, for pages served at any depth (404)."""
        return urlsplit(self.base).path + target

    def absolute(self, target: str) -> str:
        """The public URL of a site path: absolute when the base URL is."""
        return self.base + target


class SiteLinks(NamedTuple):
    """One page's links to the places every page links to: ``links.home`` in a template.

    Each is ``url(urls.HOME)`` and so on, worked out once for each kind of
    page: every call from a template goes through Jinja's machinery, and the
    theme's header and footer alone made thirteen on every page. Timed on this
    project's machines, by turns, five times each, a claim's page took 206 µs
    to render (median) calling ``url`` and 186 µs with these.
    """

    home: str
    charts: str
    claims: str
    sources: str
    methodology: str
    stylesheet: str
    favicon: str
    feed: str
    claims_json: str
    claims_csv: str
    annotations: str
    claim_schema: str

    @classmethod
    def of(cls, url: Urls) -> SiteLinks:
        # The same from every page at the same depth under the same top folder, as a
        # link shares no more than its top folder with such a page; but for the links
        # into data/, from a page under data/ (the site has none: its files are data).
        top = url._top
        key = (url.base, url.absolute_links, top) if top is not None and top[1] != _DATA_FOLDER else None
        links = _SITE_LINKS.get(key) if key is not None else None
        if links is None:
            links = cls._made(url)
            if key is not None:
                _SITE_LINKS[key] = links
        return links

    @classmethod
    def _made(cls, url: Urls) -> SiteLinks:
        return cls(
            url(HOME),
            url(CHARTS),
            url(CLAIMS),
            url(SOURCES),
            url(METHODOLOGY),
            url(STYLESHEET),
            url(FAVICON),
            url(FEED),
            url(CLAIMS_JSON),
            url(CLAIMS_CSV),
            url(ANNOTATIONS),
            url(CLAIM_SCHEMA),
        )


#: Each kind of page's :class:`SiteLinks`, by (base URL, links absolute, (depth, top folder)):
#: a site has a few dozen kinds of page, by depth and top folder.
_SITE_LINKS: dict[tuple[str, bool, tuple[int, str]], SiteLinks] = {}
