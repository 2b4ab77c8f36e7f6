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
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

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


@cache
def _html_parser() -> MarkdownIt:
    """The notes' parser, but reading raw HTML as such: to find what a note's page shows as text."""
    md = new_parser()
    md.options["html"] = True
    return md


#: An HTML tag or comment: ``<b>``, ``</p>``, ``<br/>``, ``<!-- draft -->``.
_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>", re.S)
# fmt: off
#: The elements an editor may mean to write: a tag of another name ("<Ministry of Health>",
#: "List<String>") is text in angle brackets, as it is meant.
_ELEMENTS = frozenset([
    "a", "abbr", "b", "big", "blockquote", "br", "center", "cite", "code", "del", "dfn", "div", "dl", "dt",
    "dd", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "tt", "u", "ul",
])
# fmt: on
#: A tag of one of them whose attributes each have a value, as HTML's do: not "<b and c>", which
#: is "a<b and c>d" written as prose.
_ELEMENT_TAG = re.compile(
    r"<!--.*?-->|</?([A-Za-z][A-Za-z0-9]*)(?:\s+[A-Za-z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))*\s*/?>",
    re.S,
)


def _meant_as_html(tag: str) -> bool:
    """Whether ``tag``, which markdown-it reads as HTML, was most likely written as HTML."""
    found = _ELEMENT_TAG.fullmatch(tag)
    return found is not None and (found.group(1) is None or found.group(1).lower() in _ELEMENTS)


def html_shown_as_text(markdown: str) -> list[str]:
    """The HTML tags and comments of ``markdown`` its page shows as they are written, raw HTML being
    off: ``<b>``, ``<!-- draft -->``. None in a code span or escaped, which are text on purpose, nor an
    autolink (``<claim:ID>``, ``<https://…>``)."""
    if "<" not in markdown or not _TAG.search(markdown):
        return []
    found = []
    for token in _html_parser().parse(markdown):
        if token.type == "html_block":
            found += _TAG.findall(token.content)
        found += [child.content for child in token.children or () if child.type == "html_inline"]
    return [tag for tag in found if _meant_as_html(tag)]


#: An image as written, inline or by reference: "![a chart](https://…/chart.png)", "![a chart][c]".
_IMAGE = re.compile(r"(?<!\\)!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?")
#: A code span, whose text is shown as written on purpose.
_CODE_SPAN = re.compile(r"(`+).*?\1", re.S)


def images_shown_as_links(markdown: str) -> list[str]:
    """The images ``markdown`` writes ("![a chart](https://…/chart.png)"), each as written. Notes show
    none: a page shows the "!" as written and a link to the image. None escaped or in a code span,
    which are text on purpose."""
    if "![" not in markdown:
        return []
    found = []
    for token in _parser().parse(markdown):
        children = token.children or ()
        # With images off, markdown-it reads "![words](address)" as a "!" ending the text, then a link:
        # as many images as such pairs, each found as written in the paragraph, past any code span.
        pairs = sum(_after_a_bang(children, at) for at in range(1, len(children)))
        text = _CODE_SPAN.sub(lambda span: " " * len(span.group()), token.content)
        found += [m.group() for m in _IMAGE.finditer(text)][:pairs]
    return found


def _after_a_bang(children: Sequence[Token], at: int) -> bool:
    """Whether ``children[at]`` opens a link just after a "!": an image, as a page shows one."""
    before = children[at - 1]
    return children[at].type == "link_open" and before.type == "text" and before.content.endswith("!")


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


