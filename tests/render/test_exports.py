"""The machine-readable site: ClaimReview, claims JSON and CSV, Web Annotations, feed, sitemap."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rootcheck.model import Correction, Span
from rootcheck.output.content import Content, as_bytes
from rootcheck.output.manifest import Entry, Manifest
from rootcheck.output.stamps import Stamp
from rootcheck.render import exportparts, exports, feeds, urls
from rootcheck.render import format as fmt
from rootcheck.render.assembly import assemble
from rootcheck.render.claimreview import claim_review
from rootcheck.render.jsontext import indented_json
from rootcheck.render.views import SiteView
from rootcheck.text.figures import parse_figure
from rootcheck.text.markup import resolved_citations

from .helpers import FIXTURE, GOLDEN, SUB_PATH, build, checked, pages, scan, selections

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(page: bytes) -> list[dict[str, object]]:
    blocks = re.findall(rb'<script type="application/ld\+json">\n(.*?)\n</script>', page, re.S)
    return [json.loads(block) for block in blocks]


def test_each_comparison_page_carries_one_claim_review_and_no_other_page_does() -> None:
    files = build()
    for name, data in pages(files).items():
        reviews = json_ld(data)
        # The local comparison quotes no progress: the update made no claim there to review.
        if name.startswith("comparisons/") and name not in (
            "comparisons/local/index.html",
            "comparisons/index.html",
        ):
            assert len(reviews) == 1, name
            assert reviews[0]["@type"] == "ClaimReview"
        else:
            assert reviews == [], name


def test_claim_review_follows_the_guidelines() -> None:
    files = build()
    (review,) = json_ld(files["comparisons/money/index.html"])
    assert review["@context"] == "https://schema.org"
    assert review["url"] == f"{SUB_PATH}comparisons/money/"
    # What the verdict rates: what the update implies of the pledge, not the pledge's own words.
    assert review["claimReviewed"] == "The $4 billion strategy is being delivered"
    assert (review["datePublished"], review["dateModified"]) == ("2023-03-15", "2023-06-01")
    assert review["author"] == {"@type": "Organization", "name": "Fixture Desk", "url": SUB_PATH}
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Cannot be compared",
        "ratingExplanation": "Figures with no matching measure.",
    }
    # Made where the progress is reported: in the update the comparison quotes.
    press = {"@type": "Organization", "name": "<script>alert('publisher')</script> Press Office"}
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "author": press,
        "datePublished": "2023-02-06",
        "appearance": {
            "@type": "CreativeWork",
            "url": "https://example.gov/progress/",
            "headline": "Progress update <script>alert('title')</script>",
            "datePublished": "2023-02-06",
            "publisher": press,
        },
    }


def test_a_fact_check_keeps_its_editors_dates_and_an_undated_one_takes_the_build_date() -> None:
    for day in (dt.date(2024, 3, 1), dt.date(2026, 1, 2)):
        files = build(FIXTURE, dataclasses.replace(GOLDEN, build_date=day))
        (dated,) = json_ld(files["comparisons/money/index.html"])
        (undated,) = json_ld(files["comparisons/jobs/index.html"])
        assert (dated["datePublished"], dated["dateModified"]) == ("2023-03-15", "2023-06-01")
        assert undated["datePublished"] == day.isoformat() and "dateModified" not in undated
        entries = {
            e.findtext(f"{ATOM}title"): e for e in ET.fromstring(files["feed.xml"]).iter(f"{ATOM}entry")
        }
        money = entries["Cannot be compared: The $4 billion strategy"]
        assert money.findtext(f"{ATOM}published") == "2023-03-15T00:00:00Z"
        assert money.findtext(f"{ATOM}updated") == "2023-06-01T00:00:00Z"
        told = money.findtext(f"{ATOM}content") or ""
        assert "<strong>Correction, 2 April 2023:</strong> An earlier version counted" in told
        assert "wrong &lt;script&gt;alert(&#39;correction&#39;)&lt;/script&gt;.</p>" in told
        jobs = entries["Output, no outcome: Teachers and jobs"]
        assert jobs.find(f"{ATOM}published") is None
        assert jobs.findtext(f"{ATOM}updated") == f"{day}T00:00:00Z"
        assert dated["correction"] == [
            {
                "@type": "CorrectionComment",
                "datePublished": "2023-04-02",
                "text": "An earlier version counted the leveraged money as provided.",
            },
            {
                "@type": "CorrectionComment",
                "datePublished": "2023-05-10",
                "text": "The critique's date was wrong <script>alert('correction')</script>.",
            },
        ]
        assert "correction" not in undated
        comparisons = {c["id"]: c for c in json.loads(files["data/claims.json"])["comparisons"]}
        assert [c["date"] for c in comparisons["money"]["corrections"]] == ["2023-04-02", "2023-05-10"]
        assert comparisons["jobs"]["corrections"] == []
        assert (comparisons["money"]["published"], comparisons["money"]["updated"]) == (
            "2023-03-15",
            "2023-06-01",
        )
        assert comparisons["jobs"]["published"] is None
        # The verdict in a line, as the listings show it, for a consumer to list them alike.
        jobs_file = (FIXTURE / "comparisons" / "jobs.yaml").read_text("utf-8")
        assert f'summary: "{comparisons["jobs"]["summary"]}"' in jobs_file


def test_the_feed_s_ids_are_its_pages_addresses_whatever_the_site_is_called(tmp_path: Path) -> None:
    # A typo mended in the site's title must not deliver every entry again as a new one.
    def ids(root: Path) -> list[str | None]:
        return [e.findtext(f"{ATOM}id") for e in ET.fromstring(build(root)["feed.xml"]).iter()]

    root = tmp_path / "fixture"
    shutil.copytree(FIXTURE, root)
    before = ids(root)
    config = root / "rootcheck.yaml"
    config.write_text(
        re.sub(r"(?m)^  title: .*$", "  title: Another Name", config.read_text("utf-8")), "utf-8"
    )
    assert ids(root) == before
    assert [i for i in before if i][:2] == [SUB_PATH, f"{SUB_PATH}comparisons/jobs/"]


def test_a_long_claim_reviewed_is_carried_whole(tmp_path: Path) -> None:
    # Cut at a word, "… delivered, not" would be marked up as "… delivered": another claim.
    root = tmp_path / "fixture"
    shutil.copytree(FIXTURE, root)
    money = root / "comparisons" / "money.yaml"
    long = "The $4 billion strategy is being delivered in all four countries it names, not"
    money.write_text(
        money.read_text(encoding="utf-8").replace(
            '"The $4 billion strategy is being delivered"', f'"{long}"'
        ),
        encoding="utf-8",
    )
    files = build(root)
    (review,) = json_ld(files["comparisons/money/index.html"])
    assert len(long) > 75 and review["claimReviewed"] == long


def test_every_export_dates_a_corrected_fact_check_by_its_latest_correction(tmp_path: Path) -> None:
    # One corrected with no 'updated', one corrected after it: each last changed on its correction's day.
    root = tmp_path / "fixture"
    shutil.copytree(FIXTURE, root)
    with (root / "comparisons" / "jobs.yaml").open("a", encoding="utf-8") as jobs:
        jobs.write("published: 2023-03-01\ncorrections:\n  - date: 2023-05-05\n    text: Fixed a sum.\n")
    with (root / "comparisons" / "money.yaml").open("a", encoding="utf-8") as money:
        money.write("  - date: 2023-07-01\n    text: A later slip put right.\n")
    files = build(root)
    listed = {c["id"]: c["updated"] for c in json.loads(files["data/claims.json"])["comparisons"]}
    entries = {
        str(e.find(f"{ATOM}link").get("href")): e.findtext(f"{ATOM}updated")  # type: ignore[union-attr]
        for e in ET.fromstring(files["feed.xml"]).iter(f"{ATOM}entry")
    }
    for name, day in (("jobs", "2023-05-05"), ("money", "2023-07-01")):
        page = files[f"comparisons/{name}/index.html"]
        (review,) = json_ld(page)
        assert listed[name] == review["dateModified"] == day
        assert f'Updated <time datetime="{day}">'.encode() in page
        assert entries[f"{SUB_PATH}comparisons/{name}/"] == f"{day}T00:00:00Z"


def test_without_a_build_date_the_feed_is_as_new_as_the_latest_date_in_the_data() -> None:
    # The sources' latest is 2023-02-06; the money comparison was updated 2023-06-01.
    feed = ET.fromstring(build(FIXTURE, dataclasses.replace(GOLDEN, build_date=None))["feed.xml"])
    assert feed.findtext(f"{ATOM}updated") == "2023-06-01T00:00:00Z"


def test_the_feed_is_never_older_than_its_newest_entry() -> None:
    # A build dated before a correction (SOURCE_DATE_EPOCH from an older commit): RFC 4287 §4.2.15.
    feed = ET.fromstring(
        build(FIXTURE, dataclasses.replace(GOLDEN, build_date=dt.date(2023, 1, 1)))["feed.xml"]
    )
    entries = [e.findtext(f"{ATOM}updated") or "" for e in feed.iter(f"{ATOM}entry")]
    assert feed.findtext(f"{ATOM}updated") == max(entries) == "2023-06-01T00:00:00Z"
    # An undated entry keeps the build's date, as its ClaimReview does.
    assert "2023-01-01T00:00:00Z" in entries


def test_a_comparison_that_names_no_claim_reviewed_carries_no_claim_review() -> None:
    # Rating the pledge's own words instead would tell consumers an accurate quote is false.
    site = assemble(checked(FIXTURE), drafts=False, build_date=None).site
    view = site.comparisons["money"]
    unnamed = dataclasses.replace(view, comparison=dataclasses.replace(view.comparison, claim_reviewed=None))
    assert claim_review(site, view, urls.Urls(SUB_PATH, "").absolute) is not None
    assert claim_review(site, unnamed, urls.Urls(SUB_PATH, "").absolute) is None


def test_a_comparison_the_update_is_silent_on_carries_no_claim_review() -> None:
    # Rated "no figure", a claim the update never made would read as a falsehood the update told.
    site = assemble(checked(FIXTURE), drafts=False, build_date=None).site
    view = site.comparisons["local"]
    named = dataclasses.replace(
        view, comparison=dataclasses.replace(view.comparison, claim_reviewed="Aid flows")
    )
    assert not view.progress and claim_review(site, named, urls.Urls(SUB_PATH, "").absolute) is None


def test_claims_json_and_csv_list_every_published_claim() -> None:
    files = build()
    data = json.loads(files["data/claims.json"])
    claims = {c["id"]: c for c in data["claims"]}
    assert len(claims) == 14 and "draft-meetings" not in claims
    jobs = claims["jobs"]
    source_text = files["sources/progress-2023/source.txt"].decode()
    assert source_text[jobs["span"]["start"] : jobs["span"]["end"]].split() == jobs["quote"].split()
    assert jobs["url"] == f"{SUB_PATH}claims/jobs/"
    assert jobs["status"] == "exact" and jobs["quantity"]["value"] == 90000.0
    assert jobs["original_url"].startswith("https://example.gov/progress/#:~:text=")
    assert jobs["comparisons"] == ["jobs"]
    assert [c["date"] for c in jobs["corrections"]] == ["2024-02-12"] and claims["firms"]["corrections"] == []
    rows = list(csv.DictReader(io.StringIO(files["data/claims.csv"].decode())))
    assert [r["id"] for r in rows] == list(claims)
    assert rows[0].keys() >= {"id", "url", "quote", "figure", "value", "start", "end", "status"}
    corrected = {r["id"]: r["corrected"] for r in rows if r["corrected"]}
    assert corrected == {"jobs": "2024-02-12"}
    # A whole value is written whole, as a spreadsheet or a JSON reader takes it.
    assert [(r["value"], r["reading"]) for r in rows if r["id"] == "jobs"] == [("90000", "number")]
    assert isinstance(jobs["quantity"]["value"], int) and jobs["quantity"]["reading"] == "number"


def test_a_joiner_a_reader_sees_is_kept_in_the_quote_and_one_inside_a_number_is_not(tmp_path: Path) -> None:
    root = tmp_path / "fixture"
    shutil.copytree(FIXTURE, root)
    (root / "seeds" / "voices.txt").write_text(
        "گزارش می\u200cگوید که 300 مدرسه ساخته شد.\nIt fed 1,200 families 👩\u200d👩\u200d👧 in 2022.\n",
        "utf-8",
    )
    with (root / "seeds" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(
            "\n- id: voices\n  file: voices.txt\n  title: Voices\n  publisher: null\n  author: null\n"
            "  published: null\n  url: null\n  role: critique\n"
        )
    said = {
        "persian": ("گزارش می\u200cگوید که 300 مدرسه ساخته شد", "300 مدرسه"),
        "family": ("It fed 1,200 families 👩\u200d👩\u200d👧 in 2022", "1,200 families"),
    }
    for claim_id, (quote, figure) in said.items():
        claim = (
            f'source: voices\nquote: "{quote}"\nfigure: "{figure}"\npillar: cross-cutting\nnote: "A note."\n'
        )
        (root / "claims" / f"{claim_id}.yaml").write_text(claim, "utf-8")
    jobs = root / "claims" / "progress" / "jobs.yaml"
    jobs.write_text(jobs.read_text("utf-8").replace("90,000", "90,\u200d000"), "utf-8")
    files = build(root)
    claims = {c["id"]: c for c in json.loads(files["data/claims.json"])["claims"]}
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(files["data/claims.csv"].decode()))}
    exact = {
        item["id"].removeprefix(SUB_PATH + "claims/").removesuffix("/#annotation"): item["target"][
            "selector"
        ][0]["exact"]
        for item in json.loads(files["data/annotations.jsonld"])["first"]["items"]
    }
    # "می‌گوید" (says) is misspelt as "میگوید", and the family is three people, without the joiners.
    for claim_id, (quote, _) in said.items():
        assert claims[claim_id]["quote"] == rows[claim_id]["quote"] == exact[claim_id] == quote
        (joined,) = [word for word in quote.split() if "\u200c" in word or "\u200d" in word]
        assert joined.encode() in files[f"claims/{claim_id}/index.html"]
    # Inside a number, no reader sees one: it is dropped, and the number read whole.
    assert (
        claims["jobs"]["quote"].endswith("more than 90,000 jobs")
        and claims["jobs"]["figure"] == "more than 90,000 jobs"
    )
    assert claims["jobs"]["quantity"]["value"] == 90000


@pytest.mark.parametrize(
    ("figure", "value", "reading"),
    [
        ("one of the world's highest rates", None, "ranking"),  # a place in a ranking counts nothing
        ("one in five children", 20, "share"),
        ("nearly two thirds of aid", 66.66666666666667, "share"),
        ("millions of vaccine doses", 2000000, "no exact number"),
        ("Tens of thousands of migrants", 20000, "no exact number"),
        ("an estimated $1.5 billion", 1500000000, "number"),
        ("2.5 percent", 2.5, "number"),
    ],
)
def test_open_data_gives_a_value_only_where_the_figure_states_one(
    figure: str, value: float | None, reading: str
) -> None:
    record = fmt.quantity_record(parse_figure(figure), figure)
    assert (record["value"], record["reading"]) == (value, reading)
    assert type(record["value"]) is type(value)


def test_notes_in_the_open_data_link_claims_by_their_pages() -> None:
    data = json.loads(build()["data/claims.json"])
    notes = " ".join(c["note"] for c in data["claims"]) + " ".join(
        c["annotation"] for c in data["comparisons"]
    )
    assert "](claim:" not in notes and f"]({SUB_PATH}claims/critique-will-fail/)" in notes


def test_citations_are_resolved_where_they_are_links_only() -> None:
    text = (
        "See [a](claim:one), <claim:two>, [b][r] and [gone](claim:draft); raw claim:one.\n\n"
        "[r]: claim:one\n\nNot `[c](claim:one)`:\n\n```\n[d](claim:one)\n```\n"
    )

    def url(cited: str) -> str | None:
        return None if cited == "draft" else f"https://x.org/c/{cited}/"

    assert resolved_citations(text, url) == (
        "See [a](https://x.org/c/one/), <https://x.org/c/two/>, [b][r] and gone; raw claim:one.\n\n"
        "[r]: https://x.org/c/one/\n\nNot `[c](claim:one)`:\n\n```\n[d](claim:one)\n```\n"
    )
    # A title, brackets and code in the label are a citation's too; an indented code block is code.
    assert resolved_citations('[the [big] `jobs`](claim:one "its title")', url) == (
        '[the [big] `jobs`](https://x.org/c/one/ "its title")'
    )
    assert resolved_citations("A note.\n\n    [x](claim:one)\n", url) == "A note.\n\n    [x](claim:one)\n"
    # An autolink's address must be absolute: a site without its address links by path instead.
    assert resolved_citations("<claim:two>", lambda cited: f"/c/{cited}/") == "[/c/two/](/c/two/)"


def test_annotations_select_each_passage_in_the_text_they_point_to() -> None:
    files = build()
    collection = json.loads(files["data/annotations.jsonld"])
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert collection["total"] == len(items) == 14
    # The one page is the collection's first and last, and says whose it is.
    assert collection["last"] == collection["first"]["id"]
    assert collection["first"]["partOf"] == collection["id"]
    for item in items:
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
    for selected in selections(files):
        # Each annotation is named for a place on its claim's page that is there.
        page, _, fragment = selected.id.partition("#")
        assert f'id="{fragment}"' in files[page + "index.html"].decode()
        quote = selected.quote
        assert selected.text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1


def test_a_source_s_byte_order_mark_is_kept_in_its_text_and_counted_nowhere(tmp_path: Path) -> None:
    # Positions count the characters a standard decoder gives (WHATWG's UTF-8 decode, Python's
    # 'utf-8-sig'), which take the mark off; the published text is the file, byte for byte.
    root = tmp_path / "fixture"
    shutil.copytree(FIXTURE, root)
    marked = {"critique": "critique.txt", "pledge-2021": "pledge.md"}
    for name in marked.values():
        (root / "seeds" / name).write_bytes(codecs.BOM_UTF8 + (root / "seeds" / name).read_bytes())
    files, unmarked = build(root), build()
    for source_id, name in marked.items():
        assert files[f"sources/{source_id}/source.txt"] == (root / "seeds" / name).read_bytes()
    texts = {urls.source_text(source_id) for source_id in marked}
    # Every page and export as without the mark: a Markdown source's front matter is read as such.
    assert {n: d for n, d in files.items() if n not in texts} == {
        n: d for n, d in unmarked.items() if n not in texts
    }
    spans = {
        c["url"].removeprefix(SUB_PATH): c["span"] for c in json.loads(files["data/claims.json"])["claims"]
    }
    for selected in selections(files, "utf-8-sig"):
        assert "\ufeff" not in selected.quote["prefix"]
        assert spans[selected.id.removesuffix("#annotation")] == {
            "start": selected.start,
            "end": selected.end,
        }


def test_the_feed_and_sitemap_are_well_formed() -> None:
    files = build()
    feed = ET.fromstring(files["feed.xml"])
    assert feed.findtext(f"{ATOM}title") == "Fixture Check"
    assert feed.findtext(f"{ATOM}updated") == "2024-03-01T00:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert "Output, no outcome: Safety <script>alert('comparison')</script>" in titles
    content = entries[0].findtext(f"{ATOM}content") or ""
    assert f'href="{SUB_PATH}claims/' in content
    urls = [u.findtext(f"{SITEMAP}loc") for u in ET.fromstring(files["sitemap.xml"])]
    assert f"{SUB_PATH}" in urls and f"{SUB_PATH}claims/jobs/" in urls
    assert not [u for u in urls if u is None or "404" in u or "old-four-billion" in u]
    every_page = {n.removesuffix("index.html") for n in pages(files) if n.endswith("index.html")}
    # A former id's page and a folder's lead to pages the sitemap lists.
    led = {"claims/old-four-billion/", "pillars/", "comparisons/", "data/"}
    assert {u.removeprefix(SUB_PATH) for u in urls if u} == every_page - led


def test_the_feed_holds_no_character_xml_cannot() -> None:
    # The registry refuses them; one that slipped through would leave readers no feed at all.
    site = assemble(checked(FIXTURE), drafts=False, build_date=None).site
    titled = dataclasses.replace(
        site, settings=dataclasses.replace(site.settings, title="Fixture\x0bCheck\ufffe")
    )
    feed = ET.fromstring(feeds.atom(titled, urls.Urls(SUB_PATH, "").absolute))
    assert feed.findtext(f"{ATOM}title") == "Fixture\ufffdCheck\ufffd"


@pytest.mark.parametrize(
    "point",
    sorted(
        {
            edge + step
            for edge in (0x9, 0xA, 0xD, 0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000)
            for step in (-1, 0, 1)
        }
        | {0x0, 0xC, 0xDBFF, 0xFFFE, 0xFFFF, 0x10FFFF}
    ),
)
def test_the_feeds_class_of_characters_is_xmls_complement(point: int) -> None:
    # XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    is_char = point in (0x9, 0xA, 0xD) or any(
        low <= point <= high for low, high in ((0x20, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x10FFFF))
    )
    assert bool(feeds._NOT_XML.fullmatch(chr(point))) is not is_char


def test_claim_pages_link_to_the_passage_and_the_original() -> None:
    page = build()["claims/jobs/index.html"]
    links = [value for _, attr, value in scan(page).links if attr == "href"]
    assert "../../sources/progress-2023/#claim-jobs" in links
    original = [link for link in links if link.startswith("https://example.gov/")]
    # The passage, by a Text Fragment, and the document's own address beside its other facts.
    assert original == [
        "https://example.gov/progress/#:~:text="
        "private%20sector%20firms%20has%20helped%20create%20and%20sustain%20more%20than%2090%2C000%20jobs",
        "https://example.gov/progress/",
    ]


class Label(str):
    """A str subclass, as enum values and Markup are."""


scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.text().map(Label)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner) | st.lists(inner).map(tuple) | st.dictionaries(st.text(), inner),
    max_leaves=30,
)


@given(data=values)
def test_indented_json_is_what_json_writes(data: object) -> None:
    assert indented_json(data) == json.dumps(data, ensure_ascii=False, indent=2)


def test_indented_json_leaves_other_values_to_json() -> None:
    assert indented_json({1: [2.5], None: "x"}) == json.dumps(
        {1: [2.5], None: "x"}, ensure_ascii=False, indent=2
    )
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented_json({"when": object()})


Export = Callable[[SiteView, exportparts.Absolute, exportparts.Remembered | None], Content]


@pytest.mark.parametrize(
    ("export", "path"),
    [
        (exports.claims_json, urls.CLAIMS_JSON),
        (exports.claims_csv, urls.CLAIMS_CSV),
        (exports.web_annotations, urls.ANNOTATIONS),
    ],
    ids=["json", "csv", "annotations"],
)
@pytest.mark.parametrize("gone", [0, 1, -1], ids=["first", "second", "last"])
def test_parts_copied_in_one_piece_never_take_in_a_claim_gone_from_between_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, export: Export, path: str, gone: int
) -> None:
    site = assemble(checked(FIXTURE), drafts=False, build_date=None).site
    assert len(site.claims) >= 3
    absolute = urls.Urls("https://example.org/", "").absolute
    keys: dict[str, str | None] = {claim_id: f"key of {claim_id}" for claim_id in site.claims}
    first = as_bytes(export(site, absolute, exportparts.Remembered(tmp_path, keys, None, {path: "first"})))
    published = tmp_path / "site" / path
    published.parent.mkdir(parents=True)
    published.write_bytes(first)
    manifest = Manifest(str(tmp_path / "site"), {path: Entry("first", Stamp.of(published))})
    # Every claim left keeps its key, so each is copied; the one removed stood between two of them.
    left = dict(site.claims)
    del left[list(site.claims)[gone]]
    fewer = dataclasses.replace(site, claims=left)
    expected = as_bytes(export(fewer, absolute, None))
    for maker in ("_claim_record", "_csv_row", "_annotation"):
        monkeypatch.setattr(exports, maker, lambda *args: pytest.fail("a part was made, not copied"))
    again = export(fewer, absolute, exportparts.Remembered(tmp_path, keys, manifest, {path: "again"}))
    assert as_bytes(again) == expected


def test_the_csv_dates_a_claim_by_its_latest_correction_in_whatever_order_they_are_listed() -> None:
    corrections = [
        Correction(dt.date(2024, 5, 1), "b"),
        Correction(dt.date(2024, 9, 3), "c"),
        Correction(dt.date(2023, 1, 2), "a"),
    ]
    assert exports._last_corrected(corrections) == "2024-09-03"
    assert exports._last_corrected([]) == ""


@pytest.mark.parametrize("copy", [0, 1, 2])
def test_a_quote_selector_tells_a_repeated_paragraph_apart_by_more_context(copy: int) -> None:
    # As the news article repeats a paragraph word for word, three times.
    paragraph = "Harris has made two trips to the region and met with leaders of all three countries. "
    text = f"The Vice President spoke on Tuesday. {paragraph}Then it rained. {paragraph}{paragraph}The end."
    starts = [i for i in range(len(text)) if text.startswith(paragraph, i)]
    span = Span(starts[copy], starts[copy] + len(paragraph) - 1)
    told = exports._context(text, span)
    selected = told["prefix"] + text[span.start : span.end] + told["suffix"]
    assert text.count(selected) == 1 and text.index(selected) == span.start - len(told["prefix"])


def test_a_unique_passage_keeps_the_usual_context() -> None:
    text = "x" * 100 + "a passage said once" + "y" * 100
    told = exports._context(text, Span(100, 119))
    assert (len(told["prefix"]), len(told["suffix"])) == (exports.QUOTE_CONTEXT, exports.QUOTE_CONTEXT)
