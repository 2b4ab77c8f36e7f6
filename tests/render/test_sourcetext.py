"""Source documents as shown: Markdown made readable, no word lost, passages marked however they overlap."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from rootcheck.model import Span
from rootcheck.render.sourcetext import (
    Passage,
    Run,
    SourceText,
    Wrap,
    escaped,
    markdown_runs,
    render_blocks,
    render_inline,
)
from rootcheck.text.document import parse_document

from .helpers import REPO, build, checked

_WORD = re.compile(r"\w+")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")


def shown(text: str) -> list[tuple[str, tuple[Wrap, ...]]]:
    return [(text[r.start : r.end], r.wraps) for r in markdown_runs(text, Span(0, len(text)))]


def test_markdown_formatting_becomes_elements_and_its_marks_disappear() -> None:
    text = r"**Bold:** plain *it* \* [the plan](https://example.gov/p) <https://example.gov/q>"
    strong, em = Wrap("strong"), Wrap("em")
    assert shown(text) == [
        ("Bold:", (strong,)),
        (" plain ", ()),
        ("it", (em,)),
        (" ", ()),
        ("* ", ()),  # the backslash is left out, the escaped asterisk shown
        ("the plan", (Wrap("a", "https://example.gov/p"),)),
        (" ", ()),
        ("https://example.gov/q", (Wrap("a", "https://example.gov/q"),)),
    ]


def test_unsafe_links_and_stray_asterisks_in_a_source_show_as_text() -> None:
    assert shown("[click](javascript:void) done **") == [("click", ()), (" done ", ())]
    assert shown("**Children:\u00a0**The U.S.") == [("Children:\u00a0", (Wrap("strong"),)), ("The U.S.", ())]


def test_underscores_marking_emphasis_become_elements_and_a_words_own_stay() -> None:
    strong, em = Wrap("strong"), Wrap("em")
    assert shown("The ministry _hired_ 1,650 snake_case __tutors__ [_all_](https://x.org/a_b_) of ___") == [
        ("The ministry ", ()),
        ("hired", (em,)),
        (" 1,650 snake_case ", ()),
        ("tutors", (strong,)),
        (" ", ()),
        ("all", (Wrap("a", "https://x.org/a_b_"), em)),
        (" of ___", ()),
    ]
    # A star pairs with a star, an underscore with an underscore.
    assert shown("*a_ b* c_") == [("a_ b", (em,)), (" c_", ())]


def test_a_quotations_marks_after_its_first_line_show_nothing() -> None:
    assert shown("Tickets for fans 12 and under\n> cost _half_ the price") == [
        ("Tickets for fans 12 and under\n", ()),
        ("cost ", ()),
        ("half", (Wrap("em"),)),
        (" the price", ()),
    ]
    assert shown("5 > 4 and x > y") == [("5 > 4 and x > y", ())]  # not opening a line: text


def test_a_block_without_markup_is_one_run_and_an_empty_one_none() -> None:
    text = "Plain words, 4.5 million of them.\n"
    assert markdown_runs(text, Span(0, 33)) == [Run(0, 33)]
    assert markdown_runs(text, Span(6, 6)) == []


@given(st.text(alphabet=st.sampled_from("a&<>'\"\u00e9 *"), max_size=40) | st.text(max_size=40))
def test_source_text_is_escaped_as_markupsafe_escapes_it(text: str) -> None:
    assert escaped(text) == str(escape(text))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


@pytest.mark.parametrize("source_id", sorted(checked(REPO).documents))
def test_no_word_of_a_source_is_dropped(source_id: str) -> None:
    doc = checked(REPO).documents[source_id]
    body = doc.text[doc.body.start : doc.body.end]
    visible = SourceText(doc).visible
    assert _tokens(visible) == _tokens(_LINK_TARGET.sub("]", body))


class _DocText(HTMLParser):
    """The text of the annotated document, without its side notes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += 1
            if self.skip or "sidenote" in classes:
                self.skip += 1
        elif tag == "article" and "doc" in classes:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


@pytest.mark.parametrize("source_id", sorted(checked(REPO).documents))
def test_the_source_page_shows_every_word_of_the_document(source_id: str) -> None:
    doc = checked(REPO).documents[source_id]
    page = build(REPO)[f"sources/{source_id}/index.html"].decode()
    parser = _DocText()
    parser.feed(page)
    body = doc.text[doc.body.start : doc.body.end]
    assert _tokens("".join(parser.parts)) == _tokens(_LINK_TARGET.sub("]", body))


def test_overlapping_passages_are_split_at_their_boundaries() -> None:
    text = "Support for nearly 8,000 private sector firms has helped create and sustain 90,000 jobs."
    first = Span(text.index("nearly"), text.index(" has"))
    second = Span(text.index("private"), len(text) - 1)
    html = render_inline(text, [Run(0, len(text))], [Passage("firms", first), Passage("jobs", second)])
    assert html == (
        'Support for <mark class="passage" data-claims="firms">nearly 8,000 </mark>'
        '<mark class="passage" data-claims="firms jobs">private sector firms</mark>'
        '<mark class="passage" data-claims="jobs"> has helped create and sustain 90,000 jobs</mark>.'
    )


def test_a_passage_crossing_formatting_nests_properly() -> None:
    doc = parse_document(
        "---\ntitle: t\n---\n\n-   **Creating Opportunities:** U.S. support for\n    8,000 firms.\n"
    )
    text = SourceText(doc)
    start = doc.text.index("Opportunities")
    end = doc.text.index("support") + len("support")
    figure = Span(doc.text.index("support"), end)
    note = render_inline("", [], [])  # an empty Markup stands for a side note
    html = render_blocks(doc.text, text.blocks, [Passage("c", Span(start, end), figure, note)])
    assert html == (
        "<ul>\n<li><strong>Creating </strong>"
        '<mark class="passage" data-claims="c"><strong>Opportunities:</strong> U.S. <span class="fig">support</span></mark>'
        " for\n    8,000 firms.</li>\n</ul>"
    )
    html5lib.HTMLParser(strict=True).parseFragment(str(html))


def test_visible_offsets_map_back_to_the_file() -> None:
    doc = checked(REPO).documents["fact-sheet-2023"]
    text = SourceText(doc)
    span = Span(doc.text.index("more than 90,000 jobs"), doc.text.index("more than 90,000 jobs") + 21)
    start, end = text.to_visible(span)
    assert text.visible[start:end] == "more than 90,000 jobs"
    assert "\n" not in text.visible[text.visible.index("U.S. Government support") :][:200]
