"""Text Fragment directives: encoding, and the proof that each selects its passage only."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rootcheck.render.sourcetext import SourceText
from rootcheck.text.document import Document
from rootcheck.text.fragments import (
    RANGE_WORDS,
    FragmentError,
    TextDirective,
    decode_directive,
    directive_for,
    encode_term,
    find_matches,
)

from .helpers import REPO, build, checked


def where(text: str, passage: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    return start, start + len(passage)


def test_terms_encode_dash_ampersand_and_comma() -> None:
    assert encode_term("non-profit R&D, 4.2") == "non%2Dprofit%20R%26D%2C%204.2"
    assert encode_term("Centroamérica’s") == "Centroam%C3%A9rica%E2%80%99s"
    directive = TextDirective("a-b", "c,d", prefix="e&f", suffix="g-h")
    assert directive.encoded() == "text=e%26f-,a%2Db,c%2Cd,-g%2Dh"
    assert decode_directive(directive.encoded()) == directive
    assert (
        directive.url("https://example.gov/page#top")
        == "https://example.gov/page#:~:text=e%26f-,a%2Db,c%2Cd,-g%2Dh"
    )


def test_a_unique_short_passage_is_quoted_whole() -> None:
    text = "Intro.\nWe have provided $112 million in assistance for school feeding programs."
    start, end = where(text, "$112 million in assistance")
    assert directive_for(text, start, end) == TextDirective("$112 million in assistance")


def test_a_repeated_passage_gets_context_until_unique() -> None:
    text = "The task force met 4 times in 2022.\nThe task force met 4 times in 2023."
    start, end = where(text, "The task force met 4 times", nth=1)
    directive = directive_for(text, start, end)
    assert directive == TextDirective("The task force met 4 times", suffix="in 2023.")
    assert find_matches(text, directive) == [(start, end)]
    start, end = where(text, "4 times in 2023")
    assert directive_for(text, start, end) == TextDirective("4 times in 2023")


def test_a_prefix_needs_only_white_space_before_the_start() -> None:
    text = "We gave $3 million. They gave $3 million."
    start, end = where(text, "$3 million", nth=1)
    directive = directive_for(text, start, end)
    assert directive.prefix == "They gave" and directive.start == "$3 million"
    assert find_matches(text, directive) == [(start, end)]


def test_a_long_passage_is_linked_by_its_first_and_last_words() -> None:
    text = (
        "These collective efforts have resulted in 74 U.S. convictions of members of human trafficking "
        "organizations, foreign government charges against more than 200 individuals, and over 7,800 arrests."
    )
    directive = directive_for(text, 0, len(text))
    assert directive.end is not None
    assert len(directive.start.split()) >= RANGE_WORDS and len(directive.end.split()) >= RANGE_WORDS
    assert find_matches(text, directive) == [(0, len(text))]


def test_matching_ignores_case_accents_and_spacing_but_not_word_bounds() -> None:
    text = "The CENTROAMERICA   Local initiative; centroamérica locality."
    assert find_matches(text, TextDirective("Centroamérica Local")) == [(4, 25)]
    assert find_matches(text, TextDirective("local")) == [(20, 25)]


def test_impossible_passages_are_refused() -> None:
    text = "Same words here.\nSame words here."
    with pytest.raises(FragmentError, match="more than once"):
        directive_for(text, *where(text, "Same words here."))
    with pytest.raises(FragmentError, match="inside a word"):
        directive_for("Ninety thousand", 2, 15)
    with pytest.raises(FragmentError, match="across paragraphs"):
        directive_for("One.\nTwo.", 0, 9)


def test_every_claim_with_an_original_gets_a_proven_fragment() -> None:
    site = checked(REPO)
    files = build(REPO)
    linked = 0
    for claim in site.claims:
        if claim.source.url is None or claim.claim.draft:
            continue
        page = files[f"claims/{claim.id}/index.html"].decode()
        assert "#:~:text=" in page, claim.id
        linked += 1
    assert linked > 30


def _words(doc: Document) -> tuple[str, list[int]]:
    visible = SourceText(doc).visible
    starts = [
        i for i in range(len(visible)) if (i == 0 or visible[i - 1].isspace()) and not visible[i].isspace()
    ]
    return visible, starts


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_directive_is_only_issued_when_it_selects_exactly_its_passage(data: st.DataObject) -> None:
    doc = checked(REPO).documents["cnn-harris-root-causes"]  # paragraphs repeated verbatim
    visible, starts = _words(doc)
    first = data.draw(st.integers(0, len(starts) - 2))
    count = data.draw(st.integers(1, 30))
    start = starts[first]
    end_word = min(first + count, len(starts) - 1)
    end = visible.rfind(" ", start, starts[end_word]) if end_word > first + 1 else starts[first + 1] - 1
    end = max(end, start + 1)
    assume("\n" not in visible[start:end] and visible[start:end].strip())
    try:
        directive = directive_for(visible, start, end)
    except FragmentError:
        assume(False)
    passage = visible[start:end].strip()
    offset = visible.index(passage, start)
    assert find_matches(visible, directive) == [(offset, offset + len(passage))]
