"""Every internal link and fragment of the built site resolves, at the root and under a sub-path."""

from __future__ import annotations

import posixpath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rootcheck.render import urls
from rootcheck.render.site import RenderOptions
from rootcheck.render.urls import SiteLinks, Urls

from .helpers import FIXTURE, REPO, SUB_PATH, build
from .linkcheck import broken_links


@pytest.mark.parametrize("base", ["/", SUB_PATH])
@pytest.mark.parametrize("root", [REPO, FIXTURE], ids=["repository", "fixture"])
def test_every_internal_link_resolves(root: object, base: str) -> None:
    files = build(root, RenderOptions(base_url=base))  # type: ignore[arg-type]
    assert broken_links(files, base) == []


def test_the_checker_finds_broken_links() -> None:
    files = {
        "index.html": b'<a href="claims/x/">x</a><a href="#nowhere">n</a><img src="https://cdn.example.com/a.png">',
        "claims/y/index.html": b'<p id="here">y</p><a href="../../index.html#here">h</a>',
    }
    assert broken_links(files, "/") == [
        "index.html: claims/x/: no file claims/x/index.html",
        "index.html: #nowhere: no element with id 'nowhere' in index.html",
        "index.html: https://cdn.example.com/a.png: loads an asset from another host",
        "claims/y/index.html: ../../index.html#here: no element with id 'here' in index.html",
    ]


def test_the_404_page_links_work_at_any_depth() -> None:
    files = build(FIXTURE, RenderOptions(base_url=SUB_PATH))
    page = files["404.html"].decode()
    assert 'href="/rootcheck/style.css"' in page
    assert broken_links({"404.html": files["404.html"], **files}, SUB_PATH) == []


segment = st.sampled_from(["claims", "sources", "a", "b", "x.css", ".", "..", ""])
site_path = st.lists(segment, max_size=4).map("/".join)


def relpath_link(page: str, target: str) -> str:
    """A link as ``posixpath.relpath`` makes it, which the links must keep matching."""
    path, hash_, fragment = target.partition("#")
    here = posixpath.dirname(page) or "."
    if path == "" or path.endswith("/"):
        rel = posixpath.relpath(path or ".", here)
        rel = "./" if rel == "." else rel + "/"
    else:
        rel = posixpath.relpath(path, here)
    if path == page.removesuffix("index.html") and hash_:
        rel = ""
    return rel + hash_ + fragment


@given(
    page=st.builds("{}{}".format, site_path, st.sampled_from(["/index.html", "/", "index.html", ".css"])),
    target=st.builds(
        "{}{}{}".format, site_path, st.sampled_from(["", "/", ".css"]), st.sampled_from(["", "#f"])
    ),
)
def test_links_match_relpath(page: str, target: str) -> None:
    page = page.lstrip("/")
    target = target.lstrip("/")
    assert Urls("/", page)(target) == relpath_link(page, target)


def test_a_link_is_reused_only_by_pages_it_fits() -> None:
    assert Urls("/", "claims/a/index.html")("claims/b/") == "../b/"
    assert Urls("/", "claims/b/index.html")("claims/b/") == "./"
    assert Urls("/", "claims/b/index.html")("claims/b/x.css") == "x.css"
    assert Urls("/", "claims/c/index.html")("claims/") == "../"
    assert Urls("/", "claims/index.html")("claims/") == "./"


FIXED = [urls.HOME, urls.CHARTS, urls.CLAIMS, urls.SOURCES, urls.METHODOLOGY, urls.STYLESHEET]
FIXED += [urls.FAVICON, urls.FEED, urls.CLAIMS_JSON, urls.CLAIMS_CSV, urls.ANNOTATIONS, urls.CLAIM_SCHEMA]


@given(
    pages=st.lists(
        st.builds(
            "{}{}".format,
            st.lists(st.sampled_from(["claims", "data", "claims.json", "a", "b", "."]), max_size=3).map(
                "/".join
            ),
            st.sampled_from(["/index.html", "/", ".css", "/404.html"]),
        ).map(lambda page: page.lstrip("/")),
        min_size=1,
        max_size=6,
    ),
    absolute=st.booleans(),
)
def test_site_links_are_the_links_each_page_would_make(pages: list[str], absolute: bool) -> None:
    # Kept from one page for others of its kind: every page must still get its own links.
    for page in pages:
        url = Urls(SUB_PATH, page, absolute_links=absolute)
        assert SiteLinks.of(url) == tuple(map(url, FIXED))


def test_pages_under_data_get_site_links_of_their_own() -> None:
    assert len(FIXED) == len(SiteLinks._fields)
    assert SiteLinks.of(Urls("/", "claims/a/index.html")).claims_json == "../../data/claims.json"
    assert SiteLinks.of(Urls("/", "data/claims.json/index.html")).claims_json == "."
    assert SiteLinks.of(Urls("/", "data/other/index.html")).claims_json == "../claims.json"
