"""Synthetic source documents, ~40 KB each, in the real registry's two formats, and their seeds/sources.yaml.

Even-numbered sources are pandoc-style Markdown (YAML front matter,
hard-wrapped paragraphs, ``-   `` list items with indented continuation
lines, ``**bold**`` labels, ``<!-- -->`` separators); odd-numbered ones are
plain text with one paragraph per line. Every paragraph and list item holds
one passage with a figure for claims to quote; a text source's repeated
footer holds none, since a quote of it would be ambiguous.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from dataclasses import dataclass, field

from bench import vocabulary as v
from bench.writer import EM_DASH, NBSP, Passage, Writer, quoted, slugify, wrap

#: A source's quotable text runs to about this many characters.
SOURCE_CHARS = 40_000
#: Hard-wrap width of the Markdown sources, as pandoc writes them.
WRAP = 72
ROLES = ("pledge", "progress", "progress", "context", "critique")


@dataclass(frozen=True)
class SourceEntry:
    """One entry of seeds/sources.yaml."""

    id: str
    file: str
    title: str
    publisher: str | None
    author: str | None
    published: dt.date | None
    url: str | None
    role: str
    #: pandoc-style Markdown with front matter, or plain text with one paragraph per line.
    markdown: bool


@dataclass
class Draft:
    """A source being written: its blocks of text, and the passages it can be quoted by."""

    writer: Writer
    blocks: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    chars: int = 0

    def add(self, block: str) -> None:
        self.blocks.append(block)
        self.chars += len(block) + 2

    def paragraph(self) -> list[str]:
        """A paragraph's sentences, one of them reporting a figure."""
        w = self.writer
        sentences = [w.sentence() for _ in range(w.rng.randrange(2, 6))]
        passage = w.passage()
        self.passages.append(passage)
        sentences.insert(w.rng.randrange(len(sentences) + 1), passage.markup)
        return sentences


def markdown_source(writer: Writer, entry: SourceEntry, passages_needed: int) -> tuple[str, list[Passage]]:
    rng = writer.rng
    draft = Draft(writer)
    draft.add(f"**{entry.published:%B %Y}**" if entry.published else f"**{writer.pick(v.PLACES)}**")
    size = SOURCE_CHARS * rng.uniform(0.9, 1.1)
    while draft.chars < size or len(draft.passages) < passages_needed:
        r = rng.random()
        if r < 0.08:
            draft.add(f"## {writer.title()}")
        elif r < 0.4:
            draft.add(_markdown_list(draft))
        else:
            trailing = "  " if rng.random() < 0.05 else ""  # pandoc's hard line break
            draft.add(wrap(" ".join(draft.paragraph()), WRAP) + trailing)
    return _front_matter(writer, entry) + "\n\n".join(draft.blocks) + "\n", draft.passages


def _markdown_list(draft: Draft) -> str:
    """List items as pandoc writes them: ``-   **Label:** text``, continuation lines indented, comments between."""
    w = draft.writer
    items = []
    for _ in range(w.rng.randrange(2, 5)):
        label = w.label()
        sentences = draft.paragraph()
        if sentences[0] == draft.passages[-1].markup:
            draft.passages[-1] = dataclasses.replace(draft.passages[-1], label=label)
        items.append(wrap(f"**{label}** " + " ".join(sentences), WRAP, "-   ", "    "))
    return "\n\n<!-- -->\n\n".join(items)


def _front_matter(writer: Writer, entry: SourceEntry) -> str:
    # The title's NBSP is written as YAML's "\_" escape, as in the real fact sheet.
    title = json.dumps(entry.title, ensure_ascii=False).replace(NBSP, "\\_")
    lines = ["---"]
    if entry.published:
        lines.append(f"date: '{entry.published.isoformat()}'")
    if entry.url:
        lines.append(f"source_url: {entry.url}")
    lines += [
        f"tags: {writer.pick(('statements-releases', 'press-briefings', 'reports'))}",
        f"title: {title}",
    ]
    return "\n".join(lines) + "\n---\n\n"


def text_source(writer: Writer, entry: SourceEntry, passages_needed: int) -> tuple[str, list[Passage]]:
    """A page copied from the web: one paragraph per line, a footer repeated verbatim up to three times."""
    rng = writer.rng
    draft = Draft(writer)
    draft.add(entry.title)
    footer = f"Subscribe to the {writer.pick(v.NOUNS)} bulletin for {writer.sentence().lower()}"
    dateline = f"{entry.publisher or writer.pick(v.PUBLISHERS)} {EM_DASH} {writer.pick(v.PLACES)} {EM_DASH} "
    draft.add(dateline + " ".join(draft.paragraph()))
    size = SOURCE_CHARS * rng.uniform(0.9, 1.1)
    while draft.chars < size or len(draft.passages) < passages_needed:
        # A repeated paragraph is never quoted: a quote of it would be ambiguous.
        if len(draft.blocks) % 15 == 0 and draft.blocks.count(footer) < 3:
            draft.add(footer)
        else:
            draft.add(" ".join(draft.paragraph()))
    return "\n\n".join(draft.blocks) + "\n", draft.passages


def source_entry(rng: random.Random, index: int, width: int) -> SourceEntry:
    words = [rng.choice(v.ADJECTIVES), rng.choice(v.NOUNS)]
    markdown = index % 2 == 0
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2200)) if rng.random() < 0.8 else None
    slug = slugify(f"{words[0]}-{words[1]}-{index}")
    author = f"{rng.choice(v.GIVEN_NAMES)} {rng.choice(v.FAMILY_NAMES)}" if rng.random() < 0.5 else None
    title = f"{' '.join(w.capitalize() for w in words)} Report for {rng.choice(v.PLACES)}"
    if markdown:
        title = title.replace(" for ", f" for{NBSP}", 1)
    return SourceEntry(
        id=slug,
        file=f"{index:0{width}d}_{rng.getrandbits(64):016x}.txt",
        title=title,
        publisher=rng.choice(v.PUBLISHERS) if rng.random() < 0.85 else None,
        author=author,
        published=published,
        url=f"https://example.org/{slug}/" if rng.random() < 0.7 else None,
        role=ROLES[index % len(ROLES)],
        markdown=markdown,
    )


def sources_yaml(entries: list[tuple[SourceEntry, str]]) -> str:
    """seeds/sources.yaml, every file pinned by its hash as an editor would have it."""
    out = ["# Synthetic sources for the benchmark; see bench/generate.py.\n"]
    for entry, sha256 in entries:
        published = entry.published.isoformat() if entry.published else "null"
        out.append(
            f"- id: {entry.id}\n"
            f"  file: {entry.file}\n"
            f"  title: {quoted(entry.title)}\n"
            f"  publisher: {quoted(entry.publisher)}\n"
            f"  author: {quoted(entry.author)}\n"
            f"  published: {published}\n"
            f"  url: {entry.url or 'null'}\n"
            f"  role: {entry.role}\n"
            f"  sha256: {sha256}\n"
        )
    return "\n".join(out)
