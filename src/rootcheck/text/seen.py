"""What a page shows of editors' Markdown otherwise than they meant: links shown as written or
leading nowhere, HTML, images, footnotes, definitions no link uses.

Each is found as the page's own parser reads the text (:mod:`rootcheck.text.markup`), so that a
warning is given for what a reader will see, and for nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from rootcheck.patterns import lazy
from rootcheck.text.markup import CLAIM_SCHEME, LABEL, NESTED_LABEL, link_allowed, new_parser, notes_parser

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def _html_parser() -> MarkdownIt:
    """The notes' parser, but reading raw HTML as such: to find what a note's page shows as text."""
    md = new_parser()
    md.options["html"] = True
    return md


#: An HTML tag or comment: ``<b>``, ``</p>``, ``<br/>``, ``<!-- draft -->``.
_TAG = lazy(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>", re.S)
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
_ELEMENT_TAG = lazy(
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
_IMAGE = lazy(r"(?<!\\)!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?")
#: A code span, whose text is shown as written on purpose.
_CODE_SPAN = lazy(r"(`+).*?\1", re.S)


def images_shown_as_links(markdown: str) -> list[str]:
    """The images ``markdown`` writes ("![a chart](https://…/chart.png)"), each as written. Notes show
    none: a page shows the "!" as written and a link to the image. None escaped or in a code span,
    which are text on purpose."""
    if "![" not in markdown:
        return []
    found = []
    for token in notes_parser().parse(markdown):
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


#: A link as most are written, ``[words](address)``: words that may go on to another line as a
#: citation's do (see :data:`rootcheck.text.markup.LABEL`), and an address with no space.
_PLAIN_LINK = lazy(LABEL + r"\(([^\s()]*)\)")
#: What is left of a link that did not become one, in the text a reader sees: an inline link
#: (``[words](address)``), an autolink (``<claims:ID>``) or, at the start of a paragraph, a
#: reference's definition to an address of a scheme (``[ref]: claims:ID``, not ``[Update]: words``).
_LINK_LEFT = lazy(
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
    for token in notes_parser().parse(markdown):
        seen = "".join(_as_seen(child) for child in token.children or ())
        # An escaped bracket ("\\[words](...)") is text on purpose.
        left += [
            " ".join(match.split())
            for match in _LINK_LEFT.findall(seen)
            if re.search(r"(?<!\\)" + re.escape(match), markdown)
        ]
    return left


def unused_definitions(markdown: str) -> list[str]:
    """Each reference's definition in ``markdown`` ("[plan]: https://…") no link uses, as written
    (its lines joined by a space): a page leaves a definition out, so its address is lost to the reader. Not one
    told otherwise: to an address not followed or of no scheme (see :func:`stray_links` and
    :func:`unschemed_links`), or a footnote's.

    A definition counts as used where a link leads to its address, as the parsed page tells no more.
    """
    if "]:" not in markdown:
        return []
    env: dict[str, Any] = {}
    tokens = notes_parser().parse(markdown, env)
    defined = env.get("references") or {}
    used = {
        child.attrGet("href")
        for token in tokens
        for child in token.children or ()
        if child.type == "link_open"
    }
    lines = markdown.split("\n")
    return [
        " ".join(" ".join(lines[ref["map"][0] : ref["map"][1]]).split())
        for label, ref in defined.items()
        if not label.startswith("^")
        and ref["href"] not in used
        and _HAS_SCHEME.match(ref["href"])
        and link_allowed(ref["href"])
    ]


#: A footnote's mark as a reader sees it written: "[^2]", "[^note]".
_FOOTNOTE_MARK = lazy(r"\[\^[^\[\]\s]+\]")


def footnotes_shown_as_text(markdown: str) -> list[str]:
    """The footnote marks of ``markdown`` ("[^2]") a reader sees as written, each once. No footnote is
    read: a mark whose definition is one word links to it (see :func:`unschemed_links`); any other
    is text, and so is its definition ("[^2]: See page 3."). None escaped or in a code span, which
    are text on purpose."""
    if "[^" not in markdown:
        return []
    marks: dict[str, None] = {}
    for token in notes_parser().parse(markdown):
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
_HAS_SCHEME = lazy(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: How the links that lead somewhere are written, as most notes' every link is.
_FOLLOWED = ("](" + CLAIM_SCHEME, "](https:", "](http:", "](mailto:")
#: An inline link or a reference's definition as written, with its address, for a message to quote.
_WRITTEN_LINK = lazy(
    NESTED_LABEL + r"\(\s*<?(?P<inline>[^\s<>()]*)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
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
    for token in notes_parser().parse(markdown):
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


#: What finds each thing a page shows of a note otherwise than meant, each warned of where it stands
#: (see :func:`rootcheck.checks.links.shown_as_written`); a link of no scheme is found apart, as
#: each claim is made (see :attr:`rootcheck.model.Claim.unschemed`).
SHOWN_OTHERWISE = (
    stray_links,
    html_shown_as_text,
    images_shown_as_links,
    footnotes_shown_as_text,
    unused_definitions,
)


def shown_otherwise(markdown: str) -> bool:
    """Whether a page shows anything of ``markdown`` otherwise than its editor meant."""
    return any(find(markdown) for find in SHOWN_OTHERWISE)
