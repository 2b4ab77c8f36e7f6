"""The command line, tested by its exact output and exit codes."""

from __future__ import annotations

import gc
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from conftest import REPO, MakeRoot, run
from rootcheck import commands
from rootcheck.checked import Checked

FACT_SHEET = "seeds/001_82fcb749a76f0474.txt"


def test_check_clean_root(capsys: pytest.CaptureFixture[str], make_root: MakeRoot) -> None:
    root = make_root({})
    assert run(capsys, "check", "--root", str(root)) == (
        0,
        "checked 0 claims against 5 sources: 0 errors, 0 warnings\n",
        "",
    )


def test_check_counts_one_claim_as_one(capsys: pytest.CaptureFixture[str], make_root: MakeRoot) -> None:
    root = make_root(
        {
            "claims/jobs.yaml": "source: fact-sheet-2023\nquote: more than 90,000 jobs\n"
            "figure: more than 90,000 jobs\npillar: economic-insecurity\nnote: Jobs supported, not created.\n"
        }
    )
    assert run(capsys, "check", "--root", str(root)) == (
        0,
        "checked 1 claim against 5 sources: 0 errors, 0 warnings\n",
        "",
    )


def test_check_reports_errors_and_exits_1(capsys: pytest.CaptureFixture[str], make_root: MakeRoot) -> None:
    root = make_root(
        {
            "claims/bad.yaml": "source: fact-sheet-2023\nquote: nothing like it\nfigure: 3 things\n"
            "pillar: economic-insecurity\nnote: A note.\nwhat: x\n"
        }
    )
    code, out, err = run(capsys, "check", "--root", str(root))
    assert code == 1
    # The unknown field leaves the rest of the claim to check: every mistake is told in one run.
    assert out == (
        # Its closest passage, “like” (score 42.1), is nothing like it: the quote may be another source's.
        "claims/bad.yaml:2:8: error: quote not found in fact-sheet-2023, nor any passage like it: is 'source' "
        "right? No other source holds it either.\n"
        "claims/bad.yaml:3:9: error: figure “3 things” does not occur in the quote; copy it from the quote "
        "word for word, or the quote and it from the source if the quote is what is wrong\n"
        "claims/bad.yaml:6:1: error: unknown field 'what'; the fields are source, quote, figure, summary,"
        " pillar, occurrence, note, draft, aliases, corrections\n"
        "checked 1 claim against 5 sources: 3 errors, 0 warnings\n"
    )
    assert err == ""


def test_strict_fails_check_and_build_on_a_warning_alone(
    capsys: pytest.CaptureFixture[str], make_root: MakeRoot, tmp_path: Path
) -> None:
    root = make_root(
        {
            "claims/jobs.yaml": "source: fact-sheet-2023\nquote: more than 90,000 jobs\nfigure: more than 90,000 jobs\n"
        }
    )
    warned = [
        "claims/jobs.yaml:1:1: warning: no note yet: tell the reader what the figure does and does not show",
        "claims/jobs.yaml:1:1: warning: no pillar; add one of: economic-insecurity, governance, human-rights, "
        "organized-crime, gender-violence, cross-cutting",
    ]
    counted = "checked 1 claim against 5 sources: 0 errors, 2 warnings"
    assert run(capsys, "check", "--root", str(root)) == (0, "\n".join([*warned, counted]) + "\n", "")
    assert run(capsys, "check", "--root", str(root), "--strict") == (
        1,
        "\n".join([*warned, counted + " (--strict: warnings fail too)"]) + "\n",
        "",
    )
    code, out, _ = run(capsys, "check", "--root", str(root), "--strict", "--format", "json")
    assert (code, json.loads(out)["warnings"]) == (1, 2)
    out_dir = tmp_path / "public"
    code, _, err = run(capsys, "build", "--root", str(root), "--out", str(out_dir), "--strict", "--quiet")
    assert (code, err) == (1, f"rootcheck: error: the site was not built; {out_dir} is unchanged\n")
    assert not out_dir.exists()
    assert run(capsys, "build", "--root", str(root), "--out", str(out_dir), "--quiet")[0] == 0
    assert (out_dir / "index.html").is_file()


