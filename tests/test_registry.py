"""Registry validation: every problem reported once, at its file, line and column."""

from __future__ import annotations

import os
import pickle
import re
import stat
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPO, MakeRoot, copy_repo, run
from rootcheck.checks import references
from rootcheck.commands.check import format_diagnostic
from rootcheck.hints import meant_id
from rootcheck.pipeline import check
from rootcheck.positions import Marks, Position
from rootcheck.registry.reads import Reread
from rootcheck.safeyaml.read import read_bytes

GOOD = """\
source: fact-sheet-2023
quote: "U.S. Government support for nearly 8,000 private sector firms"
figure: nearly 8,000 private sector firms
pillar: economic-insecurity
note: Firms supported are an output; the sheet gives no measure of what support changed.
"""


def report(root: Path) -> list[str]:
    return [format_diagnostic(d, "text") for d in check(root).diagnostics]


def test_empty_registry_is_valid(make_root: MakeRoot) -> None:
    assert report(make_root({})) == []


def test_good_claim_is_checked(make_root: MakeRoot) -> None:
    root = make_root({"claims/firms.yaml": GOOD})
    checked = check(root)
    assert checked.diagnostics == []
    (claim,) = checked.claims
    assert claim.id == "firms"
    assert claim.quantity is not None and claim.quantity.value == 8000.0
    assert claim.anchor.status.value == "exact"


def test_unknown_field_with_did_you_mean(make_root: MakeRoot) -> None:
    root = make_root({"claims/a/firms.yaml": GOOD + "notes: typo\n"})
    assert report(root) == ["claims/a/firms.yaml:6:1: error: unknown field 'notes' (did you mean 'note'?)"]


def test_missing_required_fields(make_root: MakeRoot) -> None:
    root = make_root({"claims/x.yaml": "source: fact-sheet-2023\n"})
    assert report(root) == [
        "claims/x.yaml:1:1: error: missing required field 'figure'",
        "claims/x.yaml:1:1: error: missing required field 'quote'",
    ]


def test_wrong_types_name_the_value(make_root: MakeRoot) -> None:
    root = make_root({"claims/x.yaml": "source: 12\nquote: [a, b]\nfigure: '  '\n"})
    assert report(root) == [
        "claims/x.yaml:1:9: error: 'source' must be an id, e.g. fact-sheet-2023, not the number 12;"
        " an id of digits alone goes in quotes",
        "claims/x.yaml:2:8: error: 'quote' must be text, not a list",
        "claims/x.yaml:3:9: error: 'figure' is empty: write the figure as written inside the quote: qualifier,"
        " number, magnitude and the counted noun, as in “nearly 8,000 private sector firms”",
    ]


def test_a_value_quoted_into_text_is_told_to_go_without_the_quotation_marks(make_root: MakeRoot) -> None:
    root = make_root({"claims/x.yaml": GOOD + 'draft: "true"\noccurrence: "2"\n'})
    assert [line for line in report(root) if "quotation marks" in line] == [
        "claims/x.yaml:6:8: error: 'draft' must be true or false, not 'true': the quotation marks make it text;"
        " write it without them",
        "claims/x.yaml:7:13: error: 'occurrence' must be a whole number from 1, not '2': the quotation marks"
        " make it text; write it without them",
    ]


def test_a_file_name_that_is_no_id_is_told_the_id_it_means_unless_another_file_has_it(
    make_root: MakeRoot,
) -> None:
    root = make_root(
        {"claims/Bermeo Visas.yaml": GOOD, "claims/Teachers.yaml": GOOD, "claims/teachers.yaml": GOOD}
    )
    rule = "must be lowercase letters and digits, in words joined by single hyphens"
    assert [line for line in report(root) if "(the file name)" in line] == [
        f"claims/Bermeo Visas.yaml: error: claim id 'Bermeo Visas' (the file name) {rule}; rename it bermeo-visas.yaml",
        f"claims/Teachers.yaml: error: claim id 'Teachers' (the file name) {rule}",
    ]


