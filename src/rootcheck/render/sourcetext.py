"""A source document as readers see it: its blocks, inline formatting and highlighted passages.

Markdown sources are shown as a browser would show them — ``**bold**``,
``*italic*``, ``_italic_``, escapes and links become formatting, a
quotation's ``>`` marks disappear — but every character a
reader sees is a slice of the original file, so a claim's span (offsets into
the file) can be highlighted exactly and the visible text handed to the Text
Fragment prover. Markup never hides a word: only delimiters, backslashes and
link targets are left out of the visible text, as matching leaves them out (see
:mod:`rootcheck.text.links`).

Passages may overlap. The text is cut at every passage, figure and formatting
boundary, and each piece is wrapped in the elements covering it, so the HTML
nests properly however the passages cross.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from markupsafe import Markup, escape

from rootcheck.model import Span
from rootcheck.once import once
from rootcheck.patterns import lazy
from rootcheck.text.document import Block, BlockKind, Document, Format
from rootcheck.text.fragments import Folded, fold_page
from rootcheck.text.links import AUTOLINK, LINK, quotation_marks, underscore_marks
from rootcheck.text.normalize import MARKDOWN_ESCAPABLE, MapBuilder, OffsetMap

_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_ORDERED = lazy(r"[ \t]*\d")
# One character class, not an alternation: the regex engine then skips ahead
# to the next candidate without trying a pattern at every character.
_MARKUP = lazy(r"[*_\\<>\[]")


@dataclass(frozen=True, order=True)
class Wrap:
    """An element around a piece of text: ``tag`` with one attribute value."""

    tag: str
    value: str = ""

    def open(self) -> str:
        if self.tag == "a":
            return f'<a href="{escape(self.value)}" rel="nofollow">'
        if self.tag == "mark":
            return f'<mark class="passage" data-claims="{escape(self.value)}">'
        if self.tag == "fig":
            return '<span class="fig">'
        return f"<{self.tag}>"

    def close(self) -> str:
        return "</span>" if self.tag == "fig" else f"</{self.tag}>"


@dataclass(frozen=True)
class Run:
    """Visible text: ``text[start:end]`` of the file, shown inside ``wraps``."""

    start: int
    end: int
    wraps: tuple[Wrap, ...] = ()


@dataclass(frozen=True)
class Passage:
    """A claim's passage to highlight, and the side note that opens it (if any)."""

    claim_id: str
    span: Span
    figure: Span | None = None
    note: Markup | None = None


class _Piece(NamedTuple):  # a tuple: a page's blocks make thousands
    start: int
    end: int
    delimiter: int = 0  # length of a run of unescaped asterisks, or of underscores marking emphasis
    href: str | None = None
    mark: str = "*"  # which: a run of one pairs only with a run of the other


def _safe(href: str) -> str | None:
    return href if href.lower().startswith(_SAFE_SCHEMES) else None


def _pieces(
    text: str, start: int, end: int, marks: dict[int, int], href: str | None = None
) -> Iterator[_Piece]:
    """Text and delimiter pieces of a Markdown block, with link targets and escapes removed;
    ``marks`` the runs of underscores marking emphasis and the marks of a quotation's lines, each its end
    by its start."""
    plain = start
    i = start
    # Only a backslash, asterisk, underscore, "<", ">" or "[" can start markup: jump from one to the next.
    while (found := _MARKUP.search(text, i, end)) is not None:
        i = found.start()
        char = text[i]
        step = 0
        special: list[_Piece] = []
        if char == "\\":
            if i + 1 < end and text[i + 1] in MARKDOWN_ESCAPABLE:
                special, step = [_Piece(i + 1, i + 2, href=href)], 2
        elif char == "*":
            while i + step < end and text[i + step] == "*":
                step += 1
            special = [_Piece(i, i + step, delimiter=step)]
        elif char == "_":
            if i in marks:
                step = marks[i] - i
                special = [_Piece(i, i + step, delimiter=step, mark="_")]
        elif char == ">":
            step = marks.get(i, i) - i  # a quotation's mark shows nothing
        elif char == "<":
            if auto := AUTOLINK.match(text, i, end):
                special, step = (
                    [_Piece(auto.start(1), auto.end(1), href=_safe(auto.group(1)))],
                    auto.end() - i,
                )
        elif href is None and (link := LINK.match(text, i, end)):
            special = list(_pieces(text, link.start(1), link.end(1), marks, _safe(link.group(2)) or ""))
            step = link.end() - i
        if step:
            if plain < i:
                yield _Piece(plain, i, href=href)
            yield from special
            i += step
            plain = i
        else:
            i += 1
    if plain < end:
        yield _Piece(plain, end, href=href)