def test_dates_still_to_come_are_warned_of_against_the_builds_day(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "root"
    shutil.copytree(REPO / "tests" / "bad" / "dates-still-to-come", root)
    build = ["build", "--root", str(root), "--out", str(tmp_path / "site"), "--quiet"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780315200")  # 2026-06-01
    code, printed, _ = run(capsys, *build)
    assert code == 0 and printed.count("a day still to come (today is 2026-06-01)") == 5
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780401600")  # 2026-06-02: the claim's correction is tomorrow
    code, printed, _ = run(capsys, *build)
    assert code == 0 and printed.count("a day still to come (today is 2026-06-02)") == 4
    assert run(capsys, *build, "--strict")[0] == 1
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1988150400")  # 2033-01-01
    code, printed, _ = run(capsys, *build, "--strict")
    assert code == 0 and "warning:" not in printed


def test_a_comparison_of_draft_pledges_is_no_warning_to_a_build_that_publishes_drafts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "root"
    shutil.copytree(REPO / "tests" / "bad" / "comparison-pledges-all-drafts", root)
    out = tmp_path / "site"
    build = ["build", "--root", str(root), "--out", str(out), "--strict", "--quiet"]
    code, printed, _ = run(capsys, *build)
    assert code == 1 and "warning: every pledge listed is a draft" in printed
    code, printed, _ = run(capsys, *build, "--drafts")
    assert code == 0 and "warning:" not in printed
    assert (out / "comparisons" / "teachers" / "index.html").is_file()


def test_check_github_format(
    capsys: pytest.CaptureFixture[str], make_root: MakeRoot, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_root(
        {
            "claims/bad.yaml": "source: fact-sheet-2023\nquote: more than 90,000 jobs\n"
            "figure: more than 90,000 jobs\nnote: A note.\npilar: x\n"
        }
    )
    told = "line=5,col=1::unknown field 'pilar' (did you mean 'pillar'?)\n"
    code, out, _ = run(capsys, "check", "--root", str(root), "--format", "github")
    assert (code, out) == (1, f"::error file=claims/bad.yaml,{told}")
    # A registry in a folder of the repository: GitHub places an annotation by its path from the top.
    monkeypatch.chdir(root.parent)
    code, out, _ = run(capsys, "check", "--root", root.name, "--format", "github")
    assert (code, out) == (1, f"::error file={root.name}/claims/bad.yaml,{told}")
    monkeypatch.chdir(root / "claims")
    # Run inside the registry, every path is from its root, as in the text format.
    code, out, _ = run(capsys, "check", "--format", "github")
    assert (code, out) == (1, f"::error file=claims/bad.yaml,{told}")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(root.parent))
    code, out, _ = run(capsys, "check", "--format", "github")
    assert (code, out) == (1, f"::error file={root.name}/claims/bad.yaml,{told}")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--format", "xml")
    assert code == 2
    assert "invalid choice: 'xml'" in err
    assert run(capsys, "frobnicate")[0] == 2
    # A mistyped command or choice is told the one most likely meant.
    code, _, err = run(capsys, "chek")
    assert code == 2
    assert err.endswith(
        "rootcheck: error: argument COMMAND: invalid choice: 'chek' (choose from 'check', 'locate', 'figure', "
        "'coverage', 'new', 'rename', 'pin', 'schema', 'serve', 'build') (did you mean 'check'?)\n"
    )
    assert run(capsys, "check", "--format", "githb")[2].endswith("(did you mean 'github'?)\n")


#: The statuses each command exits with, as its code has them: 2 for any usage error (argparse's own,
#: a --root that is no folder, a source the registry does not have), 1 for what it refuses or finds
#: failing, and for rename the shell's for each signal that stops it (128 and the signal's number).
EXIT_STATUSES = {
    "build": {0, 1, 2},
    "check": {0, 1, 2},
    "coverage": {0, 1, 2},
    "figure": {0, 1, 2},
    "locate": {0, 1, 2},
    "new": {0, 1, 2},
    "pin": {0, 1, 2},
    "rename": {0, 1, 2, 130, 143, 129},
    "schema": {0, 1, 2},
    "serve": {0, 1, 2},
}


@pytest.mark.parametrize("command", sorted(EXIT_STATUSES))
def test_a_command_s_help_tells_every_status_it_exits_with(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    # A CI job or a script reads the status: each is told, and no other.
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    told = out[out.index("\nexit status: ") :].split("\n\n")[0]
    assert {int(number) for number in re.findall(r"\b\d+\b", told)} == EXIT_STATUSES[command]


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (["serve", "--port", "99999"], "argument --port: must be a port number from 0 to 65535, not '99999'"),
        (["serve", "--port", "-1"], "argument --port: must be a port number from 0 to 65535, not '-1'"),
        (
            ["coverage", "--fail-under", "nan"],
            "argument --fail-under: must be a percentage from 0 to 100, not 'nan'",
        ),
        (
            ["coverage", "--fail-under", "101"],
            "argument --fail-under: must be a percentage from 0 to 100, not '101'",
        ),
        (
            ["build", "--jobs", "0"],
            "argument --jobs: must be a whole number of processes, 1 or more, not '0'",
        ),
        # Occurrences are counted from 1: 0 and -1 asked for none, and were told of as a quote not found.
        *(
            (
                ["locate", "fact-sheet-2023", "COVID-19", f"--occurrence={n}"],
                f"argument --occurrence: must be a whole number, 1 for the first occurrence, not '{n}'",
            )
            for n in ("0", "-1", "first")
        ),
    ],
)
def test_numbers_out_of_range_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.endswith(f": error: {told}\n")


def test_a_malformed_base_url_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "build", "--base-url", "example.org", "--out", str(tmp_path / "site"))
    assert (code, out) == (2, "")
    assert (
        err
        == "rootcheck: error: --base-url: the base URL must be absolute or start with '/': 'example.org'\n"
    )
    assert not (tmp_path / "site").exists()


