"""Editors' Markdown (claim notes, comparison annotations) as safe HTML.

Raw HTML is off, so a tag in a note is shown as text. Links keep only the
schemes a reader can follow safely (http, https, mailto, same-site paths);
any other — ``javascript:``, ``vbscript:``, ``data:`` — leaves the Markdown as
plain text. Images are off: the site loads nothing from other hosts.
``[words](claim:ID)`` becomes a link to that claim's page, or plain words when
the claim is not published.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import mdurl
from markupsafe import Markup

from rootcheck.patterns import lazy
from rootcheck.text.markup import CLAIM_SCHEME, cited_id, link_allowed, new_parser

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.renderer import RendererHTML
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict

ClaimHref = Callable[[str], str | None]


def _link_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if href.startswith(CLAIM_SCHEME):
        resolved = env["claim_href"](cited_id(href))
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


#: How many levels a heading written in a note or an annotation is shown below its Markdown's: a note
#: stands under its page's own headings ("What the figure shows" is an h2), so "#" is an h3, not a
#: second h1.
_HEADINGS_DOWN = 2


def _headings_down(state: StateCore) -> None:
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1:]) + _HEADINGS_DOWN)}"


@cache
def parser() -> MarkdownIt:
    """markdown-it, set up for notes as :mod:`rootcheck.text.markup` reads them, writing claim links out."""
    md = new_parser()
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("link_close", _link_close)
    md.core.ruler.push("headings_down", _headings_down)
    return md


def render_markdown(text: str, claim_href: ClaimHref) -> Markup:
    """``text`` as HTML; ``claim_href`` maps a claim id to its URL (None: not linkable)."""
    html = _render_simple(text, claim_href)
    if html is None:
        env: dict[str, Any] = {"claim_href": claim_href}
        html = parser().render(text, env)
    return Markup(html.strip())  # markdown-it escaped the text and dropped raw HTML


# Most notes are a few paragraphs of prose, perhaps a list, with some
# *emphasis* and [links](…). markdown-it tries every block and inline rule on
# every line of them, which costs more than the rest of a claim page; such
# notes are rendered here instead, and anything outside this plain subset goes
# to markdown-it. A property test holds the two to the same output.

#: Characters that mean something in Markdown or HTML wherever they stand. A
#: note with any of them, or with a character that is not printable (a tab, a
#: no-break space, a control character), goes to markdown-it; so does one with
#: an underscore anywhere but in a link's URL.
_NEVER = "<>&`\\"
#: Emphasis and links; in a plain note every ``*``, ``[`` and ``]`` is in one.
_MARKUP = lazy(
    r"\*(?P<em>[^\W_](?:[^*\[\]\n]*[^\W_])?)\*"
    r"|\[(?P<label>[^*\[\]\n]+)\]\((?P<url>[A-Za-z0-9\-._~:/?#@$+,;=%]+)\)"
)
#: What may start a line of a paragraph without starting a block (heading, list, quote, code…).
_BLOCK_START = lazy(r"[ #>+=_~`<|\-]|\*[ *]|\d+[.)]")
#: What may stand right outside ``*emphasis*`` so that its stars only open and close.
_BEFORE_EM = frozenset(" \n(\"'“‘—–-/")
_AFTER_EM = frozenset(" \n.,;:!?)\"'”’—–-/")
_ITEM = "- "


def _escape(text: str) -> str:
    """escapeHtml for text already known to hold no ``&``, ``<`` or ``>``."""
    return text.replace('"', "&quot;")


def _escape_html(text: str) -> str:
    """markdown-it's escapeHtml: ``&``, ``<``, ``>`` and ``"``."""
    return _escape(html.escape(text, quote=False))


def _render_simple(text: str, claim_href: ClaimHref) -> str | None:
    """Paragraphs and one-line bullet lists of plain text, emphasis and links; None for other Markdown."""
    if not text.replace("\n", " ").isprintable() or any(char in text for char in _NEVER):
        return None
    out: list[str] = []
    after_list = False
    for block in text.split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        is_list = block.startswith(_ITEM) and block.count("\n") == block.count("\n" + _ITEM)
        if is_list and after_list:
            return None  # a blank line between two items makes one loose list
        body = block[len(_ITEM) :].replace("\n" + _ITEM, "\n") if is_list else block
        for line in body.split("\n"):
            # A line starting with a letter starts no block.
            if not line or line[-1] == " " or (not line[0].isalpha() and _BLOCK_START.match(line)):
                return None
        if is_list:
            items = [_inline_simple(item, claim_href) for item in body.split("\n")]
            if None in items:
                return None
            out.append("<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>\n")
        else:
            html = _inline_simple(body, claim_href)
            if html is None:
                return None
            out.append(f"<p>{html}</p>\n")
        after_list = is_list
    return "".join(out)


def _inline_simple(text: str, claim_href: ClaimHref) -> str | None:
    out: list[str] = []
    pos = links = underscores = 0
    # Every star and opening bracket must begin emphasis or a link.
    star, bracket = text.find("*"), text.find("[")
    while star >= 0 or bracket >= 0:
        start = bracket if star < 0 or 0 <= bracket < star else star
        match = _MARKUP.match(text, start)
        if match is None:
            return None
        end = match.end()
        out.append(_escape(text[pos:start]))
        if match["em"] is not None:
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if before not in _BEFORE_EM or after not in _AFTER_EM:
                return None
            out.append(f"<em>{_escape(match['em'])}</em>")
        else:
            link = _link_simple(match["label"], match["url"], claim_href)
            if link is None:
                return None
            out.append(link)
            links += 1
            underscores += match["url"].count("_")
        pos = end
        if 0 <= star < pos:
            star = text.find("*", pos)
        if 0 <= bracket < pos:
            bracket = text.find("[", pos)
    if text.count("]") != links or text.count("_") != underscores:
        return None  # a closing bracket outside a link, or an underscore outside a URL
    out.append(_escape(text[pos:]))
    return "".join(out)


#: A host name that markdown-it's normalizeLink leaves as it is (it punycodes only non-ASCII ones).
_PLAIN_HOST = lazy(r"[A-Za-z0-9.\-]*")


# Notes cite the same few sources and claims over and over.
@lru_cache(maxsize=4096)
def _normalize_link(url: str) -> str:
    """markdown-it's normalizeLink, without loading markdown-it for a plain note's link.

    normalizeLink parses the URL with mdurl, punycodes a non-ASCII host name,
    then formats and percent-encodes it with mdurl; an ASCII host is left be.
    """
    parsed = mdurl.parse(url, slashes_denote_host=True)
    if not _PLAIN_HOST.fullmatch(parsed.hostname or ""):
        return parser().normalizeLink(url)
    return mdurl.encode(mdurl.format(parsed))


def _link_simple(label: str, url: str, claim_href: ClaimHref) -> str | None:
    href = _normalize_link(url)
    if not link_allowed(href):
        return None
    attrs = ""
    if href.startswith(CLAIM_SCHEME):
        resolved = claim_href(cited_id(href))
        if resolved is None:
            return _escape(label)
        href, attrs = resolved, ' class="claim-link"'
    return f'<a href="{_escape_html(href)}"{attrs}>{_escape(label)}</a>'