def _paired(pieces: list[_Piece], strong: bool) -> list[tuple[int, int]]:
    """Ranges inside matched delimiters, each kind with its own; an unmatched delimiter is stray markup
    and shows nothing."""
    paired = []
    for mark in "*_":
        opens = [
            p for p in pieces if p.mark == mark and (p.delimiter >= 2 if strong else p.delimiter in (1, 3))
        ]
        paired += [(a.end, b.start) for a, b in zip(opens[::2], opens[1::2], strict=False)]
    return paired


#: Made once: a source's blocks wrap thousands of pieces, and the same wrap compares equal by identity at once.
_STRONG = Wrap("strong")
_EM = Wrap("em")


def markdown_runs(text: str, span: Span) -> list[Run]:
    if _MARKUP.search(text, span.start, span.end) is None:
        # A block without markup (a third of the synthetic benchmark's) is one plain run, or none if empty.
        return [Run(span.start, span.end)] if span.start < span.end else []
    marks = {
        mark.start: mark.end
        for mark in [
            *underscore_marks(text, span.start, span.end),
            *quotation_marks(text, span.start, span.end),
        ]
    }
    pieces = list(_pieces(text, span.start, span.end, marks))
    strong, em = _paired(pieces, True), _paired(pieces, False)
    runs: list[Run] = []
    for piece in pieces:
        if piece.delimiter:
            continue
        start, end = piece.start, piece.end
        wraps: tuple[Wrap, ...] = (Wrap("a", piece.href),) if piece.href else ()
        if any(a <= start and end <= b for a, b in strong):
            wraps += (_STRONG,)
        if any(a <= start and end <= b for a, b in em):
            wraps += (_EM,)
        if runs and runs[-1].end == start and runs[-1].wraps == wraps:
            start = runs.pop().start
        runs.append(Run(start, end, wraps))
    return runs


@dataclass(frozen=True)
class ShownBlock:
    block: Block
    runs: tuple[Run, ...]
    ordered: bool = False


@dataclass(frozen=True)
class SourceText:
    """A document's blocks as shown, and the visible text a browser would search."""

    document: Document
    blocks: tuple[ShownBlock, ...] = field(init=False)

    def __post_init__(self) -> None:
        doc = self.document
        shown = []
        for block in doc.blocks:
            if doc.format is Format.MARKDOWN:
                runs = tuple(markdown_runs(doc.text, block.span))
            else:
                runs = (Run(block.span.start, block.span.end),)
            line_start = doc.text.rfind("\n", 0, block.span.start) + 1
            ordered = block.kind is BlockKind.ITEM and bool(_ORDERED.match(doc.text, line_start))
            shown.append(ShownBlock(block, runs, ordered))
        object.__setattr__(self, "blocks", tuple(shown))

    @once
    def folded(self) -> Folded:
        """The visible text as a browser searches it, folded once for all its passages."""
        return fold_page(self.visible)

    @once
    def _visible(self) -> OffsetMap:
        # Each run is one segment of the map, however long: a page's map is a
        # few hundred records, not one per character.
        out = MapBuilder()
        # A line break inside a block is wrapping, which a reader sees as a space.
        text = self.document.text.replace("\n", " ")
        if "\r" in text:
            text = text.replace("\r", " ")
        for index, shown in enumerate(self.blocks):
            if index:
                end = self.blocks[index - 1].block.span.end
                out.fixed("\n", end, end + 1)
            for run in shown.runs:
                if run.start < run.end:
                    out.linear(text[run.start : run.end], run.start)
        return out.build(OffsetMap)

    @property
    def visible(self) -> str:
        """What a reader sees, blocks separated by newlines."""
        return self._visible.text

    def to_visible(self, span: Span) -> tuple[int, int]:
        """The visible-text range showing the file's ``span``."""
        return self._visible.from_original(span.start), self._visible.from_original(span.end)

    def block_of(self, offset: int) -> ShownBlock | None:
        for shown in self.blocks:
            if shown.block.span.start <= offset < shown.block.span.end:
                return shown
        return None