def test_a_list_field_given_no_list_is_shown_its_example_as_a_list(make_root: MakeRoot) -> None:
    root = make_root({"claims/x.yaml": GOOD + "aliases: 12\n"})
    assert report(root) == ["claims/x.yaml:6:10: error: 'aliases' must be a list, e.g. [old-claim-id]"]


def test_a_number_or_date_where_text_belongs(make_root: MakeRoot) -> None:
    text = GOOD.replace("pillar: economic-insecurity", "pillar: 3").replace(
        "figure:", "summary: 2023-02-01\nfigure:"
    )
    root = make_root({"claims/x.yaml": text})
    assert report(root) == [
        "claims/x.yaml:3:10: error: 'summary' must be text; put the value in quotes",
        "claims/x.yaml:5:9: error: unknown pillar '3': write 'pillar: human-rights', the id of the pillar numbered 3",
    ]


def test_unknown_source_and_pillar(make_root: MakeRoot) -> None:
    text = GOOD.replace("fact-sheet-2023", "fact-sheet-2032").replace("economic-insecurity", "economic")
    root = make_root({"claims/x.yaml": text})
    assert report(root) == [
        "claims/x.yaml:1:9: error: unknown source 'fact-sheet-2032' (did you mean 'fact-sheet-2023'?)",
        "claims/x.yaml:4:9: error: unknown pillar 'economic' (did you mean 'economic-insecurity'?)",
    ]


def test_a_name_written_for_an_id_is_told_the_id_it_names(make_root: MakeRoot) -> None:
    """A source's file, a pillar's title, a verdict's label: the hint is always an id there is."""
    text = GOOD.replace("fact-sheet-2023", "001_82fcb749a76f0474.txt").replace(
        "economic-insecurity", "Combat corruption"
    )
    comparison = "title: T\npillar: governance\npledges: []\nprogress: []\nverdict: Cannot be compared\n"
    told = report(make_root({"claims/x.yaml": text, "comparisons/y.yaml": comparison + "annotation: A.\n"}))
    assert told[:2] == [
        "claims/x.yaml:1:9: error: unknown source '001_82fcb749a76f0474.txt' (did you mean 'fact-sheet-2023'?)",
        "claims/x.yaml:4:9: error: unknown pillar 'Combat corruption' (did you mean 'governance'?)",
    ]
    assert (
        "comparisons/y.yaml:5:10: error: unknown verdict 'Cannot be compared' (did you mean 'cannot-compare'?)"
        in told
    )
    # Nothing close: no id made up, but every source there is, as there are few.
    elsewhere = report(make_root({"claims/x.yaml": GOOD.replace("fact-sheet-2023", "Somewhere else")}))
    assert elsewhere == [
        "claims/x.yaml:1:9: error: unknown source 'Somewhere else'; use one of: cover-letter-2021, "
        "strategy-page-2021, fact-sheet-2023, cnn-harris-root-causes, bermeo-critique"
    ]


def test_a_hint_names_only_an_id_there_is() -> None:
    ids = ["output-only", "cannot-compare"]
    labels = {"Output, no outcome": "output-only", "Cannot be compared": "cannot-compare"}
    assert meant_id("Cannot be compared", ids, labels) == "cannot-compare"
    assert meant_id("Output no outcme", ids, labels) == "output-only"  # a label spelt nearly right
    assert meant_id("Output-Only", ids) == "output-only"
    assert meant_id("Delivered in full", ids, labels) is None  # no "delivered-in-full" made up
    assert meant_id("—", ids, labels) is None


def test_changed_number_says_what_the_source_says(make_root: MakeRoot) -> None:
    text = GOOD.replace("8,000", "9,000")
    lines = report(make_root({"claims/x.yaml": text}))
    assert len(lines) == 1
    assert lines[0].startswith(
        "claims/x.yaml:2:8: error: quote not found in fact-sheet-2023: source says “8,000” "
        "(closest passage, seeds/001_82fcb749a76f0474.txt:26, score "
    )


def test_figure_not_in_quote(make_root: MakeRoot) -> None:
    text = GOOD.replace("figure: nearly 8,000 private sector firms", "figure: 8,000 companies")
    assert report(make_root({"claims/x.yaml": text})) == [
        "claims/x.yaml:3:9: error: figure “8,000 companies” does not occur in the quote; copy it from the quote word for word, or the quote and it from the source if the quote is what is wrong"
    ]


