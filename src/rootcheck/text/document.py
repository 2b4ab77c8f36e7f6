"""A source file read as a document: front matter, then blocks of quotable text.

Two formats occur. A file that opens with YAML front matter is pandoc-style
Markdown: hard-wrapped paragraphs separated by blank lines, list items,
headings, ``<!-- -->`` separators. Any other file is plain text in which each
non-blank line is a paragraph (pages copied from the web arrive that way).

Front matter is metadata, never quotable body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from rootcheck.model import Span
from rootcheck.registry.yamlfile import load_yaml
from rootcheck.text.index import TextIndex
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


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
_BLANK = re.compile(r"^\s*$")
_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(?=\S)")
_ITEM = re.compile(r"^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+(?=\S)")


class FrontMatterError(ValueError):
    """Front matter that opens but does not parse; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Document:
    text: str
    format: Format
    metadata: dict[str, str]
    body: Span
    blocks: tuple[Block, ...]

    @cached_property
    def normalized(self) -> Normalized:
        """Every block's text, normalised once, separated by paragraph breaks."""
        return normalize_blocks(
            self.text, [b.span for b in self.blocks], markdown=self.format is Format.MARKDOWN
        )

    @cached_property
    def index(self) -> TextIndex:
        """The word index of the normalised text, built on first use."""
        return TextIndex(self.normalized.text)

    def block_at(self, offset: int) -> Block | None:
        """The block holding the original offset ``offset``, if any."""
        for block in self.blocks:
            if block.span.start <= offset < block.span.end:
                return block
        return None

    def line_of(self, offset: int) -> int:
        """The 1-based line of an original offset."""
        return self.text.count("\n", 0, offset) + 1


def parse_document(text: str) -> Document:
    """Split a source file into metadata and quotable blocks."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        body = Span(0, len(text))
        return Document(text, Format.TEXT, {}, body, tuple(_text_blocks(text, body)))
    metadata = _parse_front_matter(match.group(1))
    body = Span(match.end(), len(text))
    return Document(text, Format.MARKDOWN, metadata, body, tuple(_markdown_blocks(text, body)))


def _parse_front_matter(raw: str) -> dict[str, str]:
    # The same strict reader as the registry: a source file is input too, and its
    # front matter must not be able to expand an alias bomb or nest without end.
    node, problems = load_yaml(raw, "front matter")
    if problems:
        first = problems[0]
        raise FrontMatterError(f"front matter: {first.message}", first.where.line + 1)
    if node is None or not node.is_mapping:
        raise FrontMatterError("front matter must be a mapping of keys to values", 2)
    return {key: _scalar_text(value.value) for key, value in node.items().items()}


def _scalar_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_scalar_text(item.value) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_scalar_text(v.value)}" for k, v in value.items())
    return "" if value is None else str(value)


def _lines(text: str, span: Span) -> list[tuple[int, int]]:
    """(start, end) of each line in ``span``, end excluding the newline."""
    out = []
    for m in _LINE.finditer(text, span.start, span.end):
        end = m.end() - 1 if m.group().endswith("\n") else m.end()
        out.append((m.start(), end))
    return out


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _text_blocks(text: str, body: Span) -> list[Block]:
    blocks = []
    for start, end in _lines(text, body):
        span = _trimmed(text, start, end)
        if span is not None:
            blocks.append(Block(BlockKind.PARAGRAPH, span))
    return blocks


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

    for line_start, line_end in _lines(text, body):
        line = text[line_start:line_end]
        if _BLANK.match(line) or _COMMENT_LINE.match(line):
            close()
            continue
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if heading:
            close()
            span = _trimmed(text, line_start + heading.end(), line_end)
            if span is not None:
                blocks.append(Block(BlockKind.HEADING, span, level=len(heading.group(1))))
            continue
        if item:
            close()
            kind, start = BlockKind.ITEM, line_start + item.end()
        elif kind is None:
            kind, start = BlockKind.PARAGRAPH, line_start
        end = line_end
    close()
    return blocks