def test_schema_never_writes_over_a_file_that_is_no_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    claim = tmp_path / "claim.yaml"
    claim.write_text("source: fact-sheet-2023\n", "utf-8")
    assert run(capsys, "schema", "--output", str(claim)) == (
        1,
        "",
        f"rootcheck: error: --output {claim}: a JSON Schema is a .json file; nothing was written\n",
    )
    assert claim.read_text("utf-8") == "source: fact-sheet-2023\n"
    # Nor as a new file among the claims, where every check after would read it as one.
    assert run(capsys, "schema", "--output", str(tmp_path / "new.yml"))[0] == 1
    assert not (tmp_path / "new.yml").exists()
    sources = tmp_path / "sources.json"
    sources.write_text('{"sources": []}', "utf-8")
    assert run(capsys, "schema", "--output", str(sources)) == (
        1,
        "",
        f"rootcheck: error: --output {sources}: a file that is no JSON Schema is there; nothing was written\n",
    )
    # Another tool's file naming its own schema is no JSON Schema.
    tsconfig = tmp_path / "tsconfig.json"
    tsconfig.write_text(
        '{"$schema": "https://json.schemastore.org/tsconfig", "compilerOptions": {}}', "utf-8"
    )
    assert run(capsys, "schema", "--output", str(tsconfig))[0] == 1
    assert "compilerOptions" in tsconfig.read_text("utf-8")
    # One an earlier run wrote is written again.
    schema = tmp_path / "claim.schema.json"
    schema.write_text('{"$schema": "https://json-schema.org/draft/2020-12/schema"}', "utf-8")
    assert run(capsys, "schema", "--output", str(schema)) == (0, f"{schema}\n", "")
    assert run(capsys, "schema", "--output", str(schema)) == (0, f"{schema}\n", "")


def test_schema_never_writes_over_the_other_kind_s_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The comparisons' schema given as --output, without --kind: its $id tells it is not the claims'.
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "schema", "--kind", "comparison")[0] == 0
    comparison = (tmp_path / "schema" / "comparison.schema.json").read_bytes()
    assert run(capsys, "schema", "--output", "schema/comparison.schema.json") == (
        1,
        "",
        "rootcheck: error: --output schema/comparison.schema.json: the JSON Schema of comparison files is "
        "there (its $id says so), not of claim files; pass --kind comparison to write that one again, or "
        "another --output for the claim files' schema; nothing was written\n",
    )
    assert (tmp_path / "schema" / "comparison.schema.json").read_bytes() == comparison
    # Nor the claims' where the comparisons' is asked for.
    assert run(capsys, "schema")[0] == 0
    code, _, err = run(capsys, "schema", "--kind", "comparison", "--output", "schema/claim.schema.json")
    assert (code, "pass --kind claim to write that one again" in err) == (1, True)
    assert run(capsys, "schema", "--kind", "comparison", "--output", "schema/comparison.schema.json") == (
        0,
        "schema/comparison.schema.json\n",
        "",
    )


