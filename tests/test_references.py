"""What registry files say of one another: each message at the very words it is about.

The cases of tests/bad/ pin the messages; this generates the layouts an
editor's files come in (line ends, byte-order marks, characters YAML or
Python take for line breaks) and checks the position every time.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from rootcheck.pipeline import check
from test_registry import GOOD as FIRMS  # a claim of the fact sheet's firms

#: Words of an annotation's lines.
WORDS = st.sampled_from(["firms", "the", "Año", "—", "\t", "[firms](claim:firms)", "claims:", "ghost"])
LINE = st.lists(WORDS, max_size=6).map(" ".join)
#: What YAML (NEL, U+2028, a lone CR) or Python (a lone CR) takes for the end of a line, and
#: an editor's LF-counting editor does not: inside a quoted summary, before the annotation.
BREAKS = st.lists(st.sampled_from(["firms", "\r ", "\x85 ", "\u2028 ", "\u2029 ", "\t"]), max_size=5)


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    summary=BREAKS.map("".join),
    before=st.lists(LINE, max_size=4),
    after=st.lists(LINE, max_size=3),
    lead=st.lists(WORDS, max_size=3).map(" ".join),
    crlf=st.booleans(),
    bom=st.booleans(),
)
def test_a_citation_of_no_claim_is_told_where_it_is_written(
    summary: str, before: list[str], after: list[str], lead: str, crlf: bool, bom: bool
) -> None:
    cited = "[the ghost](claim:ghost-claim)"
    # Each line starts with a word: a block scalar's first line sets the indent of every other.
    annotation = [line.lstrip(" ") for line in (*before, f"{lead} {cited}", *after)]
    text = (
        "title: Firms\n"
        "pillar: economic-insecurity\n"
        "pledges: []\n"
        "progress: [firms]\n"
        f'summary: "Firms {summary}"\n'
        "verdict: output-only\n"
        "annotation: |\n" + "".join(f"  {line}\n" for line in annotation)
    )
    data = (b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", "\r\n" if crlf else "\n").encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(REPO / "seeds", root / "seeds")
        shutil.copy(REPO / "rootcheck.yaml", root / "rootcheck.yaml")
        (root / "claims").mkdir()
        (root / "claims/firms.yaml").write_text(FIRMS, encoding="utf-8")
        (root / "comparisons").mkdir()
        (root / "comparisons/firms.yaml").write_bytes(data)
        (told,) = [d for d in check(root).diagnostics if "cites unknown claim 'ghost-claim'" in d.message]
    # On the line and at the column an editor's editor, counting lines at LF alone, shows.
    lines = data.decode("utf-8-sig").split("\n")
    assert lines[told.where.line - 1][told.where.col - 1 :].startswith("claim:ghost-claim")