def test_ambiguous_quote_needs_an_occurrence(make_root: MakeRoot) -> None:
    claim = (
        "source: cnn-harris-root-causes\n"
        "quote: the U.S.-Mexico border, where thousands of migrants have been gathered\n"
        "figure: thousands of migrants\n"
    )
    lines = report(make_root({"claims/trip.yaml": claim}))
    assert lines[-1] == (
        "claims/trip.yaml:2:8: error: quote occurs 3 times in cnn-harris-root-causes (lines 15, 25, 35); "
        "say which with 'occurrence: N'"
    )
    fixed = make_root({"claims/trip.yaml": claim + "occurrence: 2\n"})
    assert check(fixed).claims[0].anchor.span is not None


def test_fuzzy_quote_is_a_warning_quoting_the_source(make_root: MakeRoot) -> None:
    text = GOOD.replace("U.S. Government support", "U.S. Government's support")
    (line,) = report(make_root({"claims/x.yaml": text}))
    assert line.startswith("claims/x.yaml:2:8: warning: quote differs from the source (score ")
    assert line.endswith(
        "): “Government's” for “Government”; the source reads: "
        "“U.S. Government support for nearly 8,000 private sector firms”"
    )


def test_duplicate_ids_across_folders(make_root: MakeRoot) -> None:
    root = make_root({"claims/a/firms.yaml": GOOD, "claims/b/firms.yaml": GOOD})
    # At both files: which is the newcomer only the editor knows.
    assert report(root) == [
        "claims/a/firms.yaml: error: claim id 'firms' is also used by claims/b/firms.yaml; ids are unique across claims/",
        "claims/b/firms.yaml: error: claim id 'firms' is also used by claims/a/firms.yaml; ids are unique across claims/",
    ]


def test_all_errors_in_one_run(make_root: MakeRoot) -> None:
    files = {f"claims/c{i}.yaml": GOOD.replace("8,000", f"{i},001") for i in range(30)}
    assert len([line for line in report(make_root(files)) if ": error: quote not found" in line]) == 30


def test_a_claim_without_a_note_is_a_warning(make_root: MakeRoot) -> None:
    text = GOOD.split("note:")[0] + 'note: ""\n'
    assert report(make_root({"claims/x.yaml": text})) == [
        "claims/x.yaml:5:7: warning: no note yet: tell the reader what the figure does and does not show"
    ]


def test_aliases_may_not_shadow_live_ids(make_root: MakeRoot) -> None:
    other = GOOD.replace(
        "nearly 8,000 private sector firms in", "nearly 8,000 private sector firms in northern"
    )
    root = make_root({
        "claims/firms.yaml": GOOD + "aliases: [old-jobs, jobs]\n",
        "claims/jobs.yaml": other + "aliases: [old-firms]\n",
        "claims/more.yaml": GOOD.replace("nearly 8,000 private sector firms\"", "nearly 8,000 private\"").replace("figure: nearly 8,000 private sector firms", "figure: nearly 8,000 private") + "aliases: [old-firms]\n",
    })  # fmt: skip
    assert [line for line in report(root) if "alias" in line] == [
        "claims/firms.yaml:6:21: error: alias 'jobs' is the id of another claim",  # at the alias itself
        "claims/more.yaml:6:11: error: alias 'old-firms' is already an alias of 'jobs'",
    ]
    # A comparison naming the former id two claims give is pointed to the one that has it.
    (root / "comparisons").mkdir()
    (root / "comparisons/firms.yaml").write_text(
        "title: Firms\npillar: economic-insecurity\npledges: []\nprogress: [old-firms]\n"
        "verdict: output-only\nannotation: The firms.\n",
        encoding="utf-8",
    )
    assert [line for line in report(root) if "former id" in line] == [
        "comparisons/firms.yaml:4:12: error: progress lists 'old-firms', a former id of 'jobs': use 'jobs'"
    ]


