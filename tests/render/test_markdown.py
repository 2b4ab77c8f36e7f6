"""Editors' Markdown: escaped, with unsafe links dropped and claim links resolved."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rootcheck.render import markdown
from rootcheck.render.markdown import render_markdown
from rootcheck.text.markup import cited_claims
from rootcheck.text.seen import (
    footnotes_shown_as_text,
    html_shown_as_text,
    images_shown_as_links,
    stray_links,
    unschemed_links,
    unused_definitions,
)


def href(claim_id: str) -> str | None:
    return f"../{claim_id}/" if claim_id == "known" else None


def test_raw_html_is_text() -> None:
    html = render_markdown('<script>alert("x")</script> <img src=x onerror=alert(1)> *ok*', href)
    assert html == (
        "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; <em>ok</em></p>"
    )


def test_unsafe_link_schemes_are_dropped() -> None:
    for url in ("javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "data:text/html,<b>x</b>"):
        html = render_markdown(f"[click]({url})", href)
        assert "<a" not in html and "click" in html, url
    assert render_markdown("[x](java&#x73;cript:alert(1))", href).count("<a") == 0


def test_safe_links_images_and_claim_links() -> None:
    assert (
        render_markdown("[w](https://example.org) [r](../x/) [m](mailto:a@b.c)", href).count("<a href") == 3
    )
    assert render_markdown("![chart](https://cdn.example.com/c.png)", href) == (
        '<p>!<a href="https://cdn.example.com/c.png">chart</a></p>'
    )
    assert render_markdown("[known](claim:known) and [gone](claim:gone)", href) == (
        '<p><a href="../known/" class="claim-link">known</a> and gone</p>'
    )


def markdown_it(text: str) -> str:
    """What markdown-it itself makes of a note, which the quicker path must match."""
    env: dict[str, Any] = {"claim_href": href}
    # markdown-it declares render() as returning Any, though it always makes a string.
    rendered: str = markdown.parser().render(text, env)
    return rendered.strip()


word = st.text(alphabet="abcXYZ019éß", min_size=1, max_size=6)
url = st.sampled_from(
    [
        "https://e.org/a_b",
        "claim:known",
        "claim:gone",
        "../x/",
        "javascript:x",
        "mailto:a@b.c",
        "%zz",
        "/p?q=1",
    ]
)
emphasis = st.builds("*{}*".format, st.lists(word, min_size=1, max_size=3).map(" ".join))
link = st.builds("[{}]({})".format, st.lists(word, min_size=1, max_size=2).map(" ".join), url)
punctuation = st.sampled_from(list(".,;:!?()\"'“”‘’—–-/$%=+#~|{}@^"))
#: Pieces of running text, including every character and line start that means something in Markdown.
piece = st.one_of(
    word,
    emphasis,
    link,
    punctuation,
    st.sampled_from([" ", "  ", "\n", "\n\n", "\n \n", "\t", "\u00a0", "\u2028", "\r", "\x00"]),
    st.sampled_from(list("*_[]<>&`\\!")),
    st.sampled_from(
        [
            "1. ",
            "2) ",
            "- ",
            "\n- ",
            "\n\n- ",
            "+ ",
            "* ",
            "# ",
            "> ",
            "    ",
            "```",
            "~~~",
            "---",
            "===",
            "***",
        ]
    ),
    st.sampled_from(
        ["&amp;", "&#42;", "\\*", "`a`", "<b>", "<http://x.y>", "![i](https://e.org)", "[r]: /u"]
    ),
)
prose = st.lists(piece, max_size=30).map("".join)

safe_url = st.sampled_from(
    ["https://e.org/a_b", "claim:known", "claim:gone", "../x/", "mailto:a@b.c", "/p?q=1"]
)
safe_link = st.builds("[{}]({})".format, st.lists(word, min_size=1, max_size=2).map(" ".join), safe_url)
sentence = st.builds(
    lambda head, rest: " ".join([head, *rest]),
    st.sampled_from(["The", "“Quoted”", "(Aside)", "$4", "2021 saw", "*Stressed*", "[Linked](/a/)"]),
    st.lists(st.one_of(word, emphasis, safe_link), max_size=8),
)
line = st.builds("{}{}".format, sentence, st.sampled_from(["", ".", ",", ";", ":", "!", "?", "—"]))
paragraph = st.lists(line, min_size=1, max_size=4).map("\n".join)
bullets = st.lists(line.map("- {}".format), min_size=1, max_size=3).map("\n".join)
#: Notes as editors write them: paragraphs of prose with emphasis and links, and lists between them.
section = st.builds(lambda p, b: f"{p}\n\n{b}" if b else p, paragraph, st.none() | bullets)
note = st.lists(section, min_size=1, max_size=3).map(lambda sections: "\n\n".join(sections) + "\n")


@given(text=prose)
def test_markdown_renders_as_markdown_it_does(text: str) -> None:
    assert render_markdown(text, href) == markdown_it(text)


@given(text=note)
def test_plain_notes_skip_markdown_it_and_match_it(text: str) -> None:
    simple = markdown._render_simple(text, href)
    assert simple is not None
    assert simple.strip() == markdown_it(text)


#: URLs as a plain note's link may hold them (see markdown._MARKUP), hosts of every kind included.
simple_url = st.builds(
    "{}{}{}{}".format,
    st.sampled_from(["", "https://", "HTTP://", "//", "mailto:", "claim:", "x:", "../", "/"]),
    st.sampled_from(
        [
            "",
            "example.org",
            "Example.ORG",
            "a-b.c",
            "host:8080",
            "user@host",
            "[::1]",
            "xn--e",
            "exämple.org",
            "例え.jp",
        ]
    ),
    st.text(alphabet="aZ09-._~:/?#@$+,;=%", max_size=12),
    st.sampled_from(["", "%41", "%zz", "%4", "%"]),
)


@given(url=simple_url)
def test_links_of_plain_notes_are_normalised_as_markdown_it_does(url: str) -> None:
    assert markdown._normalize_link(url) == markdown.parser().normalizeLink(url)


def test_a_plain_note_with_links_renders_without_loading_markdown_it() -> None:
    code = (
        "import sys\n"
        "from rootcheck.render.markdown import render_markdown\n"
        "html = render_markdown('See *the* [review](https://e.org/r%zz/) and [this](claim:known).', "
        "lambda i: '../' + i + '/')\n"
        "print(html)\n"
        "print('markdown_it' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [
        '<p>See <em>the</em> <a href="https://e.org/r%25zz/">review</a> and '
        '<a href="../known/" class="claim-link">this</a>.</p>',
        "False",
    ]


#: Pieces of text that cite claims, in every form a link takes, or look as if they did.
citing = st.sampled_from(
    [
        "[a](claim:known)",
        "[a](claim:gone)",
        '[a](claim:gone "t")',
        "[a][r]",
        "[r]",
        "[a][]",
        "[a][r](claim:gone)",
        "[a][](claim:gone)",
        "\n\n[r]: claim:gone\n",
        "\n\n[r]: /u\n",
        "\n\n[a]: /u\n",
        "\n\n[r]: claim:known 't'\n",
        "<claim:known>",
        "claim:gone",
        "`[a](claim:gone)`",
        "\\[a](claim:gone)",
        "[a](claim:gon%C3%A9)",
        "[a](claim:é)",
        "[a [b](claim:known)]",
        "](claim:gone)",
        "\n    [a](claim:gone)\n",
    ]
)


#: What stands around citations: words, line starts, and what makes text code or a link of its own.
around = st.sampled_from(["a", " ", "\n", "\n\n", "    ", "\t", "`", "~~~", "\\", "[", "]", "*", "<", "- "])


@settings(max_examples=400, derandomize=True, database=None)
@example(text="[a][r](claim:gone)\n\n[r]: /u\n")
@example(text="a [b\n\nc](claim:gone)")
@example(text="<http://e.org/[a](claim:gone)>")
@example(text="\t[a](claim:gone)")
@example(text="    [a](claim:gone)")
@example(text="~~~\n[a](claim:gone)\n~~~")
@example(text="`[a](claim:gone)`")
@example(text="\\[a](claim:gone)")
@example(text="[a](claim:gone%C3%A9)")
@example(text="[a](claim:é) [b](claim:x y)")
@example(text='[a](claim:kn%6Fwn) [b](claim:x") <claim:gone%>')
@example(text="[a\nb](claim:known) [c\n  d](claim:gone)")
@example(text="[a\n- b](claim:gone) [a\n# b](claim:gone) [a\n> b](claim:gone)")
@example(text="[a\n1. b](claim:gone)")
@example(text="[a\n](claim:gone) [a\n\nb](claim:gone)")
@given(text=st.lists(st.one_of(citing, around, piece), max_size=20).map("".join))
def test_the_claims_a_note_cites_are_the_links_its_page_resolves(text: str) -> None:
    """``check`` warns of the claims :func:`cited_claims` finds: those a page links, no more, no fewer.

    Pages render as markdown-it does (see the tests above); the quicker path
    may ask for a link, then leave the note to markdown-it, so it is not asked here.
    """
    asked: list[str] = []

    def resolve(claim_id: str) -> str | None:
        asked.append(claim_id)
        return href(claim_id)

    markdown.parser().render(text, {"claim_href": resolve})
    assert cited_claims(text) == tuple(asked)
    assert render_markdown(text, href) == markdown_it(text)


@pytest.mark.parametrize(
    ("text", "strays"),
    [
        ("See [the review](https://example.org/x/) and [jobs](claim:jobs).", []),
        ("[firms](claims:firms) and [jobs](claim: jobs)", ["[firms](claims:firms)", "[jobs](claim: jobs)"]),
        ("[a\nb](claim :x)", ["[a b](claim :x)"]),  # a label across lines, as YAML keeps it
        ("[x](javascript:alert(1))", ["[x](javascript:alert(1))"]),  # a scheme not followed
        ("`[c](claims:d)` and \\[e](claims:f)", []),  # code, and an escape: text on purpose
        # Emphasis in a link's words is shown as emphasis, the rest as written.
        (
            "[*the jobs*](claims:x) and [the **firms**](claim: y)",
            ["[*the jobs*](claims:x)", "[the **firms**](claim: y)"],
        ),
        ("[~~jobs~~ and _firms_](claims:x)", ["[~~jobs~~ and _firms_](claims:x)"]),
        # An autolink and a reference's definition, to an address not followed, are text too.
        ("See <claims:x>, <claim:x> and <https://example.org/>.", ["<claims:x>"]),
        ("See [the jobs][j].\n\n[j]: claims:jobs\n", ["[j]: claims:jobs"]),
        ("See [the jobs][j].\n\n[j]: claim:jobs\n", []),
        ("`<claims:x>` and a <= b >= c", []),
        # Text that looks like a definition, but to no address of a scheme: as a reader means it.
        ("[Update]: figures revised in June 2023.\n\n[1]: The report, page 4.", []),
        ("[Update]: Note: figures revised.", []),
        ("As written [sic], see [a](claim:x).", []),
    ],
)
def test_a_link_a_reader_would_see_as_written_is_found(text: str, strays: list[str]) -> None:
    assert stray_links(text) == strays


@settings(max_examples=300, derandomize=True, database=None)
@example(text="[*a*](claims:x) [b **c**](claim: x) [`d`](claims:x)")
@example(text="<claims:x> [r]\n\n[r]: claims:x\n\na\n[s]: claim:x")
@given(
    text=st.lists(
        st.one_of(citing, around, piece, st.sampled_from(["](claims:x)", "](claim: x)"])), max_size=20
    ).map("".join)
)
def test_every_stray_link_is_on_the_page_as_written(text: str) -> None:
    """A link :func:`stray_links` tells of is one the page shows as text: the warning is never false.

    Emphasis marks in its words are told as written and shown as emphasis, so they are left aside.
    """
    shown = " ".join(html.unescape(re.sub(r"<[^>]+>", "", render_markdown(text, href))).split())
    for stray in stray_links(text):
        assert _unmarked(stray) in _unmarked(shown)


def _unmarked(text: str) -> str:
    return re.sub(r"[*_~]", "", text)


def test_a_citation_is_named_as_written() -> None:
    """markdown-it percent-encodes a link; the id a message quotes, and looks for, is what was typed."""
    assert cited_claims('See [a](claim:x") and <claim:é>.') == ('x"', "é")
    assert (
        render_markdown("[a](claim:kn%6Fwn)", href) == '<p><a href="../known/" class="claim-link">a</a></p>'
    )


@pytest.mark.parametrize(
    ("call", "answer"),
    [
        (
            "cited_claims('As [the jobs](claim:jobs) show, and\\n[firms](claim:firms-2021).')",
            "('jobs', 'firms-2021')",
        ),
        # An annotation whose link's words go on to a second line once sent a check to markdown-it,
        # whose import took some 20 ms more at 10,000 claims.
        (
            "stray_links('Critics point to [fewer than 20 percent of\\ncourts](claim:x); "
            "see [the review](https://example.org/r/).')",
            "[]",
        ),
        # A bracket that opens no address is text as meant, with no definition to look for.
        ("stray_links('As written [sic], see [the jobs](claim:jobs).')", "[]"),
    ],
)
def test_plain_markdown_is_read_without_loading_markdown_it(call: str, answer: str) -> None:
    code = f"import sys\nfrom rootcheck.text.markup import cited_claims\nfrom rootcheck.text.seen import stray_links\nprint({call})\n"
    code += "print('markdown_it' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [answer, "False"]


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Counts teachers <b>trained</b>, not kept.", ["<b>", "</b>"]),
        ("One line<br/>and the next.", ["<br/>"]),
        ("<!-- ask the ministry -->\n\nThe count is the ministry's.", ["<!-- ask the ministry -->"]),
        # Text on purpose, or no HTML at all: a code span, an escape, autolinks, a comparison.
        ("A `<table>` is not made here.", []),
        ("An escaped \\<i> stays text.", []),
        ("See <claim:teachers> and <https://example.org/>.", []),
        ("Where 3 < 5 and 7 > 2.", []),
        # Angle brackets in prose: no element, or words where HTML's attributes have values.
        ("Where a<b and c>d the count doubles.", []),
        ("It counts <Ministry of Health> staff only.", []),
        ('<div class="box">Boxed</div>', ['<div class="box">', "</div>"]),
    ],
)
def test_html_a_page_shows_as_written_is_found(note: str, told: list[str]) -> None:
    assert html_shown_as_text(note) == told


def test_a_heading_in_a_note_stands_under_the_page_s_own() -> None:
    # The note is under the page's h2 ("What the figure shows"): "#" is no second h1.
    html = str(markdown.render_markdown("# Why\n\nText.\n\n## More\n\n###### Least", lambda claim_id: None))
    assert html == "<h3>Why</h3>\n<p>Text.</p>\n<h4>More</h4>\n<h6>Least</h6>"


@pytest.mark.parametrize(
    ("note", "images"),
    [
        ("See ![the chart](https://example.org/c.png) here.", ["![the chart](https://example.org/c.png)"]),
        (
            'Both ![a](claim:x "t") and ![b](https://e.org/b.png).',
            ['![a](claim:x "t")', "![b](https://e.org/b.png)"],
        ),
        ("Escaped \\![the chart](https://example.org/c.png), as meant.", []),
        ("In code: `![alt](x)`.", []),
        ("Wow! [The plan](claim:x) pledged more.", []),
        # Each as written, whatever its address holds or however often it is given.
        (
            "![2022](https://e.org/c.png), ![2023](https://e.org/c.png), ![size](https://e.org/größe.png)",
            [
                "![2022](https://e.org/c.png)",
                "![2023](https://e.org/c.png)",
                "![size](https://e.org/größe.png)",
            ],
        ),
        ("By reference: ![the chart][c].\n\n[c]: https://e.org/c.png", ["![the chart][c]"]),
    ],
)
def test_images_are_found_as_written(note: str, images: list[str]) -> None:
    assert images_shown_as_links(note) == images


@pytest.mark.parametrize(
    ("note", "marks"),
    [
        # A footnote of more than one word is no definition: its mark and its line are text.
        ("Counted once.[^2] Twice.[^2]\n\n[^2]: See page 3 of the plan.", ["[^2]"]),
        ("Both[^a] and[^b].", ["[^a]", "[^b]"]),
        # One of one word makes a link of its mark (told as a link of no scheme), not text.
        ("As the plan says[^1].\n\n[^1]: ibid.", []),
        # Text on purpose, or no mark at all.
        ("In code: `[^1]`, escaped: \\[^3].", []),
        ("A bracket [^ spaced] and [sic].", []),
    ],
)
def test_footnotes_a_page_shows_as_written_are_found(note: str, marks: list[str]) -> None:
    assert footnotes_shown_as_text(note) == marks


@pytest.mark.parametrize(
    ("note", "unused"),
    [
        (
            "See [the plan].\n\n[the plan]: https://e.org/p\n[budget]: https://e.org/b",
            ["[budget]: https://e.org/b"],
        ),
        # Used in other capitals, or by full reference; given its lines as one.
        ("[The Plan] and [it][b].\n\n[the plan]: https://e.org/p\n[b]: claim:x 'T'", []),
        ("Text.\n\n[a long\nlabel]: <https://e.org/a>", ["[a long label]: <https://e.org/a>"]),
        # Told otherwise: no scheme, a scheme not followed, a footnote; and text on purpose.
        ("Text.\n\n[a]: page.html\n[b]: javascript:x\n[^1]: ibid.", []),
        ("In code: `[b]: https://e.org/b`.", []),
    ],
)
def test_definitions_no_link_uses_are_found(note: str, unused: list[str]) -> None:
    assert unused_definitions(note) == unused


def test_an_image_is_told_as_an_image_not_as_a_link_of_no_scheme() -> None:
    note = "![the chart](chart.png) beside [the count](teachers-trained)"
    assert images_shown_as_links(note) == ["![the chart](chart.png)"]
    assert [link.written for link in unschemed_links(note)] == ["[the count](teachers-trained)"]


@pytest.mark.parametrize(
    ("note", "links"),
    [
        ("[the count](teachers-trained) and [x](claim:teachers-trained)", ["[the count](teachers-trained)"]),
        # As markdown-it reads the address: %-escapes decoded, backslash escapes taken.
        ("[the annex](Annual%20Report.pdf)", ["[the annex](Annual%20Report.pdf)"]),
        ("[the count](teachers\\_trained)", ["[the count](teachers\\_trained)"]),
        ("[the plan](https://e.org/a%20b) and <https://e.org/x>", []),
    ],
)
def test_links_of_no_scheme_are_found_as_written(note: str, links: list[str]) -> None:
    assert [link.written for link in unschemed_links(note)] == links
