"""What the render tests share: the fixture registry, built sites, an HTML scanner."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from rootcheck.checked import Checked
from rootcheck.pipeline import check
from rootcheck.render.site import RenderOptions, render_site

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FIXTURE = HERE / "fixture"
EXPECTED = HERE / "expected"
SUB_PATH = "https://example.org/rootcheck/"
#: The golden build: served under a sub-path, with a build date as SOURCE_DATE_EPOCH would give.
GOLDEN = RenderOptions(base_url=SUB_PATH, build_date=dt.date(2024, 3, 1))


@cache
def checked(root: Path) -> Checked:
    result = check(root)
    assert not result.errors, "\n".join(f"{d.where}: {d.message}" for d in result.errors)
    return result


def build(root: Path = FIXTURE, options: RenderOptions = GOLDEN) -> dict[str, bytes]:
    """The site of ``root``, with the root's own templates/ as ``rootcheck build`` uses them."""
    if options.templates is None and (root / "templates").is_dir():
        options = replace(options, templates=root / "templates")
    return render_site(checked(root), options)


@dataclass
class Scan:
    """The links, ids and scripts of one HTML page."""

    links: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attribute, value)
    ids: set[str] = field(default_factory=set)
    scripts: list[dict[str, str | None]] = field(default_factory=list)
    metas: list[dict[str, str | None]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    attributes: set[str] = field(default_factory=set)


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = Scan()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scan.tags.append(tag)
        self.scan.attributes.update(name for name, _ in attrs)
        found = dict(attrs)
        for name in ("href", "src"):
            value = found.get(name)
            if value is not None:
                self.scan.links.append((tag, name, value))
        if found.get("id"):
            self.scan.ids.add(str(found["id"]))
        if tag == "script":
            self.scan.scripts.append(found)
        if tag == "meta":
            self.scan.metas.append(found)

    handle_startendtag = handle_starttag


def scan(html: bytes) -> Scan:
    parser = _Scanner()
    parser.feed(html.decode("utf-8"))
    parser.close()
    return parser.scan


def pages(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if name.endswith(".html")}


@dataclass(frozen=True)
class Selected:
    """One annotation of ``data/annotations.jsonld``, read against the published text it points into."""

    #: The annotation's id, the site's address taken off.
    id: str
    text: str
    start: int
    end: int
    quote: dict[str, str]


def selections(files: dict[str, bytes], encoding: str = "utf-8") -> list[Selected]:
    """Every annotation, each shown to select what its TextQuote and TextPosition selectors both say:
    the same text, with its prefix and suffix around it."""
    found = []
    for item in json.loads(files["data/annotations.jsonld"])["first"]["items"]:
        text = files[item["target"]["source"].removeprefix(SUB_PATH)].decode(encoding)
        quote, position = item["target"]["selector"]
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])
        found.append(Selected(item["id"].removeprefix(SUB_PATH), text, start, end, quote))
    return found