def test_a_newsroom_sized_sources_list_is_accepted(tmp_path: Path) -> None:
    # 1,500 sources take more room than one claim file may; the list has its own limit.
    root = tmp_path / "newsroom"
    (root / "claims").mkdir(parents=True)
    (root / "seeds").mkdir()
    entries = []
    for i in range(1500):
        (root / "seeds" / f"doc{i}.txt").write_text(f"Document {i} reports {i} figures.\n")
        entries.append(
            f"- id: doc-{i}\n  file: doc{i}.txt\n  title: Document number {i} of the newsroom archive\n"
            f"  publisher: Newsroom archive\n  published: null\n  url: https://example.org/archive/{i}/\n"
            "  role: context\n"
        )
    (root / "seeds" / "sources.yaml").write_text("".join(entries))
    assert (root / "seeds" / "sources.yaml").stat().st_size > 256 * 1024
    checked = check(root)
    assert checked.diagnostics == []
    assert len(checked.registry.sources) == 1500


def test_a_value_its_tag_cannot_read_is_an_error_not_a_crash(make_root: MakeRoot) -> None:
    text = GOOD + "draft: !!bool maybe\n"
    assert report(make_root({"claims/x.yaml": text})) == [
        "claims/x.yaml:6:8: error: cannot read value 'maybe' as !!bool"
    ]


def test_a_file_longer_than_its_status_says_is_read_to_the_limit(tmp_path: Path) -> None:
    claim = tmp_path / "x.yaml"
    claim.write_bytes(b"x" * 100)
    said = os.stat_result((stat.S_IFREG | 0o644, 0, 0, 1, 0, 0, 10, 0, 0, 0))  # ten bytes
    assert read_bytes(claim, "x.yaml", 100, said) == (b"x" * 100, [])
    data, problems = read_bytes(claim, "x.yaml", 99, said)
    assert data is None
    assert [p.message for p in problems] == ["file is over the limit of 99 bytes"]


def test_a_claim_read_back_from_a_memo_decodes_its_note_only_when_asked(make_root: MakeRoot) -> None:
    (claim,) = check(make_root({"claims/firms.yaml": GOOD.replace("Firms", "Firms’")})).registry.claims
    again = pickle.loads(pickle.dumps(claim))
    assert "note" not in again.__dict__
    # Pickled again unread, it is the same bytes: the note is not decoded on the way.
    assert pickle.dumps(again) == pickle.dumps(claim) and "note" not in again.__dict__
    assert again.note == claim.note and again == claim and hash(again) == hash(claim)
    assert "note" in again.__dict__ and pickle.loads(pickle.dumps(again)) == claim
    assert replace(again, note="Other.").note == "Other."
    with pytest.raises(AttributeError):
        again.nothing  # noqa: B018 - other names are still missing


def test_a_quote_credited_to_the_wrong_source_is_told_where_it_is_on_every_run(
    make_root: MakeRoot, tmp_path: Path
) -> None:
    misattributed = GOOD.replace("source: fact-sheet-2023", "source: cnn-harris-root-causes")
    nowhere = (
        "source: cnn-harris-root-causes\nquote: The moon is made of 12 cheeses\nfigure: 12 cheeses\n"
        "pillar: economic-insecurity\nnote: None.\n"
    )
    root = make_root({"claims/firms.yaml": misattributed, "claims/unicorns.yaml": nowhere})
    asked = "error: quote not found in cnn-harris-root-causes, nor any passage like it: is 'source' right?"
    expected = [
        f"claims/firms.yaml:2:8: {asked} It is in fact-sheet-2023 (seeds/001_82fcb749a76f0474.txt:26).",
        f"claims/unicorns.yaml:2:8: {asked} No other source holds it either.",
    ]
    cache = tmp_path / "cache"
    for _ in range(2):  # the second from the cache, where the proof is remembered without the answer
        assert [format_diagnostic(d, "text") for d in check(root, cache=cache).diagnostics] == expected


def test_marks_find_each_field_by_its_whole_name() -> None:
    marks = Marks.of("claims/x.yaml", {"": (1, 1), "quote_figure": (2, 3), "quote": (12, 40)})
    assert marks["quote"] == Position("claims/x.yaml", 12, 40)
    assert marks[""] == Position("claims/x.yaml", 1, 1)
    assert marks.get("quote_figure", Position("elsewhere")) == Position("claims/x.yaml", 2, 3)
    assert "quot" not in marks and "figure" not in marks
    assert marks.get("note", Position("claims/x.yaml")) == Position("claims/x.yaml")
    assert Marks("claims/y.yaml").find("") is None
    with pytest.raises(KeyError):
        marks["note"]


