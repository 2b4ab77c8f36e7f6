"""Editors' Markdown: escaped, with unsafe links dropped and claim links resolved."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from rootcheck.render import markdown
from rootcheck.render.markdown import render_markdown


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
