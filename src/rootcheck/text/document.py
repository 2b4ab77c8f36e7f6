"""A source file read as a document: front matter, then blocks of quotable text.

Two formats occur. A file that opens with YAML front matter is pandoc-style
Markdown: hard-wrapped paragraphs separated by blank lines, list items,
headings, ``<!-- -->`` separators. Any other file is plain text in which each
non-blank line is a paragraph (pages copied from the web arrive that way).

Front matter is metadata, never quotable body.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from rootcheck.digests import text_digest
from rootcheck.model import Span
from rootcheck.once import once
from rootcheck.patterns import lazy
from rootcheck.text.index import TextIndex
from rootcheck.text.links import markup_syntax
from rootcheck.text.normalize import Normalized, normalize_blocks


class Format(Enum):
    MARKDOWN = "markdown"
    TEXT = "text"


class BlockKind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"


@dataclass(frozen=True)
class Block:
    """A paragraph, heading or list item; ``span`` covers its text without markers."""

    kind: BlockKind
    span: Span
    level: int = 0


# A file saved with Windows line endings has a CR before each newline: its front matter is no less
# front matter, and read as plain text its wrapped paragraphs would be lines no quote could span.
_FRONT_MATTER = lazy(r"\A---[ \t]*\r?\n(.*?\n)---[ \t]*\r?\n", re.S)
# A line that ends a paragraph: blank or a "<!-- -->" separator, or a quotation's line with nothing
# after its mark; or one that opens a block of its own: a heading or a list item (its marker is
# matched); or a quotation's line ("> "), which goes on the quotation's paragraph if the line before
# was one too.
_BREAK_LINE_PARTS = (
    r"(?:(?P<blank>[^\S\n]*(?:<!--[^\n]*-->[^\S\n]*|>[^\S\n]*)?$)"
    r"|(?P<heading> {0,3}(?P<hashes>#{1,6})[ \t]+(?=\S))"
    r"|(?P<item> {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+(?=\S))"
    r"|(?P<quoted> {0,3}>[ \t]?(?=\S)))"
)
_FIRST_BREAK_LINE = lazy(_BREAK_LINE_PARTS, re.M)
# Led by the newline before it, so that the search jumps from line to line
# rather than trying the pattern at every character.
_NEXT_BREAK_LINE = lazy("\n" + _BREAK_LINE_PARTS, re.M)
# A line of plain text from its first to its last visible character.
_TEXT_LINE = lazy(r"\S(?:[^\n]*\S)?")


class FrontMatterError(ValueError):
    """Front matter that opens but does not parse; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, eq=False)
class Document:
    """A source file's text, split into front matter and quotable blocks.

    Made by :func:`parse_document` from the text, or from what an earlier run
    learnt of the file (see :mod:`rootcheck.seeds`): then ``content`` reads
    the text when it is first asked for, as a rebuild after one claim changed
    needs the text of one source, not of every one.
    """

    format: Format
    metadata: dict[str, str]
    body: Span
    #: The text, or how to read it.
    content: str | Callable[[], str] = field(repr=False)
    #: The text's digest, where it is known without digesting the text (remembered, or taken of its bytes).
    known_digest: str | None = None
    #: Whether the file opens with a UTF-8 byte-order mark: no character of the text, as a standard
    #: decoder gives it and every offset counts it, but a byte of the file, which its copy keeps.
    bom: bool = False

    @once
    def text(self) -> str:
        return self.content if isinstance(self.content, str) else self.content()

    @once
    def digest(self) -> str:
        """What memos and page keys know the text by: its file's bytes, a byte-order mark and all."""
        return self.known_digest or text_digest(self.text)

    def file_bytes(self) -> bytes:
        """The file the text was read from, byte for byte."""
        return (codecs.BOM_UTF8 if self.bom else b"") + self.text.encode("utf-8")

    @once
    def blocks(self) -> tuple[Block, ...]:
        """The quotable blocks, found on first use: a rebuild reads every source but quotes few anew."""
        if self.format is Format.MARKDOWN:
            return tuple(_markdown_blocks(self.text, self.body))
        return tuple(_text_blocks(self.text, self.body))

    @once
    def normalized(self) -> Normalized:
        """Every block's text, normalised once, separated by paragraph breaks."""
        return normalize_blocks(
            self.text, [b.span for b in self.blocks], markdown=self.format is Format.MARKDOWN
        )

    @once
    def unlinked(self) -> str:
        """The text with a Markdown source's links' syntax, underscore emphasis and quotations' marks
        blanked, a space for each character: a number read in it is read as a reader sees it ("5 and
        under](https://…) in" as "5 and under in"), at the same offsets (see :mod:`rootcheck.text.links`)."""
        text = self.text
        if self.format is not Format.MARKDOWN or not any(mark in text for mark in "[<_>"):
            return text
        parts, at = [], 0
        for block in self.blocks:
            for hidden in markup_syntax(text, block.span.start, block.span.end):
                parts += [self.text[at : hidden.start], " " * (hidden.end - hidden.start)]
                at = hidden.end
        return "".join([*parts, self.text[at:]])

    @once
    def index(self) -> TextIndex:
        """The word index of the normalised text, built on first use."""
        return TextIndex(self.normalized.text)

    def block_at(self, offset: int) -> Block | None:
        """The block holding the original offset ``offset``, if any."""
        # Blocks are in order and do not overlap: the last one starting at or before the offset.
        index = bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset < (block := self.blocks[index]).span.end:
            return block
        return None

    @once
    def _block_starts(self) -> tuple[int, ...]:
        return tuple(block.span.start for block in self.blocks)

    def line_of(self, offset: int) -> int:
        """The 1-based line of an original offset."""
        return self.text.count("\n", 0, offset) + 1