def test_a_note_s_citation_is_checked_afresh_as_claims_come_and_go(make_root: MakeRoot) -> None:
    """Proofs are remembered by a claim's own inputs; what it cites is another file's, so it is not."""
    citing = GOOD.replace("note: Firms", "note: As [the jobs](claim:jobs) show, firms")
    root = make_root({"claims/firms.yaml": citing})
    cache = root / ".rootcheck-cache"
    reread = Reread()  # as the preview checks: what it read last time is kept
    warning = (
        "claims/firms.yaml:5:21: warning: note cites unknown claim 'jobs'; its words are shown without a link"
    )
    for checks in ("cached", "preview"):
        kept = reread if checks == "preview" else None
        assert [format_diagnostic(d, "text") for d in check(root, cache=cache, reread=kept).diagnostics] == [
            warning
        ]
        jobs = GOOD.replace(
            "U.S. Government support for nearly 8,000 private sector firms",
            "helped create and sustain more than 90,000 jobs",
        ).replace("figure: nearly 8,000 private sector firms", "figure: more than 90,000 jobs")
        (root / "claims/jobs.yaml").write_text(jobs, encoding="utf-8")
        assert check(root, cache=cache, reread=kept).diagnostics == []
        (root / "claims/jobs.yaml").unlink()


def test_a_citation_is_found_on_the_line_an_editor_counts(root: Path) -> None:
    """Lines end at LF alone, as in every position rootcheck gives: a byte-order mark, CRLF line ends,
    and a line separator and a lone CR inside a quoted summary (line breaks to YAML and to Python's
    reading of text) leave the citation on the line and column an editor sees it at."""
    path = root / "comparisons/anticorruption-task-force-progress.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('summary: "The update counts no', 'summary: "The update\u2028counts\rno')
    text = text.replace("(claim:anticorruption-task-force)", "(claim:anticorruption-taskforce)")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    # Where an editor sees "claim:": counted in the file as written with LF alone and no byte-order mark.
    at = text.index("claim:anticorruption-taskforce")
    line, col = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    assert [format_diagnostic(d, "text") for d in check(root).errors] == [
        f"comparisons/anticorruption-task-force-progress.yaml:{line}:{col}: error: annotation cites unknown claim "
        "'anticorruption-taskforce' (did you mean 'anticorruption-task-force'?)"
    ]


def test_a_sha256_is_the_hash_alone(make_root: MakeRoot) -> None:
    """Capitals are the same hash; a line break after it, in a quoted value, is not part of one."""
    root = make_root({})
    sources = root / "seeds/sources.yaml"
    text = sources.read_text(encoding="utf-8")
    pinned = re.search(r"sha256: ([0-9a-f]{64})", text)
    assert pinned
    sources.write_text(text.replace(pinned[0], f"sha256: {pinned[1].upper()}"), encoding="utf-8")
    assert report(root) == []
    sources.write_text(text.replace(pinned[0], f'sha256: "{pinned[1]}\\n"'), encoding="utf-8")
    (problem,) = report(root)
    assert "'sha256' must be a SHA-256 of 64 hexadecimal digits" in problem


def test_a_citation_not_written_as_it_reads_is_told_at_its_field(make_root: MakeRoot) -> None:
    """A citation escaped in a quoted string is not in the file as written: the message stands at
    the annotation, not at the same words further down, in another field."""
    root = make_root(
        {
            "claims/firms.yaml": GOOD,
            "comparisons/firms.yaml": (
                "title: Firms\n"
                "pillar: economic-insecurity\n"
                "pledges: [firms]\n"
                'annotation: "[Firms](claim:firms) and [more](claim:f\\x69rms-2021)."\n'
                "summary: Firms, and claim:firms-2021 to come.\n"
                "progress: []\n"
                "verdict: output-only\n"
            ),
        }
    )
    assert [line for line in report(root) if "cites" in line] == [
        "comparisons/firms.yaml:4:13: error: annotation cites unknown claim 'firms-2021' (did you mean 'firms'?)"
    ]


