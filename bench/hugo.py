"""The same pages as a Hugo site: one Markdown page per claim and per source, no verification at all.

Hugo is the yardstick for "as fast as a static site generator can be": it
renders the claims' and sources' text with the same front matter and body
rootcheck renders, through a minimal layout, and proves nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)

# No taxonomies, and no RSS: Hugo's feeds would carry every page's summary, where
# rootcheck's one feed carries only the comparisons. The sitemap stays, as in rootcheck.
CONFIG = """\
baseURL = "https://example.org/"
title = "rootcheck benchmark"
languageCode = "en"
disableKinds = ["taxonomy", "term", "RSS"]
"""

SINGLE = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ with .Params.figure }}<p class="figure">{{ . }}</p>{{ end }}
{{ with .Params.source }}<p class="source">{{ . }}</p>{{ end }}
{{ with .Params.publisher }}<p class="publisher">{{ . }}</p>{{ end }}
{{ .Content }}
</main>
</body>
</html>
"""

LIST = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
"""


@dataclass(frozen=True)
class HugoSite:
    root: Path
    pages: int


def _load(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def _page(front: dict[str, object], body: str) -> str:
    # JSON strings are valid YAML scalars, so no value can break the front matter.
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False, default=str)}" for key, value in front.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


def source_body(text: str) -> str:
    """A source's quotable text as Markdown: its own Markdown, or one paragraph per line of plain text."""
    if match := _FRONT_MATTER.match(text):
        return text[match.end() :]
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def claim_body(claim: dict[str, object]) -> str:
    return f"> {claim['quote']}\n\n**Figure:** {claim['figure']}\n\n{claim.get('note') or ''}\n"


def write_site(registry: Path, out: Path) -> HugoSite:
    """Write a Hugo site for the registry at ``registry`` into ``out``."""
    for folder in ("content/claims", "content/sources", "layouts/_default"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    (out / "config.toml").write_text(CONFIG, encoding="utf-8")
    (out / "layouts/_default/single.html").write_text(SINGLE, encoding="utf-8")
    (out / "layouts/_default/list.html").write_text(LIST, encoding="utf-8")
    pages = 0
    sources = _load(registry / "seeds/sources.yaml")
    assert isinstance(sources, list)
    for source in sources:
        text = (registry / "seeds" / source["file"]).read_text(encoding="utf-8")
        front = {k: source.get(k) for k in ("title", "publisher", "author", "role")}
        # Hugo reads "url" as the page's own address and "published" as its publish date
        # (a future one would leave the page out): the values travel under other names.
        front["source_url"] = source.get("url")
        front["source_date"] = source.get("published")
        (out / "content/sources" / f"{source['id']}.md").write_text(
            _page(front, source_body(text)), encoding="utf-8"
        )
        pages += 1
    for path in sorted((registry / "claims").rglob("*.yaml")):
        claim = _load(path)
        assert isinstance(claim, dict)
        front = {
            "title": claim.get("summary") or path.stem,
            "source": claim["source"],
            "figure": claim["figure"],
            "pillar": claim.get("pillar"),
        }
        (out / "content/claims" / f"{path.stem}.md").write_text(
            _page(front, claim_body(claim)), encoding="utf-8"
        )
        pages += 1
    return HugoSite(out, pages)
