"""Properties every built page must have: valid HTML5, a strict CSP, escaped input, reproducibility."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import html5lib
import pytest

from rootcheck.render.site import RenderOptions, render_site

from .helpers import FIXTURE, REPO, SUB_PATH, build, checked, pages, scan

SITES = {"fixture": FIXTURE, "repository": REPO}


@pytest.fixture(scope="module", params=sorted(SITES))
def site(request: pytest.FixtureRequest) -> dict[str, bytes]:
    return build(SITES[request.param], RenderOptions(base_url=SUB_PATH))


def test_every_page_parses_as_html5_without_errors(site: dict[str, bytes]) -> None:
    for name, data in pages(site).items():
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            parser.parse(data)
        except html5lib.html5parser.ParseError as exc:
            pytest.fail(f"{name}: {exc}")


def test_every_page_forbids_inline_and_foreign_script(site: dict[str, bytes]) -> None:
    for name, data in pages(site).items():
        found = scan(data)
        csp = [
            m.get("content") or ""
            for m in found.metas
            if (m.get("http-equiv") or "").lower() == "content-security-policy"
        ]
        assert len(csp) == 1, name
        directives = dict(d.strip().split(" ", 1) for d in csp[0].split(";") if d.strip())
        assert directives["script-src"] == "'self'", name
        assert directives["style-src"] == "'self'", name
        assert "unsafe" not in csp[0], name
        for script in found.scripts:
            assert script.get("type") == "application/ld+json" or script.get("src"), f"{name}: inline script"
        assert b" style=" not in data, f"{name}: inline style attribute"
        assert not [a for a in found.attributes if a.startswith("on")], f"{name}: event handler attribute"


def test_yaml_strings_come_out_escaped() -> None:
    files = build()
    for name, data in files.items():
        if not name.endswith((".html", ".xml")):
            continue  # JSON and CSV carry the editors' strings as data, to be escaped by whoever shows them
        text = data.decode("utf-8")
        assert "<script>alert" not in text, name
        assert "<img src=x" not in text, name
        assert "<b>now</b>" not in text and "<em>checked</em>" not in text, name
        hrefs = [h.lower() for h in re.findall(r'href="([^"]*)"', text)]
        assert not [h for h in hrefs if h.startswith(("javascript:", "vbscript:", "data:"))], name
    home = files["index.html"].decode()
    assert "Create jobs &lt;b&gt;now&lt;/b&gt;" in home
    assert "Safety &lt;script&gt;alert(&#39;comparison&#39;)&lt;/script&gt;" in home
    claim = files["claims/script-widgets/index.html"].decode()
    assert "&lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt; 12 widgets" in claim
    assert "<mark>12 &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; widgets</mark>" in claim
    assert "&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;" in claim
    assert "[data](data:text/html,&lt;b&gt;x&lt;/b&gt;)" in claim
    source = files["sources/progress-2023/index.html"].decode()
    assert "&lt;script&gt;alert(&#39;publisher&#39;)&lt;/script&gt; Press Office" in source
    ld = files["comparisons/safety/index.html"].decode()
    assert "Safety \\u003cscript\\u003ealert('comparison')\\u003c/script\\u003e" in ld
    assert "People are kept safe \\u003cscript\\u003ealert('reviewed')\\u003c/script\\u003e" in ld


def test_two_builds_are_byte_identical() -> None:
    for root in (FIXTURE, REPO):
        first = render_site(checked(root), RenderOptions())
        second = render_site(checked(root), RenderOptions())
        assert first == second


def test_drafts_are_published_only_when_asked() -> None:
    plain = build(FIXTURE, RenderOptions())
    assert "claims/draft-meetings/index.html" not in plain
    assert "meetings</a>" not in plain["index.html"].decode() and "meetings" in plain["index.html"].decode()
    with_drafts = build(FIXTURE, RenderOptions(drafts=True))
    page = with_drafts["claims/draft-meetings/index.html"].decode()
    assert '<span class="tag">Draft</span>' in page
    assert (
        "4 times"
        in with_drafts["sources/progress-2023/index.html"].decode().split('id="claim-draft-meetings"')[1]
    )


def test_a_comparison_whose_pledges_are_all_drafts_is_published_only_with_drafts() -> None:
    # The root `check` warns about (tests/bad/): its one pledge is a draft.
    root = FIXTURE.parent.parent / "bad" / "comparison-pledges-all-drafts"
    assert "comparisons/teachers/index.html" not in build(root, RenderOptions())
    assert (
        "Teachers trained"
        in build(root, RenderOptions(drafts=True))["comparisons/teachers/index.html"].decode()
    )


def test_corrections_stand_on_their_fact_check_and_the_methodology_lists_the_latest_first() -> None:
    files = build()
    page = files["comparisons/money/index.html"].decode()
    box = page.split('<aside class="corrections"')[1].split("</aside>")[0]
    assert box.index("2 April 2023") < box.index("10 May 2023")
    assert "wrong &lt;script&gt;alert(&#39;correction&#39;)&lt;/script&gt;." in box
    assert '<p class="dateline">Published <time datetime="2023-03-15">15 March 2023</time> · Updated' in page
    listed = files["methodology/index.html"].decode().split('id="corrections"')[1]
    assert listed.index("12 February 2024") < listed.index("10 May 2023") < listed.index("2 April 2023")
    assert listed.count('href="../comparisons/money/"') == 2 and listed.count('href="../claims/jobs/"') == 1
    # A claim's page shows its own; a page never corrected shows no box.
    claim = (
        files["claims/jobs/index.html"].decode().split('<aside class="corrections"')[1].split("</aside>")[0]
    )
    assert "12 February 2024</time>: The note said the jobs were created" in claim
    assert 'class="corrections"' not in files["comparisons/jobs/index.html"].decode()
    assert 'class="corrections"' not in files["claims/firms/index.html"].decode()
    # Lists mark what was corrected, so that a reader scanning them sees it.
    home, everything = files["index.html"].decode(), files["claims/index.html"].decode()
    assert 'The $4 billion strategy</a> <span class="tag">Corrected</span>' in home
    assert home.count("Corrected</span>") == 1
    assert '90,000 jobs</mark> <span class="tag">Corrected</span>' in everything
    assert everything.count("Corrected</span>") == 1


def test_a_former_claim_id_redirects() -> None:
    files = build()
    page = files["claims/old-four-billion/index.html"].decode()
    assert '<meta http-equiv="refresh" content="0; url=../four-billion/">' in page
    assert f'<link rel="canonical" href="{SUB_PATH}claims/four-billion/">' in page
    # Links made before the rename to the passage, and data joined on the old id, still find the claim.
    source = files["sources/pledge-2021/index.html"].decode()
    assert '<span id="claim-old-four-billion"></span><sup class="passage-number"' in source
    assert '<a class="sidenote" id="claim-four-billion"' in source
    css = files["sources/pledge-2021/passages.css"].decode()
    assert '#claim-old-four-billion:target ~ mark[data-claims~="four-billion"]' in css
    claims = {c["id"]: c for c in json.loads(files["data/claims.json"])["claims"]}
    assert claims["four-billion"]["aliases"] == ["old-four-billion"] and claims["jobs"]["aliases"] == []


@pytest.mark.parametrize(
    ("folder", "leads_to", "named", "section"),
    [
        ("pillars/", "../", "Pledges vs. progress", "Pledges vs. progress"),
        ("comparisons/", "../", "Pledges vs. progress", "Pledges vs. progress"),
        ("data/", "../methodology/#data", "Open data and fact-check markup", "Methodology"),
    ],
)
def test_a_folder_with_no_page_of_its_own_leads_to_the_page_listing_it(
    folder: str, leads_to: str, named: str, section: str
) -> None:
    # A reader who shortens a claim's or comparison's address finds the list, not a server's error.
    page = build()[folder + "index.html"].decode()
    assert f'<meta http-equiv="refresh" content="0; url={leads_to}">' in page
    canonical = SUB_PATH + leads_to.removeprefix("../")
    assert f'<link rel="canonical" href="{canonical}">' in page
    assert f'<a href="{leads_to}">{named}</a>.</p>' in page
    assert f'class="current" aria-current="true">{section}</a>' in page


def test_templates_under_the_root_override_the_theme(tmp_path: object) -> None:
    from pathlib import Path

    root = Path(str(tmp_path))
    templates = root / "templates"
    templates.mkdir()
    (templates / "about.html").write_text("<p>Published by the {{ settings.publisher }} desk.</p>\n")
    (templates / "style.css").write_text("body { color: black; }\n")
    files = render_site(checked(FIXTURE), RenderOptions(templates=templates))
    assert "<p>Published by the Fixture Desk desk.</p>" in files["index.html"].decode()
    assert files["style.css"] == b"body { color: black; }\n"
    assert b"Published by the" not in build(FIXTURE, RenderOptions())["index.html"]


def test_a_build_date_is_shown_only_when_given() -> None:
    dated = build(FIXTURE, RenderOptions(build_date=dt.date(2024, 3, 1)))
    assert '<time datetime="2024-03-01">1 March 2024</time>' in dated["index.html"].decode()
    assert b"Built on" not in build(FIXTURE, RenderOptions())["index.html"]


def test_home_counts_and_pillars() -> None:
    home = build()["index.html"].decode()
    stats = re.findall(r'<dt>([^<]+)</dt><dd class="stat-value">(\d+)</dd>', home)
    assert stats == [
        ("Claims checked", "14"),
        ("Fact-checks with a 2023 figure", "3"),
        ("Fact-checks with none", "1"),
    ]
    order = [m for m in re.findall(r'<section class="pillar" id="([^"]+)"', home)]
    assert order == ["jobs", "safety", "cross-cutting"]
    assert home.count("<mark>") >= 10


def test_source_pages_mark_every_passage_with_its_id() -> None:
    files = build()
    site = checked(FIXTURE)
    for claim in site.claims:
        if claim.claim.draft:
            continue
        page = files[f"sources/{claim.source.id}/index.html"].decode()
        assert page.count(f'id="claim-{claim.id}"') == 1, claim.id
        after = page.split(f'id="claim-{claim.id}"', 1)[1]
        assert f'href="../../claims/{claim.id}/"' in after.split(">", 1)[0]
        assert re.search(rf'<mark class="passage" data-claims="[^"]*\b{claim.id}\b', after), claim.id
    overlapping = files["sources/progress-2023/index.html"].decode()
    assert '<mark class="passage" data-claims="firms jobs">' in overlapping
    css = files["sources/progress-2023/passages.css"].decode()
    assert '#claim-jobs:target ~ mark[data-claims~="jobs"]' in css


def test_home_shows_a_comparisons_summary_and_its_page_the_full_argument() -> None:
    files = build()
    home = files["index.html"].decode()
    assert "Firms, jobs and youth are counted, but not the teachers the pledge named." in home
    assert "No teacher count; instead" not in home  # the annotation is on the comparison page
    assert "No teacher count; instead" in files["comparisons/jobs/index.html"].decode()
    assert "No teacher count" not in files["comparisons/safety/index.html"].decode()


def test_rows_show_the_pledge_whole_and_the_updates_figures_cut_around_them() -> None:
    # The pledge of "Working through local partners" says so only before the 70 characters its
    # figure ("five areas") ends: cut around the figure, the row showed nothing of partners.
    files = build(REPO)
    for page in ("index.html", "pillars/cross-cutting/index.html"):
        row = files[page].decode().split('id="comparison-local-partners"')[1].split("</tr>")[0]
        pledged, reported = row.split('class="col-progress"')
        assert "“We are partnering with civil society, the private sector" in pledged
        assert "“… indigenous and women-led organizations and directly supporting" in reported


def test_a_quote_whose_wording_slipped_is_shown_in_the_sources_words(tmp_path: Path) -> None:
    root = tmp_path / "root"
    shutil.copytree(FIXTURE, root)
    claim = root / "claims/progress/jobs.yaml"
    slipped = "private sector firms helped create and sustain more than 90,000 jobs"
    claim.write_text(
        claim.read_text("utf-8").replace("private sector firms has helped", "private sector firms helped")
    )
    files = build(root)
    page = files["claims/jobs/index.html"].decode()
    said = "private sector firms has helped create and sustain <mark>more than 90,000 jobs</mark>"
    assert f"<blockquote><p>“{said}”</p></blockquote>" in page
    assert (
        '<meta name="description" content="Support helped create and sustain more than 90,000 jobs: '
        '“private sector firms has helped create and sustain more than 90,000 jobs”">' in page
    )
    # Every list that quotes the claim quotes the source too.
    assert "private sector firms has helped" in files["pillars/jobs/index.html"].decode()
    assert "firms helped" not in files["pillars/jobs/index.html"].decode() + files["index.html"].decode()
    assert slipped not in page
    # The registry's data is the editor's: the exports say what the claim file says.
    [record] = [c for c in json.loads(files["data/claims.json"])["claims"] if c["id"] == "jobs"]
    assert record["quote"] == slipped
    # Beside it, the words the site quotes; a claim that did not slip has none.
    said = "private sector firms has helped create and sustain more than 90,000 jobs"
    assert record["source_words"] == said
    assert {
        c["source_words"] for c in json.loads(files["data/claims.json"])["claims"] if c["id"] != "jobs"
    } == {None}
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(files["data/claims.csv"].decode()))}
    assert (rows["jobs"]["quote"], rows["jobs"]["source_words"]) == (slipped, said)
    assert {row["source_words"] for claim_id, row in rows.items() if claim_id != "jobs"} == {""}


def test_a_quote_typed_with_a_ligature_is_shown_in_the_sources_letters(tmp_path: Path) -> None:
    # Matching reads "ﬁ" as "fi", and the page published the quote as typed: one character, which a
    # reader's search for "firms" misses, where the source has two letters.
    root = tmp_path / "root"
    shutil.copytree(FIXTURE, root)
    claim = root / "claims/progress/jobs.yaml"
    typed = "private sector \ufb01rms has helped create and sustain more than 90,000 jobs"
    claim.write_text(claim.read_text("utf-8").replace("sector firms has", "sector \ufb01rms has"), "utf-8")
    # The other way round, the source's ligature and the quote's letters: the quote is shown as typed.
    source = root / "seeds/progress.md"
    source.write_text(source.read_text("utf-8").replace("were filed", "were \ufb01led"), "utf-8")
    files = build(root)
    page = files["claims/jobs/index.html"].decode()
    said = "private sector firms has helped create and sustain <mark>more than 90,000 jobs</mark>"
    assert f"<blockquote><p>“{said}”</p></blockquote>" in page
    assert "\ufb01" not in page + files["pillars/jobs/index.html"].decode() + files["index.html"].decode()
    assert "<blockquote><p>“Charges were filed against" in files["claims/charges/index.html"].decode()
    # The data say what the claim file says, and beside it the words the site quotes.
    [record] = [c for c in json.loads(files["data/claims.json"])["claims"] if c["id"] == "jobs"]
    assert (record["quote"], record["source_words"]) == (typed, typed.replace("\ufb01", "fi"))


def test_a_claims_facts_say_what_its_quote_says() -> None:
    files = build(REPO)
    # The article holds the paragraph three times; the claim quotes the first.
    page = files["claims/cnn-border-thousands/index.html"].decode()
    assert "stands word for word in the source 3 times; this claim quotes occurrence 1, at line 15 of" in page
    # "thousands" states no number: the box says so rather than showing the 2,000 it is read as.
    assert "<dt>Value</dt><dd>thousands, no exact number (read as at least 2,000)</dd>" in page
    page = files["claims/vaccine-doses-sent-2021/index.html"].decode()
    assert "<dt>Value</dt><dd>millions, no exact number (read as at least 2 million)</dd>" in page
    assert "once, at line" in files["claims/jobs-created-sustained/index.html"].decode()
    # "one of the world's highest rates" ranks; read as 1, it counts nothing, and the box says so.
    page = files["claims/bermeo-gbv-rates/index.html"].decode()
    assert "<dt>Value</dt><dd>none: a place in a ranking, not a count</dd>" in page
    assert "<dt>Qualifier</dt>" not in page


def test_claims_of_one_passage_come_in_the_order_of_their_figures() -> None:
    # Four claims quote one sentence: 74 convictions, 200 individuals, 107,000 activities, 7,800 arrests.
    page = build(REPO)["sources/fact-sheet-2023/index.html"].decode()
    figures = re.findall(r'class="sidenote-figure">([^<]*)<', page)
    quoted = [
        "74 U.S. convictions",
        "more than 200 individuals",
        "over 107,000 disruption activities",
        "over 7,800 arrests",
    ]
    assert [f for f in figures if f in quoted] == quoted


def test_a_page_shared_gives_its_card_and_only_a_public_address() -> None:
    public = build(FIXTURE, RenderOptions(base_url=SUB_PATH))["comparisons/money/index.html"].decode()
    for tag in (
        '<meta property="og:title" content="The $4 billion strategy">',
        '<meta property="og:site_name" content="Fixture Check">',
        '<meta property="og:type" content="article">',  # it carries a ClaimReview
        f'<link rel="canonical" href="{SUB_PATH}comparisons/money/">',
        f'<meta property="og:url" content="{SUB_PATH}comparisons/money/">',
    ):
        assert tag in public
    # Built without its public address, a page names none rather than a path passed off as one.
    local = build(FIXTURE, RenderOptions(base_url="/"))["comparisons/money/index.html"].decode()
    assert '<meta property="og:title" content="The $4 billion strategy">' in local
    assert 'rel="canonical"' not in local and "og:url" not in local
    # Nor does its ClaimReview give a path for a URL, which consumers would take for a broken one.
    assert '"@type": "ClaimReview"' in local and '"url": "/' not in local
    assert f'"url": "{SUB_PATH}comparisons/money/"' in public


def test_each_side_note_bears_the_number_drawn_at_its_passage() -> None:
    # Both numbers are drawn by the style sheet, so that neither is copied with the text.
    page = build(REPO)["sources/fact-sheet-2023/index.html"].decode()
    pairs = re.findall(
        r'<sup class="passage-number" data-number="([\d–]+)" aria-hidden="true"></sup>'
        r'<a class="sidenote" id="claim-[a-z0-9-]+" href="[^"]+"><span class="sidenote-kicker">Claims?'
        r'<span class="sidenote-number" data-number="([\d–]+)"></span>',
        page,
    )
    assert len(pairs) == page.count('class="sidenote"') > 20
    assert all(a == b for a, b in pairs)
    # Claims of one passage share its note, numbered from the first to the last: every claim once.
    numbered = [int(n) for a, _ in pairs for n in range(int(a.split("–")[0]), int(a.split("–")[-1]) + 1)]
    claims = page.count('class="sidenote"') + page.count('class="sidenote sidenote-more"')
    assert numbered == list(range(1, claims + 1))
    assert 'Claims<span class="sidenote-number" data-number="18–21">' in page


def test_only_fact_checks_and_claims_are_articles_and_the_404_page_names_no_address() -> None:
    files = build(FIXTURE, RenderOptions(base_url=SUB_PATH))
    kinds = {
        name: re.search(r'<meta property="og:type" content="(\w+)">', files[name].decode()).group(1)  # type: ignore[union-attr]
        for name in (
            "comparisons/local/index.html",
            "claims/jobs/index.html",
            "index.html",
            "sources/index.html",
        )
    }
    assert kinds == {
        "comparisons/local/index.html": "article",  # one without a ClaimReview too
        "claims/jobs/index.html": "article",
        "index.html": "website",
        "sources/index.html": "website",
    }
    missing = files["404.html"].decode()
    assert 'rel="canonical"' not in missing and "og:url" not in missing


def test_every_page_gives_shared_cards_a_description() -> None:
    described = re.compile(rb'<meta name="description" content="[^"]+">\n<meta property="og:description"')
    assert [name for name, html in pages(build()).items() if not described.search(html)] == []