def test_each_id_of_a_list_is_told_where_it_is_written(make_root: MakeRoot) -> None:
    """Ids are placed by the parser, as the file is read: on their own line in a block list, and
    inside a quoted string however it is written."""
    root = make_root(
        {
            "claims/firms.yaml": GOOD,
            "comparisons/firms.yaml": (
                "title: Firms\n"
                "pillar: economic-insecurity\n"
                "pledges: []\n"
                "progress:\n"
                "  - firms\n"
                '  - "f\\x69rms-2021"\n'
                "  - firms\n"
                "verdict: output-only\n"
                "annotation: The firms.\n"
            ),
        }
    )
    assert report(root) == [
        "comparisons/firms.yaml:3:10: error: a comparison needs at least one pledge claim",
        "comparisons/firms.yaml:6:5: error: progress lists unknown claim 'firms-2021' (did you mean 'firms'?)",
        "comparisons/firms.yaml:7:5: error: progress lists 'firms' twice; remove one",
    ]


FIRMS_COMPARISON = (
    "title: Firms\n"
    "pillar: economic-insecurity\n"
    "pledges: [firms-2021]\n"
    "progress: [firms]\n"
    "verdict: output-only\n"
    "annotation: The firms.\n"
)
#: A real pledge, with a note of its own citing no claim.
FIRMS_PLEDGE = (REPO / "claims/pledges-2021/businesses-invested-2021.yaml").read_text("utf-8").split("note:")[
    0
] + ("note: Businesses that invested.\n")


def test_a_comparison_s_corrections_are_read_in_order_and_its_last_change_is_known(
    make_root: MakeRoot,
) -> None:
    root = make_root(
        {
            "claims/firms.yaml": GOOD,
            "claims/firms-2021.yaml": FIRMS_PLEDGE,
            "comparisons/firms.yaml": FIRMS_COMPARISON
            + "published: 2023-03-01\nupdated: 2023-04-01\ncorrections:\n"
            + "  - date: 2023-05-02\n    text: The firms were counted twice.\n"
            + "  - {text: A date was wrong., date: 2023-03-20}\n",
        }
    )
    checked = check(root)
    assert checked.diagnostics == [], report(root)
    (comp,) = checked.registry.comparisons
    assert [(c.date.isoformat(), c.text) for c in comp.corrections] == [
        ("2023-05-02", "The firms were counted twice."),
        ("2023-03-20", "A date was wrong."),
    ]
    assert comp.revised is not None and comp.revised.isoformat() == "2023-05-02"
    assert str(comp.where["corrections.1.date"]) == "comparisons/firms.yaml:12:37"


def test_every_problem_of_every_correction_is_told_where_it_is(make_root: MakeRoot) -> None:
    root = make_root(
        {
            "claims/firms.yaml": GOOD,
            "claims/firms-2021.yaml": FIRMS_PLEDGE,
            "comparisons/firms.yaml": FIRMS_COMPARISON
            + "published: 2023-03-01\ncorrections:\n"
            + "  - date: 2023-05-02\n    txt: The firms were counted twice.\n"
            + "  - date: 2023-02-20\n    text: Dated before it went out.\n"
            + "  -\n"
            + "  - A correction with no date.\n"
            + "  - date: May 2023\n    text: A date in words.\n",
        }
    )
    assert report(root) == [
        # 'txt' seems meant for 'text': that 'text' is missing is not another mistake.
        "comparisons/firms.yaml:10:5: error: unknown field 'txt' (did you mean 'text'?)",
        # The entries that are whole are weighed against the publication's date in the same run.
        "comparisons/firms.yaml:11:11: error: a correction is dated before 'published' (2023-03-01)",
        "comparisons/firms.yaml:13:4: error: entry 3 of 'corrections' is empty; expected a mapping of fields",
        "comparisons/firms.yaml:14:5: error: entry 4 of 'corrections' must be a mapping of fields, not a single value",
        "comparisons/firms.yaml:15:11: error: 'date' must be a date written YYYY-MM-DD, not 'May 2023'",
    ]
    # With the others mended, that one is left.
    fixed = (root / "comparisons/firms.yaml").read_text().split("  -\n")[0].replace("txt:", "text:")
    (root / "comparisons/firms.yaml").write_text(fixed)
    assert report(root) == [
        "comparisons/firms.yaml:11:11: error: a correction is dated before 'published' (2023-03-01)",
    ]
    (root / "comparisons/firms.yaml").write_text(fixed.replace("published: 2023-03-01\n", ""))
    assert report(root) == [
        "comparisons/firms.yaml:8:11: error: a correction needs 'published': the day it first went out",
        "comparisons/firms.yaml:10:11: error: a correction needs 'published': the day it first went out",
    ]


