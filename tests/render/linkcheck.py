"""A link checker for a built site: every internal link and #fragment must resolve.

Pages are resolved as a browser would, from the URL each is served at under
the base URL; the 404 page is resolved from a made-up deep path, since a
server shows it at any address.
"""

from __future__ import annotations

from urllib.parse import unquote, urljoin, urlsplit

from .helpers import pages, scan

_LOCAL = "http://127.0.0.1:8000"


def _served_at(base: str, name: str) -> str:
    root = base if urlsplit(base).scheme else _LOCAL + base
    if name == "404.html":
        return urljoin(root, "no/such/page/")
    return urljoin(root, name.removesuffix("index.html"))


def _file_of(path: str) -> str:
    return path + "index.html" if path == "" or path.endswith("/") else path


def broken_links(files: dict[str, bytes], base: str) -> list[str]:
    """Every link of the site that does not resolve, as 'page: link: problem'."""
    html = pages(files)
    ids = {name: scan(data).ids for name, data in html.items()}
    root = urlsplit(base if urlsplit(base).scheme else _LOCAL + base)
    problems = []
    for name, data in html.items():
        here = _served_at(base, name)
        for tag, attr, value in scan(data).links:
            if value.startswith("#"):
                if unquote(value[1:]) not in ids[name]:
                    problems.append(f"{name}: {value}: no element with id {value[1:]!r} in {name}")
                continue
            target = urlsplit(urljoin(here, value))
            if target.scheme not in ("http", "https"):
                if target.scheme != "mailto":
                    problems.append(f"{name}: {value}: scheme {target.scheme!r}")
                continue
            if target.netloc != root.netloc:
                if attr == "src" or tag == "link":
                    problems.append(f"{name}: {value}: loads an asset from another host")
                continue
            if not target.path.startswith(root.path):
                problems.append(f"{name}: {value}: outside the site's base path {root.path}")
                continue
            file = _file_of(unquote(target.path[len(root.path) :]))
            if file not in files:
                problems.append(f"{name}: {value}: no file {file}")
            elif target.fragment and file.endswith(".html") and unquote(target.fragment) not in ids[file]:
                problems.append(f"{name}: {value}: no element with id {target.fragment!r} in {file}")
    return problems
