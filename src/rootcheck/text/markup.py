"""Editors' Markdown (claim notes, comparison annotations) as it is read: its links, and the claims it cites.

A note or annotation cites a claim with a link to ``claim:ID``, in any form
CommonMark has for a link: ``[words](claim:ID)``, with a title or without,
``[words][ref]`` with ``[ref]: claim:ID`` below, or ``<claim:ID>``. The
check of what is cited and the page that shows it must agree on every one, so
both read the text through the one parser made here; the renderer
(:mod:`rootcheck.render.markdown`) adds only how links are written out, and
:mod:`rootcheck.text.seen` finds what a page would show otherwise than meant.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from rootcheck.patterns import lazy

if TYPE_CHECKING:
    from collections.abc import Callable

    from markdown_it import MarkdownIt

CLAIM_SCHEME = "claim:"

_SAFE = lazy(r"^(?:https?:|mailto:|claim:|#|/|\.{1,2}/|[^:/?#]*(?:[/?#]|$))", re.I)


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
def notes_parser() -> MarkdownIt:
    return new_parser()


#: The one form almost every citation takes, ``[words](claim:ID)``: a label with no bracket, and an
#: id of characters that a link's URL keeps as they are. The label may go on to another line (a YAML
#: block wraps it) that starts with a letter, which never starts a block, as "- ", "# ", "> " or "1."
#: would, ending the paragraph and the link with it.
LABEL = r"\[(?:[^\[\]\n]|\n {0,3}(?=[^\W\d_]))*\]"
_PLAIN_CITATION = lazy(LABEL + r"\(" + CLAIM_SCHEME + r"([A-Za-z0-9._~-]*)\)")
#: What may make a citation's text something other than a link: code spans and fences, escapes,
#: autolinks, tabs and indents (which may make a line code), and a reference's definition
#: (``[words][ref](claim:ID)`` links ``ref``'s URL, and the parentheses are text).
_NOT_PLAIN = lazy(r"[`~\\<\t]|^ {4}|\]:", re.M)


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
    the site does not publish), an inline link or autolink as its words alone, unlinked, as the
    claim's page shows them (a reference's definition is then left as written). A ``claim:`` in
    code is left as written."""
    cited = set(cited_claims(markdown))
    if not cited:
        return markdown
    code = [match.span() for match in _CODE.finditer(markdown)]

    def resolved(match: re.Match[str]) -> str:
        kind = next(name for name in ("linked", "auto", "defined") if match.group(name) is not None)
        claim_id = match.group(kind)
        at = match.start(kind) - len(CLAIM_SCHEME)
        if claim_id not in cited or any(start <= at < end for start, end in code):
            return match.group()
        url = url_of(claim_id)
        if kind == "linked":
            title = match.group("title") or ""
            return match.group("label")[1:-1] if url is None else f"{match.group('label')}({url}{title})"
        if kind == "defined":  # a reference's definition
            return match.group() if url is None else match.group("definition") + url
        if url is None:  # an autolink
            return claim_id
        return f"<{url}>" if "://" in url else f"[{url}]({url})"  # an autolink's address is absolute

    return _CITATION.sub(resolved, markdown)


#: A label as a citation's may be written: one level of brackets inside, lines as :data:`LABEL`'s.
NESTED_LABEL = r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\]|\n {0,3}(?=[^\W\d_]))*\]"
_ID = "[A-Za-z0-9._~-]+"
#: A citation, each form naming the id by a group of its own: an inline link (with any title), an
#: autolink, or a reference's definition.
_CITATION = lazy(
    rf"(?P<label>{NESTED_LABEL})\({CLAIM_SCHEME}(?P<linked>{_ID})"
    r"""(?P<title>\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\)"""
    rf"|<{CLAIM_SCHEME}(?P<auto>{_ID})>"
    rf"|^(?P<definition> {{0,3}}\[[^\[\]\n]+\]:[ \t]*){CLAIM_SCHEME}(?P<defined>{_ID})(?=[ \t]|$)",
    re.M,
)
#: Code, where a ``claim:`` is text: a fenced block, an indented one (after a blank line), or a span
#: between runs of backticks alike.
_CODE = lazy(
    r"^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\1|\Z)"
    r"|(?:\A|(?<=\n\n))(?:(?: {4}|\t)[^\n]*(?:\n|\Z))+"
    r"|(`+)[^`].*?(?<!`)\2(?!`)",
    re.M | re.S,
)


def _parsed_citations(markdown: str) -> tuple[str, ...]:
    """The cited ids as markdown-it finds the links, whatever their form."""
    ids: list[str] = []
    for token in notes_parser().parse(markdown):
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