def test_a_removed_claim_s_hint_is_worked_out_once(
    make_root: MakeRoot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Among 10,000 ids a did-you-mean takes some 37 ms; a claim removed may be cited by hundreds."""
    citing = GOOD.replace("note: Firms", "note: As [the jobs](claim:jobs) show, firms")
    root = make_root({f"claims/firms-{n}.yaml": citing for n in range(3)})
    asked: list[str] = []
    real = meant_id

    def counted(word: str, ids: Collection[str], names: Mapping[str, str] | None = None) -> str | None:
        asked.append(word)
        return real(word, ids, names)

    monkeypatch.setattr(references, "meant_id", counted)
    cites = [d for d in check(root).diagnostics if "note cites unknown claim 'jobs'" in d.message]
    assert len(cites) == 3
    assert asked.count("jobs") == 1


def test_an_id_not_written_as_one_is_told_the_id_it_likely_means() -> None:
    from rootcheck.registry.fields import _as_slug

    assert _as_slug("Output only") == " (did you mean 'output-only'?)"
    assert _as_slug("Educación") == " (did you mean 'educacion'?)"
    assert _as_slug("Train and keep teachers") == ""  # a title, more likely, than an id


NO_FILE = {
    "folder": "not a regular file; replace it with one",
    "pipe": "not a regular file; replace it with one",
    "dangling link": "is a link to nowhere.yaml, which does not exist; put the file itself here",
}


@pytest.mark.parametrize("kind", NO_FILE)
@pytest.mark.parametrize("rel", ["rootcheck.yaml", "seeds/sources.yaml", "skipped.yaml"])
def test_a_settings_file_that_is_no_file_is_told_once_not_as_missing(
    repo_copy: Path, rel: str, kind: str
) -> None:
    listed = repo_copy / rel
    listed.unlink()
    if kind == "folder":
        listed.mkdir()
    elif kind == "pipe":
        os.mkfifo(listed)
    else:
        listed.symlink_to("nowhere.yaml")
    # Not "unknown pillar" at every claim, "no sources registry; create it", or skips silently lost.
    assert [format_diagnostic(e, "text") for e in check(repo_copy).errors] == [
        f"{rel}: error: {NO_FILE[kind]}"
    ]


@pytest.mark.parametrize(
    ("tag", "told"),
    [
        ("en-US", None),
        ("zh-Hant-TW", None),
        ("es-419", None),
        ("de-CH-1901", None),
        ("x-newsroom", None),
        ("en_US", "not 'en_US' (write en-US)"),
        ("English", None),  # a language subtag of 5 to 8 letters is well formed, if unregistered
        ("english language", "not 'english language'"),
        ("en-", "not 'en-'"),
    ],
)
def test_the_site_language_is_a_language_tag(repo_copy: Path, tag: str, told: str | None) -> None:
    config = repo_copy / "rootcheck.yaml"
    config.write_text(
        re.sub(r"(?m)^  language: .*$", f"  language: {tag}", config.read_text("utf-8")), "utf-8"
    )
    errors = [format_diagnostic(e, "text") for e in check(repo_copy).errors]
    if told is None:
        assert errors == []
    else:
        assert len(errors) == 1 and errors[0].endswith(f"a BCP 47 language tag, such as en or en-US, {told}")


def test_a_settings_file_of_a_document_marker_alone_is_empty(repo_copy: Path) -> None:
    (repo_copy / "rootcheck.yaml").write_text("---\n", "utf-8")
    assert [format_diagnostic(d, "text") for d in check(repo_copy).errors] == [
        "rootcheck.yaml:1:1: error: rootcheck.yaml is empty: it must be a mapping with sections site, pillars, verdicts"
    ]


def test_a_stray_file_that_cannot_be_read_is_no_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rootcheck.registry import strays

    stray = tmp_path / "teachers.yaml"
    stray.write_text("quote: x\n", encoding="utf-8")
    assert strays._kind(stray) == "claim"

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refused)
    assert strays._kind(stray) is None


def test_a_seeds_folder_that_cannot_be_looked_into_is_told_at_its_sources_list(
    repo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As for a folder without the right to read it (root has that right whatever the mode says)."""
    root = repo_copy.resolve()
    (root / "seeds" / "2023").mkdir()
    refused = {str(root / "seeds" / "2023"), str(root / "seeds" / "sources.yaml")}

    def denying(real: Callable[..., object]) -> Callable[..., object]:
        def call(path: object, *args: object, **kwargs: object) -> object:
            if isinstance(path, (str, os.PathLike)) and os.fspath(path) in refused:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path, *args, **kwargs)

        return call

    for name in ("scandir", "stat", "lstat"):
        monkeypatch.setattr(os, name, denying(getattr(os, name)))
    # Not a traceback from the look for claims saved among the documents, nor "no sources registry".
    assert [format_diagnostic(d, "text") for d in check(root).diagnostics] == [
        "seeds/sources.yaml: error: cannot read the file: Permission denied"
    ]