def _cuts(run: Run, passages: Iterable[Passage]) -> list[int]:
    points = {run.start, run.end}
    for p in passages:
        for span in (p.span, p.figure):
            if span is not None:
                points.update(x for x in (span.start, span.end) if run.start < x < run.end)
    return sorted(points)


def escaped(text: str) -> str:
    """``str(escape(text))``, without making a ``Markup`` of each piece: a source page escapes hundreds."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


def render_inline(text: str, runs: Iterable[Run], passages: list[Passage]) -> Markup:
    """The runs as HTML, each passage highlighted and preceded by its side note."""
    out: list[str] = []
    stack: list[Wrap] = []
    noted: set[str] = set()

    def move_to(wraps: list[Wrap]) -> None:
        keep = 0
        while keep < min(len(stack), len(wraps)) and stack[keep] == wraps[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(stack.pop().close())
        for wrap in wraps[keep:]:
            out.append(wrap.open())
            stack.append(wrap)

    for run in runs:
        if not passages:
            # Most blocks of a source page hold no passage: each run is one piece.
            if run.start < run.end:
                move_to(list(run.wraps))
                out.append(escaped(text[run.start : run.end]))
            continue
        for a, b in pairwise(_cuts(run, passages)):
            starting = [p for p in passages if p.note and p.claim_id not in noted and p.span.start <= a]
            if starting:
                move_to([])  # a side note stands outside every mark and link
                for p in starting:
                    out.append(str(p.note))
                    noted.add(p.claim_id)
            covering = [p for p in passages if p.span.start <= a and b <= p.span.end]
            wraps = []
            if covering:
                wraps.append(Wrap("mark", " ".join(sorted(p.claim_id for p in covering))))
                if any(p.figure and p.figure.start <= a and b <= p.figure.end for p in covering):
                    wraps.append(Wrap("fig"))
            move_to(wraps + list(run.wraps))
            out.append(escaped(text[a:b]))
    move_to([])
    return Markup("".join(out))


#: A source's headings stand one level below the page's own title: its "# Title" is an h2.
_HEADINGS_BELOW = 1


def render_blocks(
    text: str,
    blocks: Iterable[ShownBlock],
    passages: list[Passage],
) -> Markup:
    """``text``'s blocks as paragraphs, headings and lists, with the passages that touch each.

    Only the file's text is needed, not its :class:`SourceText`: a claim's page
    shows one paragraph, and building its whole source for that would cost
    more than the rest of the page.
    """
    out: list[str] = []
    list_tag: str | None = None
    for shown in blocks:
        span = shown.block.span
        inside = [p for p in passages if p.span.overlaps(span)]
        html = render_inline(text, shown.runs, inside)
        wanted = ("ol" if shown.ordered else "ul") if shown.block.kind is BlockKind.ITEM else None
        if list_tag and wanted != list_tag:
            out.append(f"</{list_tag}>")
            list_tag = None
        if wanted and not list_tag:
            out.append(f"<{wanted}>")
            list_tag = wanted
        if shown.block.kind is BlockKind.HEADING:
            tag = f"h{min(shown.block.level + _HEADINGS_BELOW, 6)}"
        elif shown.block.kind is BlockKind.PARAGRAPH:
            tag = "p"
        else:
            tag = "li"
        out.append(f"<{tag}>{html}</{tag}>")
    if list_tag:
        out.append(f"</{list_tag}>")
    return Markup("\n".join(out))
