"""Editors' Markdown (claim notes, comparison annotations) as it is read: its links, and the claims it cites.

A note or annotation cites a claim with a link to ``claim:ID``, in any form
CommonMark has for a link: ``[words](claim:ID)``, with a title or without,
``[words][ref]`` with ``[ref]: claim:ID`` below, or ``<claim:ID>``. The
check of what is cited and the page that shows it must agree on every one, so
both read the text through the one parser made here; the renderer
(:mod:`rootcheck.render.markdown`) adds only how links are written out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

CLAIM_SCHEME = "claim:"

_SAFE = re.compile(r"^(?:https?:|mailto:|claim:|#|/|\.{1,2}/|[^:/?#]*(?:[/?#]|$))", re.I)


def link_allowed(url: str) -> bool:
    """Whether a link may point at ``url``: the schemes a reader can follow safely, and claims."""
    return bool(_SAFE.match(url.strip()))


def new_parser() -> MarkdownIt:
    """markdown-it set up as every note is read: CommonMark, no raw HTML, no images, safe links only.

    Imported when first needed: most notes never need it, and importing it
    took 14–18 ms in six fresh processes.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "xhtmlOut": False})
    md.disable("image")
    md.validateLink = link_allowed  # type: ignore[method-assign]
    return md


@cache
def _parser() -> MarkdownIt:
    return new_parser()


#: The one form almost every citation takes, ``[words](claim:ID)``: a label with no bracket, and an
#: id of characters that a link's URL keeps as they are. The label may go on to another line (a YAML
#: block wraps it) that starts with a letter, which never starts a block, as "- ", "# ", "> " or "1."
#: would, ending the paragraph and the link with it.
_LABEL = r"\[(?:[^\[\]\n]|\n {0,3}(?=[^\W\d_]))*\]"
_PLAIN_CITATION = re.compile(_LABEL + r"\(" + CLAIM_SCHEME + r"([A-Za-z0-9._~-]*)\)")
#: What may make a citation's text something other than a link: code spans and fences, escapes,
#: autolinks, tabs and indents (which may make a line code), and a reference's definition
#: (``[words][ref](claim:ID)`` links ``ref``'s URL, and the parentheses are text).
_NOT_PLAIN = re.compile(r"[`~\\<\t]|^ {4}|\]:", re.M)


def _plain_citations(markdown: str) -> tuple[str, ...] | None:
    """The cited ids where every ``claim:`` in ``markdown`` is a plain inline link; None where unsure.

    Notes are parsed when a claim is made, in every cold ``check``; markdown-it
    parses a note in some 0.07 ms and takes 14–18 ms to import, and most notes
    that cite a claim do so in this one form.
    """
    if _NOT_PLAIN.search(markdown):
        return None
    ids = _PLAIN_CITATION.findall(markdown)
    return tuple(ids) if len(ids) == markdown.count(CLAIM_SCHEME) else None


def cited_claims(markdown: str) -> tuple[str, ...]:
    """The ids of the claims ``markdown`` links to, in order: every link whose URL is ``claim:ID``."""
    if CLAIM_SCHEME not in markdown:
        return ()
    plain = _plain_citations(markdown)
    if plain is not None:
        return plain
    return _parsed_citations(markdown)


def resolved_citations(markdown: str, url_of: Callable[[str], str | None]) -> str:
    """``markdown`` for readers outside the site, such as the open data's, to whom ``claim:`` means
    nothing: each citation written with ``url_of(ID)``, or, where that is None (a draft, a claim
    the site does not publish), its words alone, unlinked, as the claim's page shows them. A
    ``claim:`` in code, or in a link markdown-it does not read as one, is left as written."""
    cited = set(cited_claims(markdown))
    if not cited:
        return markdown

    def inline(match: re.Match[str]) -> str:
        label, claim_id = match.group(1), match.group(2)
        url = url_of(claim_id) if claim_id in cited else ""
        return match.group() if url == "" else label[1:-1] if url is None else f"{label}({url})"

    def autolink(match: re.Match[str]) -> str:
        claim_id = match.group(1)
        url = url_of(claim_id) if claim_id in cited else ""
        if url == "" or url is None:
            return match.group() if url == "" else claim_id
        return f"<{url}>" if "://" in url else f"[{url}]({url})"  # an autolink's address is absolute

    def definition(match: re.Match[str]) -> str:
        url = url_of(match.group(2)) if match.group(2) in cited else None
        return match.group() if url is None else match.group(1) + url

    pieces = []
    at = 0
    for code in _CODE.finditer(markdown):
        pieces += [markdown[at : code.start()], code.group()]
        at = code.end()
    pieces.append(markdown[at:])
    for index in range(0, len(pieces), 2):  # the text between code
        text = _INLINE_CITATION.sub(inline, pieces[index])
        text = _AUTOLINK_CITATION.sub(autolink, text)
        pieces[index] = _DEFINED_CITATION.sub(definition, text)
    return "".join(pieces)