def test_a_claim_in_a_folder_of_seeds_is_told_but_no_link_or_hidden_folder_is_walked(
    repo_copy: Path,
) -> None:
    claim = "source: report\nquote: trained 1,200 teachers\nfigure: 1,200 teachers\n"
    (repo_copy / "seeds" / "2023" / "desk").mkdir(parents=True)
    (repo_copy / "seeds" / "2023" / "desk" / "teachers.yaml").write_text(claim, "utf-8")
    # A link back up would be walked for ever; a hidden folder is another tool's (a checkout's .git).
    (repo_copy / "seeds" / "2023" / "back").symlink_to(repo_copy / "seeds")
    # Nor is a link round a loop of links read, which stopped the check.
    (repo_copy / "seeds" / "loop.yaml").symlink_to("loop.yaml")
    (repo_copy / "Claims").symlink_to("Claims")
    (repo_copy / "seeds" / ".git").mkdir()
    (repo_copy / "seeds" / ".git" / "teachers.yaml").write_text(claim, "utf-8")
    assert [format_diagnostic(d, "text") for d in check(repo_copy).diagnostics] == [
        "seeds/2023/desk/teachers.yaml: warning: this claim is read by nothing where it is: move it into claims/"
    ]


def test_settings_and_skips_changed_since_the_last_run_are_read_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What rootcheck.yaml and skipped.yaml made of the registry is remembered by their bytes alone."""
    root = copy_repo(tmp_path / "root")
    clean = (0, "checked 54 claims against 5 sources: 0 errors, 0 warnings\n", "")
    assert run(capsys, "check", "--root", str(root)) == clean
    config, skipped = root / "rootcheck.yaml", root / "skipped.yaml"
    settings, skips = config.read_text("utf-8"), skipped.read_text("utf-8")
    config.write_text(settings.replace("\npillars:", "\npilars:", 1), "utf-8")
    code, out, _ = run(capsys, "check", "--root", str(root))
    assert (
        code == 1 and "rootcheck.yaml:12:1: error: unknown section 'pilars' (did you mean 'pillars'?)" in out
    )
    config.write_text(settings, "utf-8")
    first = "".join(skips.splitlines(keepends=True)[:3])  # its first entry, given twice
    assert first.startswith("- source: ") and first.count("\n") == 3
    skipped.write_text(skips + first, "utf-8")
    code, out, _ = run(capsys, "check", "--root", str(root))
    assert (code, "is already skipped at line 2; remove one" in out) == (0, True)
    skipped.write_text(skips, "utf-8")
    assert run(capsys, "check", "--root", str(root)) == clean
