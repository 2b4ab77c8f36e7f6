"""Editors' Markdown (claim notes, comparison annotations) as safe HTML.

Raw HTML is off, so a tag in a note is shown as text. Links keep only the
schemes a reader can follow safely (http, https, mailto, same-site paths);
any other — ``javascript:``, ``vbscript:``, ``data:`` — leaves the Markdown as
plain text. Images are off: the site loads nothing from other hosts.
``[words](claim:ID)`` becomes a link to that claim's page, or plain words when
the claim is not published.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from markupsafe import Markup

CLAIM_SCHEME = "claim:"
_SAFE = re.compile(r"^(?:https?:|mailto:|claim:|#|/|\.{1,2}/|[^:/?#]*(?:[/?#]|$))", re.I)

ClaimHref = Callable[[str], str | None]


def _validate(url: str) -> bool:
    return bool(_SAFE.match(url.strip()))


def _link_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if href.startswith(CLAIM_SCHEME):
        resolved = env["claim_href"](href[len(CLAIM_SCHEME) :])
        if resolved is None:
            env["dropped"] = True
            return ""
        token.attrSet("href", resolved)
        token.attrJoin("class", "claim-link")
    return self.renderToken(tokens, idx, options, env)


def _link_close(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    if env.pop("dropped", False):
        return ""
    return self.renderToken(tokens, idx, options, env)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "xhtmlOut": False})
    md.disable("image")
    md.validateLink = _validate  # type: ignore[method-assign]
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("link_close", _link_close)
    return md


_MD = _parser()


def render_markdown(text: str, claim_href: ClaimHref, *, inline: bool = False) -> Markup:
    """``text`` as HTML; ``claim_href`` maps a claim id to its URL (None: not linkable)."""
    env: dict[str, Any] = {"claim_href": claim_href}
    html = _MD.renderInline(text, env) if inline else _MD.render(text, env)
    return Markup(html.strip())  # markdown-it escaped the text and dropped raw HTML


def claim_ids(text: str) -> list[str]:
    """The claim ids a Markdown text cites, in order of first citation."""
    seen: dict[str, None] = {}
    for token in _MD.parseInline(text, {}):
        for child in token.children or []:
            href = str(child.attrGet("href") or "") if child.type == "link_open" else ""
            if href.startswith(CLAIM_SCHEME):
                seen.setdefault(href[len(CLAIM_SCHEME) :], None)
    return list(seen)