def parse_document(text: str, utf8: bytes | None = None) -> Document:
    """Split a source file into metadata and quotable blocks.

    ``utf8``, the file's bytes, which ``text`` was decoded from as a standard
    decoder does (a byte-order mark taken off), is what the text's digest is
    taken of, rather than the text encoded again: reading the 42 MB of
    sources of a cold build of 10,000 claims took 109–112 ms so, against
    132–136 ms (medians of five builds).
    """
    digest = text_digest(utf8) if utf8 is not None else None
    bom = utf8 is not None and utf8.startswith(codecs.BOM_UTF8)
    match = _FRONT_MATTER.match(text)
    if match is None:
        return Document(Format.TEXT, {}, Span(0, len(text)), text, digest, bom)
    metadata = _parse_front_matter(match.group(1))
    return Document(Format.MARKDOWN, metadata, Span(match.end(), len(text)), text, digest, bom)


def _parse_front_matter(raw: str) -> dict[str, str]:
    # The same strict reader as the registry: a source file is input too, and its
    # front matter must not be able to expand an alias bomb or nest without end.
    # Read below a blank line standing for the opening "---", so that every line YAML names,
    # in a message's text too ("inside the quotation marks opened at line 2"), is the file's.
    from rootcheck.safeyaml.load import load_yaml  # see registry/files.py

    node, problems = load_yaml("\n" + raw, "front matter")
    if problems:
        first = problems[0]
        raise FrontMatterError(f"front matter: {first.message}", first.where.line)
    if node is None or not node.is_mapping:
        raise FrontMatterError("front matter must be a mapping of keys to values", 2)
    return {key: _scalar_text(value.value) for key, value in node.items().items()}


def _scalar_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_scalar_text(item.value) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_scalar_text(v.value)}" for k, v in value.items())
    return "" if value is None else str(value)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _text_blocks(text: str, body: Span) -> list[Block]:
    """A plain text's paragraphs: each line, from its first to its last visible character (blank lines
    never match), but for one that goes on the paragraph the line before wraps (see :func:`_wraps`)."""
    lines = [Span(*m.span()) for m in _TEXT_LINE.finditer(text, body.start, body.end)]
    widest = max((line.end - line.start for line in lines), default=0)
    width = widest if _WRAPPED_WIDTHS[0] <= widest <= _WRAPPED_WIDTHS[1] else None
    blocks: list[Span] = []
    for line in lines:
        if blocks and _wraps(text, blocks[-1], line, width):
            blocks[-1] = Span(blocks[-1].start, line.end)
        else:
            blocks.append(line)
    return [Block(BlockKind.PARAGRAPH, span) for span in blocks]