@pytest.mark.parametrize("kind", ["/dev/zero", "/dev/full", "pipe"])
def test_schema_neither_reads_nor_replaces_what_is_no_file(tmp_path: Path, kind: str) -> None:
    """/dev/zero would be read for ever, and /dev/full too; a pipe waits for a writer. Run apart,
    held to a gigabyte and a time, so that reading one fails rather than stops the suite."""
    path = Path(kind) if kind.startswith("/dev/") else tmp_path / "claim.schema.json"
    if kind == "pipe":
        os.mkfifo(path)
    before = path.stat()

    def held() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = subprocess.run(
        [sys.executable, "-m", "rootcheck", "schema", "--root", str(REPO), "--output", str(path)],
        capture_output=True, text=True, timeout=20, preexec_fn=held,
    )  # fmt: skip
    told = "a named pipe" if kind == "pipe" else "a device"
    assert (result.returncode, result.stdout, result.stderr) == (
        1,
        "",
        f"rootcheck: error: --output {path}: {told} is there, not a file (--output - prints the schema); "
        "nothing was written\n",
    )
    after = path.stat()
    assert (after.st_mode, after.st_ino, after.st_rdev) == (before.st_mode, before.st_ino, before.st_rdev)


def test_schema_into_a_missing_folder_makes_none(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "shcema" / "claim.schema.json"
    assert run(capsys, "schema", "--output", str(output)) == (
        1,
        "",
        f"rootcheck: error: --output {output}: there is no folder {output.parent}; nothing was written\n",
    )
    assert not output.parent.exists()


def test_schema_into_a_folder_is_a_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "schema", "--output", str(tmp_path)) == (
        1,
        "",
        f"rootcheck: error: --output {tmp_path}: cannot write it: Is a directory\n",
    )


def test_missing_root_is_a_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "check", "--root", str(tmp_path / "nowhere"))
    assert (code, out) == (2, "")  # a usage error, which CI must not read as a failed check
    assert err == f"rootcheck: error: --root {tmp_path / 'nowhere'} is not a folder\n"


def test_without_root_the_registry_around_the_current_folder_is_checked(
    capsys: pytest.CaptureFixture[str], make_root: MakeRoot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = make_root({"claims/progress-2023/.keep": ""})
    monkeypatch.chdir(root / "claims" / "progress-2023")
    assert run(capsys, "check") == (0, "checked 0 claims against 5 sources: 0 errors, 0 warnings\n", "")
    # Outside any registry, the current folder is the root, and told to be none.
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert f"seeds: error: no seeds/ folder under {tmp_path.resolve()}; is this a rootcheck root?" in out


def test_root_without_seeds_or_claims(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "check", "--root", str(tmp_path))
    assert code == 1
    assert out.splitlines()[:2] == [
        "claims: error: no claims/ folder; create it (it may be empty)",
        f"seeds: error: no seeds/ folder under {tmp_path}; is this a rootcheck root?",
    ]
    # Checking a folder that is no registry leaves nothing behind in it, not even a cache.
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("quote", "expected", "code"),
    [
        (
            "over 7,800 arrests",
            {
                "status": "exact",
                "start": 5037,
                "end": 5055,
                "score": 100.0,
                "occurrences": 1,
                "leads": [],
                "refused": [],
                "counts": None,
                "line": 108,
                "hints": [],
                "places": [{"start": 5037, "end": 5055, "line": 108}],
            },
            0,
        ),
        (
            "over 7,800 arrest",
            {
                "status": "fuzzy",
                "start": 5037,
                "end": 5055,
                "score": 97.1,
                "occurrences": 1,
                "leads": [],
                "refused": [],
                "counts": None,
                "line": 108,
                "hints": [],
                "places": [{"start": 5037, "end": 5055, "line": 108}],
            },
            0,
        ),
        (
            "over 7,900 arrests",
            {
                "status": "not_found",
                "start": None,
                "end": None,
                "score": 94.4,
                "occurrences": 0,
                # The passage whose number differs.
                "leads": [
                    {
                        "file": FACT_SHEET,
                        "line": 108,
                        "start": 5037,
                        "end": 5055,
                        "score": 94.4,
                        "source_id": None,
                    }
                ],
                "refused": [],
                "counts": None,
                "line": None,
                # What the text output tells beside the passage.
                "hints": ["source says “7,800”"],
                "places": [],
            },
            1,
        ),
        (
            "a sentence from another document entirely",
            {
                "status": "not_found",
                "start": None,
                "end": None,
                "score": 0.0,
                "occurrences": 0,
                "leads": [],
                "refused": [],
                "counts": None,
                "line": None,
                "hints": [],
                "places": [],
            },
            1,
        ),
    ],
)
def test_locate_json(
    capsys: pytest.CaptureFixture[str], quote: str, expected: dict[str, object], code: int
) -> None:
    got_code, out, _ = run(capsys, "locate", "fact-sheet-2023", quote, "--root", str(REPO), "--json")
    assert json.loads(out) == expected
    assert got_code == code