_ID = r"([A-Za-z0-9._~-]+)"
_INLINE_CITATION = re.compile("(" + _LABEL + r")\(" + CLAIM_SCHEME + _ID + r"\)")
_AUTOLINK_CITATION = re.compile("<" + CLAIM_SCHEME + _ID + ">")
_DEFINED_CITATION = re.compile(r"^( {0,3}\[[^\[\]\n]+\]:[ \t]*)" + CLAIM_SCHEME + _ID + r"(?=[ \t]|$)", re.M)
#: Code, where a ``claim:`` is text: a fenced block, or a span between runs of backticks alike.
_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\1|\Z)|(`+)[^`].*?(?<!`)\2(?!`)", re.M | re.S)


def _parsed_citations(markdown: str) -> tuple[str, ...]:
    """The cited ids as markdown-it finds the links, whatever their form."""
    ids: list[str] = []
    for token in _parser().parse(markdown):
        for child in token.children or ():
            href = str(child.attrGet("href") or "") if child.type == "link_open" else ""
            if href.startswith(CLAIM_SCHEME):
                ids.append(cited_id(href))
    return tuple(ids)


def cited_id(href: str) -> str:
    """The id a ``claim:`` link names, as the editor wrote it.

    markdown-it percent-encodes what a URL may not hold; a message quoting the
    id, and a look for it in the file, need the characters that were typed.
    A claim's id needs no encoding, so it reads the same either way.
    """
    import mdurl  # markdown-it's own, loaded with it

    return mdurl.decode(href[len(CLAIM_SCHEME) :])


#: A link as most are written, ``[words](address)``: words that may go on to another line as a
#: citation's do (see :data:`_PLAIN_CITATION`), and an address with no space.
_PLAIN_LINK = re.compile(_LABEL + r"\(([^\s()]*)\)")
#: What is left of a link that did not become one, in the text a reader sees: an inline link
#: (``[words](address)``), an autolink (``<claims:ID>``) or, at the start of a paragraph, a
#: reference's definition to an address of a scheme (``[ref]: claims:ID``, not ``[Update]: words``).
_LINK_LEFT = re.compile(
    r"\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)"
    r"|<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\s]*>"
    r"|^ {0,3}\[[^\[\]]+\]: *[A-Za-z][\w+.-]*:\S+",
    re.M,
)


def stray_links(markdown: str) -> list[str]:
    """The links of ``markdown`` a reader sees as they are written, not as links: a misspelt scheme
    ("claims:ID"), a space in the address ("claim: ID"), an address of a scheme not followed, in an
    inline link, an autolink ("<claims:ID>") or a reference's definition ("[ref]: claims:ID").

    Most notes are done with by one expression: every ``]`` closing a plain link to an address
    allowed. Any other ``]`` ("[ref]: claims:ID", "[sic]") or a ``<`` ("<claims:ID>") is left to
    markdown-it, as a page reads it. One that is text on purpose, in a code span or escaped, is no
    stray: a reader sees what was meant.
    """
    # Counted rather than searched for: in notes full of links, looking for "]:" took as long as
    # counting "](", and a bracket is counted quicker still.
    brackets = markdown.count("]")
    if "<" not in markdown:
        if not brackets:
            return []
        addresses = _PLAIN_LINK.findall(markdown)
        if all(map(link_allowed, addresses)) and (
            len(addresses) == brackets
            # Other brackets ("[sic]") are text as meant, unless they may make a link or a definition.
            or (markdown.count("](") == len(addresses) and "]:" not in markdown)
        ):
            return []
    left = []
    for token in _parser().parse(markdown):
        seen = "".join(_as_seen(child) for child in token.children or ())
        # An escaped bracket ("\\[words](...)") is text on purpose.
        left += [
            " ".join(match.split())
            for match in _LINK_LEFT.findall(seen)
            if re.search(r"(?<!\\)" + re.escape(match), markdown)
        ]
    return left


#: Emphasis a reader sees as such, yet written within a link's words: "[*the jobs*](claims:x)".
_EMPHASIS = frozenset(["em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"])


def _as_seen(child: Token) -> str:
    """An inline token as written, for the text a reader sees; a code span as nothing, since what
    it holds is shown as written on purpose."""
    if child.type == "text":
        return child.content
    if child.type == "softbreak":
        return "\n"
    return child.markup if child.type in _EMPHASIS else ""