#: The longest line of a hard-wrapped text: wrapped at some 60 to 100 characters, as mail and
#: plain-text exports are. A text with longer lines has a paragraph on each.
_WRAPPED_WIDTHS = (60, 100)
#: How much shorter than the longest a wrapped line may be: the next word did not fit.
_WRAP_SLACK = 20
#: A line's end that ends a sentence or a clause, after which the next line starts another paragraph.
_ENDS_A_SENTENCE = lazy(r"[.!?:;][\"'”’)\]]*$")
#: An abbreviation's point, which ends no sentence: "aid from the U.S." then "Government pledged", "Acme
#: Inc." then "said on Monday".
_ABBREVIATION = lazy(
    r"(?<![\w.])(?:(?:[A-Za-z]\.){2,}|(?:Inc|Ltd|Corp|Co|Mr|Mrs|Ms|Dr|St|No|Gov|Sen|Rep|Gen|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$"
)
#: A word in small letters, as a sentence goes on with after a wrap; not one of another shape, which
#: may start a paragraph ("mRNA vaccines", "e-tickets", "a) the first").
_SMALL_WORD = lazy(r"[a-z]+\b(?![-.)\w])")
#: A line that starts a list's item, or a quotation's line in mail: "- ", "* ", "• ", "— ", "-- ", "1. ",
#: "a) ", "iv. ", "(b) ", "> ".
_LIST_ITEM = lazy(r"(?:[-*+•·▪◦‣—–>]|--|\d{1,3}[.)]|[a-zA-Z][.)]|[ivx]{1,4}[.)]|\(\w{1,3}\))\s")
#: A line that ends as a table's row or a label's value does ("households reached: 4,000", "piped
#: water   3,100   3,900"): the next line is another row, whatever it starts with.
_ROW = lazy(r"(?::|[ \t]{2})[ \t]*[$€£¥]?[\d.,]*\d%?$")


def _wraps(text: str, paragraph: Span, line: Span, width: int | None) -> bool:
    """Whether ``line`` goes on ``paragraph``, the one before it wrapping: the next line, no blank one
    between, being no list item nor table's row, after a line that ends no sentence (an abbreviation's
    point is none) nor row and is no heading in capitals; and starting with a word in small letters
    ("… hired 312 teachers" then "for schools in …"), or after a line as long as the text's wrapped
    lines are (``width``, its longest; None where it has none: "… went to more than" then "4,000
    coffee growers")."""
    if text.count("\n", paragraph.end, line.start) != 1 or _LIST_ITEM.match(text, line.start):
        return False
    if _ROW.search(text, line.start, line.end):
        return False  # a row of a table, or a label's value, stands alone
    last_line = text.rfind("\n", paragraph.start, paragraph.end) + 1 or paragraph.start
    ends = _ENDS_A_SENTENCE.search(text, last_line, paragraph.end)
    if (ends and not _ABBREVIATION.search(text, last_line, paragraph.end)) or _ROW.search(
        text, last_line, paragraph.end
    ):
        return False
    heading = text[last_line : paragraph.end]
    if sum(char.isupper() for char in heading) >= 2 and not any(char.islower() for char in heading):
        return False  # a heading in capitals ("DEPORTATIONS BY AIR, 2023"), its text on the next line
    if _SMALL_WORD.match(text, line.start):
        return True
    return width is not None and paragraph.end - last_line >= width - _WRAP_SLACK


def _break_lines(text: str, body: Span) -> Iterator[tuple[int, re.Match[str]]]:
    """Each line that ends a paragraph or opens a block, with where it starts."""
    first = _FIRST_BREAK_LINE.match(text, body.start, body.end)
    if first is not None:
        yield body.start, first
    for m in _NEXT_BREAK_LINE.finditer(text, body.start, body.end):
        yield m.start() + 1, m


def _markdown_blocks(text: str, body: Span) -> list[Block]:
    blocks: list[Block] = []
    kind: BlockKind | None = None
    start = end = 0

    def close() -> None:
        nonlocal kind
        if kind is not None:
            span = _trimmed(text, start, end)
            if span is not None:
                blocks.append(Block(kind, span))
        kind = None

    # Only lines that end a paragraph or open a block are looked at; the lines
    # between them (most of a file) continue the paragraph or item before.
    following = body.start  # where the line after the last one looked at starts
    quoting = False  # whether the last line looked at was a quotation's
    for line_start, m in _break_lines(text, body):
        if following < line_start:
            if kind is None:
                kind, start = BlockKind.PARAGRAPH, following
            end = line_start - 1
        line_end = text.find("\n", line_start, body.end)
        line_end = body.end if line_end == -1 else line_end
        following = line_end + 1
        if m.lastgroup == "blank":
            close()
        elif m.lastgroup == "heading":
            close()
            span = _trimmed(text, m.end(), line_end)
            if span is not None:
                blocks.append(Block(BlockKind.HEADING, span, level=len(m["hashes"])))
        elif m.lastgroup == "quoted":
            # Its marks on the lines after the first are the quotation's syntax (see text/links.py).
            if not (quoting and kind is not None and end == line_start - 1):
                close()
                kind, start = BlockKind.PARAGRAPH, m.end()
            end = line_end
        else:
            close()
            kind, start, end = BlockKind.ITEM, m.end(), line_end
        quoting = m.lastgroup == "quoted"
    if following < body.end:
        if kind is None:
            kind, start = BlockKind.PARAGRAPH, following
        end = body.end - 1 if text.endswith("\n", 0, body.end) else body.end
    close()
    return blocks
