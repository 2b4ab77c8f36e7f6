"""Editors' Markdown: escaped, with unsafe links dropped and claim links resolved."""

from __future__ import annotations

from rootcheck.render.markdown import claim_ids, render_markdown


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
    assert claim_ids("[a](claim:x) [b](claim:y) [c](claim:x)") == ["x", "y"]
