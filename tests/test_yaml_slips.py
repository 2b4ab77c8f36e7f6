"""YAML slips told where they were made, with what to do: the forms tests/bad/ does not hold."""

from __future__ import annotations

import pytest

from rootcheck.safeyaml.load import load_yaml
from rootcheck.safeyaml.read import decode


def told(text: str) -> str:
    """The one problem ``text`` has, as ``LINE:COL: MESSAGE``."""
    node, (problem, *more) = load_yaml(text, "f.yaml")
    assert node is None and not more
    return f"{problem.where.line}:{problem.where.col}: {problem.message}"


QUOTE_IT = "put the whole value in double quotes, or write it after '|' on the lines below, indented"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: [x, y\n", "1:4: invalid YAML: the closing ] is missing: the list opened here runs on to the end of the file"),
        ("a: {x: 1", "1:4: invalid YAML: the closing } is missing: the mapping opened here runs on to the end of the file"),
        ("a: 'x\n", "1:4: invalid YAML: the closing ' is missing: the value opened here runs on to the end of the file"),
        (
            "source: x\naliases:\n  - \"old\n  - \"older\"\n",
            "3:5: invalid YAML: the closing \" is missing: the value opened here runs on into line 4, "
            "taking the next item's '-' for words of its own",
        ),
        ("note: ? here\n", f"1:7: invalid YAML: YAML reads a value starting with '?' as a key, not as text: {QUOTE_IT}"),
        ("note: `x` here\n", f"1:7: invalid YAML: YAML keeps '`' for later use, and a value may not start with it: {QUOTE_IT}"),
        ("note: %20 more\n", f"1:7: invalid YAML: YAML reads a value starting with '%' as a directive, not as text: {QUOTE_IT}"),
        ("source: x\nnote: > Trained\n", "2:7: invalid YAML: nothing but a comment may follow '>' on its line: write the value on the lines below it, indented"),
        ("source: x\nquote fact\n", "2:1: invalid YAML: the key on this line lacks its ':' (write 'quote: fact'), or, if it is words of the value above, indent it"),
        ("a: x\nsource\n", "2:1: invalid YAML: the key on this line lacks its ':' (write 'source: …'), or, if it is words of the value above, indent it"),
        # Keys of one mapping indented unlike each other, and a no-break space after a key's ':'.
        ("source: x\n  quote: \"y\"\n", "2:3: invalid YAML: 'quote:' is indented more than 'source:' on line 1, so YAML reads it as more words of that value: start it at the same column as 'source:'"),
        ("source: x\nquote: y\n figure: z\n", "3:2: invalid YAML: 'figure:' is indented more than 'quote:' on line 2, so YAML reads it as more words of that value: start it at the same column as 'quote:'"),
        ("source: x\nquote: \"y\"\n figure: z\n", "3:1: invalid YAML: 'figure:' starts at column 2, but 'quote:' on line 2 at column 1: the keys of one mapping start at the same column"),
        (" source: x\nquote: y\n", "2:1: invalid YAML: 'quote:' starts at column 1, but 'source:' on line 1 at column 2: the keys of one mapping start at the same column"),
        ("source:\u00a0x\nquote: y\n", "1:8: invalid YAML: the space after 'source:' is U+00A0, which YAML does not read as a space: type an ordinary one"),
    ],
)  # fmt: skip
def test_a_slip_is_told_where_it_was_made(text: str, expected: str) -> None:
    assert told(text) == expected


def test_only_a_quotation_mark_that_is_wrong_is_blamed() -> None:
    # A value closed early, on the line where YAML stumbles after it.
    assert told('a: "x" y\n').endswith(
        '(a value between " marks ends at the next ": write \\" inside it, or curly quotes “ ”)'
    )
    # One left open, which runs on into the next key.
    assert told('a: "x\nb: "y" z\n').startswith('1:4: invalid YAML: the closing " is missing')
    # One closed where it should be, with a line after it indented wrong: no word of quotation marks.
    assert told('a: "x"\n b: c\n') == (
        "2:1: invalid YAML: 'b:' starts at column 2, but 'a:' on line 1 at column 1: the keys of one mapping "
        "start at the same column"
    )


def test_a_line_of_a_block_value_indented_less_is_told_to_indent() -> None:
    assert told("note: |\n\n    x\n  y\n") == (
        "4:3: invalid YAML: this line is indented less than the lines of the '|' value above it: "
        "indent it by 4 spaces, as they are"
    )
    # A key indented wrong after the value is a key, not words of it.
    assert told("note: |\n  x\n b: y\n") == (
        "3:1: invalid YAML: 'b:' starts at column 2, but 'note:' on line 1 at column 1: the keys of one "
        "mapping start at the same column"
    )


def test_a_bracket_left_open_is_told_where_it_was_opened() -> None:
    # libyaml stumbles at the end of the file, on a line no editor shows, and not in the list.
    assert told("a: [b,\n") == (
        "1:4: invalid YAML: the closing ] is missing: the list opened here runs on to the end of the file"
    )
    assert told("a: {b: [c], d: {e: f\n").startswith("1:16: invalid YAML: the closing } is missing")
    # One closed, after another it closes: the value is the outer one, a list of what it holds.
    assert told("a: [[b], c] d\n").startswith("1:4: invalid YAML: a value starting with '[' is a list")


def test_an_error_at_the_end_of_the_file_is_told_on_its_last_line() -> None:
    """The end of a file that ends with a line break is on no line an editor shows (PyYAML's
    own scanner refuses the tab that libyaml reads, so no token tells where the '[' is)."""
    assert told("a: \t[\n") == "1:6: invalid YAML: did not find expected node content"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('quote: "Élan — 1,200\\x1b[0m"\n', "1:21: control characters are not allowed, escaped or not: \\x1b is U+001B"),
        ('note: "one line,\n  and \\U0000FFFF"\n', "2:7: noncharacters are not allowed, escaped or not: \\U0000FFFF is U+FFFF"),
        ('"ti\\u0007tle": x\n', "1:4: control characters are not allowed, escaped or not: \\u0007 is U+0007"),
        ('note: "a \\\\x0b, then \\x7f"\n', "1:22: control characters are not allowed, escaped or not: \\x7f is U+007F"),
    ],
)  # fmt: skip
def test_a_character_yaml_refuses_is_refused_written_as_an_escape(text: str, expected: str) -> None:
    # As it is written as it stands: escaped, it would reach every page and make the feed ill-formed XML.
    assert told(text) == expected + ", which no page or feed can hold; leave it out"


def test_an_escaped_tab_or_line_break_is_text() -> None:
    node, problems = load_yaml('note: "one\\tcell\\nand a line\\r\\n"\n', "f.yaml")
    assert problems == [] and node is not None
    assert node.items()["note"].value == "one\tcell\nand a line\r\n"


def test_a_file_saved_as_utf16_is_told_so() -> None:
    text, (problem,) = decode("source: report\n".encode("utf-16"), "f.yaml")
    assert text is None
    assert problem.message == "byte 0xff is not UTF-8; save the file as UTF-8 (it starts as UTF-16 does)"
    assert (
        decode(b"source: caf\xe9\n", "f.yaml")[1][0].message
        == "byte 0xe9 is not UTF-8; save the file as UTF-8"
    )