def test_locate_json_of_a_source_it_cannot_open_is_an_error_object(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A script reading standard output gets one object whatever it asked, as from figure --json.
    code, out, err = run(capsys, "locate", "fact-sheet", "47 companies", "--root", str(REPO), "--json")
    message = "no source or file named 'fact-sheet' (did you mean 'fact-sheet-2023'?)"
    assert (code, json.loads(out), err) == (2, {"error": message}, f"rootcheck: error: {message}\n")


def test_locate_ambiguous_by_path(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(REPO / "seeds/003_9fb2f88967479f4d.txt")
    code, out, _ = run(capsys, "locate", path, "thousands of migrants have been gathered", "--json")
    assert code == 1
    assert json.loads(out) == {
        "status": "ambiguous",
        "start": 2169,
        "end": 2209,
        "score": 100.0,
        "occurrences": 3,
        "leads": [],
        "refused": [],
        "counts": None,
        "line": 15,
        "hints": [],
        # Where each occurrence stands, as the text output's "the quote is at lines 15, 25, 35".
        "places": [
            {"start": 2169, "end": 2209, "line": 15},
            {"start": 3564, "end": 3604, "line": 25},
            {"start": 4959, "end": 4999, "line": 35},
        ],
    }


def test_locate_reads_a_source_as_check_does(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Its offsets are into the file's text as check reads it: line endings as they are, not translated.
    text = "Harbor Schools Program\r\n\r\nThe program trained 40 teachers in 2022.\r\n"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = run(capsys, "locate", str(path), "The program trained 40 teachers", "--json")
    start = text.index("The program")
    assert (code, json.loads(out)["start"]) == (0, start)
    path.write_bytes(b"Caf\xe9 report\r\n")
    code, _, err = run(capsys, "locate", str(path), "Cafe report")
    assert (code, err) == (
        1,
        f"rootcheck: error: {path}:1:4: byte 0xe9 is not UTF-8; save the file as UTF-8\n",
    )


def test_locate_places_a_quote_its_source_holds_more_than_once(capsys: pytest.CaptureFixture[str]) -> None:
    # Other sources hold it too, but it is in the one asked for: those are no leads.
    code, out, _ = run(capsys, "locate", "cnn-harris-root-causes", "Central America", "--root", str(REPO))
    assert (code, out) == (
        1,
        "ambiguous (score 100, 2 occurrences) seeds/003_9fb2f88967479f4d.txt:3 [215:230]\n"
        "  Central America\n"
        "  the quote is at lines 3, 11; say which with --occurrence N\n",
    )
    code, out, _ = run(
        capsys, "locate", "cnn-harris-root-causes", "Central America", "--root", str(REPO), "--json"
    )
    assert json.loads(out)["leads"] == []
    # Nor where it is there fewer times than asked.
    code, out, _ = run(
        capsys, "locate", "fact-sheet-2023", "COVID-19", "--occurrence", "2", "--root", str(REPO)
    )
    assert (code, out) == (
        1,
        f"not_found in {FACT_SHEET}\n"
        "  occurrence 2 asked for, but the quote occurs 1 time\n"
        "  the quote is at line 93\n",
    )


def test_locate_tells_a_slipped_quote_that_check_would_refuse(capsys: pytest.CaptureFixture[str]) -> None:
    # Found, yet saying the opposite: an editor choosing words with locate must not take it for a slip.
    quote = "has not helped create and sustain more than 90,000 jobs"
    code, out, _ = run(capsys, "locate", "fact-sheet-2023", quote, "--root", str(REPO))
    assert (code, out) == (
        1,
        f"fuzzy (score 96.2) {FACT_SHEET}:27 [1250:1305]\n"
        "  has helped create and sustain more than 90,000 jobs\n"
        "  but check would refuse it: the quote adds “not”: a negation is no slip of wording\n",
    )
    code, out, _ = run(
        capsys,
        "locate",
        "fact-sheet-2023",
        "helped create and sustain fewer than 90,000 jobs",
        "--root",
        str(REPO),
        "--json",
    )
    assert code == 1
    assert json.loads(out)["refused"] == [
        "the source says “more than 90,000”, not “fewer than 90,000”: quote the figure whole, "
        "with the words and currency that bound it, as the source has them"
    ]


def test_locate_tells_what_else_check_refuses_a_slipped_quote_for(capsys: pytest.CaptureFixture[str]) -> None:
    # Read last, as check reads it: a result told as sure where the source tells an aim.
    quote = "approximately 47 companies and organizations have committed to invest more than $4.2 billion to guarantee economic security"
    code, out, _ = run(capsys, "locate", "fact-sheet-2023", quote, "--root", str(REPO))
    assert code == 1
    assert out.splitlines()[-1] == (
        "  but check would refuse it: the quote puts in “guarantee”, which the source does not say: a result "
        "told as sure or whole is no slip of wording"
    )


def test_locate_reads_a_qualifier_typed_after_a_quotation_mark_or_a_bracket(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Read as the last token whole, "“over" was no qualifier: a quote holding "over" was told it cut it.
    for typed in ("“over 7,800 arrests”", "(over 7,800 arrests)"):
        code, out, _ = run(capsys, "locate", "fact-sheet-2023", typed, "--root", str(REPO))
        assert (code, out) == (0, f"fuzzy (score 94.7) {FACT_SHEET}:108 [5037:5055]\n  over 7,800 arrests\n")


def test_locate_tells_an_exact_quote_begun_just_after_its_qualifier(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Found word for word, yet check refuses it whatever its figure: locate said "exact" and exit 0.
    code, out, _ = run(
        capsys, "locate", "fact-sheet-2023", "$420 million in humanitarian assistance", "--root", str(REPO)
    )
    assert (code, out) == (
        1,
        f"exact (score 100) {FACT_SHEET}:207 [9408:9447]\n"
        "  $420 million in humanitarian assistance\n"
        "  but check would refuse it: the source says “nearly $420 million”, not “$420 million”: quote the figure "
        "whole, with the words and currency that bound it, as the source has them\n",
    )
    code, _, _ = run(
        capsys,
        "locate",
        "fact-sheet-2023",
        "nearly $420 million in humanitarian assistance",
        "--root",
        str(REPO),
    )
    assert code == 0


def test_locate_refuses_a_number_counting_other_things_whichever_the_figure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # check refuses either quote as typed, whether its figure is the number changed or another.
    quote = (
        "These collective efforts have resulted in 74 U.S. indictments of members of human trafficking "
        "organizations, foreign government charges against more than 200 individuals"
    )
    code, out, _ = run(capsys, "locate", "fact-sheet-2023", quote, "--root", str(REPO))
    assert code == 1
    assert out.splitlines()[2:] == [
        "  but check would refuse it: the quote counts “U.S. indictments of members” where the source counts "
        "“U.S. convictions of members”: what a number counts is no slip of wording",
        "  a word typed wrong, or another thing counted: type it as the source does",
    ]
    code, out, _ = run(
        capsys,
        "locate",
        "fact-sheet-2023",
        "helped create and sustain more than 90,000 firms",
        "--root",
        str(REPO),
        "--json",
    )
    assert code == 1
    told = "the quote counts “firms” where the source counts “jobs”"
    assert json.loads(out)["refused"] == [f"{told}: what a number counts is no slip of wording"]
    assert json.loads(out)["counts"] == told


def test_locate_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "locate", "fact-sheet-2023", "more than 17 million vaccine doses", "--root", str(REPO)
    )
    assert code == 0
    assert out == f"exact (score 100) {FACT_SHEET}:93 [4249:4287]\n  more than 17 million vaccine doses\n"


def test_locate_leads_to_where_a_quote_not_found_may_be(capsys: pytest.CaptureFixture[str]) -> None:
    cnn = ("locate", "cnn-harris-root-causes")
    code, out, _ = run(capsys, *cnn, "the pandemic has made migration worse", "--root", str(REPO))
    assert (code, out) == (
        1,
        "not_found in seeds/003_9fb2f88967479f4d.txt\n"
        "  closest passage (seeds/003_9fb2f88967479f4d.txt:7, score 57.1): "
        "“The pandemic and economic downturn have exacerbated migration”\n",
    )
    code, out, _ = run(capsys, *cnn, "$4 billion", "--root", str(REPO), "--json")
    assert code == 1
    assert json.loads(out)["leads"] == [
        {"file": "seeds/002_4a760a1a30f7d39f.txt", "line": 5, "start": 459, "end": 469, "score": None,
         "source_id": "strategy-page-2021"},
        {"file": "seeds/004_2f15a9db6216d1f0.txt", "line": 6, "start": 1249, "end": 1259, "score": None,
         "source_id": "bermeo-critique"},
    ]  # fmt: skip
    # Asked for an occurrence the quote does not have: no passage matched, so no score.
    code, out, _ = run(
        capsys, *cnn, "thousands of migrants have been gathered", "--occurrence", "5", "--root", str(REPO)
    )
    assert (code, out) == (
        1,
        "not_found (3 occurrences) in seeds/003_9fb2f88967479f4d.txt\n"
        "  occurrence 5 asked for, but the quote occurs 3 times\n"
        "  the quote is at lines 15, 25, 35\n",
    )
    code, out, _ = run(
        capsys,
        *cnn,
        "thousands of migrants have been gathered",
        "--occurrence",
        "5",
        "--root",
        str(REPO),
        "--json",
    )
    told = json.loads(out)
    assert (told["line"], told["hints"], [place["line"] for place in told["places"]]) == (
        None,
        ["occurrence 5 asked for, but the quote occurs 3 times"],
        [15, 25, 35],
    )
    # A file named by its path has no other sources to look in.
    code, out, _ = run(capsys, "locate", str(REPO / "seeds/003_9fb2f88967479f4d.txt"), "$4 billion")
    assert (code, out) == (1, f"not_found in {REPO / 'seeds/003_9fb2f88967479f4d.txt'}\n")


def test_locate_unknown_source(capsys: pytest.CaptureFixture[str]) -> None:
    # A mistyped source is a usage error (2), as in every command, not a quote not found (1).
    code, out, err = run(capsys, "locate", "fact-sheet", "x", "--root", str(REPO))
    assert (code, out) == (2, "")
    assert err == "rootcheck: error: no source or file named 'fact-sheet' (did you mean 'fact-sheet-2023'?)\n"
    for command in (("new", "fact-sheet", "x"), ("pin", "fact-sheet")):
        code, out, err = run(capsys, *command, "--root", str(REPO))
        assert (code, out, err) == (
            2,
            "",
            "rootcheck: error: no source 'fact-sheet' (did you mean 'fact-sheet-2023'?)\n",
        )
    # A source named by its file or title is told its id, as a claim's is; one like none, every id there is.
    for command in (
        ("new", "001_82fcb749a76f0474.txt", "x"),
        ("coverage", "--source", "001_82fcb749a76f0474.txt"),
    ):
        code, out, err = run(capsys, *command, "--root", str(REPO))
        assert (code, err) == (
            2,
            "rootcheck: error: no source '001_82fcb749a76f0474.txt' (did you mean 'fact-sheet-2023'?)\n",
        )
    code, out, err = run(capsys, "coverage", "--source", "nope", "--root", str(REPO))
    assert err == (
        "rootcheck: error: no source 'nope'; use one of: cover-letter-2021, strategy-page-2021, "
        "fact-sheet-2023, cnn-harris-root-causes, bermeo-critique\n"
    )


def test_figure_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "figure", "more than $4.2 billion", "--json")
    assert code == 0
    assert out == (
        '{"value": 4200000000, "qualifier": "more_than", "currency": "USD", "percent": false, '
        '"unit": null, "reading": "number"}\n'
    )


def test_figure_is_read_without_the_characters_no_reader_sees(capsys: pytest.CaptureFixture[str]) -> None:
    # As a claim file's figure is: a soft hyphen pasted inside "4,000" made it two numbers here.
    assert run(capsys, "figure", "4\u00ad000 people") == (
        0,
        "value: 4,000\nqualifier: exactly\ncurrency: none\npercent: no\ncounts: people\n",
        "",
    )
    assert run(capsys, "figure", "1,\u200b200 teachers", "--json")[1] == (
        '{"value": 1200, "qualifier": "exact", "currency": null, "percent": false, '
        '"unit": "teachers", "reading": "number"}\n'
    )


def test_figure_text_and_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "figure", "nearly 8,000 firms") == (
        0,
        "value: 8,000\nqualifier: nearly\ncurrency: none\npercent: no\ncounts: firms\n",
        "",
    )
    assert run(capsys, "figure", "more than $4.2 billion in financing")[1] == (
        "value: $4.2 billion\nqualifier: more than\ncurrency: USD\npercent: no\ncounts: nothing named\n"
    )
    assert run(capsys, "figure", "millions of vaccine doses")[1].startswith(
        "value: millions, no exact number (read as at least 2 million)\nqualifier: at least\n"
    )
    assert run(capsys, "figure", "up to millions of dollars")[1].startswith(
        "value: millions, no exact number (read as up to $2 million)\nqualifier: up to\ncurrency: USD\n"
    )
    assert run(capsys, "figure", "one of the world's highest rates")[1] == (
        "value: none: a place in a ranking, not a count\n"
    )
    assert run(capsys, "figure", "one of the forest rangers")[1].startswith("value: 1\n")  # no superlative
    told = "cannot parse figure 'many firms': no number at the start of 'many firms' (after any qualifier or currency)"
    assert run(capsys, "figure", "many firms") == (1, "", f"rootcheck: error: {told}\n")
    # As JSON, standard output holds an object whatever the figure.
    assert run(capsys, "figure", "many firms", "--json") == (
        1,
        json.dumps({"error": told}) + "\n",
        f"rootcheck: error: {told}\n",
    )


def test_console_script_and_module_agree(make_root: MakeRoot) -> None:
    root = make_root({"claims/x.yaml": "- not\n- a mapping\n"})
    module = subprocess.run(
        [sys.executable, "-m", "rootcheck", "check", "--root", str(root)], capture_output=True, text=True
    )
    script = subprocess.run(["rootcheck", "check", "--root", str(root)], capture_output=True, text=True)
    assert module.returncode == script.returncode == 1
    assert module.stdout == script.stdout
    assert (
        module.stdout.splitlines()[0]
        == "claims/x.yaml:1:1: error: a claim file must be a mapping of fields, not a list"
    )
    assert "Traceback" not in module.stderr


#: The environment with output buffered as it is by default, whatever the tests run with.
BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


def test_the_program_exits_with_its_output_written_and_its_status(make_root: MakeRoot) -> None:
    """The program exits without freeing what it built: what it printed must be flushed first."""
    root = make_root({"claims/x.yaml": "- not\n- a mapping\n"})
    done = subprocess.run(
        ["rootcheck", "check", "--root", str(root)], capture_output=True, text=True, env=BUFFERED
    )
    assert (done.returncode, done.stderr) == (1, "")
    assert done.stdout.endswith("checked 0 claims against 5 sources: 1 error, 0 warnings\n")


def test_a_reader_that_leaves_early_costs_no_traceback(make_root: MakeRoot) -> None:
    root = make_root({})
    program = subprocess.Popen(
        [sys.executable, "-m", "rootcheck", "check", "--root", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=BUFFERED,
    )
    assert program.stdout is not None and program.stderr is not None
    program.stdout.close()  # long before the program has started, let alone written
    error = program.stderr.read()
    assert (program.wait(), error) == (1, b"")


def test_only_the_last_commands_objects_are_held(
    capsys: pytest.CaptureFixture[str], make_root: MakeRoot
) -> None:
    root = make_root({})
    assert run(capsys, "check", "--root", str(root))[0] == 0
    checked, memos = commands._kept
    assert isinstance(checked, Checked) and isinstance(memos, list)
    first = weakref.ref(checked)
    del checked
    assert run(capsys, "check", "--root", str(root))[0] == 0
    gc.collect()
    assert first() is None and len(commands._kept) == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, "rootcheck 0.1.0\n")


class _Interrupting:
    """A finder that stands for Ctrl-C pressed while ``rootcheck.cli`` is being imported."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "rootcheck.cli":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_rootcheck_loads_is_told_in_a_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rootcheck import start

    monkeypatch.delitem(sys.modules, "rootcheck.cli")
    monkeypatch.setattr(sys, "meta_path", [_Interrupting(), *sys.meta_path])
    with pytest.raises(SystemExit) as exited:
        start.entry()
    assert exited.value.code == 130
    assert capsys.readouterr().err == "rootcheck: interrupted\n"


@pytest.mark.parametrize("when", ["parse_args", "run"])
def test_ctrl_c_while_a_command_parses_or_runs_is_told_in_a_line(
    when: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import rootcheck.cli
    from rootcheck.commands import figure

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    if when == "parse_args":
        monkeypatch.setattr(rootcheck.cli, "build_parser", interrupted)
    else:
        monkeypatch.setattr(figure, "run", interrupted)
    assert rootcheck.cli.main(["figure", "90,000 jobs"]) == 130
    assert capsys.readouterr().err == "rootcheck: interrupted\n"