#: A label as a citation's may be written: one level of brackets inside, lines as :data:`_LABEL`'s.
_NESTED_LABEL = r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\]|\n {0,3}(?=[^\W\d_]))*\]"
_ID = "[A-Za-z0-9._~-]+"
#: A citation, each form naming the id by a group of its own: an inline link (with any title), an
#: autolink, or a reference's definition.
_CITATION = re.compile(
    rf"(?P<label>{_NESTED_LABEL})\({CLAIM_SCHEME}(?P<linked>{_ID})"
    r"""(?P<title>\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\)"""
    rf"|<{CLAIM_SCHEME}(?P<auto>{_ID})>"
    rf"|^(?P<definition> {{0,3}}\[[^\[\]\n]+\]:[ \t]*){CLAIM_SCHEME}(?P<defined>{_ID})(?=[ \t]|$)",
    re.M,
)
#: Code, where a ``claim:`` is text: a fenced block, an indented one (after a blank line), or a span
#: between runs of backticks alike.
_CODE = re.compile(
    r"^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\1|\Z)"
    r"|(?:\A|(?<=\n\n))(?:(?: {4}|\t)[^\n]*(?:\n|\Z))+"
    r"|(`+)[^`].*?(?<!`)\2(?!`)",
    re.M | re.S,
)


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


#: A footnote's mark as a reader sees it written: "[^2]", "[^note]".
_FOOTNOTE_MARK = re.compile(r"\[\^[^\[\]\s]+\]")


def footnotes_shown_as_text(markdown: str) -> list[str]:
    """The footnote marks of ``markdown`` ("[^2]") a reader sees as written, each once. No footnote is
    read: a mark whose definition is one word links to it (see :func:`unschemed_links`); any other
    is text, and so is its definition ("[^2]: See page 3."). None escaped or in a code span, which
    are text on purpose."""
    if "[^" not in markdown:
        return []
    marks: dict[str, None] = {}
    for token in _parser().parse(markdown):
        seen = "".join(_as_seen(child) for child in token.children or ())
        for mark in _FOOTNOTE_MARK.findall(seen):
            if re.search(r"(?<!\\)" + re.escape(mark), markdown):
                marks[mark] = None
    return list(marks)


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


#: An address of a scheme (``claim:``, ``https:``): every address a link may lead to from any page
#: showing the text is one.
_HAS_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: How the links that lead somewhere are written, as most notes' every link is.
_FOLLOWED = ("](" + CLAIM_SCHEME, "](https:", "](http:", "](mailto:")
#: An inline link or a reference's definition as written, with its address, for a message to quote.
_WRITTEN_LINK = re.compile(
    _NESTED_LABEL + r"\(\s*<?(?P<inline>[^\s<>()]*)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
    r"|^ {0,3}\[[^\[\]\n]+\]:[ \t]*<?(?P<defined>[^\s<>]+)>?",
    re.M,
)


@dataclass(frozen=True)
class Unschemed:
    """A link to an address of no scheme, as written (``[words](address)``, or ``[ref]: address``)."""

    written: str
    address: str

    @property
    def footnote(self) -> bool:
        """Whether it is a footnote's definition, ``[^1]: words``, which CommonMark reads as a link's."""
        return self.written.startswith("[^") and "](" not in self.written


def unschemed_links(markdown: str) -> list[Unschemed]:
    """The links of ``markdown`` to an address of no scheme: relative ("treasury-sanctions",
    "../claims/x/"), from the site's root ("/claims/x") or to a place on a page ("#x"); and what a
    footnote's definition (``[^1]: words``) makes a link of. A page shows each as a link, which leads
    from wherever the text is shown: a claim's page, a listing, the open data.

    Most notes are done with by counting: every ``](`` opening an address of a scheme, and no ``]:``.
    """
    if "]:" not in markdown and markdown.count("](") == sum(map(markdown.count, _FOLLOWED)):
        return []
    import mdurl  # markdown-it's own, loaded with it

    addresses = set()
    for token in _parser().parse(markdown):
        for child in token.children or ():
            href = str(child.attrGet("href") or "") if child.type == "link_open" else ""
            if child.type == "link_open" and not _HAS_SCHEME.match(href):
                addresses.add(mdurl.decode(href))
    if not addresses:
        return []
    found = []
    for match in _WRITTEN_LINK.finditer(markdown):
        address = match.group("inline") if match.group("inline") is not None else match.group("defined")
        # As markdown-it reads it: escapes taken ("b\\_c"), %-escapes decoded ("a%20b"). An image's is
        # told as the image (see images_shown_as_links).
        read = mdurl.decode(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", address))
        if read in addresses and markdown[match.start() - 1 : match.start()] != "!":
            found.append(Unschemed(" ".join(match.group().split()), address))
    return found
